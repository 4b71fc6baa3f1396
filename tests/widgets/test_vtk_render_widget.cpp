#include "widgets/vtk/VtkRenderWidget.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QImage>
#include <QSignalSpy>
#include <QTest>

#include <vtkCamera.h>
#include <vtkImageActor.h>
#include <vtkImageData.h>
#include <vtkImageMapper3D.h>
#include <vtkNew.h>
#include <vtkRenderer.h>

using cip::widgets::VtkRenderWidget;

namespace {

/// A 4 × 4 RGB image: red, green, blue and white quadrants (row 0 at the bottom, as VTK has it).
vtkNew<vtkImageData> quadrants() {
  vtkNew<vtkImageData> image;
  image->SetDimensions(4, 4, 1);
  image->AllocateScalars(VTK_UNSIGNED_CHAR, 3);
  for (int y = 0; y < 4; ++y)
    for (int x = 0; x < 4; ++x) {
      auto* p = static_cast<unsigned char*>(image->GetScalarPointer(x, y, 0));
      const bool right = x >= 2, top = y >= 2;
      p[0] = static_cast<unsigned char>((!right && top) || (right && !top) ? 255 : 0);
      p[1] = static_cast<unsigned char>((right && top) || (right && !top) ? 255 : 0);
      p[2] = static_cast<unsigned char>((!right && !top) || (right && !top) ? 255 : 0);
      if (!right && top) p[1] = p[2] = 0;            // top left: red
      if (right && top) p[0] = p[2] = 0;             // top right: green
      if (!right && !top) p[0] = p[1] = 0;           // bottom left: blue
    }
  return image;
}

}  // namespace

TEST_CASE("VTK renders inside the Qt 6 widget and the frame can be grabbed", "[widgets][vtk]") {
  REQUIRE(qobject_cast<QApplication*>(QCoreApplication::instance()) != nullptr);  // run under xvfb-run
  VtkRenderWidget widget;
  widget.resize(300, 300);
  vtkNew<vtkImageActor> actor;
  actor->GetMapper()->SetInputData(quadrants());
  actor->InterpolateOff();
  widget.renderer()->AddActor(actor);
  widget.renderer()->SetBackground(0.2, 0.2, 0.2);
  vtkCamera* camera = widget.renderer()->GetActiveCamera();
  camera->ParallelProjectionOn();
  widget.renderer()->ResetCamera();
  camera->SetParallelScale(2.0);  // the 4-pixel image (3 units between centres) fills most of the view
  widget.show();
  REQUIRE(QTest::qWaitForWindowExposed(&widget));

  const QImage frame = widget.grabFramebuffer();
  frame.save(QStringLiteral(CIP_TEST_ARTIFACTS "/vtk_render_widget_quadrants.png"));
  REQUIRE(frame.width() == qRound(300 * widget.devicePixelRatioF()));
  const int w = frame.width(), h = frame.height();
  // Qt's image has row 0 at the top: top-left red, top-right green, bottom-left blue, bottom-right white.
  CHECK(frame.pixelColor(w * 3 / 8, h * 3 / 8) == QColor(255, 0, 0));
  CHECK(frame.pixelColor(w * 5 / 8, h * 3 / 8) == QColor(0, 255, 0));
  CHECK(frame.pixelColor(w * 3 / 8, h * 5 / 8) == QColor(0, 0, 255));
  CHECK(frame.pixelColor(w * 5 / 8, h * 5 / 8) == QColor(255, 255, 255));
  CHECK(frame.pixelColor(2, 2) == QColor(51, 51, 51));  // the background
  CHECK(frame.pixelColor(w / 2, h / 2).alpha() == 255);  // opaque, not composed with what is behind
  CHECK(widget.framesRendered() >= 1);

  // A change shows after a render request; several requests make at most a few frames.
  QSignalSpy frames(&widget, &VtkRenderWidget::frameRendered);
  widget.renderer()->SetBackground(1.0, 1.0, 0.0);
  for (int i = 0; i < 10; ++i) widget.requestRender();
  REQUIRE(QTest::qWaitFor([&] { return !frames.isEmpty(); }, 5000));
  CHECK(frames.count() <= 3);
  CHECK(widget.grabFramebuffer().pixelColor(2, 2) == QColor(255, 255, 0));
}

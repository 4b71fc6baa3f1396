#include "imaging/render/ScreenImageLayer.h"

#include <vtkActor.h>
#include <vtkCamera.h>
#include <vtkCellArray.h>
#include <vtkFloatArray.h>
#include <vtkImageData.h>
#include <vtkPointData.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>
#include <vtkTexture.h>

#include <cstring>

namespace cip::render {

ScreenImageLayer::ScreenImageLayer() {
  vtkNew<vtkPoints> points;
  points->SetNumberOfPoints(4);
  for (vtkIdType i = 0; i < 4; ++i) points->SetPoint(i, 0, 0, 0);
  vtkNew<vtkFloatArray> coords;
  coords->SetNumberOfComponents(2);
  const float uv[4][2] = {{0, 0}, {1, 0}, {1, 1}, {0, 1}};
  for (const auto& t : uv) coords->InsertNextTuple(t);
  vtkNew<vtkCellArray> cells;
  const vtkIdType quad[4] = {0, 1, 2, 3};
  cells->InsertNextCell(4, quad);
  quad_->SetPoints(points);
  quad_->SetPolys(cells);
  quad_->GetPointData()->SetTCoords(coords);
  mapper_->SetInputData(quad_);
  mapper_->ScalarVisibilityOff();
  texture_->SetInputData(image_);
  texture_->InterpolateOff();
  texture_->SetColorModeToDirectScalars();
  texture_->RepeatOff();
  texture_->EdgeClampOn();
  actor_->SetMapper(mapper_);
  actor_->SetTexture(texture_);
  actor_->ForceOpaqueOn();  // no per-frame scan of the alpha channel, no translucent pass
  actor_->GetProperty()->LightingOff();  // the picture's colours, unshaded
  actor_->GetProperty()->SetAmbient(1.0);
  actor_->GetProperty()->SetDiffuse(0.0);
}

ScreenImageLayer::~ScreenImageLayer() = default;

void ScreenImageLayer::attach(vtkRenderer* renderer) {
  renderer_ = renderer;
  renderer_->AddActor(actor_);
  renderer_->GetActiveCamera()->ParallelProjectionOn();
}

void ScreenImageLayer::setFrame(const unsigned char* rgba, int width, int height, long stride, int viewWidth, int viewHeight) {
  int* dims = image_->GetDimensions();
  if (dims[0] != width || dims[1] != height) {
    image_->SetDimensions(width, height, 1);
    image_->AllocateScalars(VTK_UNSIGNED_CHAR, 4);
  }
  // The quad covers pixel edges 0 … viewWidth, 0 … viewHeight: at equal sizes texel centres
  // land on pixel centres.
  vtkPoints* points = quad_->GetPoints();
  double corner[3];
  points->GetPoint(2, corner);
  if (corner[0] != viewWidth || corner[1] != viewHeight) {
    points->SetPoint(0, 0, 0, 0);
    points->SetPoint(1, viewWidth, 0, 0);
    points->SetPoint(2, viewWidth, viewHeight, 0);
    points->SetPoint(3, 0, viewHeight, 0);
    points->Modified();
  }
  texture_->SetInterpolate(width != viewWidth || height != viewHeight);
  // VTK's rows run bottom-up.
  auto* target = static_cast<unsigned char*>(image_->GetScalarPointer());
  const std::size_t rowBytes = static_cast<std::size_t>(width) * 4;
  for (int y = 0; y < height; ++y)
    std::memcpy(target + static_cast<std::size_t>(height - 1 - y) * rowBytes, rgba + y * stride, rowBytes);
  image_->Modified();
  if (!renderer_) return;
  vtkCamera* camera = renderer_->GetActiveCamera();
  camera->SetFocalPoint(viewWidth / 2.0, viewHeight / 2.0, 0);
  camera->SetPosition(viewWidth / 2.0, viewHeight / 2.0, 1000);
  camera->SetViewUp(0, 1, 0);
  camera->SetParallelScale(viewHeight / 2.0);
  renderer_->ResetCameraClippingRange();
}

}  // namespace cip::render

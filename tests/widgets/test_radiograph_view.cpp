#include "SharedData.h"

#include "widgets/viewer/RadiographView.h"
#include "widgets/viewer/ViewerKeyMap.h"

#include "imaging/core/ReaderRegistry.h"
#include "imaging/core/analysis/DetectorFaults.h"
#include "imaging/core/synth/SceneRenderer.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QOpenGLWidget>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <memory>

using namespace cip::imaging;
using cip::widgets::RadiographView;
using cip::widgets::ViewerAction;

namespace {

std::shared_ptr<const MaterialClassifier> cargoClassifier() {
  static const auto classifier = std::make_shared<const MaterialClassifier>(MaterialCalibration::fromPhysics(cargoLinac6And4MeV()));
  return classifier;
}

/// Organic cartons left, a steel plate right, in a bare container.
std::shared_ptr<const Scan> twoMaterials() {
  Scene scene;
  scene.name = "view";
  scene.structure = "walls";
  scene.lengthMm = 4000;
  scene.heightMm = 2000;
  scene.pixelMm = 10;
  scene.objects.push_back({"cartons", "plastic", 0.5, "box", 400, 400, 1000, 1000, 1500, false, ""});
  scene.objects.push_back({"steel", "iron", 0, "box", 2600, 400, 1000, 1000, 200, false, ""});
  return std::make_shared<const Scan>(renderScene(scene).scan);
}

QColor at(const QImage& frame, double fx, double fy) { return frame.pixelColor(int(frame.width() * fx), int(frame.height() * fy)); }

void save(const QImage& image, const char* name) { image.save(QStringLiteral(CIP_TEST_ARTIFACTS "/") + QLatin1String(name)); }

}  // namespace

TEST_CASE("The radiograph view shows a scan, window/level, zoom and material colours", "[widgets][viewer]") {
  REQUIRE(qobject_cast<QApplication*>(QCoreApplication::instance()) != nullptr);  // run under xvfb-run
  RadiographView view;
  view.resize(800, 400);
  view.setScan(twoMaterials(), cargoClassifier());
  view.show();
  REQUIRE(QTest::qWaitForWindowExposed(&view));

  // Fitted: the 400 × 200 image fills the 800 × 400 view; cartons left are lighter than steel right.
  QImage frame = view.grabFrame();
  save(frame, "radiograph_view_grey.png");
  CHECK(view.geometry().zoom == Approx(2.0 * view.devicePixelRatioF()));
  const int cartons = at(frame, 0.22, 0.5).lightness(), steel = at(frame, 0.78, 0.5).lightness(), air = at(frame, 0.5, 0.1).lightness();
  CHECK(air > cartons);
  CHECK(cartons > steel);

  // Right-drag to the left narrows the window: more contrast between cartons and air.
  const double widthBefore = view.displaySettings().windowWidth;
  QTest::mousePress(&view, Qt::RightButton, {}, QPoint(400, 200));
  QMouseEvent move(QEvent::MouseMove, QPointF(300, 200), view.mapToGlobal(QPointF(300, 200)), Qt::NoButton, Qt::RightButton, Qt::NoModifier);
  QApplication::sendEvent(&view, &move);
  QTest::mouseRelease(&view, Qt::RightButton, {}, QPoint(300, 200));
  CHECK(view.displaySettings().windowWidth == Approx(widthBefore * std::exp(-0.5)));
  frame = view.grabFrame();
  CHECK(std::abs(at(frame, 0.5, 0.1).lightness() - at(frame, 0.22, 0.5).lightness()) >= std::abs(air - cartons));

  // Material colours (key M twice: low, then material): orange cartons, blue steel.
  view.trigger(static_cast<int>(ViewerAction::Preset3));
  QTest::keyClick(&view, Qt::Key_M);
  CHECK(view.channelView() == ChannelView::Low);
  QTest::keyClick(&view, Qt::Key_M);
  REQUIRE(view.channelView() == ChannelView::Material);
  frame = view.grabFrame();
  save(frame, "radiograph_view_material.png");
  const QColor organic = at(frame, 0.22, 0.5), metal = at(frame, 0.78, 0.5);
  INFO("organic " << organic.name().toStdString() << ", metal " << metal.name().toStdString());
  CHECK(organic.red() > organic.blue() + 40);
  CHECK(metal.blue() > metal.red() + 40);

  // The wheel zooms at the cursor: the point under it stays.
  const QString before = view.describe(QPointF(200, 200));
  QWheelEvent wheel(QPointF(200, 200), view.mapToGlobal(QPointF(200, 200)), {}, QPoint(0, 240), Qt::NoButton, Qt::NoModifier,
                    Qt::NoScrollPhase, false);
  QApplication::sendEvent(&view, &wheel);
  CHECK(view.geometry().zoom == Approx(2.0 * 1.5625 * view.devicePixelRatioF()));
  CHECK(view.describe(QPointF(200, 200)) == before);
  CHECK(view.interactive());  // reduced frames while the wheel turns …
  CHECK(QTest::qWaitFor([&] { return !view.interactive(); }, 5000));  // … and the full frame once it stops
  CHECK(before.contains(QStringLiteral("high")));
  CHECK(before.contains(QStringLiteral("material")));

  // Help overlay and snapshot: what was on screen, overlays included.
  QTest::keyClick(&view, Qt::Key_Question);
  CHECK(view.helpShown());
  frame = view.grabFrame();
  save(frame, "radiograph_view_help.png");
  CHECK(view.snapshot().size() == frame.size());
  CHECK(view.framesRendered() > 3);
}

TEST_CASE("On screen, the 2D view's image is made on a worker and never shows the previous scan", "[widgets][viewer]") {
  REQUIRE(qobject_cast<QApplication*>(QCoreApplication::instance()) != nullptr);  // run under xvfb-run
  RadiographView view;
  view.resize(800, 400);
  view.show();
  REQUIRE(QTest::qWaitForWindowExposed(&view));
  view.setScan(twoMaterials(), cargoClassifier());
  QSignalSpy frames(&view, &RadiographView::frameRendered);
  // The paint returns before the image is made: it shows the empty mat, not a stale picture;
  // the worker's image follows in a frame of its own, without any input.
  view.repaint();
  REQUIRE(frames.count() == 1);
  REQUIRE(frames.wait(10000));
  REQUIRE(QTest::qWaitFor([&] { return view.snapshot().pixelColor(40, 40) != QColor(28, 28, 28); }, 10000));
  const QImage first = view.grabFrame();
  CHECK(at(first, 0.22, 0.5).lightness() > at(first, 0.78, 0.5).lightness());  // cartons lighter than steel

  // Another scan: until its image is made, the mat shows, never the previous scan's picture.
  view.setScan(twoMaterials(), nullptr);
  const double dpr = view.devicePixelRatioF();
  QImage shown((QSizeF(view.size()) * dpr).toSize(), QImage::Format_RGB32);
  shown.setDevicePixelRatio(dpr);
  view.render(&shown);
  CHECK(at(shown, 0.22, 0.5) == QColor(28, 28, 28));
  CHECK(at(first, 0.22, 0.5) != QColor(28, 28, 28));
  // A snapshot is always the current image, made at once.
  CHECK(view.snapshot().size() == first.size());
  // Not an OpenGL widget: nothing in its window is composed through OpenGL.
  CHECK(view.findChildren<QOpenGLWidget*>().isEmpty());
  CHECK(qobject_cast<QOpenGLWidget*>(static_cast<QWidget*>(&view)) == nullptr);
}

TEST_CASE("Regions are drawn where they are in the image and can be jumped to", "[widgets][viewer]") {
  RadiographView view;
  view.resize(600, 300);
  view.setScan(twoMaterials(), cargoClassifier());
  view.setOverlayRegions({{QRectF(260, 40, 100, 100), QColor(255, 0, 0), QStringLiteral("steel")}});
  view.show();
  REQUIRE(QTest::qWaitForWindowExposed(&view));
  QImage frame = view.grabFrame();
  // The image is 400 × 200 in a 600 × 300 view (zoom 1.5): the box's top edge (in air above
  // the steel) at y = 40 × 1.5.
  const double dpr = view.devicePixelRatioF();
  CHECK(frame.pixelColor(int(450 * dpr), int(60 * dpr)).red() > 200);
  CHECK(frame.pixelColor(int(450 * dpr), int(60 * dpr)).green() < 80);
  QTest::keyClick(&view, Qt::Key_T);  // regions off: air again
  CHECK(view.grabFrame().pixelColor(int(450 * dpr), int(60 * dpr)).green() > 200);
  view.showRegion(QRectF(260, 40, 100, 100));
  CHECK(view.geometry().center.x == Approx(310));
  CHECK(view.geometry().zoom > 1.5 * dpr);
}

TEST_CASE("A real dual-energy cargo scan shows in material colours", "[widgets][viewer][shared-data]") {
  const std::string root = sharedData();
  if (root.empty()) return;
  RadiographView view;
  view.resize(1200, 560);
  view.setScan(std::make_shared<const Scan>(openScan(root + "/xray_cargo/rapiscan_eagle_r60_dual_energy/cargo_05.npy")), cargoClassifier());
  view.setChannelView(ChannelView::Material);
  view.show();
  REQUIRE(QTest::qWaitForWindowExposed(&view));
  const QImage frame = view.grabFrame();
  save(frame, "radiograph_view_rapiscan_material.png");
  // Somewhere coloured (orange, green or blue) and somewhere black (impenetrable cargo).
  int coloured = 0, black = 0;
  for (int y = 0; y < frame.height(); y += 7)
    for (int x = 0; x < frame.width(); x += 7) {
      const QColor c = frame.pixelColor(x, y);
      coloured += c.hsvSaturation() > 100 ? 1 : 0;
      black += c.lightness() < 10 ? 1 : 0;
    }
  CHECK(coloured > 500);
  CHECK(black > 500);
}

TEST_CASE("Real DICOM and DICOS radiographs show, window/level changes what is seen", "[widgets][viewer][shared-data]") {
  const std::string root = sharedData();
  if (root.empty()) return;
  const std::string chest = root + "/dicom/dwv/gdcm-CR-MONO1-10-chest.dcm";
  const std::string dicos = root + "/dicos/pydicos_generated/SimpleProcessingDX.dcs";
  for (const std::string& file : {chest, dicos}) {
    INFO(file);
    RadiographView view;
    view.resize(500, 500);
    view.setScan(std::make_shared<const Scan>(openScan(file)));
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    const QImage before = view.grabFrame();
    save(before, file == chest ? "radiograph_view_cr_chest.png" : "radiograph_view_dicos_dx.png");
    // Something is drawn: the picture is not one flat colour.
    int lo = 255, hi = 0;
    for (int y = 0; y < before.height(); y += 5)
      for (int x = 0; x < before.width(); x += 5) {
        lo = std::min(lo, before.pixelColor(x, y).lightness());
        hi = std::max(hi, before.pixelColor(x, y).lightness());
      }
    CHECK(hi - lo > 100);
    view.trigger(static_cast<int>(ViewerAction::Invert));
    const QImage inverted = view.grabFrame();
    const QPoint centre(before.width() / 2, before.height() / 2);
    CHECK(std::abs(before.pixelColor(centre).lightness() + inverted.pixelColor(centre).lightness() - 255) < 40);
  }
}

TEST_CASE("A cargo scan longer than any GPU texture shows to its last column", "[widgets][viewer]") {
  // 20 000 × 2048: wider than the 16 384 texels most GPUs (and Mesa) allow in one texture.
  auto scan = std::make_shared<Scan>();
  scan->width = 20000;
  scan->height = 2048;
  scan->meta.format = "test";
  cv::Mat pixels(2048, 20000, CV_16U, cv::Scalar(60000));
  pixels.colRange(19900, 20000).setTo(1000);  // a dark band at the very end
  pixels.colRange(0, 100).setTo(1000);        // and at the start
  scan->channels.push_back({ChannelRole::Single, pixels});
  RadiographView view;
  view.resize(1000, 300);
  view.setScan(scan);
  DisplaySettings s;
  s.windowCenter = 30000;
  s.windowWidth = 60000;
  view.setDisplaySettings(s);
  view.show();
  REQUIRE(QTest::qWaitForWindowExposed(&view));
  const double dpr = view.devicePixelRatioF();
  // Fitted: both bands visible at the two ends.
  QImage frame = view.grabFrame();
  const double y = view.geometry().imageToScreen({0, 1024}).y;
  CHECK(frame.pixelColor(int(view.geometry().imageToScreen({19990, 1024}).x), int(y)).lightness() < 60);
  CHECK(frame.pixelColor(int(view.geometry().imageToScreen({10000, 1024}).x), int(y)).lightness() > 200);
  // At actual size at the far end: the band and its edge at the right place, pixel for pixel.
  view.showRegion(QRectF(19800, 900, 200, 200));
  view.trigger(static_cast<int>(ViewerAction::ActualSize));
  frame = view.grabFrame();
  const cv::Point2d edge = view.geometry().imageToScreen({19900, 1024});
  CHECK(frame.pixelColor(int(edge.x + 2), int(edge.y)).lightness() < 60);
  CHECK(frame.pixelColor(int(edge.x - 2), int(edge.y)).lightness() > 200);
  CHECK(view.describe(QPointF((edge.x + 2) / dpr, edge.y / dpr)).contains(QStringLiteral("x 19902")));
}

TEST_CASE("One key table serves the 2D views, the 3D view and the help", "[widgets][viewer]") {
  using cip::widgets::ViewerContext;
  using cip::widgets::ViewerKeyMap;
  ViewerAction action;
  REQUIRE(ViewerKeyMap::find(ViewerContext::Image, Qt::Key_M, Qt::NoModifier, &action));
  CHECK(action == ViewerAction::NextChannelView);
  REQUIRE(ViewerKeyMap::find(ViewerContext::Volume, Qt::Key_M, Qt::NoModifier, &action));
  CHECK(action == ViewerAction::VolumeMetal);
  REQUIRE(ViewerKeyMap::find(ViewerContext::Image, Qt::Key_Question, Qt::ShiftModifier, &action));  // '?' needs Shift
  CHECK(action == ViewerAction::Help);
  CHECK_FALSE(ViewerKeyMap::find(ViewerContext::Image, Qt::Key_M, Qt::ControlModifier, &action));
  // No key means two things in one context.
  for (const auto& a : ViewerKeyMap::keys())
    for (const auto& b : ViewerKeyMap::keys())
      if (&a != &b && a.context == b.context) CHECK(a.key != b.key);
}

TEST_CASE("Detector faults show filled in and outlined; K shows the pixels as read, hatched", "[widgets][viewer][faults]") {
  auto read = std::make_shared<Scan>(*twoMaterials());
  read->channels[0].pixels = read->channels[0].pixels.clone();
  read->channels[0].pixels.rowRange(20, 30).setTo(0);  // the high channel dead over ten rows of air
  const DetectorFaults faults = findDetectorFaults(*read);
  REQUIRE(faults.faults.size() == 1);
  CHECK(faults.faults[0].kind == FaultKind::DeadRows);
  const std::shared_ptr<const Scan> asRead = read;
  const auto filled = std::make_shared<const Scan>(withFaultsInterpolated(*read, faults));

  RadiographView view;
  view.resize(800, 400);
  view.setScan(filled, cargoClassifier());
  view.setDetectorFaults(asRead, filled, {faults.faults[0].region});
  view.show();
  REQUIRE(QTest::qWaitForWindowExposed(&view));
  // Amber pixels inside the band (rows 20–30 of 200, at zoom 2): the outline only, then the hatching.
  auto amberInBand = [&view] {
    const QImage frame = view.grabFrame();
    const double dpr = view.devicePixelRatioF();
    int amber = 0;
    for (int y = int(44 * dpr); y < int(56 * dpr); ++y)
      for (int x = int(100 * dpr); x < int(700 * dpr); ++x) {
        const QColor c = frame.pixelColor(x, y);
        amber += c.red() > 200 && c.green() > 120 && c.green() < 210 && c.blue() < 80;
      }
    return amber;
  };
  CHECK(view.scan() == filled);
  CHECK_FALSE(view.showsFaultsAsRead());
  const int outlined = amberInBand();
  QTest::keyClick(&view, Qt::Key_K);
  CHECK(view.showsFaultsAsRead());
  CHECK(view.scan() == asRead);
  const int hatched = amberInBand();
  save(view.grabFrame(), "radiograph_view_faults_as_read.png");
  INFO("outlined " << outlined << ", hatched " << hatched);
  CHECK(hatched > outlined + 500);
  QTest::keyClick(&view, Qt::Key_K);
  CHECK(view.scan() == filled);
}

TEST_CASE("A scan opens in its file's window; key 8 steps through the file's windows", "[widgets][viewer][display]") {
  auto scan = std::make_shared<Scan>();
  scan->width = 64;
  scan->height = 32;
  cv::Mat ramp(32, 64, CV_16U);
  for (int x = 0; x < 64; ++x) ramp.col(x).setTo(x * 1000);
  scan->channels = {{ChannelRole::Single, ramp}};
  scan->meta.windows = {{20000, 8000, "SOFT", VoiFunction::Linear, nullptr}, {40000, 30000, "WIDE", VoiFunction::Linear, nullptr}};
  RadiographView view;
  view.resize(320, 160);
  view.setScan(scan, nullptr);
  CHECK(view.displaySettings().windowCenter == Approx(20000));
  view.trigger(static_cast<int>(ViewerAction::Preset8));
  CHECK(view.displaySettings().windowCenter == Approx(40000));
  view.trigger(static_cast<int>(ViewerAction::Preset8));
  CHECK(view.displaySettings().windowCenter == Approx(20000));
  view.trigger(static_cast<int>(ViewerAction::Preset2));  // full range …
  view.trigger(static_cast<int>(ViewerAction::Preset8));  // … and back to the file's first window
  CHECK(view.displaySettings().windowWidth == Approx(8000));
}

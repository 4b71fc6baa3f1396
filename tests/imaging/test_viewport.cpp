#include "imaging/core/synth/SceneRenderer.h"
#include "imaging/core/view/ViewStatistics.h"
#include "imaging/core/view/VolumePlanes.h"
#include "imaging/core/view/ViewportRenderer.h"

#include <catch2/catch.hpp>
#include <opencv2/core.hpp>

#include <memory>

using namespace cip::imaging;

namespace {

/// A 2 m × 1 m dual-energy scan at 10 mm: cartons on the left, a steel block on the right.
std::shared_ptr<Scan> cartonsAndSteel() {
  Scene scene;
  scene.name = "view";
  scene.structure = "walls";
  scene.lengthMm = 2000;
  scene.heightMm = 1000;
  scene.pixelMm = 10;
  scene.objects.push_back({"cartons", "plastic", 0.5, "box", 200, 200, 500, 500, 1500, false, ""});
  scene.objects.push_back({"steel", "iron", 0, "box", 1200, 200, 500, 500, 60, false, ""});
  return std::make_shared<Scan>(renderScene(scene).scan);
}

ViewGeometry geometry(int imageW, int imageH, int viewW, int viewH) {
  ViewGeometry g;
  g.image = {imageW, imageH};
  g.viewport = {viewW, viewH};
  g.fit();
  return g;
}

/// Left half air (bright), right half dense (dark): which way round the picture ends up is visible.
std::shared_ptr<Scan> halves(int w, int h) {
  auto scan = std::make_shared<Scan>();
  scan->width = w;
  scan->height = h;
  scan->meta.format = "test";
  cv::Mat pixels(h, w, CV_16U, cv::Scalar(60000));
  pixels.colRange(w / 2, w).setTo(2000);
  scan->channels.push_back({ChannelRole::Single, pixels});
  return scan;
}

DisplaySettings fullWindow() {
  DisplaySettings s;
  s.windowCenter = 32767.5;
  s.windowWidth = 65535;
  return s;
}

}  // namespace

TEST_CASE("View geometry maps screen and image both ways, also rotated and flipped", "[imaging][view]") {
  ViewGeometry g = geometry(2000, 500, 1000, 500);
  CHECK(g.zoom == Approx(0.5));
  CHECK(g.screenToImage({500, 250}).x == Approx(1000));
  CHECK(g.screenToImage({0, 125}).x == Approx(0));
  for (int turns = 0; turns < 4; ++turns)
    for (bool flipH : {false, true}) {
      g.quarterTurns = turns;
      g.flipHorizontal = flipH;
      g.zoom = 1.7;
      g.center = {321, 123};
      const cv::Point2d p(37, 411);
      const cv::Point2d back = g.screenToImage(g.imageToScreen(p));
      CHECK(back.x == Approx(p.x));
      CHECK(back.y == Approx(p.y));
    }
  // A quarter turn clockwise: the image's right edge is at the bottom of the screen.
  g = geometry(2000, 500, 1000, 1000);
  g.rotateClockwise();
  g.fit();
  CHECK(g.zoom == Approx(0.5));
  CHECK(g.imageToScreen({2000, 250}).y == Approx(1000));
  CHECK(g.imageToScreen({1000, 0}).x == Approx(625));  // the image's top row lands on the right
  // Wheel zoom keeps the point under the cursor.
  g = geometry(2000, 500, 1000, 500);
  const cv::Point2d under = g.screenToImage({800, 100});
  g.zoomAt({800, 100}, 4);
  CHECK(g.zoom == Approx(2));
  CHECK(g.screenToImage({800, 100}).x == Approx(under.x));
  CHECK(g.screenToImage({800, 100}).y == Approx(under.y));
  g.pan({100, 0});
  CHECK(g.screenToImage({900, 100}).x == Approx(under.x));
  CHECK(g.visibleImageRect().width == 500);
  g.setZoom(1e9);
  CHECK(g.zoom == ViewGeometry::kMaxZoom);
}

TEST_CASE("The viewport shows the right part of the scan, the right way round", "[imaging][view]") {
  ViewportRenderer renderer;
  renderer.setScan(halves(400, 100));
  renderer.setSettings(fullWindow());
  ViewGeometry g = geometry(400, 100, 400, 200);  // fit: zoom 1, image in the middle band
  cv::Mat picture = renderer.render(g);
  REQUIRE(picture.size() == cv::Size(400, 200));
  CHECK(picture.at<cv::Vec3b>(100, 50)[0] > 200);   // air, white
  CHECK(picture.at<cv::Vec3b>(100, 350)[0] < 20);   // dense, dark
  CHECK(picture.at<cv::Vec3b>(10, 50)[0] == 28);  // above the image: background  // above the image: background
  g.flipHorizontal = true;
  picture = renderer.render(g);
  CHECK(picture.at<cv::Vec3b>(100, 50)[0] < 20);
  g.flipHorizontal = false;
  g.rotateClockwise();
  g.fit();
  picture = renderer.render(g);
  CHECK(picture.at<cv::Vec3b>(20, 200)[0] > 200);   // the left (air) half is now on top
  CHECK(picture.at<cv::Vec3b>(180, 200)[0] < 20);
  // Window changes reach the picture without rebuilding anything else.
  DisplaySettings narrow = fullWindow();
  narrow.windowCenter = 50000;  // air (60000) above the window: white, then inverted
  narrow.windowWidth = 10;
  narrow.invert = true;
  renderer.setSettings(narrow);
  CHECK(renderer.render(g).at<cv::Vec3b>(20, 200)[0] < 20);
}

TEST_CASE("Zoomed out, fine detail averages instead of aliasing", "[imaging][view]") {
  auto scan = halves(1024, 1024);
  cv::Mat checker(1024, 1024, CV_16U);
  for (int y = 0; y < 1024; ++y)
    for (int x = 0; x < 1024; ++x) checker.at<unsigned short>(y, x) = (x + y) % 2 ? 65535 : 0;
  scan->channels[0].pixels = checker;
  ViewportRenderer renderer;
  renderer.setScan(scan);
  renderer.setSettings(fullWindow());
  const cv::Mat picture = renderer.render(geometry(1024, 1024, 128, 128));  // 1/8
  double lo = 0, hi = 0;
  cv::Mat grey;
  cv::extractChannel(picture, grey, 0);
  cv::minMaxLoc(grey, &lo, &hi);
  CHECK(lo > 100);
  CHECK(hi < 155);
}

TEST_CASE("Material view colours what the scene holds", "[imaging][view]") {
  auto scan = cartonsAndSteel();
  ViewportRenderer renderer;
  renderer.setScan(scan);
  CHECK_FALSE(renderer.canShowMaterials());
  renderer.setMaterialClassifier(std::make_shared<MaterialClassifier>(MaterialCalibration::fromPhysics(cargoLinac6And4MeV())), 9);
  REQUIRE(renderer.canShowMaterials());
  renderer.setChannelView(ChannelView::Material);
  DisplaySettings s;
  applyPreset(Preset::Attenuation, scan->channels[0].pixels, scan->meta, s);
  renderer.setSettings(s);
  const cv::Mat picture = renderer.render(geometry(200, 100, 200, 100));
  const cv::Vec3b organic = picture.at<cv::Vec3b>(55, 45), metal = picture.at<cv::Vec3b>(55, 145);
  INFO("organic BGR " << int(organic[0]) << "," << int(organic[1]) << "," << int(organic[2]) << ", metal BGR " << int(metal[0]) << ","
                       << int(metal[1]) << "," << int(metal[2]));
  CHECK(organic[2] > organic[0] + 40);  // orange: red over blue
  CHECK(metal[0] > metal[2] + 40);      // blue
  renderer.setChannelView(ChannelView::Low);
  CHECK(renderer.channelView() == ChannelView::Low);
  CHECK(scan->channels[renderer.greyChannel()].role == ChannelRole::Low);
}

TEST_CASE("A preset's window is measured where the frame is made, and that work is taken over by the viewer's renderer", "[imaging][view]") {
  auto scan = cartonsAndSteel();
  const ViewGeometry g = geometry(200, 100, 200, 100);
  DisplaySettings expected;
  applyPreset(Preset::Attenuation, scan->slice(0, 0), scan->meta, expected);

  ViewportRenderer viewer;  // the GUI thread's renderer
  viewer.setScan(scan);
  viewer.render(g);
  REQUIRE(viewer.settled());
  viewer.applyPreset(Preset::Attenuation);
  CHECK_FALSE(viewer.settled());  // nothing measured yet: the log image is not made
  CHECK(viewer.settings().logTransmission);

  ViewportRenderer worker = viewer;  // what a worker thread makes the frame with
  const cv::Mat frame = worker.render(g);
  REQUIRE(worker.settled());
  CHECK(worker.settings().windowCenter == Approx(expected.windowCenter));
  CHECK(worker.settings().windowWidth == Approx(expected.windowWidth));

  // A window set on the viewer meanwhile in another unit would make the worker's image useless:
  // taken over only while it fits.
  ViewportRenderer changed = viewer;
  DisplaySettings linear = changed.settings();
  linear.logTransmission = false;
  linear.windowWidth = 0;
  changed.setSettings(linear);
  changed.adoptCaches(worker);
  CHECK_FALSE(changed.settled());

  viewer.adoptCaches(worker);
  REQUIRE(viewer.settled());
  CHECK(viewer.settings().windowCenter == Approx(expected.windowCenter));
  CHECK(viewer.settings().windowWidth == Approx(expected.windowWidth));
  CHECK(cv::norm(viewer.render(g), frame, cv::NORM_INF) == 0);  // the same picture
  // Other changes (a colour table) leave a waiting preset waiting.
  viewer.applyPreset(Preset::Organic);
  DisplaySettings coloured = viewer.settings();
  coloured.colors = ColorTable::Hot;
  viewer.setSettings(coloured);
  CHECK_FALSE(viewer.settled());
  viewer.working();
  CHECK(viewer.settled());
  CHECK(viewer.settings().windowWidth < expected.windowWidth);  // the organic preset: the lower half
}

TEST_CASE("Profiles sample every channel along the line, histograms count what is in view", "[imaging][view]") {
  auto scan = halves(400, 100);
  scan->meta.spacingX = scan->meta.spacingY = 5;
  const LineProfile p = lineProfile(*scan, 0, {100, 50.5}, {300, 50.5});  // samples at x = 100, 101, … 300
  REQUIRE(p.values.size() == 1);
  CHECK(p.millimetres);
  CHECK(p.distance.back() == Approx(1000));  // 200 pixels of 5 mm
  CHECK(p.values[0].front() == Approx(60000));
  CHECK(p.values[0].back() == Approx(2000));
  CHECK(p.values[0][100] == Approx(31000).margin(1));  // halfway across the edge, bilinear
  const WorkingImage w = makeWorkingImage(scan->channels[0].pixels, scan->meta, false);
  const ValueHistogram left = regionHistogram(w, cv::Rect(0, 0, 200, 100), 256);
  CHECK(left.counts[60000 * 256 / 65536] == Approx(20000));
  CHECK(left.counts[2000 * 256 / 65536] == 0);
  const ValueHistogram all = regionHistogram(w, cv::Rect(-50, -50, 1000, 1000), 256);  // clipped to the image
  CHECK(all.counts[2000 * 256 / 65536] == Approx(20000));
}

TEST_CASE("Volume planes: axial shares, coronal and sagittal copy, slabs take the maximum", "[imaging][view]") {
  Scan v;
  v.width = 8;
  v.height = 6;
  v.depth = 5;
  v.meta.spacingX = v.meta.spacingY = 1;
  v.meta.spacingZ = 2.5;
  cv::Mat voxels(6 * 5, 8, CV_16U, cv::Scalar(0));
  voxels.at<unsigned short>(3 * 6 + 2, 4) = 1000;  // one bright voxel at x 4, y 2, z 3
  v.channels.push_back({ChannelRole::Single, voxels});
  const Scan axial = volumePlane(v, Plane::Axial, 3);
  CHECK(axial.width == 8);
  CHECK(axial.height == 6);
  CHECK(axial.channels[0].pixels.data == voxels.ptr(3 * 6));  // no copy
  CHECK(axial.channels[0].pixels.at<unsigned short>(2, 4) == 1000);
  const Scan coronal = volumePlane(v, Plane::Coronal, 2);
  CHECK(coronal.width == 8);
  CHECK(coronal.height == 5);
  CHECK(coronal.meta.spacingY == 2.5);
  CHECK(coronal.channels[0].pixels.at<unsigned short>(3, 4) == 1000);
  const Scan sagittal = volumePlane(v, Plane::Sagittal, 4);
  CHECK(sagittal.width == 6);
  CHECK(sagittal.channels[0].pixels.at<unsigned short>(3, 2) == 1000);
  // One plane beside the voxel misses it; a 3-plane slab around it keeps it.
  CHECK(volumePlane(v, Plane::Axial, 2).channels[0].pixels.at<unsigned short>(2, 4) == 0);
  CHECK(volumePlane(v, Plane::Axial, 2, 3).channels[0].pixels.at<unsigned short>(2, 4) == 1000);
  CHECK(volumePlane(v, Plane::Coronal, 1, 3).channels[0].pixels.at<unsigned short>(3, 4) == 1000);
  CHECK(volumePlane(v, Plane::Sagittal, 5, 3).channels[0].pixels.at<unsigned short>(3, 2) == 1000);  // clamped to the last
  CHECK(planeCount(v, Plane::Sagittal) == 8);
}

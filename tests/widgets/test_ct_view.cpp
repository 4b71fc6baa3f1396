#include "SharedData.h"

#include "widgets/viewer/CtView.h"
#include "widgets/viewer/RadiographView.h"
#include "widgets/viewer/VolumeView.h"

#include "imaging/core/ReaderRegistry.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDir>
#include <QOpenGLWidget>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace cip::imaging;
using cip::widgets::CtView;

namespace {

/// A bag-like volume: low-density filling with a dense block off centre (x 60 %, y 40 %, z 50 %).
std::shared_ptr<const Scan> syntheticVolume(int n) {
  auto scan = std::make_shared<Scan>();
  scan->width = scan->height = scan->depth = n;
  scan->meta.format = "test";
  scan->meta.units = "HU";
  scan->meta.spacingX = scan->meta.spacingY = scan->meta.spacingZ = 1;
  cv::Mat voxels(n * n, n, CV_16S, cv::Scalar(-1000));
  for (int z = n / 8; z < n * 7 / 8; ++z) {
    voxels(cv::Rect(n / 8, z * n + n / 8, n * 3 / 4, n * 3 / 4)).setTo(0);                        // the bag's contents, water-like
    if (z >= n * 2 / 5 && z < n * 3 / 5) voxels(cv::Rect(n / 2, z * n + n * 3 / 10, n / 5, n / 5)).setTo(3000);  // steel block
  }
  scan->channels.push_back({ChannelRole::Single, voxels});
  return scan;
}

/// Pixels that are clearly not the view's background (the 3D view's is dark blue-grey, the
/// planes' outside and air are dark too).
int brightPixels(const QImage& image) {
  int count = 0;
  for (int y = 0; y < image.height(); y += 2)
    for (int x = 0; x < image.width(); x += 2) {
      const QColor c = image.pixelColor(x, y);
      count += std::max({c.red() - 20, c.green() - 20, c.blue() - 26}) > 30 ? 1 : 0;
    }
  return count;
}

void save(const QImage& image, const QString& name) { image.save(QStringLiteral(CIP_TEST_ARTIFACTS "/") + name); }

}  // namespace

TEST_CASE("A CT volume shows in three linked planes and in 3D", "[widgets][ct]") {
  REQUIRE(qobject_cast<QApplication*>(QCoreApplication::instance()) != nullptr);  // run under xvfb-run
  const int n = 96;
  CtView view;
  view.resize(900, 700);
  // The 3D view, an OpenGL widget, is made with the first volume, not before.
  CHECK(view.volumeView() == nullptr);
  CHECK(view.findChildren<QOpenGLWidget*>().isEmpty());
  view.setVolume(syntheticVolume(n));
  REQUIRE(view.volumeView() != nullptr);
  CHECK(view.findChildren<QOpenGLWidget*>().size() == 1);
  view.show();
  REQUIRE(QTest::qWaitForWindowExposed(&view));
  CHECK(view.index(Plane::Axial) == n / 2);
  // Coronal and sagittal planes are width × depth and height × depth.
  CHECK(view.planeView(Plane::Coronal)->scan()->height == n);
  CHECK(view.planeView(Plane::Sagittal)->scan()->width == n);

  // The steel block is in the middle axial slice: bright there in the plane's own picture.
  // (beside the linked cursor's cross, which runs through the block's centre)
  const cv::Point2d block = view.planeView(Plane::Axial)->geometry().imageToScreen({n * 0.65, n * 0.45});
  const QImage axial = view.planeView(Plane::Axial)->grabFrame();
  const double dpr = view.planeView(Plane::Axial)->devicePixelRatioF();
  CHECK(axial.pixelColor(int(block.x), int(block.y)).lightness() > 200);
  (void)dpr;

  // Moving the axial plane off the block: it disappears from that plane.
  view.setIndex(Plane::Axial, n / 5);
  CHECK(view.planeView(Plane::Axial)->grabFrame().pixelColor(int(block.x), int(block.y)).lightness() < 200);

  // The linked cursor: all planes through one voxel.
  view.focusVoxel(n * 6 / 10, n * 4 / 10, n / 2);
  CHECK(view.index(Plane::Sagittal) == n * 6 / 10);
  CHECK(view.index(Plane::Coronal) == n * 4 / 10);
  CHECK(view.index(Plane::Axial) == n / 2);

  // A thick slab (maximum over 41 planes) brings the block back into an axial plane beside it.
  view.setIndex(Plane::Axial, n / 5 + 15);
  CHECK(view.planeView(Plane::Axial)->grabFrame().pixelColor(int(block.x), int(block.y)).lightness() < 200);
  view.setSlab(41);
  save(view.planeView(Plane::Axial)->grabFrame(), QStringLiteral("ct_view_slab.png"));
  CHECK(view.planeView(Plane::Axial)->grabFrame().pixelColor(int(block.x), int(block.y)).lightness() > 200);
  view.setSlab(1);
  view.focusVoxel(n * 6 / 10, n * 4 / 10, n / 2);

  // 3D: the ray-cast volume puts light on screen; the metal preset shows the block only.
  const QImage organic = view.volumeView()->grabFramebuffer();
  save(view.grab().toImage(), QStringLiteral("ct_view_synthetic.png"));
  CHECK(brightPixels(organic) > 200);
  QTest::keyClick(view.volumeView(), Qt::Key_M);
  const QImage metal = view.volumeView()->grabFramebuffer();
  CHECK(brightPixels(metal) > 20);
  CHECK(brightPixels(metal) < brightPixels(organic));
  // Cropped to a zoomed-in axial view, less of the volume is drawn.
  QTest::keyClick(view.volumeView(), Qt::Key_O);
  view.planeView(Plane::Axial)->showRegion(QRectF(n * 0.5, n * 0.3, n * 0.2, n * 0.2));
  const std::array<int, 6> region = view.viewRegion();
  CHECK(region[0] >= int(n * 0.3));  // x: around the block, not the whole volume
  CHECK(region[1] <= int(n * 0.9) + 1);
  CHECK(region[5] - region[4] == n);  // z: the coronal view still shows all of it
  view.cropToViews(true);
  CHECK(brightPixels(view.volumeView()->grabFramebuffer()) < brightPixels(organic));
}

TEST_CASE("A synthetic 512³ volume renders in all views", "[widgets][ct][large]") {
  CtView view;
  view.resize(800, 600);
  view.setVolume(syntheticVolume(512));
  view.show();
  REQUIRE(QTest::qWaitForWindowExposed(&view));
  CHECK(brightPixels(view.volumeView()->grabFramebuffer()) > 200);
  for (Plane plane : {Plane::Axial, Plane::Coronal, Plane::Sagittal}) CHECK(brightPixels(view.planeView(plane)->grabFrame()) > 200);
  save(view.grab().toImage(), QStringLiteral("ct_view_512.png"));
}

TEST_CASE("The CT series in the shared data shows in all views", "[widgets][ct][shared-data]") {
  const std::string root = sharedData();
  if (root.empty()) return;
  auto volume = std::make_shared<const Scan>(openScan(root + "/dicom/ct_series/slicer_CTHeadAxialDicom_64x64x93"));
  REQUIRE(volume->depth == 93);
  CtView view;
  view.resize(900, 700);
  view.setVolume(volume);
  view.show();
  REQUIRE(QTest::qWaitForWindowExposed(&view));
  CHECK(brightPixels(view.volumeView()->grabFramebuffer()) > 100);
  CHECK(brightPixels(view.planeView(Plane::Axial)->grabFrame()) > 100);
  save(view.grab().toImage(), QStringLiteral("ct_view_shared_head.png"));
}

TEST_CASE("Threat regions show in the planes that cut them and in 3D", "[widgets][ct]") {
  const int n = 64;
  CtView view;
  view.resize(800, 600);
  view.setVolume(syntheticVolume(n));
  cip::imaging::VoxelBox box{10, 12, 20, 30, 28, 40};  // x 10 … 30, y 12 … 28, z 20 … 40
  view.setRegions({{box, QColor(255, 0, 0), QStringLiteral("PI")}});
  view.show();
  REQUIRE(QTest::qWaitForWindowExposed(&view));
  auto redAt = [](cip::widgets::RadiographView* plane, double x, double y) {
    const cv::Point2d s = plane->geometry().imageToScreen({x, y});
    const QColor c = plane->grabFrame().pixelColor(int(s.x), int(s.y));
    return c.red() > 200 && c.green() < 90;
  };
  // The axial plane (z = 32) cuts the box: its left edge (x = 10) is drawn; at z = 5 it is not.
  CHECK(view.index(Plane::Axial) == 32);
  CHECK(redAt(view.planeView(Plane::Axial), 10, 20));
  view.setIndex(Plane::Axial, 5);
  CHECK_FALSE(redAt(view.planeView(Plane::Axial), 10, 20));
  // Choosing the region brings every plane through its centre.
  view.showRegion(box);
  CHECK(view.index(Plane::Axial) == 30);
  CHECK(view.index(Plane::Coronal) == 20);
  CHECK(view.index(Plane::Sagittal) == 20);
  CHECK(redAt(view.planeView(Plane::Coronal), 10, 29));  // coronal: (x, z); the box's left edge
  save(view.grab().toImage(), QStringLiteral("ct_view_regions.png"));
}

#include "imaging/core/view/AnnotationGeometry.h"

#include <catch2/catch.hpp>
#include <opencv2/core.hpp>

#include <cmath>

using namespace cip::imaging;

TEST_CASE("A box is grabbed by its corners and edges, and resized from the opposite corner", "[imaging][annotations]") {
  const Shape box{ShapeType::Rectangle, {{10, 10}, {50, 30}}};
  CHECK(hitTest(box, {50.5, 29.5}, 2).part == ShapeHit::Handle);
  CHECK(hitTest(box, {50.5, 29.5}, 2).handle == 2);
  CHECK(hitTest(box, {30, 10.5}, 2).part == ShapeHit::Body);   // on the edge
  CHECK(hitTest(box, {30, 20}, 2).part == ShapeHit::Body);     // inside a closed shape
  CHECK(hitTest(box, {70, 20}, 2).part == ShapeHit::None);

  const Shape resized = withHandleMoved(box, 2, {60, 40});  // the far corner
  REQUIRE(resized.points.size() == 2);
  CHECK(resized.points[0] == cv::Point2d(10, 10));
  CHECK(resized.points[1] == cv::Point2d(60, 40));
  const Shape fromTopRight = withHandleMoved(box, 1, {70, 0});  // (b.x, a.y): (10, 30) stays
  CHECK(fromTopRight.points[0] == cv::Point2d(10, 30));
  CHECK(translated(box, {5, -5}).points[1] == cv::Point2d(55, 25));
}

TEST_CASE("Lengths and areas are in millimetres of the scan", "[imaging][annotations]") {
  const Shape ruler{ShapeType::Ruler, {{0, 0}, {30, 40}}};
  CHECK(lengthMm(ruler, 5, 5) == Approx(250));
  CHECK(lengthMm(ruler, 2, 1) == Approx(std::hypot(60, 40)));
  CHECK(areaMm2(ruler, 5, 5) == 0);
  const Shape box{ShapeType::AreaMeasure, {{10, 10}, {30, 20}}};
  CHECK(areaMm2(box, 5, 5) == Approx(20 * 10 * 25));
  const Shape ellipse{ShapeType::Ellipse, {{0, 0}, {40, 20}}};
  CHECK(areaMm2(ellipse, 1, 1) == Approx(M_PI * 20 * 10));
  const Shape triangle{ShapeType::Polygon, {{0, 0}, {10, 0}, {0, 10}}};
  CHECK(areaMm2(triangle, 1, 1) == Approx(50));
  CHECK(cv::countNonZero(regionMask(box, {100, 100})) == Approx(21 * 11).margin(25));
}

TEST_CASE("Every mark gets a bounding polygon for the threat report", "[imaging][annotations]") {
  CHECK(boundingPolygon(Shape{ShapeType::Rectangle, {{10, 10}, {50, 30}}}).size() == 4);
  CHECK(boundingPolygon(Shape{ShapeType::Ellipse, {{10, 10}, {50, 30}}}).size() == 48);
  const std::vector<cv::Point2d> text = boundingPolygon(Shape{ShapeType::Text, {{10, 10}}});
  REQUIRE(text.size() == 4);
  CHECK(text[2].x - text[0].x >= 1);  // a point becomes a pixel-sized box, never a degenerate polygon
  const std::vector<cv::Point2d> arrow = boundingPolygon(Shape{ShapeType::Arrow, {{0, 0}, {100, 0}}});
  CHECK(arrow[0].x > 80);  // around the head, which is what it points at
}

TEST_CASE("A freehand stroke is thinned to the points that shape it", "[imaging][annotations]") {
  std::vector<cv::Point2d> stroke;
  for (int i = 0; i <= 100; ++i) stroke.emplace_back(i, 0);
  for (int i = 0; i <= 100; ++i) stroke.emplace_back(100, i);
  for (int i = 100; i >= 0; --i) stroke.emplace_back(i, 100);
  const std::vector<cv::Point2d> thin = simplified(stroke, 1.0);
  CHECK(thin.size() <= 5);
  CHECK(areaMm2(Shape{ShapeType::Polygon, thin}, 1, 1) == Approx(10000).margin(300));
}

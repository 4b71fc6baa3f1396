#pragma once

#include <opencv2/core/mat.hpp>
#include <opencv2/core/types.hpp>

#include <vector>

namespace cip::imaging {

/// The analyst's marks as geometry in scan pixels: what the annotation tools draw, select, move
/// and resize, and what the export turns into DICOS bounding polygons. Kept free of Qt so that
/// the same rules serve the viewer, the exporter and the tests.
enum class ShapeType { Rectangle, Ellipse, Polygon, Polyline, Arrow, Point, Text, Ruler, AreaMeasure };

struct Shape {
  ShapeType type = ShapeType::Rectangle;
  /// Rectangle, ellipse, area: two opposite corners; arrow: tail, head; ruler: both ends;
  /// point, text: the anchor; polygon, polyline: the vertices (freehand is a dense polygon).
  std::vector<cv::Point2d> points;
};

/// True for shapes that enclose an area (rectangle, ellipse, polygon, area measurement).
bool encloses(ShapeType type);
/// Two points define it (drawn by one drag): rectangle, ellipse, arrow, ruler, area measurement.
bool isTwoPoint(ShapeType type);

/// The drawn outline as a polygon (an ellipse as 48 points); the points themselves for open shapes.
std::vector<cv::Point2d> outline(const Shape& shape);
/// The polygon a DICOS TDR gets as the region's Bounding Polygon: the outline of a closed shape,
/// the bounding box of an open one (an arrow points at its head: a box around the head).
std::vector<cv::Point2d> boundingPolygon(const Shape& shape);
cv::Rect2d bounds(const Shape& shape);

/// Where the grips are: the four corners of two-point boxes, else every point.
std::vector<cv::Point2d> handles(const Shape& shape);

struct ShapeHit {
  enum Part { None, Body, Handle };
  Part part = None;
  int handle = -1;
};
/// What is under `p` within `tolerance` (scan pixels): a grip first, then the outline, then the
/// inside of a closed shape.
ShapeHit hitTest(const Shape& shape, cv::Point2d p, double tolerance);

Shape translated(const Shape& shape, cv::Point2d delta);
/// The shape with grip `handle` dragged to `to`: a box corner moves while the opposite stays.
Shape withHandleMoved(const Shape& shape, int handle, cv::Point2d to);

/// Length along the points (ruler, arrow, polyline) in mm; pixel size in mm per axis.
double lengthMm(const Shape& shape, double pixelMmX, double pixelMmY);
/// Enclosed area in mm² (0 for open shapes).
double areaMm2(const Shape& shape, double pixelMmX, double pixelMmY);
/// The enclosed pixels as a CV_8U mask of `size` (empty mask for open shapes).
cv::Mat regionMask(const Shape& shape, cv::Size size);
/// Fewer points for a freehand outline: Douglas–Peucker within `tolerance` pixels.
std::vector<cv::Point2d> simplified(const std::vector<cv::Point2d>& points, double tolerance);

}  // namespace cip::imaging

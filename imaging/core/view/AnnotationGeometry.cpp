#include "imaging/core/view/AnnotationGeometry.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace cip::imaging {

namespace {

double distanceToSegment(cv::Point2d p, cv::Point2d a, cv::Point2d b) {
  const cv::Point2d ab = b - a;
  const double length2 = ab.dot(ab);
  const double t = length2 > 0 ? std::clamp((p - a).dot(ab) / length2, 0.0, 1.0) : 0.0;
  const cv::Point2d d = p - (a + t * ab);
  return std::hypot(d.x, d.y);
}

std::vector<cv::Point> integerPoints(const std::vector<cv::Point2d>& points) {
  std::vector<cv::Point> out;
  for (const cv::Point2d& p : points) out.emplace_back(static_cast<int>(std::lround(p.x)), static_cast<int>(std::lround(p.y)));
  return out;
}

}  // namespace

bool encloses(ShapeType type) {
  return type == ShapeType::Rectangle || type == ShapeType::Ellipse || type == ShapeType::Polygon || type == ShapeType::AreaMeasure;
}

bool isTwoPoint(ShapeType type) {
  return type == ShapeType::Rectangle || type == ShapeType::Ellipse || type == ShapeType::Arrow || type == ShapeType::Ruler ||
         type == ShapeType::AreaMeasure;
}

std::vector<cv::Point2d> outline(const Shape& s) {
  if (s.points.size() < 2 || !(encloses(s.type) && isTwoPoint(s.type))) return s.points;
  const cv::Point2d a = s.points[0], b = s.points[1];
  if (s.type != ShapeType::Ellipse) return {a, {b.x, a.y}, b, {a.x, b.y}};
  const cv::Point2d centre = (a + b) * 0.5;
  const double rx = std::abs(b.x - a.x) / 2, ry = std::abs(b.y - a.y) / 2;
  std::vector<cv::Point2d> out;
  for (int i = 0; i < 48; ++i) {
    const double t = 2 * M_PI * i / 48;
    out.emplace_back(centre.x + rx * std::cos(t), centre.y + ry * std::sin(t));
  }
  return out;
}

cv::Rect2d bounds(const Shape& s) {
  if (s.points.empty()) return {};
  double x0 = s.points[0].x, y0 = s.points[0].y, x1 = x0, y1 = y0;
  for (const cv::Point2d& p : s.points) {
    x0 = std::min(x0, p.x), y0 = std::min(y0, p.y), x1 = std::max(x1, p.x), y1 = std::max(y1, p.y);
  }
  return {x0, y0, x1 - x0, y1 - y0};
}

std::vector<cv::Point2d> boundingPolygon(const Shape& s) {
  if (encloses(s.type) && s.points.size() >= 2) return outline(s);
  cv::Rect2d box = bounds(s);
  if (s.type == ShapeType::Arrow && s.points.size() == 2) {  // the head is what it points at
    const double r = std::max(8.0, 0.1 * std::hypot(box.width, box.height));
    box = {s.points[1].x - r, s.points[1].y - r, 2 * r, 2 * r};
  }
  if (box.width < 1) box.x -= 0.5, box.width = 1;
  if (box.height < 1) box.y -= 0.5, box.height = 1;
  return {{box.x, box.y}, {box.x + box.width, box.y}, {box.x + box.width, box.y + box.height}, {box.x, box.y + box.height}};
}

std::vector<cv::Point2d> handles(const Shape& s) {
  if (encloses(s.type) && isTwoPoint(s.type) && s.points.size() == 2) {
    const cv::Point2d a = s.points[0], b = s.points[1];
    return {a, {b.x, a.y}, b, {a.x, b.y}};
  }
  return s.points;
}

ShapeHit hitTest(const Shape& s, cv::Point2d p, double tolerance) {
  const std::vector<cv::Point2d> grips = handles(s);
  for (std::size_t i = 0; i < grips.size(); ++i)
    if (std::hypot(p.x - grips[i].x, p.y - grips[i].y) <= tolerance) return {ShapeHit::Handle, static_cast<int>(i)};
  const std::vector<cv::Point2d> line = outline(s);
  const bool closed = encloses(s.type);
  for (std::size_t i = 0; i + 1 < line.size() + (closed ? 1 : 0); ++i)
    if (distanceToSegment(p, line[i], line[(i + 1) % line.size()]) <= tolerance) return {ShapeHit::Body, -1};
  if (closed && line.size() >= 3) {
    std::vector<cv::Point2f> contour;
    for (const cv::Point2d& q : line) contour.emplace_back(static_cast<float>(q.x), static_cast<float>(q.y));
    if (cv::pointPolygonTest(contour, cv::Point2f(static_cast<float>(p.x), static_cast<float>(p.y)), false) >= 0) return {ShapeHit::Body, -1};
  }
  if ((s.type == ShapeType::Text || s.type == ShapeType::Point) && !s.points.empty() &&
      std::hypot(p.x - s.points[0].x, p.y - s.points[0].y) <= 2 * tolerance)
    return {ShapeHit::Body, -1};
  return {};
}

Shape translated(const Shape& s, cv::Point2d delta) {
  Shape out = s;
  for (cv::Point2d& p : out.points) p += delta;
  return out;
}

Shape withHandleMoved(const Shape& s, int handle, cv::Point2d to) {
  Shape out = s;
  if (handle < 0) return out;
  if (encloses(s.type) && isTwoPoint(s.type) && s.points.size() == 2) {
    // Grips 0..3 are the corners a, (b.x, a.y), b, (a.x, b.y); the opposite corner stays put.
    const cv::Point2d a = s.points[0], b = s.points[1];
    const cv::Point2d corners[] = {a, {b.x, a.y}, b, {a.x, b.y}};
    if (handle > 3) return out;
    out.points = {corners[(handle + 2) % 4], to};
    return out;
  }
  if (handle < static_cast<int>(out.points.size())) out.points[static_cast<std::size_t>(handle)] = to;
  return out;
}

double lengthMm(const Shape& s, double pixelMmX, double pixelMmY) {
  double length = 0;
  for (std::size_t i = 1; i < s.points.size(); ++i)
    length += std::hypot((s.points[i].x - s.points[i - 1].x) * pixelMmX, (s.points[i].y - s.points[i - 1].y) * pixelMmY);
  return length;
}

double areaMm2(const Shape& s, double pixelMmX, double pixelMmY) {
  if (!encloses(s.type)) return 0;
  const std::vector<cv::Point2d> line = outline(s);
  double twice = 0;  // shoelace
  for (std::size_t i = 0; i < line.size(); ++i) {
    const cv::Point2d& p = line[i];
    const cv::Point2d& q = line[(i + 1) % line.size()];
    twice += p.x * q.y - q.x * p.y;
  }
  if (s.type == ShapeType::Ellipse && s.points.size() == 2)  // exact, not the 48-gon's
    return M_PI / 4 * std::abs(s.points[1].x - s.points[0].x) * std::abs(s.points[1].y - s.points[0].y) * pixelMmX * pixelMmY;
  return std::abs(twice) / 2 * pixelMmX * pixelMmY;
}

cv::Mat regionMask(const Shape& s, cv::Size size) {
  cv::Mat mask = cv::Mat::zeros(size, CV_8U);
  if (!encloses(s.type)) return mask;
  const std::vector<cv::Point> polygon = integerPoints(outline(s));
  if (polygon.size() >= 3) cv::fillPoly(mask, std::vector<std::vector<cv::Point>>{polygon}, cv::Scalar(255));
  return mask;
}

std::vector<cv::Point2d> simplified(const std::vector<cv::Point2d>& points, double tolerance) {
  if (points.size() < 4) return points;
  std::vector<cv::Point2f> in, out;
  for (const cv::Point2d& p : points) in.emplace_back(static_cast<float>(p.x), static_cast<float>(p.y));
  cv::approxPolyDP(in, out, tolerance, true);
  std::vector<cv::Point2d> result;
  for (const cv::Point2f& p : out) result.emplace_back(p.x, p.y);
  return result;
}

}  // namespace cip::imaging

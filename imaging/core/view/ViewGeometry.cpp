#include "imaging/core/view/ViewGeometry.h"

#include <algorithm>
#include <cmath>

namespace cip::imaging {

namespace {

/// Screen offset from the viewport centre to image offset from the view centre: undo zoom,
/// then the flips, then the rotation (the image is flipped first, then turned, on screen).
cv::Point2d screenOffsetToImage(const ViewGeometry& g, cv::Point2d d) {
  d *= 1.0 / g.zoom;
  for (int i = 0; i < g.quarterTurns; ++i) d = {d.y, -d.x};  // undo one clockwise quarter turn
  if (g.flipHorizontal) d.x = -d.x;
  if (g.flipVertical) d.y = -d.y;
  return d;
}

cv::Point2d imageOffsetToScreen(const ViewGeometry& g, cv::Point2d d) {
  if (g.flipHorizontal) d.x = -d.x;
  if (g.flipVertical) d.y = -d.y;
  for (int i = 0; i < g.quarterTurns; ++i) d = {-d.y, d.x};  // one clockwise quarter turn (y down)
  return d * g.zoom;
}

cv::Point2d viewportCenter(const ViewGeometry& g) { return {g.viewport.width / 2.0, g.viewport.height / 2.0}; }

}  // namespace

cv::Point2d ViewGeometry::screenToImage(const cv::Point2d& screen) const {
  return center + screenOffsetToImage(*this, screen - viewportCenter(*this));
}

cv::Point2d ViewGeometry::imageToScreen(const cv::Point2d& point) const {
  return viewportCenter(*this) + imageOffsetToScreen(*this, point - center);
}

cv::Matx23d ViewGeometry::screenToImageMatrix() const {
  // Affine: image = A · screen + b; columns of A are the images of the screen unit vectors.
  const cv::Point2d origin = screenToImage({0, 0});
  const cv::Point2d ex = screenToImage({1, 0}) - origin, ey = screenToImage({0, 1}) - origin;
  return {ex.x, ey.x, origin.x, ex.y, ey.y, origin.y};
}

void ViewGeometry::fit() {
  center = {image.width / 2.0, image.height / 2.0};
  if (image.width <= 0 || image.height <= 0 || viewport.width <= 0 || viewport.height <= 0) return;
  const bool sideways = quarterTurns % 2 == 1;
  const double w = sideways ? image.height : image.width, h = sideways ? image.width : image.height;
  setZoom(std::min(viewport.width / w, viewport.height / h));
}

void ViewGeometry::setZoom(double z) { zoom = std::clamp(z, kMinZoom, kMaxZoom); }

void ViewGeometry::zoomAt(const cv::Point2d& screen, double factor) {
  const cv::Point2d anchor = screenToImage(screen);
  setZoom(zoom * factor);
  center += anchor - screenToImage(screen);  // put the anchor back under the cursor
}

void ViewGeometry::pan(const cv::Point2d& screenDelta) {
  center -= screenOffsetToImage(*this, screenDelta);
}

cv::Rect ViewGeometry::visibleImageRect() const {
  double x0 = 1e300, y0 = 1e300, x1 = -1e300, y1 = -1e300;
  for (const cv::Point2d corner : {cv::Point2d(0, 0), cv::Point2d(viewport.width, 0), cv::Point2d(0, viewport.height),
                                   cv::Point2d(viewport.width, viewport.height)}) {
    const cv::Point2d p = screenToImage(corner);
    x0 = std::min(x0, p.x), y0 = std::min(y0, p.y), x1 = std::max(x1, p.x), y1 = std::max(y1, p.y);
  }
  const cv::Rect r(static_cast<int>(std::floor(x0)), static_cast<int>(std::floor(y0)), static_cast<int>(std::ceil(x1 - std::floor(x0))),
                   static_cast<int>(std::ceil(y1 - std::floor(y0))));
  return r & cv::Rect(0, 0, image.width, image.height);
}

ViewGeometry ViewGeometry::fitted(cv::Size image, cv::Size viewport) {
  ViewGeometry geometry;
  geometry.image = image;
  geometry.viewport = viewport;
  geometry.fit();
  return geometry;
}

}  // namespace cip::imaging

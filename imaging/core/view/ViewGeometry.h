#pragma once

#include <opencv2/core/types.hpp>

namespace cip::imaging {

/// Where a scan lies on the screen: zoom, the image point at the viewport's centre, rotation in
/// quarter turns and flips. Qt-free so that tools, tests and the renderer share one definition
/// of "which image pixel is under the cursor".
class ViewGeometry {
 public:
  cv::Size viewport;         ///< device pixels
  cv::Size image;            ///< scan pixels (width × height)
  double zoom = 1;           ///< screen pixels per image pixel
  cv::Point2d center;        ///< image coordinates shown at the viewport's centre
  int quarterTurns = 0;      ///< clockwise, 0–3
  bool flipHorizontal = false;
  bool flipVertical = false;

  static constexpr double kMinZoom = 1.0 / 64, kMaxZoom = 64;

  cv::Point2d screenToImage(const cv::Point2d& screen) const;
  cv::Point2d imageToScreen(const cv::Point2d& image) const;
  /// 2 × 3 matrix from screen to image coordinates (for cv::warpAffine with WARP_INVERSE_MAP).
  cv::Matx23d screenToImageMatrix() const;

  /// Whole image in view, centred (the viewer's default and the F key).
  void fit();
  /// A view of `viewport` device pixels showing all of an image of `image` pixels.
  static ViewGeometry fitted(cv::Size image, cv::Size viewport);
  /// One image pixel per screen pixel around the current centre.
  void actualSize() { setZoom(1); }
  void setZoom(double zoom);
  /// Zooms by `factor` keeping the image point under `screen` where it is (wheel zoom).
  void zoomAt(const cv::Point2d& screen, double factor);
  /// Moves the image with the cursor by a screen displacement.
  void pan(const cv::Point2d& screenDelta);
  void rotateClockwise() { quarterTurns = (quarterTurns + 1) % 4; }
  /// Image rectangle (pixels, clipped to the image) that the viewport shows.
  cv::Rect visibleImageRect() const;
};

}  // namespace cip::imaging

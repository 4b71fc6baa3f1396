#pragma once

#include "imaging/core/Scan.h"
#include "imaging/core/analysis/MaterialCalibration.h"

#include <opencv2/core/mat.hpp>

#include <array>
#include <vector>

namespace cip::imaging {

/// Per-pixel material classes of dual-energy scans. Building it evaluates the calibration over a
/// (A_H, R) table once (about 0.2 s); classifying a scan is then one pass: high and low channels
/// become attenuation, are smoothed over `smoothing` × `smoothing` pixels (the ratio of two noisy
/// small numbers needs it) and looked up. Keep one per calibration.
class MaterialClassifier {
 public:
  explicit MaterialClassifier(const MaterialCalibration& calibration);
  /// CV_8U of MaterialClass values; throws ScanError when the scan has no high/low pair.
  cv::Mat classify(const Scan& scan, int smoothing = 5, int slice = 0) const;
  /// Classes of attenuation pairs (CV_32F, A = −ln T): also of what remains after a background
  /// such as the container walls is subtracted.
  cv::Mat classify(const cv::Mat& attenuationHigh, const cv::Mat& attenuationLow) const;

 private:
  std::vector<unsigned char> table_;
};

/// One-off convenience: builds a classifier and classifies `scan`.
cv::Mat classifyMaterials(const Scan& scan, const MaterialCalibration& calibration, int smoothing = 5, int slice = 0);

/// The usual security colours — organic orange, inorganic green, metal blue, impenetrable black,
/// air white — with brightness from the high-energy image, so shapes stay readable.
cv::Mat renderMaterials(const Scan& scan, const cv::Mat& classes, int slice = 0);

/// The colour of each (class, brightness) pair: 5 rows (by MaterialClass) × 256 BGR entries.
const cv::Mat& materialColorTable();
/// Material colours of `classes` with brightness from `grey` (CV_8U, or BGR whose first channel
/// is used): one lookup per pixel, so the viewer can colour just what is on screen.
cv::Mat colorMaterials(const cv::Mat& classes, const cv::Mat& grey);

/// Share of each class among the pixels of `classes` (optionally inside `mask`).
std::array<double, 5> classShares(const cv::Mat& classes, const cv::Mat& mask = cv::Mat());

}  // namespace cip::imaging

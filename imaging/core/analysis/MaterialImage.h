#pragma once

#include "imaging/core/Scan.h"
#include "imaging/core/analysis/MaterialCalibration.h"

#include <opencv2/core/mat.hpp>

#include <array>

namespace cip::imaging {

/// Per-pixel material classes of a dual-energy scan (CV_8U of MaterialClass values). High and
/// low channels are turned into attenuation, smoothed over `smoothing` × `smoothing` pixels
/// (the ratio of two noisy small numbers needs it), and looked up in a table built once from the
/// calibration. Throws ScanError when the scan has no high/low pair.
cv::Mat classifyMaterials(const Scan& scan, const MaterialCalibration& calibration, int smoothing = 5, int slice = 0);

/// The usual security colours — organic orange, inorganic green, metal blue, impenetrable black,
/// air white — with brightness from the high-energy image, so shapes stay readable.
cv::Mat renderMaterials(const Scan& scan, const cv::Mat& classes, int slice = 0);

/// Share of each class among the pixels of `classes` (optionally inside `mask`).
std::array<double, 5> classShares(const cv::Mat& classes, const cv::Mat& mask = cv::Mat());

}  // namespace cip::imaging

#pragma once

#include "imaging/core/analysis/AutomaticFindings.h"

#include <opencv2/core/mat.hpp>

namespace cip::imaging {

/// Draws the findings on a rendered scan (BGR, scan-sized): anomalies red, impenetrable and dense
/// regions magenta, load cyan, the inspected interior as a thin grey frame; each box labelled.
/// For reports and the CLI; the viewer draws its own, interactive overlay.
cv::Mat drawFindings(const cv::Mat& picture, const ScanFindings& findings);

}  // namespace cip::imaging

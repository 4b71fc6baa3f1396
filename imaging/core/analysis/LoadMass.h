#pragma once

#include "imaging/core/analysis/MaterialCalibration.h"
#include "imaging/core/analysis/MaterialImage.h"

#include <opencv2/core/mat.hpp>

namespace cip::imaging {

/// The weight of what is inside a container, read from the image. A side view integrates
/// density along each beam path, so mass = Σ (mass thickness above the empty container) ×
/// pixel area. The analyst compares it with the declared gross weight: a declaration that says
/// 8 t of T-shirts for a container whose image holds 20 t is worth a look.
struct LoadMassEstimate {
  double kg = -1;            ///< −1 when the pixel spacing is unknown
  bool lowerBound = false;   ///< part of the load is beyond penetration: the true mass is higher
  double uncertainty = 0.2;  ///< relative: the mass attenuation of unknown goods varies this much
};

/// `aHigh`/`aLow` are smoothed attenuation images (`aLow` may be empty: single energy, then every
/// pixel is weighed as aluminium, the middle of the range); `emptyLevelHigh` the attenuation of
/// the empty container's walls; `excessHigh`/`excessLow` the attenuation above each row's empty
/// level, used only to name each pixel's material; `interior` what is weighed.
LoadMassEstimate estimateLoadMass(const cv::Mat& aHigh, const cv::Mat& excessHigh, const cv::Mat& excessLow, const cv::Rect& interior,
                                  double emptyLevelHigh, double pixelAreaMm2, double materialThreshold,
                                  const MaterialCalibration& calibration, const MaterialClassifier& classifier);

}  // namespace cip::imaging

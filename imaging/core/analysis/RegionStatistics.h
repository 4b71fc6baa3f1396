#pragma once

#include "imaging/core/Scan.h"
#include "imaging/core/analysis/MaterialCalibration.h"
#include "imaging/core/analysis/MaterialImage.h"

#include <array>

namespace cip::imaging {

/// What an analyst reads off a marked region: how big it is, how much it attenuates, what it is
/// made of, and about how much it weighs — compared later with the declared goods.
struct RegionStatistics {
  int pixels = 0;
  double areaMm2 = -1;               ///< −1 when the scan's pixel spacing is unknown
  double meanAttenuationHigh = 0;    ///< mean −ln(I/I₀) of the high (or only) channel
  double meanAttenuationLow = -1;    ///< −1 without a low channel
  std::array<double, 5> classShares{};  ///< by MaterialClass; all zero without dual energy
  MaterialClass dominantClass = MaterialClass::Air;
  double meanMassThickness = -1;     ///< g/cm² of the dominant class's reference material
  double estimatedMassKg = -1;       ///< mass thickness × area; −1 when either is unknown
};

/// Statistics of the pixels of slice `z` where `mask` (CV_8U, scan-sized) is non-zero. For
/// dual-energy scans `classifier` gives the classes; mass uses the calibration's representative
/// material of the dominant class (water, aluminium or iron), read pixel by pixel.
RegionStatistics regionStatistics(const Scan& scan, const cv::Mat& mask, const MaterialCalibration& calibration,
                                  const MaterialClassifier& classifier, int z = 0);

}  // namespace cip::imaging

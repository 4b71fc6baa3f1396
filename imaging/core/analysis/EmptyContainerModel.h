#pragma once

#include <opencv2/core/mat.hpp>

#include <vector>

namespace cip::imaging {

/// How the scanned container would look empty, estimated from the scan itself. A container's
/// walls, rails, floor and roof run its whole length, so in a side view they change from row to
/// row but hardly along a row; goods occupy part of a row. Each row's low percentile across the
/// container is therefore that row's empty level, whatever the vendor, wall gauge or energy.
struct EmptyContainerModel {
  bool found = false;   ///< false: no container outline; the whole image stands in for it
  cv::Rect container;   ///< columns and rows that attenuate more than air
  cv::Rect interior;    ///< inside the end frames, above the floor, below the roof rails
  std::vector<float> rowLevelHigh, rowLevelLow;  ///< empty level per image row (interior rows)
  double wallLevel = 0;   ///< the lowest interior row level: side walls alone
  double noiseSigma = 0;  ///< of the smoothed attenuation inside, from neighbour differences
};

/// `attenuationHigh` (and `attenuationLow`, may be empty) are smoothed attenuation images; `raw`
/// the unsmoothed high one (for the noise), `smoothing` the box size that was applied.
EmptyContainerModel modelEmptyContainer(const cv::Mat& attenuationHigh, const cv::Mat& attenuationLow, const cv::Mat& raw,
                                        int smoothing, double pixelMmX, double pixelMmY, double airAttenuation);

/// Attenuation above the empty level of each row (CV_32F, may be negative).
cv::Mat excessOverEmpty(const cv::Mat& attenuation, const std::vector<float>& rowLevel);

}  // namespace cip::imaging

#pragma once

#include "imaging/core/Scan.h"
#include "imaging/core/processing/Display.h"

#include <opencv2/core/types.hpp>

#include <vector>

namespace cip::imaging {

/// Values of each channel along a line, as the profile tool plots them.
struct LineProfile {
  std::vector<double> distance;                ///< from the start: mm when the spacing is known, else pixels
  bool millimetres = false;
  std::vector<std::vector<double>> values;     ///< per channel (scan order), raw sample values
};

/// Samples every channel of slice `z` along `from` → `to` (image coordinates, pixel centres at
/// .5), one sample per pixel of length (at most `maxSamples`), bilinear. Points outside the
/// image are clamped to its edge.
LineProfile lineProfile(const Scan& scan, int z, cv::Point2d from, cv::Point2d to, int maxSamples = 4096);

/// Histogram of the working image (in its value units) inside `region`, over `bins` equal bins
/// spanning the image's whole value range; at most about a million samples are counted (a
/// regular subsample), so it can follow a pan or zoom live.
struct ValueHistogram {
  double first = 0, last = 0;    ///< value range the bins span
  std::vector<double> counts;
};
ValueHistogram regionHistogram(const WorkingImage& image, const cv::Rect& region, int bins = 256);

}  // namespace cip::imaging

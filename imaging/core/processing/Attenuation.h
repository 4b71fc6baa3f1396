#pragma once

#include "imaging/core/Scan.h"

#include <opencv2/core/mat.hpp>

namespace cip::imaging {

/// The unattenuated signal I₀ of a transmission channel. Detectors are rarely normalised to full
/// scale (the Rapiscan samples put air near 58 800 of 65 535), so it is measured: the 99.9th
/// percentile, unless that is below half the nominal full scale (no air in view), then nominal.
double measuredAirLevel(const cv::Mat& channel, const ScanMetadata& meta);

/// Attenuation A = −ln(I/I₀) as float, I clamped to [1, I₀], averaged over `smoothing` ×
/// `smoothing` pixels when smoothing > 1. Material classes and region statistics both use it, so
/// they always agree on a pixel.
cv::Mat attenuationImage(const cv::Mat& channel, const ScanMetadata& meta, int smoothing = 1);

}  // namespace cip::imaging

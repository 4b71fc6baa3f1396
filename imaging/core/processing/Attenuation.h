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

/// Zero counts (≤ 0) in either channel of a transmission pair that their neighbourhood says are
/// not real readings: the lit pixels of the `smoothing` window around them average over 1 % of
/// the air level, so a dead element or the hard edge of an opaque object, not the noise of a
/// dark region. CV_8U 255 there; empty when there are none, and for attenuation images (where
/// 0 is air). Clamped to one count and smoothed, such pixels hand an enormous A_L to their
/// neighbours: on real MeV scans, orange "organic" halos round every opaque or dead pixel.
cv::Mat implausibleZeroCounts(const cv::Mat& high, const cv::Mat& low, const ScanMetadata& meta, int smoothing);

/// attenuationImage() averaged over `smoothing` × `smoothing` pixels leaving out the `excluded`
/// ones (CV_8U, non-zero): the neighbours of a zero-count pixel keep their own attenuation. The
/// excluded pixels themselves keep the plain average (one count is a bound on their
/// attenuation, and at tube energies a low channel absorbed to nothing is what metal shows).
cv::Mat attenuationImageExcluding(const cv::Mat& channel, const ScanMetadata& meta, int smoothing, const cv::Mat& excluded);

}  // namespace cip::imaging

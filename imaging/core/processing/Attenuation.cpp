#include "imaging/core/processing/Attenuation.h"

#include "imaging/core/processing/Display.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace cip::imaging {

double measuredAirLevel(const cv::Mat& channel, const ScanMetadata& meta) {
  const double nominal = airValue(channel);
  const double bright = percentileValue(makeWorkingImage(channel, meta, false), 99.9);
  return bright > 0.5 * nominal ? bright : nominal;
}

cv::Mat attenuationImage(const cv::Mat& channel, const ScanMetadata& meta, int smoothing) {
  const double air = measuredAirLevel(channel, meta);
  cv::Mat t;
  channel.convertTo(t, CV_32F, 1.0 / air);
  cv::max(t, 1.0 / air, t);
  cv::min(t, 1.0, t);
  cv::log(t, t);
  t *= -1.0;
  if (smoothing > 1) cv::blur(t, t, cv::Size(smoothing, smoothing));
  return t;
}

namespace {

/// The zeros of one channel whose lit neighbours average over 1 % of its air level.
cv::Mat implausibleZeros(const cv::Mat& channel, const ScanMetadata& meta, int smoothing) {
  cv::Mat zero;
  cv::compare(channel, 0, zero, cv::CMP_LE);
  if (cv::countNonZero(zero) == 0) return zero;
  cv::Mat counts, lit;
  channel.convertTo(counts, CV_32F);
  cv::compare(channel, 0, lit, cv::CMP_GT);
  lit.convertTo(lit, CV_32F, 1.0 / 255.0);
  const cv::Size window(std::max(3, smoothing), std::max(3, smoothing));
  cv::Mat sum, n, mean;
  cv::blur(counts.mul(lit), sum, window);
  cv::blur(lit, n, window);
  cv::divide(sum, cv::max(n, 1e-6), mean);
  cv::Mat bright;
  cv::compare(mean, 0.01 * measuredAirLevel(channel, meta), bright, cv::CMP_GT);
  return zero & bright;
}

}  // namespace

cv::Mat implausibleZeroCounts(const cv::Mat& high, const cv::Mat& low, const ScanMetadata& meta, int smoothing) {
  if (meta.meaning == PixelMeaning::Attenuation || high.size() != low.size()) return {};
  cv::Mat excluded = implausibleZeros(high, meta, smoothing) | implausibleZeros(low, meta, smoothing);
  return cv::countNonZero(excluded) > 0 ? excluded : cv::Mat();
}

cv::Mat attenuationImageExcluding(const cv::Mat& channel, const ScanMetadata& meta, int smoothing, const cv::Mat& excluded) {
  cv::Mat a = attenuationImage(channel, meta);
  if (smoothing <= 1 || excluded.empty()) {
    if (smoothing > 1) cv::blur(a, a, cv::Size(smoothing, smoothing));
    return a;
  }
  cv::Mat weight;
  cv::compare(excluded, 0, weight, cv::CMP_EQ);
  weight.convertTo(weight, CV_32F, 1.0 / 255.0);
  cv::Mat sum, count, smoothed, plain;
  cv::blur(a.mul(weight), sum, cv::Size(smoothing, smoothing));
  cv::blur(weight, count, cv::Size(smoothing, smoothing));
  cv::divide(sum, cv::max(count, 1e-6), smoothed);
  // An excluded pixel keeps the plain average, its one-count bound included: at tube energies a
  // low channel absorbed to nothing behind a lit high channel is what metal looks like.
  cv::blur(a, plain, cv::Size(smoothing, smoothing));
  plain.copyTo(smoothed, excluded);
  return smoothed;
}

}  // namespace cip::imaging

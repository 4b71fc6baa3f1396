#include "imaging/core/processing/Attenuation.h"

#include "imaging/core/processing/Display.h"

#include <opencv2/imgproc.hpp>

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

}  // namespace cip::imaging

#include "imaging/core/analysis/RegionStatistics.h"

#include "imaging/core/ScanError.h"
#include "imaging/core/processing/Attenuation.h"

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace cip::imaging {

RegionStatistics regionStatistics(const Scan& scan, const cv::Mat& mask, const MaterialCalibration& calibration,
                                  const MaterialClassifier& classifier, int z) {
  if (scan.channels.empty()) throw ScanError(scan.meta.format, "holds no image");
  if (mask.size() != cv::Size(scan.width, scan.height) || mask.type() != CV_8U)
    throw ScanError(scan.meta.format, "region mask does not match the scan");
  RegionStatistics s;
  s.pixels = cv::countNonZero(mask);
  if (s.pixels == 0) return s;
  if (scan.meta.spacingX > 0 && scan.meta.spacingY > 0) s.areaMm2 = s.pixels * scan.meta.spacingX * scan.meta.spacingY;

  const Channel* high = scan.channel(ChannelRole::High);
  const cv::Mat highPixels = high ? scan.slice(static_cast<std::size_t>(high - scan.channels.data()), z) : scan.slice(0, z);
  const cv::Mat aHigh = attenuationImage(highPixels, scan.meta);
  s.meanAttenuationHigh = cv::mean(aHigh, mask)[0];
  if (!scan.isDualEnergy()) return s;

  const Channel* low = scan.channel(ChannelRole::Low);
  s.meanAttenuationLow = cv::mean(attenuationImage(scan.slice(static_cast<std::size_t>(low - scan.channels.data()), z), scan.meta), mask)[0];
  s.classShares = classShares(classifier.classify(scan, 5, z), mask);
  int dominant = 1;
  for (int c = 2; c <= 4; ++c)
    if (s.classShares[static_cast<std::size_t>(c)] > s.classShares[static_cast<std::size_t>(dominant)]) dominant = c;
  s.dominantClass = static_cast<MaterialClass>(dominant);
  const CalibrationCurve* reference = calibration.representative(
      s.dominantClass == MaterialClass::Impenetrable ? MaterialClass::Metal : s.dominantClass);
  if (!reference || reference->massThickness.empty()) return s;
  double sum = 0;
  for (int y = 0; y < mask.rows; ++y)
    for (int x = 0; x < mask.cols; ++x)
      if (mask.at<unsigned char>(y, x)) sum += calibration.massThickness(*reference, aHigh.at<float>(y, x));
  s.meanMassThickness = sum / s.pixels;
  if (s.areaMm2 > 0) s.estimatedMassKg = s.meanMassThickness * (s.areaMm2 / 100.0) / 1000.0;  // g/cm² × cm² → g → kg
  return s;
}

}  // namespace cip::imaging

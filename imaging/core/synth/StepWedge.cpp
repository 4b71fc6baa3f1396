#include "imaging/core/synth/StepWedge.h"

#include <opencv2/core.hpp>

#include <cmath>

namespace cip::imaging {

double thicknessForAttenuation(const DualEnergySystem& system, const Material& material, double target) {
  double lo = 0, hi = 1;
  while (-std::log(transmission(system.high, {{&material, hi}})) < target && hi < 1e5) hi *= 2;
  for (int i = 0; i < 60; ++i) {
    const double mid = (lo + hi) / 2;
    (-std::log(transmission(system.high, {{&material, mid}})) < target ? lo : hi) = mid;
  }
  return (lo + hi) / 2;
}

StepWedge makeStepWedge(const DualEnergySystem& system, const StepWedgeOptions& o) {
  StepWedge wedge;
  wedge.materials = o.materials;
  wedge.stepAttenuationHigh = o.stepAttenuationHigh;
  const int gap = o.stepSize / 4;
  const int cols = static_cast<int>(o.stepAttenuationHigh.size()) * (o.stepSize + gap) + gap;
  const int rows = static_cast<int>(o.materials.size()) * (o.stepSize + gap) + gap;
  cv::Mat high(rows, cols, CV_32F, cv::Scalar(1.0)), low(rows, cols, CV_32F, cv::Scalar(1.0));
  wedge.truth = cv::Mat(rows, cols, CV_8U, cv::Scalar(static_cast<int>(MaterialClass::Air)));
  for (std::size_t m = 0; m < o.materials.size(); ++m) {
    const Material& material = imaging::material(o.materials[m]);
    for (std::size_t s = 0; s < o.stepAttenuationHigh.size(); ++s) {
      const double gcm2 = thicknessForAttenuation(system, material, o.stepAttenuationHigh[s]);
      const cv::Rect step(gap + static_cast<int>(s) * (o.stepSize + gap), gap + static_cast<int>(m) * (o.stepSize + gap), o.stepSize, o.stepSize);
      high(step).setTo(transmission(system.high, {{&material, gcm2}}));
      low(step).setTo(transmission(system.low, {{&material, gcm2}}));
      wedge.truth(step).setTo(static_cast<int>(material.cls));
    }
  }
  cv::RNG rng(o.seed);
  for (cv::Mat* channel : {&high, &low}) {
    cv::Mat noise(channel->size(), CV_32F);
    rng.fill(noise, cv::RNG::NORMAL, 0.0, o.noise);
    *channel += noise;
  }
  wedge.scan.width = cols;
  wedge.scan.height = rows;
  wedge.scan.meta.format = "synthetic step wedge (" + system.name + ")";
  wedge.scan.meta.meaning = PixelMeaning::Transmission;
  cv::Mat high16, low16;
  high.convertTo(high16, CV_16U, 65535.0);
  low.convertTo(low16, CV_16U, 65535.0);
  wedge.scan.channels = {{ChannelRole::High, high16}, {ChannelRole::Low, low16}};
  return wedge;
}

}  // namespace cip::imaging

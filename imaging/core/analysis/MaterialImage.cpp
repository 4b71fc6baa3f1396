#include "imaging/core/analysis/MaterialImage.h"

#include "imaging/core/ScanError.h"
#include "imaging/core/processing/Attenuation.h"
#include "imaging/core/processing/Display.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace cip::imaging {

namespace {

// The table is indexed by A_H and by the ratio R = A_L / A_H: MeV systems separate materials by
// about 1 % in R, so R gets fine steps (0.001) where A_L steps would be too coarse.
constexpr int kHighBins = 1024;
constexpr double kMaxAttenuation = 12.0;  // beyond ln(65535) ≈ 11.1: every 16-bit value fits
constexpr int kRatioBins = 4096;
constexpr double kMinRatio = 0.5, kMaxRatio = 4.5;

/// Class of every (A_H, R) cell: the calibration evaluated once instead of per pixel.
std::vector<unsigned char> classTable(const MaterialCalibration& calibration) {
  std::vector<unsigned char> table(static_cast<std::size_t>(kHighBins) * kRatioBins);
  cv::parallel_for_(cv::Range(0, kHighBins), [&](const cv::Range& rows) {
    std::vector<double> lows(kRatioBins);
    std::vector<MaterialClass> classes(kRatioBins);
    for (int h = rows.start; h < rows.end; ++h) {
      const double high = (h + 0.5) * kMaxAttenuation / kHighBins;
      for (int r = 0; r < kRatioBins; ++r) lows[static_cast<std::size_t>(r)] = (kMinRatio + (r + 0.5) * (kMaxRatio - kMinRatio) / kRatioBins) * high;
      calibration.classifyMany(high, lows.data(), lows.size(), classes.data());
      unsigned char* row = table.data() + static_cast<std::size_t>(h) * kRatioBins;
      for (int r = 0; r < kRatioBins; ++r) row[r] = static_cast<unsigned char>(classes[static_cast<std::size_t>(r)]);
    }
  });
  return table;
}

}  // namespace

MaterialClassifier::MaterialClassifier(const MaterialCalibration& calibration) : table_(classTable(calibration)) {}

cv::Mat classifyMaterials(const Scan& scan, const MaterialCalibration& calibration, int smoothing, int slice) {
  return MaterialClassifier(calibration).classify(scan, smoothing, slice);
}

cv::Mat MaterialClassifier::classify(const Scan& scan, int smoothing, int slice) const {
  const Channel* high = scan.channel(ChannelRole::High);
  const Channel* low = scan.channel(ChannelRole::Low);
  if (!high || !low) throw ScanError(scan.meta.format, "material discrimination needs a dual-energy scan (high and low channels)");
  const cv::Mat h = high->pixels.rowRange(slice * scan.height, (slice + 1) * scan.height);
  const cv::Mat l = low->pixels.rowRange(slice * scan.height, (slice + 1) * scan.height);
  // Zero counts amid lit pixels are left out of their neighbours' smoothing: clamped to one
  // count, they would colour a halo round every opaque or dead pixel.
  const cv::Mat excluded = implausibleZeroCounts(h, l, scan.meta, smoothing);
  return classify(attenuationImageExcluding(h, scan.meta, smoothing, excluded), attenuationImageExcluding(l, scan.meta, smoothing, excluded));
}

cv::Mat MaterialClassifier::classify(const cv::Mat& aHigh, const cv::Mat& aLow) const {
  CV_Assert(aHigh.type() == CV_32F && aLow.type() == CV_32F && aHigh.size() == aLow.size());
  const std::vector<unsigned char>& table = table_;
  cv::Mat classes(aHigh.size(), CV_8U);
  const float highScale = static_cast<float>(kHighBins / kMaxAttenuation);
  const float ratioScale = static_cast<float>(kRatioBins / (kMaxRatio - kMinRatio));
  cv::parallel_for_(cv::Range(0, aHigh.rows), [&](const cv::Range& rows) {
    for (int y = rows.start; y < rows.end; ++y) {
      const float* h = aHigh.ptr<float>(y);
      const float* l = aLow.ptr<float>(y);
      unsigned char* out = classes.ptr<unsigned char>(y);
      for (int x = 0; x < aHigh.cols; ++x) {
        const int hi = std::clamp(static_cast<int>(h[x] * highScale), 0, kHighBins - 1);
        const float ratio = h[x] > 1e-6f ? l[x] / h[x] : 1.0f;
        const int ri = std::clamp(static_cast<int>((ratio - static_cast<float>(kMinRatio)) * ratioScale), 0, kRatioBins - 1);
        out[x] = table[static_cast<std::size_t>(hi) * kRatioBins + static_cast<std::size_t>(ri)];
      }
    }
  });
  return classes;
}

cv::Mat renderMaterials(const Scan& scan, const cv::Mat& classes, int slice) {
  const Channel* high = scan.channel(ChannelRole::High);
  DisplaySettings settings;
  settings.logTransmission = true;
  applyPreset(Preset::Attenuation, high->pixels, scan.meta, settings);
  const cv::Mat grey = renderChannel(high->pixels.rowRange(slice * scan.height, (slice + 1) * scan.height), scan.meta, settings);
  return colorMaterials(classes, grey);
}

const cv::Mat& materialColorTable() {
  static const cv::Mat table = [] {
    // HSV hues (OpenCV: 0–180): orange, green, blue.
    const unsigned char hue[] = {0, 15, 60, 110, 0};
    cv::Mat hsv(5, 256, CV_8UC3);
    for (int c = 0; c < 5; ++c)
      for (int value = 0; value < 256; ++value) {
        const auto cls = static_cast<MaterialClass>(c);
        cv::Vec3b& p = hsv.at<cv::Vec3b>(c, value);
        p[0] = hue[c];
        // Thin material (bright) is drawn pale, thick material in full colour, as screeners expect.
        const int saturation = std::clamp((255 - value) * 230 / 160, 35, 230);
        p[1] = static_cast<unsigned char>(cls == MaterialClass::Air || cls == MaterialClass::Impenetrable ? 0 : saturation);
        p[2] = cls == MaterialClass::Impenetrable ? 0 : static_cast<unsigned char>(cls == MaterialClass::Air ? value : 60 + value * 195 / 255);
      }
    cv::Mat bgr;
    cv::cvtColor(hsv, bgr, cv::COLOR_HSV2BGR);
    return bgr;
  }();
  return table;
}

cv::Mat colorMaterials(const cv::Mat& classes, const cv::Mat& grey) {
  CV_Assert(classes.type() == CV_8U && grey.size() == classes.size());
  const cv::Mat& table = materialColorTable();
  const int greyChannels = grey.channels();
  cv::Mat bgr(classes.size(), CV_8UC3);
  for (int y = 0; y < classes.rows; ++y) {
    const unsigned char* c = classes.ptr<unsigned char>(y);
    const unsigned char* g = grey.ptr<unsigned char>(y);
    cv::Vec3b* out = bgr.ptr<cv::Vec3b>(y);
    for (int x = 0; x < classes.cols; ++x) out[x] = table.at<cv::Vec3b>(std::min<int>(c[x], 4), g[x * greyChannels]);
  }
  return bgr;
}

std::array<double, 5> classShares(const cv::Mat& classes, const cv::Mat& mask) {
  std::array<double, 5> counts{};
  double total = 0;
  for (int y = 0; y < classes.rows; ++y)
    for (int x = 0; x < classes.cols; ++x) {
      if (!mask.empty() && !mask.at<unsigned char>(y, x)) continue;
      counts[classes.at<unsigned char>(y, x)] += 1;
      total += 1;
    }
  for (double& c : counts) c = total > 0 ? c / total : 0;
  return counts;
}

}  // namespace cip::imaging

#include "SharedData.h"
#include "TestFiles.h"

#include "imaging/core/ReaderRegistry.h"
#include "imaging/core/processing/Display.h"

#include <catch2/catch.hpp>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

using namespace cip::imaging;

namespace {

cv::Mat ramp16(int width) {
  cv::Mat m(1, width, CV_16U);
  for (int x = 0; x < width; ++x) m.at<ushort>(0, x) = static_cast<ushort>(x * 65535 / (width - 1));
  return m;
}

unsigned char greyAt(const cv::Mat& bgr, int y, int x) { return bgr.at<cv::Vec3b>(y, x)[0]; }

}  // namespace

TEST_CASE("Window/level maps the window linearly onto 0–255, gamma and invert reshape it", "[imaging][display]") {
  cv::Mat pixels(1, 5, CV_16U);
  const ushort values[] = {0, 1000, 2000, 3000, 60000};
  for (int i = 0; i < 5; ++i) pixels.at<ushort>(0, i) = values[i];
  ScanMetadata meta;
  DisplaySettings s;
  s.windowCenter = 2000;
  s.windowWidth = 2000;
  cv::Mat out = renderChannel(pixels, meta, s);
  CHECK(greyAt(out, 0, 0) == 0);
  CHECK(greyAt(out, 0, 1) == 0);
  CHECK(greyAt(out, 0, 2) == 128);
  CHECK(greyAt(out, 0, 3) == 255);
  CHECK(greyAt(out, 0, 4) == 255);
  s.invert = true;
  out = renderChannel(pixels, meta, s);
  CHECK(greyAt(out, 0, 3) == 0);
  s.invert = false;
  s.gamma = 2.0;
  out = renderChannel(pixels, meta, s);
  CHECK(greyAt(out, 0, 2) == 180);  // 0.5^(1/2) · 255
  meta.invertForDisplay = true;  // MONOCHROME1
  s.gamma = 1.0;
  CHECK(greyAt(renderChannel(pixels, meta, s), 0, 3) == 0);
}

TEST_CASE("Log display turns transmission into attenuation, drawn air-white and dense-dark", "[imaging][display]") {
  cv::Mat transmission(1, 3, CV_16U);
  transmission.at<ushort>(0, 0) = 65535;  // air
  transmission.at<ushort>(0, 1) = 256;    // 8 e-folds of 11.09: fairly dense
  transmission.at<ushort>(0, 2) = 0;      // nothing got through
  ScanMetadata meta;
  meta.meaning = PixelMeaning::Transmission;
  const WorkingImage w = makeWorkingImage(transmission, meta, true);
  CHECK(w.units == "μt");
  CHECK(w.toValue(w.samples.at<ushort>(0, 0)) == Approx(0).margin(1e-3));
  CHECK(w.toValue(w.samples.at<ushort>(0, 1)) == Approx(std::log(65535.0 / 256)).epsilon(1e-3));
  CHECK(w.toValue(w.samples.at<ushort>(0, 2)) == Approx(std::log(65535.0)).epsilon(1e-3));
  DisplaySettings s;
  s.logTransmission = true;
  s.windowCenter = std::log(65535.0) / 2;
  s.windowWidth = std::log(65535.0);
  const cv::Mat out = renderChannel(transmission, meta, s);
  CHECK(greyAt(out, 0, 0) == 255);
  CHECK(greyAt(out, 0, 2) == 0);
  CHECK(greyAt(out, 0, 1) > 0);
  CHECK(greyAt(out, 0, 1) < 255);
}

TEST_CASE("Non-16-bit channels map to the working range without losing their order", "[imaging][display]") {
  cv::Mat hu(1, 3, CV_32F);
  hu.at<float>(0, 0) = -1024;
  hu.at<float>(0, 1) = 40;
  hu.at<float>(0, 2) = 3071;
  ScanMetadata meta;
  meta.units = "HU";
  const WorkingImage w = makeWorkingImage(hu, meta, false);
  CHECK(w.samples.at<ushort>(0, 0) == 0);
  CHECK(w.samples.at<ushort>(0, 2) == 65535);
  CHECK(w.toValue(w.samples.at<ushort>(0, 1)) == Approx(40).margin(0.1));
  DisplaySettings s;
  applyPreset(Preset::CtOrganic, hu, meta, s);  // −400 … 600 HU
  CHECK(s.windowCenter == Approx(100));
  CHECK(s.windowWidth == Approx(1000));
  const cv::Mat out = renderChannel(hu, meta, s);
  CHECK(greyAt(out, 0, 0) == 0);
  CHECK(greyAt(out, 0, 2) == 255);
  CHECK(greyAt(out, 0, 1) == 112);  // (40 + 400) / 1000 · 255
}

TEST_CASE("Percentiles and the automatic window follow the histogram", "[imaging][display]") {
  const cv::Mat r = ramp16(1001);
  ScanMetadata meta;
  const WorkingImage w = makeWorkingImage(r, meta, false);
  CHECK(percentileValue(w, 50) == Approx(32767).margin(70));
  CHECK(percentileValue(w, 1) == Approx(655).margin(70));
  DisplaySettings s;
  applyPreset(Preset::Full, r, meta, s);
  CHECK(s.windowWidth == Approx(65535));
}

TEST_CASE("CLAHE raises local contrast, unsharp masking overshoots at edges", "[imaging][display]") {
  cv::Mat flat(256, 256, CV_16U);
  cv::randn(flat, 30000, 200);  // a low-contrast region
  ScanMetadata meta;
  const WorkingImage w = makeWorkingImage(flat, meta, false);
  DisplaySettings s;
  s.equalization = Equalization::Clahe;
  cv::Scalar before, after, mean;
  cv::meanStdDev(flat, mean, before);
  cv::meanStdDev(enhance(w, s), mean, after);
  CHECK(after[0] > 3 * before[0]);
  CHECK(enhance(w, s).type() == CV_16U);

  cv::Mat step(1, 100, CV_16U, cv::Scalar(10000));
  step.colRange(50, 100).setTo(40000);
  cv::Mat rows;
  cv::repeat(step, 20, 1, rows);
  DisplaySettings sharp;
  sharp.unsharpAmount = 1.0;
  sharp.unsharpSigma = 2.0;
  const cv::Mat edged = enhance(makeWorkingImage(rows, meta, false), sharp);
  CHECK(edged.at<ushort>(10, 51) > 40000);  // overshoot on the bright side
  CHECK(edged.at<ushort>(10, 48) < 10000);  // undershoot on the dark side
  CHECK(edged.at<ushort>(10, 5) == 10000);  // flat areas untouched
}

TEST_CASE("Colour tables: grey, hot and perceptual maps", "[imaging][display]") {
  cv::Mat grey(1, 2, CV_8U);
  grey.at<uchar>(0, 0) = 0;
  grey.at<uchar>(0, 1) = 255;
  CHECK(colorize(grey, ColorTable::Grey).at<cv::Vec3b>(0, 1) == cv::Vec3b(255, 255, 255));
  CHECK(colorize(grey, ColorTable::Hot).at<cv::Vec3b>(0, 1) == cv::Vec3b(255, 255, 255));
  const cv::Vec3b viridisLow = colorize(grey, ColorTable::Viridis).at<cv::Vec3b>(0, 0);
  CHECK(viridisLow[2] > viridisLow[1]);  // dark purple: more red than green
  const cv::Vec3b viridisHigh = colorize(grey, ColorTable::Viridis).at<cv::Vec3b>(0, 1);
  CHECK(viridisHigh[1] > 200);  // yellow
  ColorTable parsed = ColorTable::Grey;
  CHECK(colorTableFromString("inferno", &parsed));
  CHECK(parsed == ColorTable::Inferno);
  CHECK_FALSE(colorTableFromString("rainbow", &parsed));
}

TEST_CASE("A real cargo scan in log display: air bright, dense cargo dark", "[imaging][display][shared]") {
  const std::string root = sharedData();
  if (root.empty()) return;
  const Scan scan = openScan(root + "/xray_cargo/rapiscan_eagle_r60_dual_energy/cargo_06.npy");
  DisplaySettings s;
  applyPreset(Preset::Attenuation, scan.channels[0].pixels, scan.meta, s);
  CHECK(s.logTransmission);
  const cv::Mat picture = renderChannel(scan.channels[0].pixels, scan.meta, s);
  cv::imwrite(std::string(CIP_TEST_ARTIFACTS) + "/cargo_06_attenuation.png", picture);
  // Above the sloped load (open space inside the container) versus the tyres at the bottom.
  const double air = cv::mean(picture(cv::Rect(100, 200, 200, 40)))[0];
  const double cargo = cv::mean(picture(cv::Rect(100, 430, 200, 40)))[0];
  CHECK(air > 200);
  CHECK(cargo < 120);
}

#include "SharedData.h"
#include "TestFiles.h"

#include "imaging/core/ReaderRegistry.h"
#include "imaging/core/analysis/MaterialImage.h"
#include "imaging/core/analysis/RegionStatistics.h"
#include "imaging/core/processing/Attenuation.h"
#include "imaging/core/synth/StepWedge.h"

#include <catch2/catch.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>
#include <fstream>

using namespace cip::imaging;

namespace {

/// Rows: true class, columns: predicted class (MaterialClass order), over the inner pixels of
/// each step (a border of `smoothing` pixels left out, where the smoothing mixes neighbours).
std::array<std::array<double, 5>, 5> confusion(const StepWedge& wedge, const cv::Mat& predicted, int border) {
  cv::Mat stepMask = wedge.truth != static_cast<int>(MaterialClass::Air);
  cv::erode(stepMask, stepMask, cv::Mat(), cv::Point(-1, -1), border);
  std::array<std::array<double, 5>, 5> m{};
  for (int y = 0; y < predicted.rows; ++y)
    for (int x = 0; x < predicted.cols; ++x)
      if (stepMask.at<uchar>(y, x)) m[wedge.truth.at<uchar>(y, x)][predicted.at<uchar>(y, x)] += 1;
  for (auto& row : m) {
    double total = 0;
    for (double c : row) total += c;
    for (double& c : row) c = total > 0 ? c / total : 0;
  }
  return m;
}

std::string formatConfusion(const std::string& title, const std::array<std::array<double, 5>, 5>& m) {
  std::string text = title + "\ntrue \\ predicted   air  organic inorganic  metal  impenetr.\n";
  for (int t = 1; t <= 3; ++t) {
    char line[160];
    std::snprintf(line, sizeof line, "%-18s %6.3f %7.3f %8.3f %7.3f %8.3f\n", toString(static_cast<MaterialClass>(t)),
                  m[t][0], m[t][1], m[t][2], m[t][3], m[t][4]);
    text += line;
  }
  return text;
}

}  // namespace

TEST_CASE("NIST tables interpolate log-log and respect absorption edges", "[imaging][materials]") {
  CHECK(massAttenuation(material("water"), 100) == Approx(0.1707));
  CHECK(massAttenuation(material("water"), 6000) == Approx(0.02770));
  // Tungsten's K edge at 69.525 keV: the jump is kept, not smoothed over.
  CHECK(massAttenuation(material("tungsten"), 69.525) == Approx(11.23));
  CHECK(massAttenuation(material("tungsten"), 69.4) < 2.6);
  const double between = massAttenuation(material("iron"), 45);
  CHECK(between < massAttenuation(material("iron"), 40));
  CHECK(between > massAttenuation(material("iron"), 50));
  CHECK_THROWS_WITH(material("unobtainium"), Catch::Contains("water"));
}

TEST_CASE("Beer–Lambert: exact for one energy, beam hardening for a spectrum", "[imaging][materials]") {
  const Material& iron = material("iron");
  Spectrum mono{"100 keV", {100}, {1.0}};
  CHECK(transmission(mono, {{&iron, 2.0}}) == Approx(std::exp(-0.3717 * 2.0)));
  const DualEnergySystem baggage = baggage160And80kV();
  const double once = -std::log(transmission(baggage.high, {{&iron, 1.0}}));
  const double twice = -std::log(transmission(baggage.high, {{&iron, 2.0}}));
  CHECK(twice < 2 * once);  // the beam hardens: the second centimetre attenuates less
  CHECK(transmission(baggage.low, {{&iron, 1.0}}) < transmission(baggage.high, {{&iron, 1.0}}));
}

TEST_CASE("Calibration curves order materials as physics says", "[imaging][materials]") {
  auto ratio = [](const MaterialCalibration& c, const std::string& name) {
    for (const CalibrationCurve& curve : c.curves)
      if (curve.material == name) return c.expectedLow(curve, 1.0);
    return 0.0;
  };
  // Tube energies: photoelectric absorption grows with Z, so R = A_L/A_H rises with Z.
  const MaterialCalibration baggage = MaterialCalibration::fromPhysics(baggage160And80kV());
  CHECK(ratio(baggage, "water") < ratio(baggage, "aluminium"));
  CHECK(ratio(baggage, "aluminium") < ratio(baggage, "iron"));
  // MeV energies: pair production grows with Z at the higher energy, so R falls with Z.
  const MaterialCalibration cargo = MaterialCalibration::fromPhysics(cargoLinac6And4MeV());
  CHECK(ratio(cargo, "water") > ratio(cargo, "aluminium"));
  CHECK(ratio(cargo, "aluminium") > ratio(cargo, "iron"));
  CHECK(cargo.classify(0.01, 0.01) == MaterialClass::Air);
  CHECK(cargo.classify(8.0, 9.0) == MaterialClass::Impenetrable);  // below the 0.1 % noise floor
}

TEST_CASE("A calibration file round-trips and bad files name the field", "[imaging][materials]") {
  TempFolder tmp;
  const MaterialCalibration model = MaterialCalibration::fromPhysics(baggage160And80kV());
  writeBytes(tmp.file("cal.json"), model.toJson());
  const MaterialCalibration read = MaterialCalibration::fromJson(tmp.file("cal.json"));
  REQUIRE(read.curves.size() == model.curves.size());
  CHECK(read.classify(1.0, 2.2) == model.classify(1.0, 2.2));
  writeBytes(tmp.file("bad.json"), R"({"format": "cip-material-calibration", "noiseFloor": 0.01,
      "curves": [{"material": "x", "class": "metal", "points": [[1, 2], [0.5, 3]]}]})");
  CHECK_THROWS_WITH(MaterialCalibration::fromJson(tmp.file("bad.json")), Catch::Contains("curves[0].points") && Catch::Contains("increasing"));
  writeBytes(tmp.file("bad.json"), R"({"format": "cip-material-calibration", "noiseFloor": 3, "curves": []})");
  CHECK_THROWS_WITH(MaterialCalibration::fromJson(tmp.file("bad.json")), Catch::Contains("noiseFloor"));
  writeBytes(tmp.file("bad.json"), R"({"format": 5, "noiseFloor": 0.01, "curves": []})");
  CHECK_THROWS_AS(MaterialCalibration::fromJson(tmp.file("bad.json")), std::runtime_error);
  writeBytes(tmp.file("bad.json"), R"({"format": "cip-material-calibration", "noiseFloor": 1e99999})");
  CHECK_THROWS_WITH(MaterialCalibration::fromJson(tmp.file("bad.json")), Catch::Contains("bad.json"));
}

TEST_CASE("Material classes on noisy step wedges: the confusion matrix", "[imaging][materials]") {
  std::string report;
  for (const DualEnergySystem& system : {baggage160And80kV(), cargoLinac6And4MeV()}) {
    const MaterialCalibration calibration = MaterialCalibration::fromPhysics(system);
    StepWedgeOptions options;
    const StepWedge clean = [&] { StepWedgeOptions o = options; o.noise = 0; return makeStepWedge(system, o); }();
    const auto exact = confusion(clean, classifyMaterials(clean.scan, calibration, 1), 0);
    for (int c = 1; c <= 3; ++c) CHECK(exact[c][c] > 0.99);  // no noise: every step right

    const StepWedge noisy = makeStepWedge(system, options);
    // Cargo objects are large and MeV contrast is small: cargo smooths over 9 × 9 pixels.
    const bool cargo = system.name == "cargo-6-4MeV";
    const int smoothing = system.smoothing;
    const cv::Mat predicted = classifyMaterials(noisy.scan, calibration, smoothing);
    const auto m = confusion(noisy, predicted, smoothing / 2 + 1);
    report += formatConfusion(system.name + ", detector noise σ = 0.4 % of air, " + std::to_string(smoothing) + " × " +
                                  std::to_string(smoothing) + " smoothing, A_H 0.3–3.5", m) + "\n";
    const double floor = cargo ? 0.75 : 0.9;
    for (int c = 1; c <= 3; ++c) CHECK(m[c][c] > floor);
    cv::imwrite(std::string(CIP_TEST_ARTIFACTS) + "/step_wedge_" + system.name + ".png", renderMaterials(noisy.scan, predicted));
  }
  std::ofstream(std::string(CIP_TEST_ARTIFACTS) + "/material_confusion.txt") << report;
  WARN(report);
}

TEST_CASE("Material colours on a real dual-energy cargo scan", "[imaging][materials][shared]") {
  const std::string root = sharedData();
  if (root.empty()) return;
  const Scan scan = openScan(root + "/xray_cargo/rapiscan_eagle_r60_dual_energy/cargo_09.npy");
  const cv::Mat classes = classifyMaterials(scan, MaterialCalibration::fromPhysics(cargoLinac6And4MeV()));
  const cv::Mat picture = renderMaterials(scan, classes);
  cv::imwrite(std::string(CIP_TEST_ARTIFACTS) + "/cargo_09_materials.png", picture);
  CHECK(picture.size() == scan.channels[0].pixels.size());
  // Above the load the beam crosses only the container's two steel side walls: metal.
  cv::Mat region = cv::Mat::zeros(classes.size(), CV_8U);
  region(cv::Rect(150, 180, 550, 120)).setTo(255);
  const auto walls = classShares(classes, region);
  INFO("empty container: metal " << walls[3] << ", organic " << walls[1] << ", inorganic " << walls[2]);
  CHECK(walls[3] > 0.8);
  // The stacked steel discs: metal, or beyond what the beam penetrates.
  region.setTo(0);
  region(cv::Rect(200, 480, 180, 40)).setTo(255);
  const auto discs = classShares(classes, region);
  CHECK(discs[3] + discs[4] > 0.8);
}

TEST_CASE("Region statistics: area, attenuation, material and mass of a marked region", "[imaging][materials]") {
  const DualEnergySystem system = baggage160And80kV();
  const MaterialCalibration calibration = MaterialCalibration::fromPhysics(system);
  const MaterialClassifier classifier(calibration);
  StepWedgeOptions options;
  options.materials = {"water", "iron"};
  options.stepAttenuationHigh = {1.0, 2.0};
  options.noise = 0;
  StepWedge wedge = makeStepWedge(system, options);
  wedge.scan.meta.spacingX = wedge.scan.meta.spacingY = 2.0;  // mm
  // The inner 40 × 40 pixels of the second water step (A_H = 2).
  const int gap = options.stepSize / 4;
  cv::Mat mask = cv::Mat::zeros(wedge.truth.size(), CV_8U);
  mask(cv::Rect(gap + options.stepSize + gap + 4, gap + 4, 40, 40)).setTo(255);
  const RegionStatistics s = regionStatistics(wedge.scan, mask, calibration, classifier);
  CHECK(s.pixels == 1600);
  CHECK(s.areaMm2 == Approx(6400));
  CHECK(s.meanAttenuationHigh == Approx(2.0).epsilon(0.01));
  CHECK(s.dominantClass == MaterialClass::Organic);
  const double water = thicknessForAttenuation(system, material("water"), 2.0);
  CHECK(s.meanMassThickness == Approx(water).epsilon(0.02));
  CHECK(s.estimatedMassKg == Approx(water * 64 / 1000).epsilon(0.02));  // 64 cm² of it

  // The same region without spacing: no area, no mass, but the rest stays.
  wedge.scan.meta.spacingX = 0;
  const RegionStatistics unknown = regionStatistics(wedge.scan, mask, calibration, classifier);
  CHECK(unknown.areaMm2 == -1);
  CHECK(unknown.estimatedMassKg == -1);
  CHECK(unknown.meanMassThickness > 0);
}

TEST_CASE("Zero counts amid lit pixels colour no halo: their neighbours keep their material", "[imaging][materials]") {
  // Steel at A_H = 1.5 under a 6/4 MeV beam, with air above it and one dead low-channel column.
  const MaterialCalibration calibration = MaterialCalibration::fromPhysics(cargoLinac6And4MeV());
  const MaterialClassifier classifier(calibration);
  const CalibrationCurve* iron = calibration.representative(MaterialClass::Metal);
  REQUIRE(iron);
  const double air = 60000, aHigh = 1.5, aLow = calibration.expectedLow(*iron, aHigh);
  Scan scan;
  scan.width = 60;
  scan.height = 60;
  scan.meta.meaning = PixelMeaning::Transmission;
  cv::Mat high(60, 60, CV_16U, cv::Scalar(air * std::exp(-aHigh))), low(60, 60, CV_16U, cv::Scalar(air * std::exp(-aLow)));
  high.rowRange(0, 10).setTo(air);
  low.rowRange(0, 10).setTo(air);
  low.col(30).rowRange(10, 60).setTo(0);
  scan.channels = {{ChannelRole::High, high}, {ChannelRole::Low, low}};
  REQUIRE(implausibleZeroCounts(high, low, scan.meta, 9).at<unsigned char>(40, 30) == 255);

  const cv::Mat classes = classifier.classify(scan, 9);
  for (const int x : {26, 28, 32, 34}) CHECK(classes.at<unsigned char>(40, x) == static_cast<unsigned char>(MaterialClass::Metal));
  // Clamped to one count and box-smoothed, the dead column turns its neighbours into something else.
  const cv::Mat old = classifier.classify(attenuationImage(high, scan.meta, 9), attenuationImage(low, scan.meta, 9));
  CHECK(old.at<unsigned char>(40, 28) != static_cast<unsigned char>(MaterialClass::Metal));

  // A dark region's zeros are noise, not faults: they stay in the average.
  cv::Mat dark(60, 60, CV_16U, cv::Scalar(3));
  dark.rowRange(0, 10).setTo(air);
  dark.at<unsigned short>(40, 30) = 0;
  CHECK(implausibleZeroCounts(dark, dark, scan.meta, 9).empty());
}

TEST_CASE("A low channel lost in the noise: impenetrable at MeV, still metal-like at tube energies", "[imaging][materials]") {
  const MaterialCalibration cargo = MaterialCalibration::fromPhysics(cargoLinac6And4MeV());
  // Low transmission e^-8 is below the 0.1 % floor while the high channel is readable.
  CHECK(cargo.classify(3.0, 8.0) == MaterialClass::Impenetrable);
  CHECK(cargo.classify(3.0, 3.0 * 1.15) != MaterialClass::Impenetrable);
  const MaterialCalibration baggage = MaterialCalibration::fromPhysics(baggage160And80kV());
  CHECK(baggage.classify(2.0, 8.0) == MaterialClass::Metal);
}

#include "SharedData.h"
#include "TestFiles.h"

#include "imaging/core/ReaderRegistry.h"
#include "imaging/core/ScanError.h"
#include "imaging/core/analysis/AutomaticFindings.h"
#include "imaging/core/analysis/FindingsOverlay.h"
#include "imaging/core/synth/FindingsEvaluation.h"
#include "imaging/core/synth/SceneGenerator.h"
#include "imaging/core/writers/DicosWriter.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>

#include <algorithm>

using namespace cip::imaging;

namespace {

const MaterialCalibration& cargoCalibration() {
  static const MaterialCalibration calibration = MaterialCalibration::fromPhysics(cargoLinac6And4MeV());
  return calibration;
}
const MaterialClassifier& cargoClassifier() {
  static const MaterialClassifier classifier(cargoCalibration());
  return classifier;
}

ScanFindings analyze(const Scene& scene, const SyntheticScan& s, bool withDeclaration = true) {
  DeclaredContent declared{withDeclaration && scene.declarationKnown, {}};
  for (const DeclaredGoods& d : scene.declared) declared.hsCodes.push_back(d.hsCode);
  return analyzeScan(s.scan, cargoCalibration(), cargoClassifier(), declared);
}

bool touches(const ScanFindings& f, FindingKind kind, const cv::Rect& box) {
  return std::any_of(f.findings.begin(), f.findings.end(), [&](const Finding& x) { return x.kind == kind && (x.box & box).area() > 0; });
}

Scene sample(const std::string& name) { return readScene(std::string(CIP_SAMPLE_SCENES) + "/" + name + ".json"); }

}  // namespace

TEST_CASE("Declared goods give the material classes they may show", "[imaging][findings]") {
  const ExpectedMaterials tiles = expectedMaterials({"690721"});
  CHECK(tiles.known);
  CHECK(tiles.allows(MaterialClass::Inorganic));
  CHECK_FALSE(tiles.allows(MaterialClass::Organic));
  CHECK_FALSE(tiles.allows(MaterialClass::Metal));
  const ExpectedMaterials mixed = expectedMaterials({"690721", "2402"});  // tiles and cigarettes
  CHECK(mixed.allows(MaterialClass::Organic));
  CHECK(expectedMaterials({"841370"}).describe() == "inorganic, metal");
  CHECK(expectedMaterials({"7601"}).allows(MaterialClass::Inorganic));  // aluminium reads as inorganic
  CHECK_FALSE(expectedMaterials({"77"}).known);                        // chapter 77 is reserved
  CHECK_FALSE(expectedMaterials({"x1"}).known);
  CHECK(expectedMaterials({}).describe() == "nothing (declared empty)");
}

TEST_CASE("An empty container declared empty is confirmed, one package in it is found", "[imaging][findings]") {
  Scene scene = generateScene(Scenario::EmptyClean, 5, 10);
  const ScanFindings empty = analyze(scene, renderScene(scene));
  CHECK(empty.containerFound);
  CHECK(empty.emptyCheck == EmptyCheck::ConfirmedEmpty);
  CHECK(empty.findings.empty());
  // The frame is excluded: the interior lies inside the outline.
  CHECK((empty.interior & empty.container) == empty.interior);
  CHECK(empty.interior.area() < empty.container.area() * 9 / 10);

  scene.objects.push_back({"drug packages", "water", 1.1, "box", 3000, 0, 300, 200, 300, true, "drugs"});
  const SyntheticScan loaded = renderScene(scene);
  const ScanFindings found = analyze(scene, loaded);
  CHECK(found.emptyCheck == EmptyCheck::NotEmpty);
  REQUIRE(found.count(FindingKind::Load) == 1);
  CHECK(touches(found, FindingKind::Load, loaded.truth[0].box));
  CHECK(found.findings[0].areaMm2 == Approx(300 * 200).epsilon(0.5));
  const ThreatReport report = toThreatReport(found);
  CHECK(report.type == TdrType::Machine);
  CHECK(report.alarmDecision == "ALARM");
  CHECK(report.threats.size() == 1);
}

TEST_CASE("Contraband of another material than the declared goods is an anomaly", "[imaging][findings]") {
  const Scene concealed = sample("tiles_cigarettes_concealed");
  const SyntheticScan s = renderScene(concealed);
  const ScanFindings withDeclaration = analyze(concealed, s);
  CHECK(withDeclaration.materialsChecked);
  const auto cigarettes = std::find_if(s.truth.begin(), s.truth.end(), [](const SceneTruth& t) { return t.concealed; });
  REQUIRE(cigarettes != s.truth.end());
  REQUIRE(withDeclaration.count(FindingKind::Anomaly) == 1);
  CHECK(touches(withDeclaration, FindingKind::Anomaly, cigarettes->box));
  const auto anomaly = std::find_if(withDeclaration.findings.begin(), withDeclaration.findings.end(),
                                    [](const Finding& f) { return f.kind == FindingKind::Anomaly; });
  CHECK(anomaly->material == MaterialClass::Organic);
  cv::imwrite(std::string(CIP_TEST_ARTIFACTS) + "/findings_tiles_cigarettes.png",
              drawFindings(renderMaterials(s.scan, cargoClassifier().classify(s.scan, 9)), withDeclaration));

  // Without a declaration nothing can be judged, and the clean load raises no anomaly.
  const ScanFindings undeclared = analyze(concealed, s, false);
  CHECK(undeclared.count(FindingKind::Anomaly) == 0);
  CHECK_FALSE(undeclared.notes.empty());
  const Scene clean = sample("tiles_clean");
  CHECK(analyze(clean, renderScene(clean)).count(FindingKind::Anomaly) == 0);
}

TEST_CASE("A fine scan is analysed on a reduced copy, its findings come back in its own pixels", "[imaging][findings]") {
  Scene fine = sample("tiles_cigarettes_concealed");
  fine.pixelMm = 2;  // 3329 × 1596: more than the analysis needs
  const SyntheticScan s = renderScene(fine);
  REQUIRE(double(s.scan.width) * s.scan.height > 4.2e6);
  const ScanFindings findings = analyze(fine, s);
  CHECK(std::find(findings.notes.begin(), findings.notes.end(), "analysed at 1/2 resolution") != findings.notes.end());
  const auto cigarettes = std::find_if(s.truth.begin(), s.truth.end(), [](const SceneTruth& t) { return t.concealed; });
  REQUIRE(findings.count(FindingKind::Anomaly) == 1);
  CHECK(touches(findings, FindingKind::Anomaly, cigarettes->box));
  CHECK(findings.interior.br().x <= s.scan.width);
  CHECK(findings.interior.width > s.scan.width / 2);
  const double trueKg = loadMassKg(fine, false) + loadMassKg(fine, true);
  CHECK(findings.loadMass.kg == Approx(trueKg).epsilon(0.15));
}

TEST_CASE("Steel machinery is impenetrable, drugs behind a false wall are an anomaly", "[imaging][findings]") {
  const Scene scene = sample("machinery_hidden_compartment");
  const SyntheticScan s = renderScene(scene);
  const ScanFindings f = analyze(scene, s);
  for (const SceneTruth& t : s.truth) {
    INFO(t.name);
    if (t.name == "steel pump") CHECK(touches(f, FindingKind::Impenetrable, t.box));
    if (t.concealed) CHECK(touches(f, FindingKind::Anomaly, t.box));
  }
  const auto json = nlohmann::json::parse(findingsJson(f, "machinery.dcs"));
  CHECK(json["format"] == "cip-findings");
  CHECK(json["file"] == "machinery.dcs");
  CHECK(json["findings"].size() == f.findings.size());
  CHECK(json["expectedMaterials"] == "inorganic, metal");
}

TEST_CASE("Automatic findings meet their figures on labelled random containers", "[imaging][findings]") {
  // The full measurement (200 scenes) is bench/eval_findings; this batch guards it in CI.
  FindingsEvaluation evaluation;
  const double dense = 10 * cargoCalibration().noiseFloor;
  for (const Scene& scene : generateScenes(40, 500, 10)) {
    const SyntheticScan s = renderScene(scene);
    evaluation.add(scene, s, analyze(scene, s), dense);
  }
  INFO(evaluation.table());
  CHECK(evaluation.emptyCheck.positives == 10);
  CHECK(evaluation.emptyCheck.detectionRate() >= 0.9);
  CHECK(evaluation.emptyCheck.falseAlarmRate() <= 0.1);
  CHECK(evaluation.dense.positives >= 10);
  CHECK(evaluation.dense.detectionRate() >= 0.9);
  CHECK(evaluation.dense.falseAlarmRate() <= 0.1);
  CHECK(evaluation.anomaly.positives == 10);
  CHECK(evaluation.anomalyInClear.detectionRate() >= 0.7);
  CHECK(evaluation.anomaly.falseAlarmRate() <= 0.2);
  // The load's weight from the image: within 15 % where the beam gets through everything.
  REQUIRE(evaluation.massErrors.size() >= 10);
  for (double error : evaluation.massErrors) CHECK(std::abs(error) < 0.15);
  CHECK(evaluation.massLowerBoundsHeld == evaluation.massLowerBounds);
}

TEST_CASE("A scene object's mass is its density times its volume", "[imaging][synth]") {
  SceneObject box{"pallet", "water", 0.5, "box", 0, 0, 1000, 1000, 1000, false, ""};  // 1 m³ at 0.5 g/cm³
  CHECK(objectMassKg(box) == Approx(500));
  box.shape = "cylinder";
  CHECK(objectMassKg(box) == Approx(500 * M_PI / 4));
  box.density = 0;  // the material's own: water, 1 g/cm³
  box.shape = "box";
  CHECK(objectMassKg(box) == Approx(1000).epsilon(0.01));
}

TEST_CASE("Analysis copes with scans that are not containers", "[imaging][findings]") {
  Scan scan;
  CHECK_THROWS_AS(analyzeScan(scan, cargoCalibration(), cargoClassifier(), {}), ScanError);
  scan.width = 64;
  scan.height = 32;
  scan.meta.format = "test";
  scan.channels.push_back({ChannelRole::Single, cv::Mat(32, 64, CV_16U, cv::Scalar(40000))});
  const ScanFindings f = analyzeScan(scan, cargoCalibration(), cargoClassifier(), DeclaredContent{true, {"6907"}});
  CHECK_FALSE(f.containerFound);
  CHECK_FALSE(f.materialsChecked);
  CHECK(std::any_of(f.notes.begin(), f.notes.end(), [](const std::string& n) { return n.find("single-energy") != std::string::npos; }));
  scan.width = scan.height = 1;
  scan.channels[0].pixels = cv::Mat(1, 1, CV_16U, cv::Scalar(0));
  CHECK_NOTHROW(analyzeScan(scan, cargoCalibration(), cargoClassifier(), {}));
}

TEST_CASE("Cargo findings are made only for container and vehicle scans, by the scan's own metadata", "[imaging][findings][system]") {
  const Scene scene = sample("tiles_cigarettes_concealed");
  const SyntheticScan container = renderScene(scene);
  const ScanFindings cargo = analyze(scene, container);
  CHECK(cargo.cargoScan());
  CHECK(cargo.count(FindingKind::Load) > 0);

  // The same pixels, written as a baggage scan (DICOS OOI Type BAGGAGE) and read back.
  TempFolder folder;
  Scan bag = container.scan;
  bag.meta.objectType = "BAGGAGE";
  writeDicos(bag, folder.file("bag.dcs"));
  const ScanFindings baggage = analyzeScan(openScan(folder.file("bag.dcs")), cargoCalibration(), cargoClassifier(), {true, {"690721"}});
  CHECK(baggage.scope == CargoScope::Baggage);
  CHECK(baggage.findings.empty());
  CHECK(baggage.emptyCheck == EmptyCheck::NotApplicable);
  REQUIRE(baggage.notes.size() == 1);
  CHECK_THAT(baggage.notes[0], Catch::Contains("made for container and vehicle scans; this is a baggage scan (object type BAGGAGE)"));
  const auto json = nlohmann::json::parse(findingsJson(baggage, "bag.dcs"));
  CHECK(json["cargoScan"] == false);
  CHECK(json["scanIs"] == "a baggage scan");

  // A medical DICOM CT slice: CT Image Storage, not DICOS.
  Scan slice = container.scan;
  slice.channels.resize(1);
  slice.channels[0].role = ChannelRole::Single;
  slice.meta.objectType.clear();
  slice.meta.format = "DICOM";
  slice.meta.modality = "CT";
  slice.meta.sopClassUid = "1.2.840.10008.5.1.4.1.1.2";
  CHECK(analyzeScan(slice, cargoCalibration(), cargoClassifier(), {}).scope == CargoScope::MedicalCt);
  // … while a file that says nothing of what it shows is taken as the centre's business, cargo.
  slice.meta = ScanMetadata{};
  CHECK(analyzeScan(slice, cargoCalibration(), cargoClassifier(), {}).cargoScan());
}

TEST_CASE("The shared medical CT slice and baggage images get no cargo findings", "[imaging][findings][shared-data]") {
  const std::string root = sharedData();
  if (root.empty()) return;
  const ScanFindings ankle = analyzeScan(openScan(root + "/dicom/debian_misc/CT-MONO2-16-ankle.dcm"), cargoCalibration(), cargoClassifier(), {});
  CHECK(ankle.scope == CargoScope::MedicalCt);
  CHECK(ankle.findings.empty());
  const ScanFindings sixray = analyzeScan(openScan(root + "/xray_baggage/sixray/P00191.jpg"), cargoCalibration(), cargoClassifier(), {});
  CHECK(sixray.scope == CargoScope::ColourImage);
  const ScanFindings eagle = analyzeScan(openScan(root + "/xray_cargo/rapiscan_eagle_r60_dual_energy/cargo_05.npy"), cargoCalibration(),
                                         cargoClassifier(), {});
  CHECK(eagle.cargoScan());
  CHECK_FALSE(eagle.findings.empty());
}

TEST_CASE("Generated scenes are reproducible and read back", "[imaging][synth]") {
  const Scene a = generateScene(Scenario::LoadedConcealed, 42, 10), b = generateScene(Scenario::LoadedConcealed, 42, 10);
  CHECK(sceneJson(a) == sceneJson(b));
  const Scene back = parseScene("generated.json", sceneJson(a));
  CHECK(sceneJson(back) == sceneJson(a));
  CHECK(back.declarationKnown);
  REQUIRE(back.declared.size() == 1);
  CHECK(std::any_of(back.objects.begin(), back.objects.end(), [](const SceneObject& o) { return o.concealed; }));
  CHECK_THROWS_WITH(parseScene("s.json", R"({"format": "cip-scene", "declared": [{"hsCode": "69x"}]})"),
                    Catch::Contains("declared[0].hsCode"));
  CHECK_THROWS_WITH(parseScene("s.json", R"({"format": "cip-scene", "structure": "tent"})"), Catch::Contains("structure"));
}

TEST_CASE("Detector faults are found, filled in and never become findings", "[imaging][findings][faults]") {
  Scene scene = generateScene(Scenario::EmptyClean, 5, 10);
  SyntheticScan s = renderScene(scene);
  cv::Mat high = s.scan.channels[0].pixels, low = s.scan.channels[1].pixels;
  REQUIRE(s.scan.channels[0].role == ChannelRole::High);
  REQUIRE(high.type() == CV_16U);
  const int w = s.scan.width, h = s.scan.height;
  // As on a real scanner: the low channel dead over 18 whole rows, the high one dropping to zero
  // in regular 10-column blocks, one high column stuck at a single value.
  const int deadFrom = h / 2 - 9;
  low.rowRange(deadFrom, deadFrom + 18).setTo(0);
  for (int x = w / 4; x + 10 < 3 * w / 4; x += 40) high(cv::Rect(x, h / 3, 10, 12)).setTo(0);
  high.col(w / 5).setTo(31000);

  const DetectorFaults faults = findDetectorFaults(s.scan);
  auto has = [&](FaultKind kind, ChannelRole role, const cv::Rect& where) {
    return std::any_of(faults.faults.begin(), faults.faults.end(),
                       [&](const DetectorFault& f) { return f.kind == kind && f.channel == role && (f.region & where) == where; });
  };
  CHECK(has(FaultKind::DeadRows, ChannelRole::Low, cv::Rect(0, deadFrom, w, 18)));
  CHECK(has(FaultKind::DroppedBlock, ChannelRole::High, cv::Rect(w / 4, h / 3, 10, 12)));
  CHECK(has(FaultKind::StuckColumns, ChannelRole::High, cv::Rect(w / 5, 0, 1, h)));
  CHECK(std::none_of(faults.faults.begin(), faults.faults.end(), [&](const DetectorFault& f) { return f.kind == FaultKind::DeadColumns; }));
  CHECK(cv::countNonZero(faults.mask(cv::Rect(0, deadFrom, w, 18))) == w * 18);

  // Filled in from the rows either side, so the picture and the smoothing see no hole.
  const cv::Mat filled = interpolateFaults(low, faults.mask);
  CHECK(filled.at<ushort>(deadFrom + 9, w / 2) > 0);
  CHECK(cv::countNonZero(filled.rowRange(deadFrom, deadFrom + 18) == 0) == 0);

  const ScanFindings result = analyze(scene, s);
  CHECK(result.faults.size() >= 3);
  CHECK(result.findings.empty());
  CHECK(result.emptyCheck == EmptyCheck::ConfirmedEmpty);

  // A real opaque object, dark in both channels, is still found: only faults are left out.
  high(cv::Rect(w / 2, h / 3, 120, 90)).setTo(0);
  low(cv::Rect(w / 2, h / 3, 120, 90)).setTo(0);
  const ScanFindings withObject = analyze(scene, s);
  CHECK(touches(withObject, FindingKind::Impenetrable, cv::Rect(w / 2, h / 3, 120, 90)));
}

TEST_CASE("Without a stated pixel size, findings give their sizes in pixels", "[imaging][findings][spacing]") {
  Scene scene = generateScene(Scenario::EmptyClean, 5, 5);  // the size the analysis assumes for its thresholds
  scene.objects.push_back({"drug packages", "water", 1.1, "box", 3000, 0, 300, 200, 300, true, "drugs"});
  SyntheticScan loaded = renderScene(scene);
  const ScanFindings known = analyze(scene, loaded);
  REQUIRE(known.count(FindingKind::Load) == 1);
  CHECK(known.findings[0].message.find(" mm") != std::string::npos);

  loaded.scan.meta.spacingX = loaded.scan.meta.spacingY = 0;
  const ScanFindings unknown = analyze(scene, loaded);
  REQUIRE_FALSE(unknown.findings.empty());
  for (const Finding& f : unknown.findings) {
    INFO(f.message);
    CHECK(f.message.find(" mm") == std::string::npos);
    CHECK(f.message.find(" px") != std::string::npos);
    CHECK(f.areaMm2 < 0);
  }
  CHECK(unknown.loadMass.kg < 0);
  CHECK(std::any_of(unknown.notes.begin(), unknown.notes.end(), [](const std::string& n) { return n.find("pixel size unknown") == 0; }));
}

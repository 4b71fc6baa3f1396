// Which dual-energy system reads a scan: chosen from what its file says (energies, model, object
// type), with the reason; through files the readers and writers really produce.

#include "SharedData.h"
#include "TestFiles.h"

#include "imaging/core/ReaderRegistry.h"
#include "imaging/core/analysis/MaterialCalibration.h"
#include "imaging/core/analysis/MaterialModels.h"
#include "imaging/core/ScannerProfile.h"
#include "imaging/core/physics/SystemSelection.h"
#include "imaging/core/synth/SceneRenderer.h"
#include "imaging/core/writers/DicosWriter.h"

#include <catch2/catch.hpp>
#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dctk.h>
#include <opencv2/imgcodecs.hpp>

#include <future>

using namespace cip::imaging;

namespace {

/// A 4 × 2 scan of the given kind, with nothing in its metadata.
Scan shapedScan(bool dual, int depth = 1) {
  Scan scan;
  scan.width = 4;
  scan.height = 2;
  scan.depth = depth;
  const cv::Mat pixels(2 * depth, 4, CV_16U, cv::Scalar(30000));
  if (dual) {
    scan.channels = {{ChannelRole::High, pixels.clone()}, {ChannelRole::Low, pixels.clone()}};
    scan.meta.meaning = PixelMeaning::Transmission;
  } else {
    scan.channels = {{ChannelRole::Single, pixels.clone()}};
  }
  return scan;
}

double ratioOfWater(const DualEnergySystem& system) {
  const MaterialCalibration calibration = MaterialCalibration::fromPhysics(system);
  return calibration.expectedLow(*calibration.representative(MaterialClass::Organic), 1.0);
}

std::string dicomString(const std::string& path, const DcmTagKey& key) {
  DcmFileFormat file;
  REQUIRE(file.loadFile(path.c_str()).good());
  OFString value;
  file.getDataset()->findAndGetOFString(key, value);
  return value.c_str();
}

}  // namespace

TEST_CASE("Systems are built from their energies and named by them", "[imaging][materials][system]") {
  const DualEnergySystem cargo = dualEnergySystem("cargo-6-4MeV");
  CHECK(cargo.highPeakKeV == 6000);
  CHECK(cargo.lowPeakKeV == 4000);
  CHECK(systemForEnergies(6000, 4000).name == "cargo-6-4MeV");
  CHECK(systemForEnergies(160, 80).name == "baggage-160-80kV");
  CHECK(dualEnergySystem("baggage-140-70kV").high.name == "140 kV");
  CHECK(dualEnergySystem("cargo-7.5-5MeV").name == "cargo-7.5-5MeV");
  // Other energies are other physics: water's curve under a 9/6 MeV linac or a 140/70 kV tube is
  // not the one under the 6/4 MeV linac or the 160/80 kV tube.
  CHECK(ratioOfWater(dualEnergySystem("cargo-9-6MeV")) != Approx(ratioOfWater(cargo)).epsilon(1e-4));
  CHECK(ratioOfWater(dualEnergySystem("baggage-140-70kV")) != Approx(ratioOfWater(baggage160And80kV())).epsilon(1e-4));
  CHECK_THROWS_WITH(dualEnergySystem("cargo-6-4kV"), Catch::Contains("cargo-<high>-<low>MeV"));
  CHECK_THROWS_WITH(dualEnergySystem("cargo-12-6MeV"), Catch::Contains("10 MeV"));
  CHECK_THROWS_WITH(dualEnergySystem("baggage-80-160kV"), Catch::Contains("low < high"));
  CHECK_THROWS_AS(systemForEnergies(160, 4000), std::invalid_argument);
}

TEST_CASE("A baggage pair stating KVP 160/80 reads as baggage 160/80 kV", "[imaging][materials][system]") {
  Scan scan = shapedScan(true);
  scan.meta.highEnergyKeV = 160;
  scan.meta.lowEnergyKeV = 80;
  scan.meta.energySource = "KVP (0018,0060)";
  scan.meta.objectType = "BAGGAGE";
  const SystemSelection s = selectSystem(scan);
  CHECK(s.kind == ScanKind::DualEnergyRadiograph);
  CHECK(s.materialColours());
  CHECK(s.basis == SystemBasis::Energies);
  CHECK(s.system.name == "baggage-160-80kV");
  CHECK(s.label() == "baggage 160/80 kV");
  CHECK(s.summary() == "baggage 160/80 kV (from KVP (0018,0060): 160 kV / 80 kV)");
  CHECK(s.ignored.empty());
}

TEST_CASE("The calibration a scanner profile names outranks the file's energies; an unknown one is set aside", "[imaging][materials][system][profiles]") {
  Scan scan = shapedScan(true);
  scan.meta.highEnergyKeV = 160;
  scan.meta.lowEnergyKeV = 80;
  scan.meta.energySource = "KVP (0018,0060)";
  scan.meta.spacingX = scan.meta.spacingY = 0.8;
  ScannerProfile profile;
  profile.source = "the central system's profile of scanner SCN-1";
  profile.pixelMmX = 1.2;
  profile.pixelMmY = 1.5;
  profile.calibration = "baggage-140-70kV";
  const std::vector<std::string> lines = applyScannerProfile(scan, profile);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0] == "pixel size 1.2 × 1.5 mm at the object plane from the central system's profile of scanner SCN-1 (the file states 0.8 × 0.8 mm)");
  CHECK(scan.meta.spacingX == 1.2);
  CHECK(scan.meta.spacingSource == profile.source);
  SystemSelection s = selectSystem(scan);
  CHECK(s.basis == SystemBasis::Calibration);
  CHECK(s.system.name == "baggage-140-70kV");
  CHECK(s.summary() == "baggage 140/70 kV (from the central system's profile of scanner SCN-1: calibration 'baggage-140-70kV')");

  scan.meta.calibration = "vendor-special";
  s = selectSystem(scan);
  CHECK(s.basis == SystemBasis::Energies);
  CHECK(s.system.name == "baggage-160-80kV");
  REQUIRE(s.ignored.size() == 1);
  CHECK(s.ignored[0].find("calibration 'vendor-special' is not one this workstation has") != std::string::npos);
}

TEST_CASE("A cargo scan stating 6/4 MeV reads as the 6/4 MeV linac, 9/6 MeV as its own", "[imaging][materials][system]") {
  Scan scan = shapedScan(true);
  scan.meta.highEnergyKeV = 6000;
  scan.meta.lowEnergyKeV = 4000;
  scan.meta.energySource = "sidecar 'kvp'";
  CHECK(selectSystem(scan).system.name == "cargo-6-4MeV");
  CHECK(selectSystem(scan).label() == "cargo 6/4 MeV");
  scan.meta.highEnergyKeV = 9000;
  scan.meta.lowEnergyKeV = 6000;
  CHECK(selectSystem(scan).system.name == "cargo-9-6MeV");
  // One stated energy: the other beam follows the usual pairs, and the reason says so.
  scan.meta.lowEnergyKeV = 0;
  const SystemSelection one = selectSystem(scan);
  CHECK(one.system.name == "cargo-9-6MeV");
  CHECK_THAT(one.summary(), Catch::Contains("other beam modelled at 6 MeV"));
  scan.meta.highEnergyKeV = scan.meta.lowEnergyKeV = 140;  // a dual-layer detector behind one tube
  CHECK(selectSystem(scan).system.name == "baggage-140-70kV");
  CHECK_THAT(selectSystem(scan).summary(), Catch::Contains("for both channels"));
}

TEST_CASE("A CT volume is not offered dual-energy material colours", "[imaging][materials][system]") {
  Scan ct = shapedScan(false, 3);
  ct.meta.modality = "CT";
  ct.meta.units = "HU";
  ct.meta.highEnergyKeV = 140;
  const SystemSelection s = selectSystem(ct);
  CHECK(s.kind == ScanKind::Ct);
  CHECK_FALSE(s.materialColours());
  CHECK_THAT(s.summary(), Catch::StartsWith("not offered") && Catch::Contains("CT numbers"));
  Scan npyVolume = shapedScan(false, 3);  // (D, H, W) without a modality
  CHECK(selectSystem(npyVolume).kind == ScanKind::Ct);
  Scan colour = shapedScan(false);
  colour.channels = {{ChannelRole::Red, colour.channels[0].pixels}, {ChannelRole::Green, colour.channels[0].pixels},
                     {ChannelRole::Blue, colour.channels[0].pixels}};
  CHECK(selectSystem(colour).kind == ScanKind::ColourImage);
  Scan mr = shapedScan(false);
  mr.meta.modality = "MR";
  CHECK(selectSystem(mr).kind == ScanKind::Other);
}

TEST_CASE("A file that says nothing gets the default, and says so", "[imaging][materials][system]") {
  const SystemSelection s = selectSystem(shapedScan(true));
  CHECK(s.basis == SystemBasis::Default);
  CHECK(s.system.name == defaultSystem().name);
  CHECK(s.summary() == "cargo 6/4 MeV (default: the file states no energies, scanner model or object type)");
}

TEST_CASE("Weaker evidence decides only when the energies do not", "[imaging][materials][system]") {
  Scan scan = shapedScan(true);
  scan.meta.vendor = "Smiths Detection";
  scan.meta.model = "HI-SCAN 6040-2is";
  CHECK(selectSystem(scan).basis == SystemBasis::ScannerModel);
  CHECK(selectSystem(scan).system.name == "baggage-160-80kV");
  scan.meta.vendor = "Rapiscan Systems";
  scan.meta.model = "Eagle R60";
  CHECK(selectSystem(scan).system.name == "cargo-6-4MeV");
  scan.meta.vendor = "Another Maker";  // the family's name alone from another maker is no evidence
  CHECK(selectSystem(scan).basis == SystemBasis::Default);

  scan.meta.vendor = "CIP synthetic";
  scan.meta.model = "baggage-140-70kV";
  CHECK(selectSystem(scan).basis == SystemBasis::NamedSystem);
  CHECK(selectSystem(scan).system.name == "baggage-140-70kV");

  // pyDICOS writes KVP 1 and OOI Type CARGO: the voltage is no X-ray source, the object type decides.
  Scan dx = shapedScan(false);
  dx.meta.highEnergyKeV = 1;
  dx.meta.energySource = "KVP (0018,0060)";
  dx.meta.objectType = "CARGO";
  const SystemSelection s = selectSystem(dx);
  CHECK(s.kind == ScanKind::SingleEnergyRadiograph);
  CHECK(s.basis == SystemBasis::ObjectType);
  CHECK(s.system.name == "cargo-6-4MeV");
  CHECK_THAT(s.summary(), Catch::Contains("ignored: KVP (0018,0060): 1 kV"));
  // Stated energies outrank the object type, and the disagreement is shown.
  dx.meta.highEnergyKeV = 160;
  dx.meta.objectType = "CARGO";
  CHECK(selectSystem(dx).system.name == "baggage-160-80kV");
  CHECK_THAT(selectSystem(dx).summary(), Catch::Contains("object type CARGO: the stated energies decide"));
}

TEST_CASE("Readers record the energies and object type their files state", "[imaging][materials][system]") {
  TempFolder tmp;
  writeBytes(tmp.file("bag.raw"), u16le({100, 200, 300, 400, 500, 600, 700, 800}));
  writeBytes(tmp.file("bag.json"), R"({"format": "cip-raw", "version": 1, "data": "bag.raw", "width": 2, "height": 2,
      "channels": 2, "dtype": "uint16", "channelRoles": ["high", "low"], "kvp": [160, 80], "objectType": "baggage"})");
  const Scan raw = openScan(tmp.file("bag.json"));
  CHECK(raw.meta.highEnergyKeV == 160);
  CHECK(raw.meta.lowEnergyKeV == 80);
  CHECK(raw.meta.objectType == "BAGGAGE");
  CHECK(selectSystem(raw).summary() == "baggage 160/80 kV (from sidecar 'kvp': 160 kV / 80 kV)");
  writeBytes(tmp.file("bad.json"), R"({"format": "cip-raw", "version": 1, "data": "bag.raw", "width": 2, "height": 2,
      "channels": 2, "dtype": "uint16", "kvp": [160, 80, 40]})");
  CHECK_THROWS_WITH(openScan(tmp.file("bad.json")), Catch::Contains("bad.json") && Catch::Contains("'kvp'"));
  writeBytes(tmp.file("bad.json"), R"({"format": "cip-raw", "version": 1, "data": "bag.raw", "width": 2, "height": 2,
      "channels": 2, "dtype": "uint16", "objectType": "../cargo"})");
  CHECK_THROWS_WITH(openScan(tmp.file("bad.json")), Catch::Contains("'objectType'"));

  // A PNG pair named as scanners export them: the names state the energies.
  const cv::Mat grey(3, 5, CV_16U, cv::Scalar(20000));
  REQUIRE(cv::imwrite(tmp.file("truck_high9MeV.png"), grey));
  REQUIRE(cv::imwrite(tmp.file("truck_low6MeV.png"), grey));
  const SystemSelection pair = selectSystem(openDualEnergyPair(tmp.file("truck_high9MeV.png"), tmp.file("truck_low6MeV.png")));
  CHECK(pair.summary() == "cargo 9/6 MeV (from file names: 9 MeV / 6 MeV)");
}

TEST_CASE("DICOS written by the workstation states its system and reads back to it", "[imaging][materials][system][dicos]") {
  TempFolder tmp;
  for (const char* name : {"cargo-6-4MeV", "baggage-160-80kV"}) {
    INFO(name);
    Scene scene;
    scene.name = "round_trip";
    scene.system = name;
    scene.structure = "walls";
    scene.lengthMm = 400;
    scene.heightMm = 200;
    scene.pixelMm = 20;
    const std::vector<std::string> files = writeSyntheticScan(scene, tmp.path.string());
    // Each energy's file states its own beam, as a scanner's would.
    const DualEnergySystem system = dualEnergySystem(name);
    CHECK(std::stod(dicomString(files.at(0), DCM_KVP)) == system.highPeakKeV);
    CHECK(std::stod(dicomString(files.at(1), DCM_KVP)) == system.lowPeakKeV);
    CHECK(dicomString(files.at(0), DCM_OOIType) == "CARGO");
    for (const std::string& file : {files.at(0), files.at(1)}) {
      const SystemSelection s = selectSystem(openScan(file));
      CHECK(s.basis == SystemBasis::Energies);
      CHECK(s.system.name == name);
      CHECK_THAT(s.evidence, Catch::StartsWith("KVP (0018,0060)"));
    }
  }
  // A conversion states no energy the source did not: no KVP is made up.
  writeBytes(tmp.file("plain.npy"), npyBytes("{'descr': '<u2', 'fortran_order': False, 'shape': (2, 2, 2), }",
                                             u16le({60000, 50000, 59000, 48000, 100, 80, 200, 150})));
  writeDicos(openScan(tmp.file("plain.npy")), tmp.file("plain.dcs"));
  CHECK(dicomString(tmp.file("plain.dcs"), DCM_KVP).empty());
  CHECK(selectSystem(openScan(tmp.file("plain.dcs"))).basis == SystemBasis::Default);
}

TEST_CASE("The model cache builds each system's calibration once, also under concurrent use", "[imaging][materials][system]") {
  MaterialModelCache cache;
  auto cargo = std::async(std::launch::async, [&] { return cache.forSystem(cargoLinac6And4MeV()); });
  const MaterialModel again = cache.forSystem(cargoLinac6And4MeV());
  CHECK(cargo.get().calibration == again.calibration);
  CHECK(again.calibration->system == "cargo-6-4MeV");
  const MaterialModel baggage = cache.forSystem(baggage160And80kV());
  CHECK(baggage.classifier != again.classifier);
  CHECK(baggage.calibration->noiseFloor == Approx(0.005));
}

TEST_CASE("Every kind of shared sample maps to a sensible system", "[imaging][materials][system][shared]") {
  const std::string root = sharedData();
  if (root.empty()) return;
  const std::string cargo = root + "/xray_cargo/rapiscan_eagle_r60_dual_energy/";
  const SystemSelection npy = selectSystem(openScan(cargo + "cargo_05.npy"));  // a bare array: nothing stated
  CHECK(npy.basis == SystemBasis::Default);
  CHECK(npy.system.name == "cargo-6-4MeV");
  const SystemSelection pair = selectSystem(openDualEnergyPair(cargo + "cargo_05_high6MeV.png", cargo + "cargo_05_low4MeV.png"));
  CHECK(pair.basis == SystemBasis::Energies);
  CHECK(pair.system.name == "cargo-6-4MeV");

  const std::string dicos = root + "/dicos/";
  // Stratovan's dual-energy CT states KVP 500 inside its functional groups: a CT all the same.
  const Scan ct = openScan(dicos + "stratovan_sdicos/V03_Data/DualEnergyCTwithTDR/CT_High_Energy.dcs");
  CHECK(ct.meta.highEnergyKeV == 500);
  CHECK(selectSystem(ct).kind == ScanKind::Ct);
  CHECK(selectSystem(openScan(root + "/dicom/ct_series/slicer_CTHeadAxialDicom_64x64x93")).kind == ScanKind::Ct);
  // A baggage DX stating 5000 kV: the energy decides (a 5 MeV linac), the disagreement is noted.
  const SystemSelection dx = selectSystem(openScan(dicos + "stratovan_sdicos/V03_Data/DXwithTDR/dx.dcs"));
  CHECK(dx.kind == ScanKind::SingleEnergyRadiograph);
  CHECK(dx.system.highPeakKeV == 5000);
  CHECK_THAT(dx.summary(), Catch::Contains("object type BAGGAGE"));
  // pyDICOS: KVP 1 is set aside, OOI Type CARGO decides.
  const SystemSelection py = selectSystem(openScan(dicos + "pydicos_generated/SimpleProcessingDX.dcs"));
  CHECK(py.basis == SystemBasis::ObjectType);
  CHECK(py.system.name == "cargo-6-4MeV");

  CHECK(selectSystem(openScan(root + "/xray_baggage/sixray/P00191.jpg")).kind == ScanKind::ColourImage);
  CHECK(selectSystem(openScan(root + "/xray_baggage/gdxray/baggage/B0009_0001.png")).kind == ScanKind::SingleEnergyRadiograph);
  CHECK(selectSystem(openScan(root + "/dicom/pydicom_debian/MR_small.dcm")).kind == ScanKind::Other);
}

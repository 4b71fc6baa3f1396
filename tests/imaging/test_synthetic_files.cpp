// Files the project makes itself: every reader on known content, without the shared samples.

#include "TestFiles.h"

#include "imaging/core/ReaderRegistry.h"
#include "imaging/core/writers/DicosWriter.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dctk.h>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

using namespace cip::imaging;

namespace {

void writeDicom(const std::string& path, const char* sopClass, int rows, int cols, const std::vector<Uint16>& pixels,
                int claimedRows = 0) {
  DcmFileFormat file;
  DcmDataset* ds = file.getDataset();
  ds->putAndInsertString(DCM_SOPClassUID, sopClass);
  ds->putAndInsertString(DCM_SOPInstanceUID, "1.2.826.0.1.3680043.10.1234.1");
  ds->putAndInsertString(DCM_Modality, "DX");
  ds->putAndInsertString(DCM_Manufacturer, "CIP test");
  ds->putAndInsertUint16(DCM_Rows, static_cast<Uint16>(claimedRows ? claimedRows : rows));
  ds->putAndInsertUint16(DCM_Columns, static_cast<Uint16>(cols));
  ds->putAndInsertUint16(DCM_SamplesPerPixel, 1);
  ds->putAndInsertString(DCM_PhotometricInterpretation, "MONOCHROME2");
  ds->putAndInsertUint16(DCM_BitsAllocated, 16);
  ds->putAndInsertUint16(DCM_BitsStored, 14);
  ds->putAndInsertUint16(DCM_HighBit, 13);
  ds->putAndInsertUint16(DCM_PixelRepresentation, 0);
  ds->putAndInsertString(DCM_ImagerPixelSpacing, "0.5\\0.25");
  ds->putAndInsertString(DCM_WindowCenter, "4000");
  ds->putAndInsertString(DCM_WindowWidth, "2000");
  ds->putAndInsertUint16Array(DCM_PixelData, pixels.data(), static_cast<unsigned long>(pixels.size()));
  REQUIRE(file.saveFile(path.c_str(), EXS_LittleEndianExplicit).good());
}

std::vector<Uint16> ramp(int n) {
  std::vector<Uint16> values(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) values[static_cast<std::size_t>(i)] = static_cast<Uint16>(i * 7 % 16384);
  return values;
}

}  // namespace

TEST_CASE("NumPy: a 2-channel uint16 scan becomes high and low channels", "[imaging][npy]") {
  TempFolder tmp;
  // 2 rows × 3 columns × 2 channels, interleaved as real cargo scans are.
  writeBytes(tmp.file("de.npy"), npyBytes("{'descr': '<u2', 'fortran_order': False, 'shape': (2, 3, 2), }",
                                          u16le({10, 1, 20, 2, 30, 3, 40, 4, 50, 5, 60, 6})));
  const Scan scan = openScan(tmp.file("de.npy"));
  REQUIRE(scan.isDualEnergy());
  CHECK(scan.width == 3);
  CHECK(scan.height == 2);
  CHECK(scan.channel(ChannelRole::High)->pixels.at<ushort>(1, 2) == 60);
  CHECK(scan.channel(ChannelRole::Low)->pixels.at<ushort>(1, 2) == 6);
  CHECK(scan.meta.format == "NumPy .npy");
}

TEST_CASE("NumPy: big-endian, version 2 and float volumes", "[imaging][npy]") {
  TempFolder tmp;
  writeBytes(tmp.file("be.npy"), npyBytes("{'descr': '>u2', 'fortran_order': False, 'shape': (1, 2), }", std::string("\x01\x02\x00\x05", 4)));
  const Scan be = openScan(tmp.file("be.npy"));
  CHECK(be.channels[0].pixels.at<ushort>(0, 0) == 0x0102);
  CHECK(be.channels[0].pixels.at<ushort>(0, 1) == 5);

  std::string floats;
  for (int i = 0; i < 5 * 6 * 7; ++i) {
    const float v = static_cast<float>(i) * 0.5f;
    floats.append(reinterpret_cast<const char*>(&v), 4);
  }
  writeBytes(tmp.file("vol.npy"), npyBytes("{'descr': '<f4', 'fortran_order': False, 'shape': (5, 6, 7), }", floats, 2));
  const Scan volume = openScan(tmp.file("vol.npy"));
  CHECK(volume.depth == 5);
  CHECK(volume.isVolume());
  CHECK(volume.sampleType() == "float32");
  CHECK(volume.slice(0, 4).at<float>(1, 2) == Approx((4 * 42 + 1 * 7 + 2) * 0.5));
  CHECK(volume.width == 7);
}

TEST_CASE("Raw + JSON sidecar: interleaved, planar and big-endian layouts", "[imaging][raw]") {
  TempFolder tmp;
  writeBytes(tmp.file("scan.raw"), u16le({100, 1, 200, 2, 300, 3, 400, 4}));
  writeBytes(tmp.file("scan.json"), R"({"format": "cip-raw", "version": 1, "data": "scan.raw", "width": 2, "height": 2,
      "channels": 2, "dtype": "uint16", "interleaved": true, "channelRoles": ["high", "low"],
      "spacing_mm": [2.5, 3.0], "meaning": "transmission", "vendor": "Acme", "model": "X9"})");
  const Scan interleaved = openScan(tmp.file("scan.json"));
  REQUIRE(interleaved.isDualEnergy());
  CHECK(interleaved.channel(ChannelRole::High)->pixels.at<ushort>(1, 1) == 400);
  CHECK(interleaved.channel(ChannelRole::Low)->pixels.at<ushort>(1, 1) == 4);
  CHECK(interleaved.meta.spacingY == Approx(3.0));
  CHECK(interleaved.meta.vendor == "Acme");
  CHECK(interleaved.meta.meaning == PixelMeaning::Transmission);

  // Opening the pixel file finds its sidecar `<file>.json`.
  writeBytes(tmp.file("planar.raw"), u16le({1, 2, 3, 4, 10, 20, 30, 40}));
  writeBytes(tmp.file("planar.raw.json"), R"({"format": "cip-raw", "version": 1, "data": "planar.raw", "width": 2,
      "height": 2, "channels": 2, "dtype": "uint16", "interleaved": false})");
  const Scan planar = openScan(tmp.file("planar.raw"));
  CHECK(planar.channels.at(1).pixels.at<ushort>(1, 0) == 30);

  writeBytes(tmp.file("be.raw"), std::string("\x00\x00\x01\x00", 4));
  writeBytes(tmp.file("be.json"), R"({"format": "cip-raw", "version": 1, "data": "be.raw", "width": 1, "height": 1,
      "dtype": "int32", "endianness": "big"})");
  CHECK(openScan(tmp.file("be.json")).channels[0].pixels.at<int>(0, 0) == 256);
}

TEST_CASE("PNG and TIFF: 16-bit images keep every bit, two make a dual-energy pair", "[imaging][raster]") {
  TempFolder tmp;
  cv::Mat high(40, 60, CV_16U), low(40, 60, CV_16U);
  cv::randu(high, 0, 65535);
  cv::randu(low, 0, 65535);
  REQUIRE(cv::imwrite(tmp.file("h.png"), high));
  REQUIRE(cv::imwrite(tmp.file("l.tif"), low));
  const Scan pair = openDualEnergyPair(tmp.file("h.png"), tmp.file("l.tif"));
  CHECK(cv::norm(pair.channel(ChannelRole::High)->pixels, high, cv::NORM_INF) == 0);
  CHECK(cv::norm(pair.channel(ChannelRole::Low)->pixels, low, cv::NORM_INF) == 0);
  CHECK(pair.bitsAllocated() == 16);
}

TEST_CASE("DICOM and DICOS written by DCMTK read back with their metadata", "[imaging][dicom]") {
  TempFolder tmp;
  writeDicom(tmp.file("dx.dcm"), UID_DigitalXRayImageStorageForProcessing, 30, 20, ramp(600));
  const Scan dx = openScan(tmp.file("dx.dcm"));
  CHECK(dx.meta.format == "DICOM");
  CHECK(dx.width == 20);
  CHECK(dx.height == 30);
  CHECK(dx.meta.bitsStored == 14);
  CHECK(dx.meta.spacingY == Approx(0.5));
  CHECK(dx.meta.spacingX == Approx(0.25));
  REQUIRE(dx.meta.windows.size() == 1);
  CHECK(dx.meta.windows[0].center == Approx(4000));
  CHECK(dx.meta.windows[0].width == Approx(2000));
  CHECK(dx.channels[0].pixels.at<ushort>(29, 19) == 599 * 7 % 16384);

  writeDicom(tmp.file("dicos.dcs"), UID_DICOS_DigitalXRayImageStorageForProcessing, 4, 4, ramp(16));
  CHECK(openScan(tmp.file("dicos.dcs")).meta.format == "DICOS");
}

TEST_CASE("Formats are chosen by content, not by file name", "[imaging][registry]") {
  TempFolder tmp;
  writeDicom(tmp.file("looks_like.png"), UID_DigitalXRayImageStorageForProcessing, 2, 2, ramp(4));
  CHECK(openScan(tmp.file("looks_like.png")).meta.format == "DICOM");
  writeBytes(tmp.file("looks_like.dcm"), npyBytes("{'descr': '|u1', 'fortran_order': False, 'shape': (1, 1), }", "x"));
  CHECK(openScan(tmp.file("looks_like.dcm")).meta.format == "NumPy .npy");
  const auto names = ReaderRegistry::standard().names();
  CHECK(names.size() == 5);
}

TEST_CASE("A vendor plugin registered at run time takes part in content sniffing", "[imaging][registry]") {
  struct VendorReader : ScanReader {
    std::string name() const override { return "Acme XR"; }
    int confidence(const SniffInput& input) const override { return input.head.rfind("ACMEXR", 0) == 0 ? 100 : 0; }
    Scan read(const std::string&, const LoadLimits&) const override {
      Scan scan;
      scan.width = scan.height = 1;
      scan.channels.push_back({ChannelRole::Single, cv::Mat(1, 1, CV_16U, cv::Scalar(42))});
      scan.meta.format = name();
      return scan;
    }
  };
  ReaderRegistry registry;
  registry.add(std::make_unique<VendorReader>());
  TempFolder tmp;
  writeBytes(tmp.file("scan.bin"), "ACMEXR....");
  CHECK(registry.open(tmp.file("scan.bin")).meta.format == "Acme XR");
}

TEST_CASE("DICOS written by the workstation reads back identically, dual energy as a pair", "[imaging][dicos]") {
  TempFolder tmp;
  writeBytes(tmp.file("de.npy"), npyBytes("{'descr': '<u2', 'fortran_order': False, 'shape': (3, 4, 2), }",
                                          u16le({60000, 50000, 59000, 48000, 58000, 46000, 57000, 44000, 100, 80, 200, 150,
                                                 300, 250, 400, 350, 30000, 20000, 31000, 21000, 32000, 22000, 33000, 23000})));
  Scan original = openScan(tmp.file("de.npy"));
  original.meta.spacingX = 2.5;
  original.meta.spacingY = 5.0;
  original.meta.vendor = "Acme";
  const std::vector<std::string> files = writeDicos(original, tmp.file("scan.dcs"));
  REQUIRE(files.size() == 2);
  CHECK(files[1] == tmp.file("scan_low.dcs"));
  for (const std::string& opened : files) {
    INFO(opened);
    const Scan copy = openScan(opened);
    CHECK(copy.meta.format == "DICOS");
    REQUIRE(copy.isDualEnergy());
    CHECK(copy.channels[0].role == ChannelRole::High);
    CHECK(copy.meta.meaning == PixelMeaning::Transmission);
    CHECK(copy.meta.spacingX == Approx(2.5));
    CHECK(copy.meta.spacingY == Approx(5.0));
    CHECK(copy.meta.vendor == "Acme");
    for (ChannelRole role : {ChannelRole::High, ChannelRole::Low})
      CHECK(cv::norm(copy.channel(role)->pixels, original.channel(role)->pixels, cv::NORM_INF) == 0);
  }
  // A bare file name, as typed in the folder itself, finds its pair too.
  const std::filesystem::path before = std::filesystem::current_path();
  std::filesystem::current_path(tmp.path);
  const bool paired = openScan("scan.dcs").isDualEnergy();
  std::filesystem::current_path(before);
  CHECK(paired);
}

TEST_CASE("DICOS volumes and float images keep their samples", "[imaging][dicos]") {
  TempFolder tmp;
  std::string floats;
  for (int i = 0; i < 4 * 5 * 6; ++i) {
    const float v = -100.5f + static_cast<float>(i);
    floats.append(reinterpret_cast<const char*>(&v), 4);
  }
  writeBytes(tmp.file("vol.npy"), npyBytes("{'descr': '<f4', 'fortran_order': False, 'shape': (4, 5, 6), }", floats));
  const Scan volume = openScan(tmp.file("vol.npy"));
  writeDicos(volume, tmp.file("vol.dcs"));
  const Scan copy = openScan(tmp.file("vol.dcs"));
  CHECK(copy.meta.modality == "CT");
  CHECK(copy.depth == 4);
  CHECK(copy.sampleType() == "float32");
  CHECK(cv::norm(copy.channels[0].pixels, volume.channels[0].pixels, cv::NORM_INF) == 0);
  Scan empty;
  CHECK_THROWS_WITH(writeDicos(empty, tmp.file("x.dcs")), Catch::Contains("without pixels"));
}

TEST_CASE("A truncated DICOM file's error names the element that runs past the end, and where it begins", "[imaging][dicom]") {
  TempFolder tmp;
  writeDicom(tmp.file("whole.dcm"), UID_DigitalXRayImageStorageForProcessing, 30, 20, ramp(600));
  std::ifstream in(tmp.file("whole.dcm"), std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  writeBytes(tmp.file("cut.dcm"), bytes.substr(0, bytes.size() - 500));
  try {
    openScan(tmp.file("cut.dcm"));
    FAIL("a truncated file opened");
  } catch (const ScanError& e) {
    const std::string message = e.what();
    INFO(message);
    CHECK(message.rfind(tmp.file("cut.dcm"), 0) == 0);
    CHECK(message.find("PixelData (7fe0,0010)") != std::string::npos);
    const std::size_t pixelTag = bytes.rfind(std::string("\xe0\x7f\x10\x00", 4));
    CHECK(message.find("begins at byte " + std::to_string(pixelTag)) != std::string::npos);
  }
}

TEST_CASE("A DICOM data set without preamble or meta header, even a byte in, is read", "[imaging][dicom]") {
  TempFolder tmp;
  writeDicom(tmp.file("whole.dcm"), UID_DigitalXRayImageStorageForProcessing, 30, 20, ramp(600));
  DcmFileFormat file;
  REQUIRE(file.loadFile(tmp.file("whole.dcm").c_str()).good());
  // The data set alone, as old ACR-NEMA-style writers store it, then with a stray byte before it.
  REQUIRE(file.getDataset()->saveFile(tmp.file("bare.dcm").c_str(), EXS_LittleEndianExplicit).good());
  std::ifstream in(tmp.file("bare.dcm"), std::ios::binary);
  const std::string bare((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  REQUIRE(bare.compare(0, 2, std::string("\x08\x00", 2)) == 0);
  writeBytes(tmp.file("shifted.dcm"), " " + bare);
  for (const char* name : {"bare.dcm", "shifted.dcm"}) {
    INFO(name);
    const Scan scan = openScan(tmp.file(name));
    CHECK(scan.width == 20);
    CHECK(scan.channels[0].pixels.at<ushort>(29, 19) == 599 * 7 % 16384);
  }
}

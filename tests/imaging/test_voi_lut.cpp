// Tables a modality stores instead of (or beside) a window: the VOI LUT Sequence and the Modality
// LUT Sequence, drawn as DCMTK's dcmj2pnm draws them.

#include "DcmtkPictures.h"
#include "TestFiles.h"

#include "imaging/core/ReaderRegistry.h"
#include "imaging/core/processing/Display.h"
#include "imaging/core/view/ViewportRenderer.h"

#include <catch2/catch.hpp>
#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dctk.h>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>
#include <cstdlib>

using namespace cip::imaging;

namespace {

constexpr int kRows = 64, kCols = 128;

/// A 12-bit unsigned radiograph: every value from 0 to 4095 appears.
DcmFileFormat radiograph() {
  std::vector<Uint16> stored(static_cast<std::size_t>(kRows * kCols));
  for (int y = 0; y < kRows; ++y)
    for (int x = 0; x < kCols; ++x) stored[static_cast<std::size_t>(y * kCols + x)] = static_cast<Uint16>(x * 32 + y / 2);
  DcmFileFormat file;
  DcmDataset* ds = file.getDataset();
  ds->putAndInsertString(DCM_SOPClassUID, UID_DigitalXRayImageStorageForPresentation);
  ds->putAndInsertString(DCM_SOPInstanceUID, "1.2.826.0.1.3680043.10.1234.91");
  ds->putAndInsertString(DCM_Modality, "DX");
  ds->putAndInsertUint16(DCM_Rows, static_cast<Uint16>(kRows));
  ds->putAndInsertUint16(DCM_Columns, static_cast<Uint16>(kCols));
  ds->putAndInsertUint16(DCM_SamplesPerPixel, 1);
  ds->putAndInsertString(DCM_PhotometricInterpretation, "MONOCHROME2");
  ds->putAndInsertUint16(DCM_BitsAllocated, 16);
  ds->putAndInsertUint16(DCM_BitsStored, 12);
  ds->putAndInsertUint16(DCM_HighBit, 11);
  ds->putAndInsertUint16(DCM_PixelRepresentation, 0);
  ds->putAndInsertUint16Array(DCM_PixelData, stored.data(), static_cast<unsigned long>(stored.size()));
  return file;
}

/// One LUT item: descriptor (entries, first mapped, bits), data, explanation.
void addLut(DcmItem& item, Uint16 first, Uint16 bits, const std::vector<Uint16>& data, std::size_t entries, const char* explanation) {
  const Uint16 descriptor[3] = {static_cast<Uint16>(entries == 65536 ? 0 : entries), first, bits};
  REQUIRE(item.putAndInsertUint16Array(DCM_LUTDescriptor, descriptor, 3).good());
  REQUIRE(item.putAndInsertUint16Array(DCM_LUTData, data.data(), static_cast<unsigned long>(data.size())).good());
  if (explanation) item.putAndInsertString(DCM_LUTExplanation, explanation);
}

}  // namespace

TEST_CASE("VOI LUT Sequence tables are offered as file windows and drawn as dcmj2pnm +Wl draws them", "[imaging][display]") {
  TempFolder tmp;
  DcmFileFormat file = radiograph();
  DcmDataset* ds = file.getDataset();
  // A square-root curve over 500 … 2547 in 16-bit entries, and an 8-bit staircase over the whole
  // range packed two entries to a word, as many modalities store 8-bit tables.
  std::vector<Uint16> curve(2048), packed(2048);
  for (std::size_t k = 0; k < curve.size(); ++k) curve[k] = static_cast<Uint16>(std::lround(65535.0 * std::sqrt(static_cast<double>(k) / 2047.0)));
  for (std::size_t k = 0; k < 4096; k += 2) packed[k / 2] = static_cast<Uint16>(((k / 16) & 0xff) | ((((k + 1) / 16) & 0xff) << 8));
  DcmItem* first = nullptr;
  DcmItem* second = nullptr;
  REQUIRE(ds->findOrCreateSequenceItem(DCM_VOILUTSequence, first, 0).good());
  addLut(*first, 500, 16, curve, curve.size(), "SQRT");
  REQUIRE(ds->findOrCreateSequenceItem(DCM_VOILUTSequence, second, 1).good());
  addLut(*second, 0, 8, packed, 4096, nullptr);
  const std::string path = tmp.file("voilut.dcm");
  REQUIRE(file.saveFile(path.c_str(), EXS_LittleEndianExplicit).good());

  const Scan scan = openScan(path);
  REQUIRE(scan.meta.windows.size() == 2);
  REQUIRE(scan.meta.windows[0].lut);
  CHECK(scan.meta.windows[0].explanation == "SQRT");
  CHECK(scan.meta.windows[0].lut->entries.size() == 2048);
  CHECK(scan.meta.windows[0].lut->firstMapped == 500);
  CHECK(scan.meta.windows[1].lut->entries.size() == 4096);
  CHECK(scan.meta.windows[1].lut->entries[4095] == 255);
  CHECK(defaultPreset(scan) == Preset::File);

  CHECK(largestDifference(ourPicture(scan, 0), dcmtkPicture(path, "+Wl 1", tmp.file("lut1.pgm"))) <= 1);
  CHECK(largestDifference(ourPicture(scan, 1), dcmtkPicture(path, "+Wl 2", tmp.file("lut2.pgm"))) <= 1);

  // The viewer starts from the table; a window of the viewer's own replaces it.
  ViewportRenderer viewer;
  viewer.setScan(std::make_shared<const Scan>(scan));
  viewer.applyPreset(defaultPreset(scan));
  CHECK(viewer.settings().voiLut == scan.meta.windows[0].lut);
  viewer.applyPreset(Preset::Auto);
  CHECK_FALSE(viewer.settings().voiLut);
}

TEST_CASE("A damaged VOI LUT item is left out, never read past its data", "[imaging][display]") {
  TempFolder tmp;
  DcmFileFormat file = radiograph();
  DcmItem* item = nullptr;
  REQUIRE(file.getDataset()->findOrCreateSequenceItem(DCM_VOILUTSequence, item, 0).good());
  addLut(*item, 0, 16, std::vector<Uint16>(100, 7), 4096, nullptr);  // claims 4096 entries, holds 100
  const std::string path = tmp.file("short.dcm");
  REQUIRE(file.saveFile(path.c_str(), EXS_LittleEndianExplicit).good());
  const Scan scan = openScan(path);
  CHECK(scan.meta.windows.empty());
  CHECK(defaultPreset(scan) != Preset::File);
}

TEST_CASE("A Modality LUT Sequence turns stored values into the values the window is in", "[imaging][display]") {
  TempFolder tmp;
  DcmFileFormat file = radiograph();
  DcmDataset* ds = file.getDataset();
  // Stored values squared (over 256): a window in output units only matches if the table is applied.
  std::vector<Uint16> squares(4096);
  for (std::size_t k = 0; k < squares.size(); ++k) squares[k] = static_cast<Uint16>(k * k / 256);
  DcmItem* item = nullptr;
  REQUIRE(ds->findOrCreateSequenceItem(DCM_ModalityLUTSequence, item, 0).good());
  addLut(*item, 0, 16, squares, squares.size(), nullptr);
  item->putAndInsertString(DCM_ModalityLUTType, "US");
  ds->putAndInsertString(DCM_WindowCenter, "20000");
  ds->putAndInsertString(DCM_WindowWidth, "30000");
  const std::string path = tmp.file("modality.dcm");
  REQUIRE(file.saveFile(path.c_str(), EXS_LittleEndianExplicit).good());

  const Scan scan = openScan(path);
  double lo = 0, hi = 0;
  cv::minMaxLoc(scan.channels[0].pixels, &lo, &hi);
  CHECK(hi == Approx(4095.0 * 4095.0 / 256.0).margin(1));
  CHECK(largestDifference(ourPicture(scan, 0), dcmtkPicture(path, "+Wi 1", tmp.file("modality.pgm"))) <= 1);
}

TEST_CASE("A VOI LUT over negative values: the first value mapped is signed as DCMTK reads it", "[imaging][display]") {
  TempFolder tmp;
  DcmFileFormat file = radiograph();
  DcmDataset* ds = file.getDataset();
  // Unsigned pixels rescaled into HU (−1024 … 3071): a table starting at −1000 HU, its first
  // value stored as the unsigned 64536 a US descriptor holds.
  ds->putAndInsertString(DCM_RescaleIntercept, "-1024");
  ds->putAndInsertString(DCM_RescaleSlope, "1");
  std::vector<Uint16> ramp(2000);
  for (std::size_t k = 0; k < ramp.size(); ++k) ramp[k] = static_cast<Uint16>(k * 65535 / (ramp.size() - 1));
  DcmItem* item = nullptr;
  REQUIRE(ds->findOrCreateSequenceItem(DCM_VOILUTSequence, item, 0).good());
  addLut(*item, static_cast<Uint16>(-1000 & 0xffff), 16, ramp, ramp.size(), "HU");
  const std::string path = tmp.file("signed.dcm");
  REQUIRE(file.saveFile(path.c_str(), EXS_LittleEndianExplicit).good());

  const Scan scan = openScan(path);
  REQUIRE(scan.meta.windows.size() == 1);
  REQUIRE(scan.meta.windows[0].lut);
  CHECK(scan.meta.windows[0].lut->firstMapped == -1000);
  CHECK(largestDifference(ourPicture(scan, 0), dcmtkPicture(path, "+Wl 1", tmp.file("signed.pgm"))) <= 1);
}

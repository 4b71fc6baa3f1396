// Colour encodings DCMTK alone does not decode: colour JPEG 2000 (decoded through OpenJPEG) and
// segmented palettes (expanded before DCMTK's palette colour).

#include "TestFiles.h"

#include "imaging/core/ReaderRegistry.h"
#include "imaging/core/ScanError.h"
#include "imaging/core/codecs/ImageCodecs.h"
#include "imaging/core/processing/Display.h"
#include "imaging/core/readers/SegmentedPalette.h"

#include <catch2/catch.hpp>
#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcpixel.h>
#include <dcmtk/dcmdata/dcpixseq.h>
#include <dcmtk/dcmdata/dcpxitem.h>
#include <dcmtk/dcmdata/dctk.h>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include <algorithm>
#include <cmath>

using namespace cip::imaging;

namespace {

/// The header every test image shares: rows × columns, one frame.
void putGeometry(DcmDataset& ds, int rows, int cols, const char* photometric, Uint16 samples, Uint16 bits) {
  ds.putAndInsertString(DCM_SOPClassUID, UID_SecondaryCaptureImageStorage);
  ds.putAndInsertString(DCM_SOPInstanceUID, "1.2.826.0.1.3680043.10.1234.93");
  ds.putAndInsertString(DCM_Modality, "OT");
  ds.putAndInsertUint16(DCM_Rows, static_cast<Uint16>(rows));
  ds.putAndInsertUint16(DCM_Columns, static_cast<Uint16>(cols));
  ds.putAndInsertUint16(DCM_SamplesPerPixel, samples);
  ds.putAndInsertString(DCM_PhotometricInterpretation, photometric);
  if (samples == 3) ds.putAndInsertUint16(DCM_PlanarConfiguration, 0);
  ds.putAndInsertUint16(DCM_BitsAllocated, bits);
  ds.putAndInsertUint16(DCM_BitsStored, bits);
  ds.putAndInsertUint16(DCM_HighBit, static_cast<Uint16>(bits - 1));
  ds.putAndInsertUint16(DCM_PixelRepresentation, 0);
}

/// A baggage-like colour picture: an orange organic block, a blue metal bar, a green strip.
cv::Mat colourPicture() {
  cv::Mat bgr(48, 80, CV_8UC3, cv::Scalar(235, 235, 235));
  bgr(cv::Rect(8, 8, 30, 30)).setTo(cv::Scalar(40, 140, 240));   // orange
  bgr(cv::Rect(44, 10, 10, 30)).setTo(cv::Scalar(200, 90, 30));  // blue
  bgr(cv::Rect(60, 4, 14, 40)).setTo(cv::Scalar(60, 180, 70));   // green
  return bgr;
}

/// `bgr` as a JPEG 2000 codestream (what DICOM encapsulates: no JP2 boxes) in one fragment.
void writeJpeg2000(const std::string& path, const cv::Mat& bgr) {
  std::vector<unsigned char> jp2;
  REQUIRE(cv::imencode(".jp2", bgr, jp2));
  const unsigned char soc[] = {0xff, 0x4f, 0xff, 0x51};
  const auto start = std::search(jp2.begin(), jp2.end(), std::begin(soc), std::end(soc));
  REQUIRE(start != jp2.end());
  std::vector<Uint8> codestream(start, jp2.end());
  if (codestream.size() % 2) codestream.push_back(0);
  DcmFileFormat file;
  DcmDataset* ds = file.getDataset();
  putGeometry(*ds, bgr.rows, bgr.cols, "YBR_ICT", 3, 8);
  auto* sequence = new DcmPixelSequence(DcmTag(DCM_PixelData, EVR_OB));
  sequence->insert(new DcmPixelItem(DcmTag(DCM_Item, EVR_OB)));  // empty offset table
  auto* fragment = new DcmPixelItem(DcmTag(DCM_Item, EVR_OB));
  REQUIRE(fragment->putUint8Array(codestream.data(), static_cast<unsigned long>(codestream.size())).good());
  sequence->insert(fragment);
  auto* pixels = new DcmPixelData(DCM_PixelData);
  pixels->putOriginalRepresentation(EXS_JPEG2000, nullptr, sequence);
  REQUIRE(ds->insert(pixels, OFTrue).good());
  REQUIRE(file.saveFile(path.c_str(), EXS_JPEG2000).good());
}

/// Largest difference between the scan's red, green and blue and `bgr`'s.
double largestColourDifference(const Scan& scan, const cv::Mat& bgr) {
  const Channel* r = scan.channel(ChannelRole::Red);
  const Channel* g = scan.channel(ChannelRole::Green);
  const Channel* b = scan.channel(ChannelRole::Blue);
  REQUIRE((r && g && b));
  std::vector<cv::Mat> planes;
  cv::split(bgr, planes);
  double worst = 0;
  for (const auto& [ours, theirs] : {std::pair{r, planes[2]}, std::pair{g, planes[1]}, std::pair{b, planes[0]}}) {
    cv::Mat a, diff;
    ours->pixels.convertTo(a, CV_8U);
    cv::absdiff(a, theirs, diff);
    double lo = 0, hi = 0;
    cv::minMaxLoc(diff, &lo, &hi);
    worst = std::max(worst, hi);
  }
  return worst;
}

}  // namespace

TEST_CASE("Colour JPEG 2000 DICOM is decoded in colour", "[imaging][colour]") {
  TempFolder tmp;
  const cv::Mat picture = colourPicture();
  const std::string path = tmp.file("colour_j2k.dcm");
  writeJpeg2000(path, picture);
  const Scan scan = openScan(path);
  CHECK(isColourScan(scan));
  REQUIRE(scan.width == picture.cols);
  // JPEG 2000 at OpenCV's default rate is near-lossless: flat colours come back within a few levels.
  CHECK(largestColourDifference(scan, picture) <= 8);
  CHECK(defaultPreset(scan) == Preset::Full);
  // The orange block stays orange: red well above green, green above blue.
  const double red = scan.channel(ChannelRole::Red)->pixels.at<unsigned char>(20, 20);
  const double green = scan.channel(ChannelRole::Green)->pixels.at<unsigned char>(20, 20);
  const double blue = scan.channel(ChannelRole::Blue)->pixels.at<unsigned char>(20, 20);
  CHECK(red > green + 60);
  CHECK(green > blue + 60);
}

namespace {

/// A palette colour image (8-bit indices, 16-bit tables): plain tables, or the same tables as
/// segments (`segmented`: red, green, blue segment words).
void writePalette(const std::string& path, const std::vector<Uint16> tables[3], const std::vector<Uint16>* segmented) {
  DcmFileFormat file;
  DcmDataset* ds = file.getDataset();
  putGeometry(*ds, 16, 128, "PALETTE COLOR", 1, 8);
  const Uint16 descriptor[3] = {256, 0, 16};
  const DcmTagKey descriptors[3] = {DCM_RedPaletteColorLookupTableDescriptor, DCM_GreenPaletteColorLookupTableDescriptor,
                                    DCM_BluePaletteColorLookupTableDescriptor};
  const DcmTagKey plain[3] = {DCM_RedPaletteColorLookupTableData, DCM_GreenPaletteColorLookupTableData, DCM_BluePaletteColorLookupTableData};
  const DcmTagKey segments[3] = {DCM_SegmentedRedPaletteColorLookupTableData, DCM_SegmentedGreenPaletteColorLookupTableData,
                                 DCM_SegmentedBluePaletteColorLookupTableData};
  for (int c = 0; c < 3; ++c) {
    REQUIRE(ds->putAndInsertUint16Array(descriptors[c], descriptor, 3).good());
    const std::vector<Uint16>& words = segmented ? segmented[c] : tables[c];
    REQUIRE(ds->putAndInsertUint16Array(segmented ? segments[c] : plain[c], words.data(), static_cast<unsigned long>(words.size())).good());
  }
  std::vector<Uint8> indices(16 * 128);
  for (std::size_t i = 0; i < indices.size(); ++i) indices[i] = static_cast<Uint8>((i % 128) * 2 + (i / 128) % 2);
  REQUIRE(ds->putAndInsertUint8Array(DCM_PixelData, indices.data(), static_cast<unsigned long>(indices.size())).good());
  REQUIRE(file.saveFile(path.c_str(), EXS_LittleEndianExplicit).good());
}

Uint16 step(double from, double to, int k, int steps) { return static_cast<Uint16>(std::lround(from + (to - from) * k / steps)); }

}  // namespace

TEST_CASE("Segmented palette tables expand to the plain tables they stand for", "[imaging][colour]") {
  // Red: one value, then a line to full scale. Green: two values, a line, the first two again
  // through an indirect segment, another line. Blue: discrete throughout.
  std::vector<Uint16> tables[3];
  tables[0].push_back(0);
  for (int k = 1; k <= 255; ++k) tables[0].push_back(step(0, 65535, k, 255));
  tables[1] = {0, 1000};
  for (int k = 1; k <= 126; ++k) tables[1].push_back(step(1000, 30000, k, 126));
  tables[1].insert(tables[1].end(), {0, 1000});
  for (int k = 1; k <= 126; ++k) tables[1].push_back(step(1000, 65535, k, 126));
  for (int i = 0; i < 256; ++i) tables[2].push_back(static_cast<Uint16>((255 - i) * 257));
  std::vector<Uint16> segments[3];
  segments[0] = {0, 1, 0, 1, 255, 65535};
  segments[1] = {0, 2, 0, 1000, 1, 126, 30000, 2, 1, 0, 0, 1, 126, 65535};
  segments[2] = {0, 256};
  segments[2].insert(segments[2].end(), tables[2].begin(), tables[2].end());

  for (int c = 0; c < 3; ++c) CHECK(expandSegmentedLut("test", std::vector<std::uint16_t>(segments[c].begin(), segments[c].end()), 256) ==
                                    std::vector<std::uint16_t>(tables[c].begin(), tables[c].end()));

  TempFolder tmp;
  writePalette(tmp.file("plain.dcm"), tables, nullptr);
  writePalette(tmp.file("segmented.dcm"), tables, segments);
  const Scan plain = openScan(tmp.file("plain.dcm"));
  const Scan segmented = openScan(tmp.file("segmented.dcm"));
  REQUIRE(isColourScan(segmented));
  for (const ChannelRole role : {ChannelRole::Red, ChannelRole::Green, ChannelRole::Blue})
    CHECK(cv::norm(plain.channel(role)->pixels, segmented.channel(role)->pixels, cv::NORM_INF) == 0);
}

TEST_CASE("A damaged segmented palette is refused with what is wrong", "[imaging][colour]") {
  const auto refusal = [](std::vector<std::uint16_t> words, std::size_t entries) {
    try {
      expandSegmentedLut("bad.dcm", words, entries);
    } catch (const ScanError& e) {
      return std::string(e.what());
    }
    return std::string();
  };
  CHECK_THAT(refusal({0, 10, 1, 2}, 10), Catch::Contains("bad.dcm") && Catch::Contains("discrete segment runs past"));
  CHECK_THAT(refusal({1, 5, 100}, 5), Catch::Contains("nothing to start from"));
  CHECK_THAT(refusal({2, 1, 0, 0}, 300), Catch::Contains("nest too deep"));  // an indirect segment naming itself
  CHECK_THAT(refusal({0, 1, 7, 2, 1, 40, 0}, 3), Catch::Contains("points outside"));
  CHECK_THAT(refusal({0, 2, 1, 2}, 3), Catch::Contains("make 2 entries, the descriptor says 3"));
  CHECK_THAT(refusal({9, 1}, 1), Catch::Contains("unknown segment type 9"));
  // Hostile tables end at once: a line of 65535 steps into a table of 256, segments that add
  // nothing, indirect segments repeating themselves 65535 times over.
  CHECK_THAT(refusal({0, 1, 0, 1, 65535, 7}, 256), Catch::Contains("more entries than the descriptor's 256"));
  CHECK_THAT(refusal({0, 1, 0, 1, 0, 7}, 256), Catch::Contains("length 0"));
  std::vector<std::uint16_t> nested{0, 1, 5};
  for (std::uint16_t level = 0; level < 4; ++level) nested.insert(nested.end(), {2, 65535, static_cast<std::uint16_t>(nested.size() - (level ? 4 : 3)), 0});
  CHECK_THAT(refusal(nested, 65536), Catch::Contains("segmented palette"));  // too many entries, or too deep: at once either way
}

TEST_CASE("PNG pictures are written without the codec module and read back the same", "[imaging][colour]") {
  TempFolder tmp;
  const cv::Mat colour = colourPicture();
  cv::Mat grey16(30, 50, CV_16U);
  for (int y = 0; y < grey16.rows; ++y)
    for (int x = 0; x < grey16.cols; ++x) grey16.at<unsigned short>(y, x) = static_cast<unsigned short>(x * 1300 + y * 7);
  REQUIRE(writeImageFile(tmp.file("colour.png"), colour));
  REQUIRE(writeImageFile(tmp.file("grey16.png"), grey16));
  CHECK(cv::norm(cv::imread(tmp.file("colour.png"), cv::IMREAD_UNCHANGED), colour, cv::NORM_INF) == 0);
  CHECK(cv::norm(cv::imread(tmp.file("grey16.png"), cv::IMREAD_UNCHANGED), grey16, cv::NORM_INF) == 0);
  // Where the file cannot be made, nothing is left behind.
  CHECK_FALSE(writeImageFile(tmp.file("missing/folder/x.png"), colour));
}

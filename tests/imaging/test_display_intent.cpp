// The modality's display intent: a file's own windows (and their VOI LUT Function) are the
// default picture, rendered as DCMTK's dcmj2pnm renders them; without one, each kind of scan gets
// a sensible default.

#include "SharedData.h"
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

#include <cstdlib>
#include <filesystem>

using namespace cip::imaging;
namespace fs = std::filesystem;

namespace {

/// A head CT slice as a modality writes it: signed stored values, a rescale to HU, two windows.
void writeCt(const std::string& path, const char* function = nullptr) {
  const int rows = 64, cols = 96;
  std::vector<Sint16> stored(static_cast<std::size_t>(rows * cols));
  for (int y = 0; y < rows; ++y)
    for (int x = 0; x < cols; ++x)  // air, soft tissue around 0–80 HU, bone: every HU the windows care about
      stored[static_cast<std::size_t>(y * cols + x)] = static_cast<Sint16>(x < 32 ? -1000 + x * 30 : x < 80 ? (x - 32) * 2 + y / 4 : 1200 + y * 20);
  DcmFileFormat file;
  DcmDataset* ds = file.getDataset();
  ds->putAndInsertString(DCM_SOPClassUID, UID_CTImageStorage);
  ds->putAndInsertString(DCM_SOPInstanceUID, "1.2.826.0.1.3680043.10.1234.77");
  ds->putAndInsertString(DCM_Modality, "CT");
  ds->putAndInsertUint16(DCM_Rows, static_cast<Uint16>(rows));
  ds->putAndInsertUint16(DCM_Columns, static_cast<Uint16>(cols));
  ds->putAndInsertUint16(DCM_SamplesPerPixel, 1);
  ds->putAndInsertString(DCM_PhotometricInterpretation, "MONOCHROME2");
  ds->putAndInsertUint16(DCM_BitsAllocated, 16);
  ds->putAndInsertUint16(DCM_BitsStored, 16);
  ds->putAndInsertUint16(DCM_HighBit, 15);
  ds->putAndInsertUint16(DCM_PixelRepresentation, 1);
  ds->putAndInsertString(DCM_RescaleIntercept, "-24");
  ds->putAndInsertString(DCM_RescaleSlope, "1");
  ds->putAndInsertString(DCM_WindowCenter, "40\\500");
  ds->putAndInsertString(DCM_WindowWidth, "80\\2000");
  ds->putAndInsertString(DCM_WindowCenterWidthExplanation, "BRAIN\\BONE");
  if (function) ds->putAndInsertString(DCM_VOILUTFunction, function);
  // Stored = HU + 24, so that the rescale is really applied.
  for (Sint16& v : stored) v = static_cast<Sint16>(v + 24);
  ds->putAndInsertUint16Array(DCM_PixelData, reinterpret_cast<const Uint16*>(stored.data()), static_cast<unsigned long>(stored.size()));
  REQUIRE(file.saveFile(path.c_str(), EXS_LittleEndianExplicit).good());
}

}  // namespace

TEST_CASE("A CT opens with the file's window, as dcmj2pnm +Wi renders it", "[imaging][display]") {
  TempFolder tmp;
  writeCt(tmp.file("head.dcm"));
  const Scan ct = openScan(tmp.file("head.dcm"));
  REQUIRE(ct.meta.windows.size() == 2);
  CHECK(ct.meta.windows[0].explanation == "BRAIN");
  CHECK(ct.meta.windows[1].center == Approx(500));
  CHECK(ct.meta.windows[0].function == VoiFunction::Linear);
  CHECK(defaultPreset(ct) == Preset::File);

  // The brain window is what a viewer shows first; both windows match DCMTK to one grey level.
  CHECK(largestDifference(ourPicture(ct, 0), dcmtkPicture(tmp.file("head.dcm"), "+Wi 1", tmp.file("w1.pgm"))) <= 1);
  CHECK(largestDifference(ourPicture(ct, 1), dcmtkPicture(tmp.file("head.dcm"), "+Wi 2", tmp.file("w2.pgm"))) <= 1);

  // The percentile window it replaced shows the brain's 0–80 HU as one flat grey.
  DisplaySettings automatic;
  applyPreset(Preset::Auto, ct.slice(0, 0), ct.meta, automatic);
  CHECK(automatic.windowWidth > 1000);

  // The viewer's renderer starts from the same window.
  ViewportRenderer viewer;
  viewer.setScan(std::make_shared<const Scan>(ct));
  viewer.applyPreset(defaultPreset(ct));
  CHECK(viewer.settings().windowCenter == Approx(40));
  CHECK(viewer.settings().windowWidth == Approx(80));
  viewer.applyPreset(Preset::File, 1);
  CHECK(viewer.settings().windowCenter == Approx(500));
}

TEST_CASE("A SIGMOID VOI LUT Function is drawn as DCMTK draws it", "[imaging][display]") {
  TempFolder tmp;
  writeCt(tmp.file("sigmoid.dcm"), "SIGMOID");
  const Scan ct = openScan(tmp.file("sigmoid.dcm"));
  REQUIRE(ct.meta.windows.size() == 2);
  CHECK(ct.meta.windows[0].function == VoiFunction::Sigmoid);
  const cv::Mat ours = ourPicture(ct, 0);
  CHECK(largestDifference(ours, dcmtkPicture(tmp.file("sigmoid.dcm"), "+Wi 1", tmp.file("s1.pgm"))) <= 1);
  // A sigmoid never clips: the bone beyond the window is near white, not a hard 255 edge at c + w/2.
  CHECK(ours.at<uchar>(10, 40) > 0);
}

TEST_CASE("Without a file window: MeV cargo opens in the log window, colour as it is, others automatic", "[imaging][display]") {
  Scan cargo;
  cargo.channels = {{ChannelRole::High, cv::Mat(4, 4, CV_16U, cv::Scalar(30000))}};
  cargo.width = cargo.height = 4;
  cargo.meta.meaning = PixelMeaning::Transmission;
  cargo.meta.highEnergyKeV = 6000;
  CHECK(defaultPreset(cargo) == Preset::Attenuation);
  Scan baggage = cargo;
  baggage.meta.highEnergyKeV = 160;
  CHECK(defaultPreset(baggage) == Preset::Auto);
  Scan ct = cargo;
  ct.meta.meaning = PixelMeaning::Attenuation;
  CHECK(defaultPreset(ct) == Preset::Auto);
  Scan colour = baggage;
  colour.channels = {{ChannelRole::Red, cv::Mat(4, 4, CV_8U, cv::Scalar(200))},
                     {ChannelRole::Green, cv::Mat(4, 4, CV_8U, cv::Scalar(100))},
                     {ChannelRole::Blue, cv::Mat(4, 4, CV_8U, cv::Scalar(0))}};
  CHECK(defaultPreset(colour) == Preset::Full);
}

TEST_CASE("MONOCHROME1 and an INVERSE Presentation LUT Shape turn the picture round", "[imaging][display]") {
  TempFolder tmp;
  for (const auto& [photometric, shape, inverted] :
       {std::tuple{"MONOCHROME2", "", false}, {"MONOCHROME1", "", true}, {"MONOCHROME1", "INVERSE", false}, {"MONOCHROME2", "INVERSE", true}}) {
    DcmFileFormat file;
    DcmDataset* ds = file.getDataset();
    ds->putAndInsertString(DCM_SOPClassUID, UID_DigitalXRayImageStorageForPresentation);
    ds->putAndInsertString(DCM_Modality, "DX");
    ds->putAndInsertUint16(DCM_Rows, 2);
    ds->putAndInsertUint16(DCM_Columns, 2);
    ds->putAndInsertUint16(DCM_SamplesPerPixel, 1);
    ds->putAndInsertString(DCM_PhotometricInterpretation, photometric);
    if (*shape) ds->putAndInsertString(DCM_PresentationLUTShape, shape);
    ds->putAndInsertUint16(DCM_BitsAllocated, 16);
    ds->putAndInsertUint16(DCM_BitsStored, 12);
    ds->putAndInsertUint16(DCM_HighBit, 11);
    ds->putAndInsertUint16(DCM_PixelRepresentation, 0);
    const Uint16 pixels[] = {0, 1000, 2000, 4095};
    ds->putAndInsertUint16Array(DCM_PixelData, pixels, 4);
    const std::string path = tmp.file(std::string(photometric) + shape + ".dcm");
    REQUIRE(file.saveFile(path.c_str(), EXS_LittleEndianExplicit).good());
    INFO(photometric << " " << shape);
    CHECK(openScan(path).meta.invertForDisplay == inverted);
  }
}

TEST_CASE("Real CT files are shown with their own window, as DCMTK shows them", "[imaging][display][shared]") {
  const std::string root = sharedData();
  if (root.empty()) return;
  int compared = 0;
  TempFolder tmp;
  for (const auto& entry : fs::recursive_directory_iterator(fs::path(root) / "dicom")) {
    if (!entry.is_regular_file() || compared >= 12) continue;
    Scan scan;
    try {
      scan = openScan(entry.path().string());
    } catch (const std::exception&) {
      continue;  // the broken samples have their own test
    }
    if (scan.meta.windows.empty() || scan.channels.size() != 1 || scan.depth != 1 || scan.meta.modality != "CT") continue;
    INFO(entry.path().string());
    const cv::Mat theirs = dcmtkPicture(entry.path().string(), "+Wi 1", tmp.file("real.pgm"));
    if (theirs.empty()) continue;
    CHECK(largestDifference(ourPicture(scan, 0), theirs) <= 1);
    ++compared;
  }
  CHECK(compared > 0);
}

namespace {

/// A 3 × 2 colour DICOM: RGB as stored, YBR_FULL (DCMTK converts it), or an 8-bit palette; the
/// 4 × 2 chroma-subsampled YBR_FULL_422 and YBR_PARTIAL_422.
void writeColourDicom(const std::string& path, const std::string& photometric) {
  DcmFileFormat file;
  DcmDataset* ds = file.getDataset();
  ds->putAndInsertString(DCM_SOPClassUID, UID_SecondaryCaptureImageStorage);
  ds->putAndInsertString(DCM_Modality, "OT");
  ds->putAndInsertUint16(DCM_Rows, 2);
  ds->putAndInsertUint16(DCM_Columns, 3);
  ds->putAndInsertUint16(DCM_BitsAllocated, 8);
  ds->putAndInsertUint16(DCM_BitsStored, 8);
  ds->putAndInsertUint16(DCM_HighBit, 7);
  ds->putAndInsertUint16(DCM_PixelRepresentation, 0);
  ds->putAndInsertString(DCM_PhotometricInterpretation, photometric.c_str());
  if (photometric == "PALETTE COLOR") {
    ds->putAndInsertUint16(DCM_SamplesPerPixel, 1);
    const Uint8 indices[] = {0, 1, 2, 3, 4, 5};
    ds->putAndInsertUint8Array(DCM_PixelData, indices, 6);
    const Uint16 descriptor[] = {6, 0, 16};
    // orange, green, blue, white, dark red, grey (16-bit entries)
    const Uint16 red[] = {65535, 0, 0, 65535, 32768, 32896}, green[] = {35980, 65535, 0, 65535, 0, 32896}, blue[] = {0, 0, 65535, 65535, 0, 32896};
    for (const auto& [desc, data, values] : {std::tuple{DCM_RedPaletteColorLookupTableDescriptor, DCM_RedPaletteColorLookupTableData, red},
                                             {DCM_GreenPaletteColorLookupTableDescriptor, DCM_GreenPaletteColorLookupTableData, green},
                                             {DCM_BluePaletteColorLookupTableDescriptor, DCM_BluePaletteColorLookupTableData, blue}}) {
      ds->putAndInsertUint16Array(desc, descriptor, 3);
      ds->putAndInsertUint16Array(data, values, 6);
    }
  } else if (photometric.size() > 4 && photometric.compare(photometric.size() - 4, 4, "_422") == 0) {
    // Horizontally subsampled chroma: each pair of pixels is stored Y1 Y2 Cb Cr (4 × 2 pixels).
    ds->putAndInsertUint16(DCM_Columns, 4);
    ds->putAndInsertUint16(DCM_SamplesPerPixel, 3);
    ds->putAndInsertUint16(DCM_PlanarConfiguration, 0);
    const Uint8 pairs[] = {170, 150, 40, 200, 120, 60, 128, 128, 60, 200, 200, 90, 100, 90, 100, 160};
    ds->putAndInsertUint8Array(DCM_PixelData, pairs, 16);
  } else {
    ds->putAndInsertUint16(DCM_SamplesPerPixel, 3);
    ds->putAndInsertUint16(DCM_PlanarConfiguration, 0);
    // RGB: orange, green, blue, white, dark red, grey; YBR_FULL: some Y Cb Cr triples.
    const Uint8 rgb[] = {255, 140, 0, 0, 255, 0, 0, 0, 255, 255, 255, 255, 128, 0, 0, 128, 128, 128};
    const Uint8 ybr[] = {170, 40, 200, 120, 128, 128, 60, 200, 90, 235, 128, 128, 90, 100, 160, 30, 150, 110};
    ds->putAndInsertUint8Array(DCM_PixelData, photometric == "RGB" ? rgb : ybr, 18);
  }
  REQUIRE(file.saveFile(path.c_str(), EXS_LittleEndianExplicit).good());
}

/// dcmj2pnm's colour picture of `path` (BGR, as OpenCV reads a PPM).
cv::Mat dcmtkColour(const std::string& path, const std::string& out) {
  const std::string command = std::string(CIP_DCMJ2PNM) + " --write-8-bit-pnm \"" + path + "\" \"" + out + "\" 2>/dev/null";
  REQUIRE(std::system(command.c_str()) == 0);
  return cv::imread(out, cv::IMREAD_COLOR);
}

}  // namespace

TEST_CASE("Colour DICOM (RGB, YBR_FULL and its 422 forms, palette) is shown in DCMTK's colours", "[imaging][display][colour]") {
  TempFolder tmp;
  for (const std::string photometric : {"RGB", "YBR_FULL", "YBR_FULL_422", "YBR_PARTIAL_422", "PALETTE COLOR"}) {
    INFO(photometric);
    const std::string path = tmp.file((photometric == "PALETTE COLOR" ? std::string("PAL") : photometric) + ".dcm");
    writeColourDicom(path, photometric);
    const Scan scan = openScan(path);
    REQUIRE(isColourScan(scan));
    CHECK(defaultPreset(scan) == Preset::Full);
    DisplaySettings settings;
    applyPreset(defaultPreset(scan), scan.slice(0, 0), scan.meta, settings);
    const cv::Mat ours = renderColour(scan, 0, settings);
    const cv::Mat theirs = dcmtkColour(path, tmp.file("colour.ppm"));
    REQUIRE(ours.size() == theirs.size());
    cv::Mat diff;
    cv::absdiff(ours, theirs, diff);
    CHECK(cv::norm(diff, cv::NORM_INF) <= 1);
  }
  // The RGB file's orange pixel is orange (BGR 0, 140, 255), not its red channel in grey.
  const Scan rgb = openScan(tmp.file("RGB.dcm"));
  const cv::Mat picture = renderColour(rgb, 0, DisplaySettings{});
  CHECK(picture.at<cv::Vec3b>(0, 0) == cv::Vec3b(0, 140, 255));
}

TEST_CASE("A colour PNG is drawn in its colours by the viewer; the window works on its luminance", "[imaging][display][colour]") {
  TempFolder tmp;
  cv::Mat bgr(40, 60, CV_8UC3, cv::Scalar(255, 255, 255));       // white background
  bgr(cv::Rect(10, 10, 20, 20)).setTo(cv::Scalar(0, 140, 255));   // an orange organic item
  bgr(cv::Rect(35, 10, 20, 20)).setTo(cv::Scalar(200, 80, 20));   // a blue metal part
  REQUIRE(cv::imwrite(tmp.file("baggage.png"), bgr));
  auto scan = std::make_shared<const Scan>(openScan(tmp.file("baggage.png")));
  REQUIRE(isColourScan(*scan));
  ViewportRenderer viewer;
  viewer.setScan(scan);
  viewer.applyPreset(defaultPreset(*scan));
  viewer.background = cv::Scalar(0, 0, 0);
  const cv::Mat shown = viewer.render(ViewGeometry::fitted({60, 40}, {60, 40}));
  CHECK(shown.at<cv::Vec3b>(20, 20) == cv::Vec3b(0, 140, 255));
  CHECK(shown.at<cv::Vec3b>(20, 45) == cv::Vec3b(200, 80, 20));
  CHECK(shown.at<cv::Vec3b>(35, 5) == cv::Vec3b(255, 255, 255));
  // The window is measured on luminance (0.299 R + 0.587 G + 0.114 B): orange reads 158.
  const WorkingImage& luminance = viewer.working();
  CHECK(luminance.toValue(luminance.samples.at<ushort>(20, 20)) == Approx(0.299 * 255 + 0.587 * 140).margin(1));
  // A narrower window brightens all three channels alike: the hue stays.
  DisplaySettings narrow = viewer.settings();
  narrow.windowCenter = 100;
  narrow.windowWidth = 120;
  viewer.setSettings(narrow);
  const cv::Vec3b windowed = viewer.render(ViewGeometry::fitted({60, 40}, {60, 40})).at<cv::Vec3b>(20, 20);
  CHECK(windowed[2] == 255);
  CHECK(windowed[0] == 0);
  CHECK(windowed[1] > 140);
}

// The CT series reader on series the workstation writes: order, spacing, and the clear errors
// for a missing or duplicated slice.

#include "TestFiles.h"

#include "imaging/core/ReaderRegistry.h"
#include "imaging/core/writers/DicomSeriesWriter.h"

#include <catch2/catch.hpp>
#include <opencv2/core.hpp>

#include <filesystem>

using namespace cip::imaging;
namespace fs = std::filesystem;

namespace {

Scan ramp(int depth) {
  Scan v;
  v.width = 5;
  v.height = 4;
  v.depth = depth;
  cv::Mat pixels(v.height * depth, v.width, CV_16S);
  for (int r = 0; r < pixels.rows; ++r)
    for (int c = 0; c < pixels.cols; ++c) pixels.at<short>(r, c) = static_cast<short>(-1000 + 37 * r + c);
  v.channels.push_back({ChannelRole::Single, pixels});
  v.meta.spacingX = v.meta.spacingY = 0.75;
  v.meta.spacingZ = 2.5;
  v.meta.highEnergyKeV = 120;
  return v;
}

}  // namespace

TEST_CASE("A CT series written by the workstation reads back as the same volume", "[imaging][series]") {
  TempFolder tmp;
  const Scan original = ramp(4);
  const std::vector<std::string> files = writeDicomSeries(original, (tmp.path / "ct").string());
  REQUIRE(files.size() == 4);
  // Names that sort against the slice order: the reader goes by position, not by name.
  for (std::size_t i = 0; i < files.size(); ++i) fs::rename(files[i], tmp.path / "ct" / ("z" + std::to_string(9 - i) + ".dcm"));
  const Scan volume = openScan((tmp.path / "ct").string());
  CHECK(volume.meta.format == "DICOM series");
  CHECK(volume.meta.modality == "CT");
  CHECK(volume.depth == 4);
  CHECK(volume.meta.spacingZ == Approx(2.5));
  CHECK(volume.meta.spacingX == Approx(0.75));
  CHECK(volume.meta.highEnergyKeV == 120);
  CHECK(cv::norm(volume.channels[0].pixels, original.channels[0].pixels, cv::NORM_INF) == 0);

  // A second, smaller series in the same folder is left aside: the largest one is the volume.
  writeDicomSeries(ramp(2), (tmp.path / "ct").string(), "scout");
  CHECK(openScan((tmp.path / "ct").string()).depth == 4);
}

TEST_CASE("A series with a missing or duplicated slice is refused, naming the slice", "[imaging][series]") {
  TempFolder tmp;
  const std::vector<std::string> files = writeDicomSeries(ramp(4), (tmp.path / "gap").string());
  fs::remove(files[2]);
  CHECK_THROWS_WITH(openScan((tmp.path / "gap").string()), Catch::Contains(files[3]) && Catch::Contains("missing slice"));

  const std::vector<std::string> twice = writeDicomSeries(ramp(2), (tmp.path / "twice").string());
  fs::copy_file(twice[1], tmp.path / "twice" / "copy.dcm");
  CHECK_THROWS_WITH(openScan((tmp.path / "twice").string()), Catch::Contains("duplicate slice"));

  Scan floats = ramp(2);
  floats.channels[0].pixels.convertTo(floats.channels[0].pixels, CV_32F);
  CHECK_THROWS_WITH(writeDicomSeries(floats, (tmp.path / "float").string()), Catch::Contains("float32"));
}

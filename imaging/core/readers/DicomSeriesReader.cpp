#include "imaging/core/readers/DicomSeriesReader.h"

#include "imaging/core/readers/DicomPixels.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dctk.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>

namespace cip::imaging {

namespace fs = std::filesystem;

namespace {

constexpr int kMaxFiles = 10000;

struct SliceFile {
  std::string path;
  double position = 0;  ///< along the slice normal, mm
  int instance = 0;
  int rows = 0, columns = 0;
};

/// Position of the slice along the normal of its orientation; instance number when unknown.
double slicePosition(DcmDataset& ds, bool* known) {
  Float64 o[6], p[3];
  for (unsigned long i = 0; i < 6; ++i)
    if (ds.findAndGetFloat64(DCM_ImageOrientationPatient, o[i], i).bad()) { *known = false; return 0; }
  for (unsigned long i = 0; i < 3; ++i)
    if (ds.findAndGetFloat64(DCM_ImagePositionPatient, p[i], i).bad()) { *known = false; return 0; }
  const double n[3] = {o[1] * o[5] - o[2] * o[4], o[2] * o[3] - o[0] * o[5], o[0] * o[4] - o[1] * o[3]};
  const double position = n[0] * p[0] + n[1] * p[1] + n[2] * p[2];
  // "NaN", "inf" or overflowing values sort nowhere: such a slice counts as unpositioned.
  *known = std::isfinite(position);
  return *known ? position : 0;
}

}  // namespace

int DicomSeriesReader::confidence(const SniffInput& input) const { return input.isDirectory ? 80 : 0; }

Scan DicomSeriesReader::read(const std::string& path, const LoadLimits& limits) const {
  std::map<std::string, std::vector<SliceFile>> series;
  bool allPositioned = true;
  std::error_code error;
  int seen = 0;
  for (const auto& entry : fs::directory_iterator(path, error)) {
    if (!entry.is_regular_file(error)) continue;
    if (++seen > kMaxFiles) throw ScanError(path, "folder holds more than " + std::to_string(kMaxFiles) + " files");
    DcmFileFormat file;
    try {
      loadDicomFile(entry.path().string(), file, 4096);
    } catch (const ScanError&) {
      continue;  // not DICOM: ignore (a README, a DICOMDIR's siblings …)
    }
    DcmDataset& ds = *file.getDataset();
    if (!ds.tagExists(DCM_PixelData)) continue;
    SliceFile slice;
    slice.path = entry.path().string();
    bool known = false;
    slice.position = slicePosition(ds, &known);
    allPositioned = allPositioned && known;
    slice.instance = std::atoi(datasetString(ds, 0x0020, 0x0013).c_str());
    slice.rows = std::atoi(datasetString(ds, 0x0028, 0x0010).c_str());
    slice.columns = std::atoi(datasetString(ds, 0x0028, 0x0011).c_str());
    series[datasetString(ds, 0x0020, 0x000e)].push_back(slice);
  }
  if (error) throw ScanError(path, "folder cannot be listed: " + error.message());
  if (series.empty()) throw ScanError(path, "folder holds no DICOM images");
  auto largest = std::max_element(series.begin(), series.end(), [](const auto& a, const auto& b) { return a.second.size() < b.second.size(); });
  std::vector<SliceFile>& slices = largest->second;
  std::sort(slices.begin(), slices.end(), [&](const SliceFile& a, const SliceFile& b) {
    return allPositioned ? a.position < b.position : a.instance < b.instance;
  });
  for (const SliceFile& s : slices)
    if (s.rows != slices.front().rows || s.columns != slices.front().columns)
      throw ScanError(s.path, "slice is " + std::to_string(s.columns) + "×" + std::to_string(s.rows) + ", the series is " +
                                  std::to_string(slices.front().columns) + "×" + std::to_string(slices.front().rows));
  double spacing = 0;
  if (allPositioned && slices.size() > 1) {
    // Duplicates first (a copied slice would also upset the spacing), then each gap against the
    // series' usual one, so the slice after a gap is the one named. The usual gap is the median,
    // the lower one of an even count: a missing slice only ever widens a gap.
    std::vector<double> gaps;
    for (std::size_t i = 1; i < slices.size(); ++i) {
      gaps.push_back(slices[i].position - slices[i - 1].position);
      if (gaps.back() < 1e-6) throw ScanError(slices[i].path, "has the same position as " + slices[i - 1].path + " (duplicate slice?)");
    }
    std::vector<double> ordered = gaps;
    const std::size_t middle = (ordered.size() - 1) / 2;
    std::nth_element(ordered.begin(), ordered.begin() + static_cast<long>(middle), ordered.end());
    spacing = ordered[middle];
    if (!std::isfinite(spacing)) throw ScanError(path, "slice positions lie too far apart to be one series");
    for (std::size_t i = 1; i < slices.size(); ++i)
      if (std::abs(gaps[i - 1] - spacing) > 0.01 * spacing + 1e-3)
        throw ScanError(slices[i].path, "slice gap " + std::to_string(gaps[i - 1]) + " mm differs from the series' " +
                                            std::to_string(spacing) + " mm (missing slice?)");
  }

  Scan volume;
  for (std::size_t z = 0; z < slices.size(); ++z) {
    DcmFileFormat file;
    loadDicomFile(slices[z].path, file);
    Scan slice = decodeDicomPixels(slices[z].path, file, limits);
    if (slice.channels.size() != 1 || slice.depth != 1) throw ScanError(slices[z].path, "a series slice must be one monochrome frame");
    if (z == 0) {
      volume.width = slice.width;
      volume.height = slice.height;
      volume.depth = static_cast<int>(slices.size());
      volume.meta = slice.meta;
      volume.meta.format = "DICOM series";
      checkedPixelBytes(path, static_cast<std::uint64_t>(volume.width), static_cast<std::uint64_t>(volume.height),
                        slices.size(), 1, slice.channels[0].pixels.elemSize(), limits);
      volume.channels.push_back({ChannelRole::Single, cv::Mat(volume.height * volume.depth, volume.width, slice.channels[0].pixels.type())});
    }
    cv::Mat& target = volume.channels[0].pixels;
    if (slice.channels[0].pixels.type() != target.type())
      slice.channels[0].pixels.convertTo(slice.channels[0].pixels, target.type());
    slice.channels[0].pixels.copyTo(target.rowRange(static_cast<int>(z) * volume.height, static_cast<int>(z + 1) * volume.height));
  }
  if (spacing > 0) volume.meta.spacingZ = spacing;
  return volume;
}

}  // namespace cip::imaging

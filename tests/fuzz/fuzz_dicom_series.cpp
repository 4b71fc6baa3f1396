// libFuzzer target for the CT series reader, which reads a folder of slice files. The input is
// the slices' bytes joined by the separator "CIPSLICE" (the seeds: series written by
// writeDicomSeries, see corpus/reader_dicom_series); each part becomes one file of a fresh
// folder, at most six, so the fuzzer mutates slices one by one and also adds, drops and
// duplicates them — reaching the series logic (grouping, sorting, spacing, geometry) and not
// only the DICOM parser. A ScanError is the expected answer to bad input; a volume that is read
// must be consistent.

#include "imaging/core/ScanError.h"
#include "imaging/core/readers/DicomSeriesReader.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <unistd.h>

namespace fs = std::filesystem;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const fs::path folder = fs::temp_directory_path() / ("cip_fuzz_series_" + std::to_string(getpid()));
  constexpr std::string_view kSeparator = "CIPSLICE";
  constexpr int kMaxSlices = 6;
  fs::remove_all(folder);
  fs::create_directories(folder);
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  std::size_t start = 0;
  for (int part = 0; part < kMaxSlices && start <= input.size(); ++part) {
    const std::size_t end = std::min(input.find(kSeparator, start), input.size());
    std::ofstream(folder / ("slice" + std::to_string(part) + ".dcm"), std::ios::binary)
        .write(input.data() + start, static_cast<std::streamsize>(end - start));
    start = end + kSeparator.size();
  }
  cip::imaging::LoadLimits limits;
  limits.maxPixelBytes = 64u << 20;
  limits.maxDimension = 1 << 16;
  try {
    const cip::imaging::Scan volume = cip::imaging::DicomSeriesReader().read(folder.string(), limits);
    if (volume.channels.size() != 1 || volume.depth < 1 || volume.depth > kMaxSlices) std::abort();
    const cv::Mat& pixels = volume.channels[0].pixels;
    if (pixels.cols != volume.width || pixels.rows != volume.height * volume.depth) std::abort();
    if (!std::isfinite(volume.meta.spacingZ)) std::abort();
  } catch (const cip::imaging::ScanError&) {
    // the expected answer to bad input
  }
  return 0;
}

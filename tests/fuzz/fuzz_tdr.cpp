// libFuzzer target for the DICOS threat detection report reader (readThreatReportFile): the
// input is written to a file and read as a TDR. A ScanError is the expected answer to bad input;
// a report that is read must be one the viewer can draw (every region's voxel box computable).

#include "imaging/core/ScanError.h"
#include "imaging/core/readers/TdrReader.h"

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::string path = (std::filesystem::temp_directory_path() / ("cip_fuzz_tdr_" + std::to_string(getpid()) + ".dcs")).string();
  {
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    file.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  try {
    const cip::imaging::ThreatReport report = cip::imaging::readThreatReportFile(path);
    if (report.sourcePath != path) std::abort();
    for (const cip::imaging::ThreatRegion& t : report.threats) {
      if (t.roiBitmap.size() > (64u << 20)) std::abort();
      (void)cip::imaging::voxelBox(t);
    }
  } catch (const cip::imaging::ScanError&) {
    // the expected answer to bad input
  }
  return 0;
}

// libFuzzer target for one scan reader of imaging/core, chosen at compile time (CIP_FUZZ_READER).
// The input is written to a file (the readers read files, as DCMTK and the sidecar logic do) and
// read with small limits. A ScanError is the expected answer to bad input; any other exception,
// a crash or a sanitizer report is a bug. Whatever is read must be a consistent scan.

#include "imaging/core/readers/DicomReader.h"
#include "imaging/core/readers/NpyReader.h"
#include "imaging/core/readers/RasterImageReader.h"
#include "imaging/core/readers/RawSidecarReader.h"

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;

namespace {

const fs::path& folder() {
  static const fs::path dir = [] {
    fs::path d = fs::temp_directory_path() / ("cip_fuzz_" + std::to_string(getpid()));
    fs::create_directories(d);
    // A pixel file for sidecars to point at ("data": "p.raw").
    std::ofstream(d / "p.raw", std::ios::binary) << std::string(4096, '\x5a');
    return d;
  }();
  return dir;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const fs::path input = folder() / "input";
  {
    std::ofstream file(input, std::ios::binary | std::ios::trunc);
    file.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  cip::imaging::LoadLimits limits;
  limits.maxPixelBytes = 64u << 20;
  limits.maxDimension = 1 << 16;
  const cip::imaging::CIP_FUZZ_READER reader;
  try {
    const cip::imaging::Scan scan = reader.read(input.string(), limits);
    for (const auto& channel : scan.channels) {
      if (channel.pixels.cols != scan.width || channel.pixels.rows != scan.height * scan.depth) std::abort();
      if (channel.pixels.type() != scan.channels.front().pixels.type()) std::abort();
    }
  } catch (const cip::imaging::ScanError&) {
    // the expected answer to bad input
  }
  return 0;
}

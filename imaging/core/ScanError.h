#pragma once

#include <stdexcept>
#include <string>

namespace cip::imaging {

/// A file could not be read as a scan. The message always begins with the file's path, then says
/// what is wrong in terms a person can act on ("claims 4096×16384 pixels but holds 3 MB").
class ScanError : public std::runtime_error {
 public:
  ScanError(const std::string& path, const std::string& problem) : std::runtime_error(path + ": " + problem) {}
};

/// Bounds on what a reader may allocate, checked before any pixel memory is taken, so a hostile
/// header cannot exhaust memory.
struct LoadLimits {
  std::uint64_t maxPixelBytes = 4ULL << 30;  ///< decoded pixels of all channels (default 4 GiB)
  int maxDimension = 1 << 20;               ///< width, height or depth
};

/// Throws ScanError when width × height × depth × channels × bytesPerSample exceeds the limits
/// (computed without overflow); returns the byte count otherwise.
std::uint64_t checkedPixelBytes(const std::string& path, std::uint64_t width, std::uint64_t height,
                                std::uint64_t depth, std::uint64_t channels, std::uint64_t bytesPerSample,
                                const LoadLimits& limits);

}  // namespace cip::imaging

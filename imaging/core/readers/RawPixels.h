#pragma once

#include "imaging/core/Scan.h"
#include "imaging/core/ScanError.h"

#include <cstdint>
#include <string>
#include <vector>

namespace cip::imaging {

/// A sample type as stored on disk.
struct SampleType {
  int cvDepth = 0;    ///< CV_8U, CV_16U, …
  int bytes = 1;
  bool bigEndian = false;
};

/// NumPy dtype strings: '<u2', '>f4', '|u1' …
SampleType parseNumpyDescr(const std::string& path, const std::string& descr);
/// Sidecar names: "uint8", "uint16", "int16", "uint32", "int32", "float32", "float64".
SampleType parseSampleTypeName(const std::string& path, const std::string& name, bool bigEndian);

/// Where the pixels of an uncompressed file are and how they are laid out.
struct RawLayout {
  std::uint64_t width = 0, height = 0, depth = 1, channels = 1;
  bool interleaved = false;  ///< true: pixel-interleaved (H, W, C); false: one plane per channel
  SampleType sample;
  std::uint64_t offset = 0;  ///< bytes before the first pixel
  std::vector<ChannelRole> roles;  ///< one per channel; empty = Single / Red-Green-Blue by count
};

/// Reads uncompressed pixels in one streaming pass (de-interleaving and byte-swapping per chunk),
/// after checking the limits and that the file really holds as many bytes as the layout claims.
Scan readRawPixels(const std::string& path, const RawLayout& layout, const LoadLimits& limits);

}  // namespace cip::imaging

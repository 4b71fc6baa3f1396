#pragma once
// Files in the example plugin's made-up "Acme ACX" format (imaging/plugins/example/
// acme_acx_format.h), for the tests of vendors' formats in every layer.

#include <cstdint>
#include <cstring>
#include <string>

namespace acx {

inline std::string le(std::uint64_t value, int bytes) {
  std::string out;
  for (int i = 0; i < bytes; ++i) out += static_cast<char>((value >> (8 * i)) & 0xff);
  return out;
}

inline std::string f32(float value) {
  std::uint32_t bits;
  std::memcpy(&bits, &value, 4);
  return le(bits, 4);
}

/// A 64-byte ACX header and 16-bit pixels: the high channel's sample i is `1000 + 100 i`, the low
/// one's `800 + 50 i`; `keepPixelBytes` cuts the pixels short.
inline std::string file(std::uint32_t width, std::uint32_t height, bool dual, float pitchMm, float highKeV, float lowKeV,
                        const std::string& model = "R-TEST 60", std::size_t keepPixelBytes = std::string::npos) {
  std::string header = "ACMEACX1" + le(64, 2) + le(dual ? 1 : 0, 2) + le(width, 4) + le(height, 4) + le(16, 2) + le(0, 2) +
                       f32(pitchMm) + f32(pitchMm) + f32(highKeV) + f32(lowKeV) + model.substr(0, 24);
  header.resize(64, '\0');
  std::string pixels;
  const std::uint32_t count = width * height;
  for (std::uint32_t i = 0; i < count; ++i) pixels += le((1000 + 100 * i) & 0xffff, 2);
  if (dual)
    for (std::uint32_t i = 0; i < count; ++i) pixels += le((800 + 50 * i) & 0xffff, 2);
  return header + pixels.substr(0, keepPixelBytes);
}

}  // namespace acx

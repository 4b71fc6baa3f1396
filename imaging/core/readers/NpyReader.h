#pragma once

#include "imaging/core/ReaderRegistry.h"

namespace cip::imaging {

/// NumPy `.npy` (format versions 1–3): uint8/16/32, int16/32, float32/64, C order. Shapes
/// (H, W), (H, W, C) with C ≤ 4 as channels (two channels = high, low energy, as real cargo
/// scans come), and (D, H, W) as a volume.
class NpyReader : public ScanReader {
 public:
  std::string name() const override { return "NumPy .npy"; }
  int confidence(const SniffInput& input) const override;
  Scan read(const std::string& path, const LoadLimits& limits) const override;
};

/// Parses an .npy header dictionary (exposed for the fuzz target and tests).
struct NpyHeader {
  std::string descr;
  bool fortranOrder = false;
  std::vector<std::uint64_t> shape;
  std::size_t dataOffset = 0;
};
NpyHeader parseNpyHeader(const std::string& path, const std::string& bytes);

}  // namespace cip::imaging

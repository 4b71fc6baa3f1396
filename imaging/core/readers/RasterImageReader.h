#pragma once

#include "imaging/core/ReaderRegistry.h"

namespace cip::imaging {

/// PNG, TIFF and JPEG through OpenCV, 8- and 16-bit, greyscale or colour. Two greyscale images
/// make a dual-energy scan through openDualEnergyPair().
class RasterImageReader : public ScanReader {
 public:
  std::string name() const override { return "PNG/TIFF/JPEG image"; }
  int confidence(const SniffInput& input) const override;
  Scan read(const std::string& path, const LoadLimits& limits) const override;
};

/// Decodes an image held in memory (the fuzz target's entry point; `path` names it in errors).
Scan decodeRasterImage(const std::string& path, const std::vector<unsigned char>& bytes, const LoadLimits& limits);

}  // namespace cip::imaging

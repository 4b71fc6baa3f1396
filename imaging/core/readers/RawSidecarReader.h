#pragma once

#include "imaging/core/ReaderRegistry.h"

namespace cip::imaging {

/// The generic vendor format: uncompressed pixels in one file and a JSON sidecar describing them.
/// Open either the sidecar (`scan.json`) or the pixel file when `<pixel file>.json` lies beside it.
///
/// ```json
/// { "format": "cip-raw", "version": 1, "data": "scan.raw",
///   "width": 4096, "height": 16384, "depth": 1, "channels": 2,
///   "dtype": "uint16", "endianness": "little", "interleaved": true, "offset": 0,
///   "spacing_mm": [2.5, 2.5], "channelRoles": ["high", "low"], "meaning": "transmission",
///   "vendor": "…", "model": "…" }
/// ```
class RawSidecarReader : public ScanReader {
 public:
  std::string name() const override { return "raw + JSON sidecar"; }
  int confidence(const SniffInput& input) const override;
  Scan read(const std::string& path, const LoadLimits& limits) const override;
};

/// Reads a sidecar's text into a scan (exposed for the fuzz target: `pixelPath` may be absent,
/// in which case only the description is validated and the size check fails cleanly).
Scan readRawWithSidecar(const std::string& sidecarPath, const std::string& sidecarText, const LoadLimits& limits);

}  // namespace cip::imaging

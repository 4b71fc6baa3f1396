#pragma once

#include "imaging/core/Scan.h"

#include <string>
#include <vector>

namespace cip::imaging {

/// What a scanner's profile says about its images, from the central system or a site's profile
/// file (sync/model/ScannerProfile reads both). The file's own metadata is often silent or gives
/// the pitch at the detector rather than at the object: where a profile states a fact, its word
/// is the one measurements and material colours use, and the scan says so.
struct ScannerProfile {
  /// Who said it, as the analyst should read it: "scanner profile SCN-CNSHA-01 (central system)".
  std::string source;
  double pixelMmX = 0, pixelMmY = 0;  ///< pitch at the object plane, mm; 0 = not stated
  double highEnergyKeV = 0, lowEnergyKeV = 0;  ///< 0 = not stated
  std::string calibration;  ///< a material calibration's name; empty = not stated

  bool states() const { return pixelMmX > 0 || highEnergyKeV > 0 || lowEnergyKeV > 0 || !calibration.empty(); }
};

/// Puts what `profile` states into `scan`'s metadata (pixel size, energies, calibration, each
/// with the profile as its source) and returns one line per fact it set, naming what the file
/// had said where that differed, for the scan's summary and `cip-tool info`.
std::vector<std::string> applyScannerProfile(Scan& scan, const ScannerProfile& profile);

}  // namespace cip::imaging

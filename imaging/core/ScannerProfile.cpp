#include "imaging/core/ScannerProfile.h"

#include "imaging/core/physics/SystemSelection.h"

#include <algorithm>
#include <cmath>

namespace cip::imaging {

namespace {

bool differs(double a, double b) { return std::abs(a - b) > 1e-3 * std::max(std::abs(a), std::abs(b)); }

}  // namespace

std::vector<std::string> applyScannerProfile(Scan& scan, const ScannerProfile& profile) {
  std::vector<std::string> lines;
  ScanMetadata& m = scan.meta;
  if (profile.pixelMmX > 0 && profile.pixelMmY > 0) {
    std::string line = "pixel size " + numberText(profile.pixelMmX) + " × " + numberText(profile.pixelMmY) + " mm at the object plane from " + profile.source;
    if (m.spacingX > 0 && m.spacingY > 0 && (differs(m.spacingX, profile.pixelMmX) || differs(m.spacingY, profile.pixelMmY)))
      line += " (the file states " + numberText(m.spacingX) + " × " + numberText(m.spacingY) + " mm)";
    else if (m.spacingX <= 0 || m.spacingY <= 0)
      line += " (the file states none)";
    m.spacingX = profile.pixelMmX;
    m.spacingY = profile.pixelMmY;
    m.spacingSource = profile.source;
    lines.push_back(line);
  }
  if (profile.highEnergyKeV > 0 || profile.lowEnergyKeV > 0) {
    std::string line = "energies";
    if (profile.highEnergyKeV > 0) line += " high " + energyText(profile.highEnergyKeV);
    if (profile.lowEnergyKeV > 0) line += " low " + energyText(profile.lowEnergyKeV);
    line += " from " + profile.source;
    if ((m.highEnergyKeV > 0 && profile.highEnergyKeV > 0 && differs(m.highEnergyKeV, profile.highEnergyKeV)) ||
        (m.lowEnergyKeV > 0 && profile.lowEnergyKeV > 0 && differs(m.lowEnergyKeV, profile.lowEnergyKeV)))
      line += " (the file states " + energyText(m.highEnergyKeV) + " / " + energyText(m.lowEnergyKeV) + ")";
    if (profile.highEnergyKeV > 0) m.highEnergyKeV = profile.highEnergyKeV;
    if (profile.lowEnergyKeV > 0) m.lowEnergyKeV = profile.lowEnergyKeV;
    m.energySource = profile.source;
    lines.push_back(line);
  }
  if (!profile.calibration.empty()) {
    m.calibration = profile.calibration;
    m.calibrationSource = profile.source;
    lines.push_back("material calibration '" + profile.calibration + "' from " + profile.source);
  }
  return lines;
}

}  // namespace cip::imaging

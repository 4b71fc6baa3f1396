#include "imaging/core/ScannerProfile.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace cip::imaging {

namespace {

std::string mm(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%g", value);
  return text;
}

std::string energy(double keV) {
  char text[32];
  if (keV >= 1000) std::snprintf(text, sizeof text, "%g MeV", keV / 1000);
  else std::snprintf(text, sizeof text, "%g kV", keV);
  return text;
}

bool differs(double a, double b) { return std::abs(a - b) > 1e-3 * std::max(std::abs(a), std::abs(b)); }

}  // namespace

std::vector<std::string> applyScannerProfile(Scan& scan, const ScannerProfile& profile) {
  std::vector<std::string> lines;
  ScanMetadata& m = scan.meta;
  if (profile.pixelMmX > 0 && profile.pixelMmY > 0) {
    std::string line = "pixel size " + mm(profile.pixelMmX) + " × " + mm(profile.pixelMmY) + " mm at the object plane from " + profile.source;
    if (m.spacingX > 0 && m.spacingY > 0 && (differs(m.spacingX, profile.pixelMmX) || differs(m.spacingY, profile.pixelMmY)))
      line += " (the file states " + mm(m.spacingX) + " × " + mm(m.spacingY) + " mm)";
    else if (m.spacingX <= 0 || m.spacingY <= 0)
      line += " (the file states none)";
    m.spacingX = profile.pixelMmX;
    m.spacingY = profile.pixelMmY;
    m.spacingSource = profile.source;
    lines.push_back(line);
  }
  if (profile.highEnergyKeV > 0 || profile.lowEnergyKeV > 0) {
    std::string line = "energies";
    if (profile.highEnergyKeV > 0) line += " high " + energy(profile.highEnergyKeV);
    if (profile.lowEnergyKeV > 0) line += " low " + energy(profile.lowEnergyKeV);
    line += " from " + profile.source;
    if ((m.highEnergyKeV > 0 && profile.highEnergyKeV > 0 && differs(m.highEnergyKeV, profile.highEnergyKeV)) ||
        (m.lowEnergyKeV > 0 && profile.lowEnergyKeV > 0 && differs(m.lowEnergyKeV, profile.lowEnergyKeV)))
      line += " (the file states " + energy(m.highEnergyKeV) + " / " + energy(m.lowEnergyKeV) + ")";
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

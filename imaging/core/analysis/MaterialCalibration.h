#pragma once

#include "imaging/core/physics/Materials.h"
#include "imaging/core/physics/Spectrum.h"

#include <string>
#include <vector>

namespace cip::imaging {

/// How one reference material looks to a dual-energy system: its low-energy attenuation
/// A_L = −ln T_L as a function of its high-energy attenuation A_H = −ln T_H, over thickness.
struct CalibrationCurve {
  std::string material;
  MaterialClass cls = MaterialClass::Organic;
  std::vector<double> attenuationHigh;  ///< increasing
  std::vector<double> attenuationLow;
  /// Mass thickness (g/cm²) of each point; empty when the curve was measured without it.
  std::vector<double> massThickness;
};

/// The thresholds of material discrimination, derived — never typed in:
///  - `fromPhysics`: curves computed with NIST μ/ρ and the system's spectra (Beer–Lambert over
///    thickness), as a manufacturer's model would;
///  - `fromJson`: curves measured on the real scanner with step wedges of known materials
///    (the site calibration), which replace the model.
/// A pixel takes the class of the reference curve nearest to it at its own A_H, so each class
/// boundary lies halfway between neighbouring references.
struct MaterialCalibration {
  std::string system;
  double noiseFloor = 0.01;      ///< T_H below this: impenetrable
  double airAttenuation = 0.03;  ///< A_H below this: nothing in the beam
  std::vector<CalibrationCurve> curves;

  static MaterialCalibration fromPhysics(const DualEnergySystem& system);
  /// Reads a calibration file; throws std::runtime_error naming the file and field.
  static MaterialCalibration fromJson(const std::string& path);
  std::string toJson() const;

  double expectedLow(const CalibrationCurve& curve, double attenuationHigh) const;
  /// Mass thickness (g/cm²) of the curve's material that attenuates the high beam by
  /// `attenuationHigh`; −1 when the curve has no thicknesses.
  double massThickness(const CalibrationCurve& curve, double attenuationHigh) const;
  /// The inverse: high-energy attenuation of `gcm2` g/cm² of the curve's material (the last
  /// point's beyond the curve); −1 when the curve has no thicknesses.
  double attenuationHigh(const CalibrationCurve& curve, double gcm2) const;
  /// The curve of the reference material standing for `cls` (water, aluminium, iron), or nullptr.
  const CalibrationCurve* representative(MaterialClass cls) const;
  MaterialClass classify(double attenuationHigh, double attenuationLow) const;
  /// The classes of `count` low-energy attenuations at one high-energy attenuation, the same as
  /// classify() on each: the curves are evaluated once for all of them, which is what building
  /// a lookup table of millions of cells needs to take milliseconds rather than half a second.
  void classifyMany(double attenuationHigh, const double* attenuationLows, std::size_t count, MaterialClass* classes) const;
};

}  // namespace cip::imaging

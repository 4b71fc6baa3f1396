#pragma once

#include "imaging/core/physics/Materials.h"

#include <string>
#include <utility>
#include <vector>

namespace cip::imaging {

/// What an energy-integrating detector sees: for each energy bin, the share of the signal it
/// carries (photon fluence × energy × detector efficiency), summing to 1.
struct Spectrum {
  std::string name;
  std::vector<double> keV;
  std::vector<double> weight;
};

/// A filter or object in the beam: a material and its mass thickness in g/cm².
using Layer = std::pair<const Material*, double>;

/// Thick-target bremsstrahlung after Kramers, N(E) ∝ (E₀ − E)/E, hardened by `filtration`.
/// A rough but physical shape for both X-ray tubes (kV) and linear accelerators (MeV).
Spectrum bremsstrahlung(const std::string& name, double endpointKeV, double minimumKeV,
                        const std::vector<Layer>& filtration, int bins = 96);

/// Fraction of the signal that passes `layers` (polychromatic Beer–Lambert).
double transmission(const Spectrum& spectrum, const std::vector<Layer>& layers);

/// A dual-energy scanner as the physics model sees it.
struct DualEnergySystem {
  std::string name;
  Spectrum high;
  Spectrum low;
  /// Below this high-energy transmission the signal is in the noise: "impenetrable".
  double noiseFloor = 0.01;
  /// Pixels averaged before classifying (side of the square): MeV contrast is small and cargo
  /// objects are large, so cargo smooths more than baggage.
  int smoothing = 5;
  /// Endpoint energies of the two beams in keV (a tube's kVp; a linac's MeV × 1000), so a scan
  /// written with this system can state them (DICOM KVP) and be matched to it again.
  double highPeakKeV = 0;
  double lowPeakKeV = 0;
};

/// An interlaced cargo linac at `highKeV` / `lowKeV` endpoint energies (1–10 MeV, the span of the
/// NIST tables), 1 cm steel-equivalent target and collimator filtration, noise floor 0.1 %
/// (penetration of about 30 cm of steel), 9 × 9 smoothing. Named "cargo-<H>-<L>MeV".
DualEnergySystem linacSystem(double highKeV, double lowKeV);
/// A baggage tube pair at `highKv` / `lowKv` (20–600 kV) with 2 mm aluminium, 0.5 mm copper more
/// on the high channel, noise floor 0.5 %, 5 × 5 smoothing. Named "baggage-<H>-<L>kV".
DualEnergySystem tubeSystem(double highKv, double lowKv);
/// Cargo linac, 6 MeV / 4 MeV interlaced (as the Rapiscan Eagle R60 samples).
DualEnergySystem cargoLinac6And4MeV();
/// Baggage tube, 160 kV / 80 kV.
DualEnergySystem baggage160And80kV();
/// The system called `name`: "cargo-<H>-<L>MeV" (e.g. "cargo-6-4MeV", "cargo-9-6MeV") or
/// "baggage-<H>-<L>kV" (e.g. "baggage-160-80kV"), high above low; throws std::invalid_argument
/// naming the accepted forms otherwise.
DualEnergySystem dualEnergySystem(const std::string& name);

}  // namespace cip::imaging

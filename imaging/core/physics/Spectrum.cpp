#include "imaging/core/physics/Spectrum.h"

#include <cmath>
#include <numeric>
#include <stdexcept>

namespace cip::imaging {

Spectrum bremsstrahlung(const std::string& name, double endpointKeV, double minimumKeV,
                        const std::vector<Layer>& filtration, int bins) {
  Spectrum s;
  s.name = name;
  const double step = (endpointKeV - minimumKeV) / bins;
  for (int i = 0; i < bins; ++i) {
    const double e = minimumKeV + (i + 0.5) * step;
    double fluence = (endpointKeV - e) / e;
    for (const auto& [material, gcm2] : filtration) fluence *= std::exp(-massAttenuation(*material, e) * gcm2);
    s.keV.push_back(e);
    s.weight.push_back(fluence * e);  // energy-integrating detector
  }
  const double total = std::accumulate(s.weight.begin(), s.weight.end(), 0.0);
  for (double& w : s.weight) w /= total;
  return s;
}

double transmission(const Spectrum& spectrum, const std::vector<Layer>& layers) {
  double sum = 0;
  for (std::size_t i = 0; i < spectrum.keV.size(); ++i) {
    double exponent = 0;
    for (const auto& [material, gcm2] : layers) exponent += massAttenuation(*material, spectrum.keV[i]) * gcm2;
    sum += spectrum.weight[i] * std::exp(-exponent);
  }
  return sum;
}

DualEnergySystem cargoLinac6And4MeV() {
  const std::vector<Layer> filter = {{&material("iron"), 7.874}};
  return {"cargo-6-4MeV", bremsstrahlung("6 MeV", 6000, 100, filter), bremsstrahlung("4 MeV", 4000, 100, filter), 0.001, 9};
}

DualEnergySystem baggage160And80kV() {
  const std::vector<Layer> tube = {{&material("aluminium"), 0.2 * 2.699}};
  std::vector<Layer> highFilter = tube;
  highFilter.push_back({&material("copper"), 0.05 * 8.96});
  return {"baggage-160-80kV", bremsstrahlung("160 kV", 160, 10, highFilter), bremsstrahlung("80 kV", 80, 10, tube), 0.005, 5};
}

DualEnergySystem dualEnergySystem(const std::string& name) {
  if (name == "cargo-6-4MeV") return cargoLinac6And4MeV();
  if (name == "baggage-160-80kV") return baggage160And80kV();
  throw std::invalid_argument("unknown dual-energy system '" + name + "' (known: cargo-6-4MeV, baggage-160-80kV)");
}

}  // namespace cip::imaging

#include "imaging/core/physics/Spectrum.h"

#include <cmath>
#include <iomanip>
#include <numeric>
#include <regex>
#include <sstream>
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

namespace {

/// "6", "3.5", "160": the shortest decimal form of an energy, for system names.
std::string energyText(double value) {
  std::ostringstream text;
  text << std::setprecision(4) << value;
  return text.str();
}

void requireRange(double high, double low, double minimum, double maximum, const char* unit) {
  if (!(low >= minimum && high <= maximum && low < high))
    throw std::invalid_argument("a dual-energy system needs " + energyText(minimum) + " ≤ low < high ≤ " + energyText(maximum) +
                                " " + unit + " (got " + energyText(high) + "/" + energyText(low) + ")");
}

}  // namespace

DualEnergySystem linacSystem(double highKeV, double lowKeV) {
  requireRange(highKeV / 1000, lowKeV / 1000, 1, 10, "MeV");
  const std::vector<Layer> filter = {{&material("iron"), 7.874}};
  const std::string high = energyText(highKeV / 1000), low = energyText(lowKeV / 1000);
  return {"cargo-" + high + "-" + low + "MeV", bremsstrahlung(high + " MeV", highKeV, 100, filter),
          bremsstrahlung(low + " MeV", lowKeV, 100, filter), 0.001, 9, highKeV, lowKeV};
}

DualEnergySystem tubeSystem(double highKv, double lowKv) {
  requireRange(highKv, lowKv, 20, 600, "kV");
  const std::vector<Layer> tube = {{&material("aluminium"), 0.2 * 2.699}};
  std::vector<Layer> highFilter = tube;
  highFilter.push_back({&material("copper"), 0.05 * 8.96});
  const std::string high = energyText(highKv), low = energyText(lowKv);
  return {"baggage-" + high + "-" + low + "kV", bremsstrahlung(high + " kV", highKv, 10, highFilter),
          bremsstrahlung(low + " kV", lowKv, 10, tube), 0.005, 5, highKv, lowKv};
}

DualEnergySystem cargoLinac6And4MeV() { return linacSystem(6000, 4000); }

DualEnergySystem baggage160And80kV() { return tubeSystem(160, 80); }

DualEnergySystem dualEnergySystem(const std::string& name) {
  static const std::regex form(R"((cargo|baggage)-([0-9]{1,4}(?:\.[0-9]{1,3})?)-([0-9]{1,4}(?:\.[0-9]{1,3})?)(MeV|kV))");
  std::smatch m;
  if (std::regex_match(name, m, form) && (m[1] == "cargo") == (m[4] == "MeV")) {
    const double high = std::stod(m[2]), low = std::stod(m[3]);
    try {
      return m[1] == "cargo" ? linacSystem(high * 1000, low * 1000) : tubeSystem(high, low);
    } catch (const std::invalid_argument& e) {
      throw std::invalid_argument("dual-energy system '" + name + "': " + e.what());
    }
  }
  throw std::invalid_argument("unknown dual-energy system '" + name +
                              "' (known: cargo-<high>-<low>MeV for a linac, 1–10 MeV, e.g. cargo-6-4MeV; "
                              "baggage-<high>-<low>kV for a tube, 20–600 kV, e.g. baggage-160-80kV)");
}

}  // namespace cip::imaging

#include "imaging/core/physics/Materials.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace cip::imaging {

const char* toString(MaterialClass cls) {
  switch (cls) {
    case MaterialClass::Air: return "air";
    case MaterialClass::Organic: return "organic";
    case MaterialClass::Inorganic: return "inorganic";
    case MaterialClass::Metal: return "metal";
    case MaterialClass::Impenetrable: return "impenetrable";
  }
  return "?";
}

const std::vector<Material>& referenceMaterials() {
  // Effective Z from the literature for photoelectric-dominated energies; densities from NIST.
  static const std::vector<Material> materials = {
      {"water", MaterialClass::Organic, 7.4, 1.0, &nist::kWater},
      {"plastic", MaterialClass::Organic, 5.5, 1.127, &nist::kPlastic},
      {"bone", MaterialClass::Inorganic, 13.8, 1.92, &nist::kBone},
      {"aluminium", MaterialClass::Inorganic, 13.0, 2.699, &nist::kAluminium},
      {"iron", MaterialClass::Metal, 26.0, 7.874, &nist::kIron},
      {"copper", MaterialClass::Metal, 29.0, 8.96, &nist::kCopper},
      {"tin", MaterialClass::Metal, 50.0, 7.31, &nist::kTin},
      {"tungsten", MaterialClass::Metal, 74.0, 19.3, &nist::kTungsten},
  };
  return materials;
}

const Material& material(const std::string& name) {
  for (const Material& m : referenceMaterials())
    if (m.name == name) return m;
  std::string known;
  for (const Material& m : referenceMaterials()) known += (known.empty() ? "" : ", ") + m.name;
  throw std::invalid_argument("unknown material '" + name + "' (known: " + known + ")");
}

double massAttenuation(const Material& m, double keV) {
  const std::vector<nist::Sample>& t = *m.table;
  if (keV <= t.front().keV) return t.front().muRho;
  if (keV >= t.back().keV) return t.back().muRho;
  // First row above keV; the row before it is the last at or below (the above-edge row at an edge).
  const auto hi = std::upper_bound(t.begin(), t.end(), keV, [](double e, const nist::Sample& s) { return e < s.keV; });
  const auto lo = hi - 1;
  const double f = std::log(keV / lo->keV) / std::log(hi->keV / lo->keV);
  return std::exp(std::log(lo->muRho) + f * (std::log(hi->muRho) - std::log(lo->muRho)));
}

}  // namespace cip::imaging

#pragma once

#include "imaging/core/physics/NistTables.h"

#include <string>
#include <vector>

namespace cip::imaging {

/// The classes a dual-energy system tells apart, drawn in the usual security colours.
enum class MaterialClass : unsigned char { Air = 0, Organic = 1, Inorganic = 2, Metal = 3, Impenetrable = 4 };
const char* toString(MaterialClass cls);

/// A reference material with its NIST attenuation table.
struct Material {
  std::string name;
  MaterialClass cls;
  double zEffective;  ///< effective atomic number, for documentation and ordering
  double density;     ///< g/cm³
  const std::vector<nist::Sample>* table;
};

/// water, plastic (A-150, organic), bone (cortical, mixed), aluminium, iron, copper, tin, tungsten.
const std::vector<Material>& referenceMaterials();
/// The material called `name`; throws std::invalid_argument naming the known ones.
const Material& material(const std::string& name);

/// μ/ρ in cm²/g at `keV`, interpolated log-log between NIST rows; below an absorption edge the
/// lower value, from the edge on the higher one. Clamped outside 10 keV … 10 MeV.
double massAttenuation(const Material& material, double keV);

}  // namespace cip::imaging

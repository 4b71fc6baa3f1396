#pragma once

#include "imaging/core/physics/Materials.h"

#include <array>
#include <string>
#include <vector>

namespace cip::imaging {

/// The material classes declared goods may show on a dual-energy image. Anomaly detection flags
/// what the declaration cannot explain, so a class is allowed whenever the goods plausibly contain
/// it (machinery: metal and mixed; vehicles: everything) — a false alarm costs an analyst's
/// minute, a wrong "allowed" only hides one cue among several.
struct ExpectedMaterials {
  bool known = false;  ///< false: some line's HS chapter is not in the table, nothing is judged
  std::array<bool, 5> allowed{};  ///< by MaterialClass
  bool allows(MaterialClass cls) const { return !known || allowed[static_cast<std::size_t>(cls)]; }
  std::string describe() const;  ///< e.g. "organic, inorganic"
};

/// By the Harmonized System chapter (the first two digits) of each declared line, united over
/// the lines. An empty list (declared empty) allows nothing.
ExpectedMaterials expectedMaterials(const std::vector<std::string>& hsCodes);

}  // namespace cip::imaging

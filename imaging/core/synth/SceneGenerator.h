#pragma once

#include "imaging/core/synth/Scene.h"

#include <string>
#include <vector>

namespace cip::imaging {

/// The situations the automatic findings are measured on, in equal numbers.
enum class Scenario {
  EmptyClean,       ///< declared empty, is empty
  EmptyConcealed,   ///< declared empty, holds a package or a compartment behind a false wall
  LoadedClean,      ///< pallets of the declared goods only
  LoadedConcealed   ///< declared goods plus contraband of another material class, alone, on top or inside
};
const char* toString(Scenario scenario);

/// A random but reproducible 20 ft container scene of `scenario`: declared goods from a
/// catalogue of real HS codes and densities, contraband of real sizes, wall gauge and detector
/// noise varied. Labelled data for the automatic findings, never shown as real scans.
Scene generateScene(Scenario scenario, unsigned seed, double pixelMm = 10);

/// The declared goods the generator knows: real HS codes with a description.
std::vector<DeclaredGoods> goodsCatalogue();

/// A clean, fully declared container of the catalogue's goods with `hsCode`: the typical image
/// a case library offers beside a job declaring those goods. Throws std::invalid_argument for a
/// code not in the catalogue.
Scene generateReferenceScene(const std::string& hsCode, unsigned seed, double pixelMm = 10);

/// `count` scenes cycling through the scenarios, seeds from `seed` on.
std::vector<Scene> generateScenes(int count, unsigned seed, double pixelMm = 10);

/// The scene as a "cip-scene" JSON document (what readScene reads back).
std::string sceneJson(const Scene& scene);

}  // namespace cip::imaging

#pragma once

#include "imaging/core/Scan.h"
#include "imaging/core/synth/Scene.h"

#include <opencv2/core/types.hpp>

#include <string>
#include <vector>

namespace cip::imaging {

/// Where an object of the scene ended up in the image: the labels an analyst (or a detector
/// under test) is scored against.
struct SceneTruth {
  std::string name;
  std::string material;
  std::string category;
  bool concealed = false;
  cv::Rect box;  ///< pixels
  /// Median noise-free high-energy transmission over the box (everything in the beam there):
  /// whether the region is truly beyond the scanner's penetration.
  double transmissionHigh = 1.0;
};

struct SyntheticScan {
  Scan scan;  ///< high and low energy transmission, 16-bit, I₀ ≈ 60 000 counts
  std::vector<SceneTruth> truth;
};

/// Simulates the scene: the container's two steel walls plus every object in each pixel's beam
/// path, polychromatic Beer–Lambert with the system's spectra and NIST μ/ρ, detector blur,
/// signal-dependent noise and 16-bit quantisation. Deterministic for a given seed.
SyntheticScan renderScene(const Scene& scene);

/// The ground truth as JSON (format "cip-scene-truth").
std::string truthJson(const Scene& scene, const SyntheticScan& synthetic);

/// Renders the scene and writes `<folder>/<name>.dcs`, `<name>_low.dcs` (DICOS pair) and
/// `<name>.truth.json`. Returns the files written; throws ScanError / std::runtime_error.
std::vector<std::string> writeSyntheticScan(const Scene& scene, const std::string& folder);

}  // namespace cip::imaging

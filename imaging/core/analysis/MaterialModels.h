#pragma once

#include "imaging/core/analysis/MaterialCalibration.h"
#include "imaging/core/analysis/MaterialImage.h"
#include "imaging/core/physics/Spectrum.h"

#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace cip::imaging {

/// The calibration and classifier of one dual-energy system.
struct MaterialModel {
  std::shared_ptr<const MaterialCalibration> calibration;
  std::shared_ptr<const MaterialClassifier> classifier;
};

/// Calibrations and classifiers by system, each built on first use (about 0.2 s) and then shared
/// by every scan of that system: a queue mixing cargo and baggage scans pays once per system,
/// not once per scan. Safe to use from several threads (the viewer prepares scans on workers).
class MaterialModelCache {
 public:
  /// The physics-model calibration of `system` and its classifier, keyed by the system's name.
  MaterialModel forSystem(const DualEnergySystem& system);

 private:
  std::mutex mutex_;
  std::map<std::string, MaterialModel> models_;
};

}  // namespace cip::imaging

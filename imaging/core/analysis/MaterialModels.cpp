#include "imaging/core/analysis/MaterialModels.h"

namespace cip::imaging {

MaterialModel MaterialModelCache::forSystem(const DualEnergySystem& system) {
  // Built under the lock: a second thread asking for the same system waits for the first
  // instead of building it again.
  const std::lock_guard<std::mutex> lock(mutex_);
  auto it = models_.find(system.name);
  if (it == models_.end()) {
    auto calibration = std::make_shared<const MaterialCalibration>(MaterialCalibration::fromPhysics(system));
    auto classifier = std::make_shared<const MaterialClassifier>(*calibration);
    it = models_.emplace(system.name, MaterialModel{std::move(calibration), std::move(classifier)}).first;
  }
  return it->second;
}

}  // namespace cip::imaging

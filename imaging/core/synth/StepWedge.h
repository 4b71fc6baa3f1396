#pragma once

#include "imaging/core/Scan.h"
#include "imaging/core/physics/Spectrum.h"

#include <cstdint>
#include <string>
#include <vector>

namespace cip::imaging {

/// Labelled dual-energy data for calibration checks: one band of steps per material, each step a
/// thicker slab, simulated with the system's spectra (Beer–Lambert), detector noise and 16-bit
/// quantisation. `truth` holds the MaterialClass of every pixel (air between the steps).
struct StepWedge {
  Scan scan;
  cv::Mat truth;  ///< CV_8U MaterialClass values
  std::vector<std::string> materials;
  std::vector<double> stepAttenuationHigh;  ///< the noiseless A_H each step aims at
};

struct StepWedgeOptions {
  std::vector<std::string> materials = {"water", "plastic", "bone", "aluminium", "iron", "copper", "tin"};
  std::vector<double> stepAttenuationHigh = {0.3, 0.6, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5};  ///< steps, by A_H
  int stepSize = 48;            ///< pixels per step (square)
  double noise = 0.004;         ///< detector noise σ as a fraction of the unattenuated signal
  std::uint64_t seed = 1;
};

StepWedge makeStepWedge(const DualEnergySystem& system, const StepWedgeOptions& options);

/// The mass thickness (g/cm²) of `material` that gives high-energy attenuation `target`.
double thicknessForAttenuation(const DualEnergySystem& system, const Material& material, double target);

}  // namespace cip::imaging

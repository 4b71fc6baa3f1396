#pragma once

#include <vector>

namespace cip::imaging::nist {

/// One row of a NIST table: photon energy (keV) and mass attenuation coefficient μ/ρ (cm²/g).
struct Sample {
  double keV;
  double muRho;
};

extern const std::vector<Sample> kWater;
extern const std::vector<Sample> kPlastic;
extern const std::vector<Sample> kBone;
extern const std::vector<Sample> kAluminium;
extern const std::vector<Sample> kIron;
extern const std::vector<Sample> kCopper;
extern const std::vector<Sample> kTin;
extern const std::vector<Sample> kTungsten;

}  // namespace cip::imaging::nist

// libFuzzer target for the material calibration file parser (a site's step-wedge measurements):
// anything is either a calibration that classifies without crashing or a runtime_error.

#include "imaging/core/analysis/MaterialCalibration.h"

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::string path = (std::filesystem::temp_directory_path() / ("cip_fuzz_cal_" + std::to_string(getpid()))).string();
  {
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    file.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  try {
    const cip::imaging::MaterialCalibration calibration = cip::imaging::MaterialCalibration::fromJson(path);
    for (double high : {0.0, 0.01, 0.5, 2.0, 20.0})
      for (double ratio : {0.5, 1.0, 1.2, 3.0}) (void)calibration.classify(high, high * ratio);
    const cip::imaging::MaterialCalibration again = cip::imaging::MaterialCalibration::fromJson(path);
    if (again.curves.size() != calibration.curves.size()) std::abort();
  } catch (const std::runtime_error&) {
  }
  return 0;
}

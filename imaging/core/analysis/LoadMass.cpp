#include "imaging/core/analysis/LoadMass.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace cip::imaging {

namespace {

/// Mass thickness (g/cm²) of one material over attenuation, tabulated so a whole container is
/// weighed in one pass.
class MassTable {
 public:
  static constexpr double kStep = 0.002;

  MassTable(const MaterialCalibration& calibration, const CalibrationCurve* curve, double maxAttenuation) {
    const int n = static_cast<int>(maxAttenuation / kStep) + 2;
    table_.resize(static_cast<std::size_t>(n), 0);
    for (int i = 0; i < n; ++i) table_[static_cast<std::size_t>(i)] = curve ? std::max(0.0, calibration.massThickness(*curve, i * kStep)) : 0;
    valid_ = curve && !curve->massThickness.empty();
  }
  bool valid() const { return valid_; }
  double operator()(double attenuation) const {
    const double position = std::clamp(attenuation / kStep, 0.0, static_cast<double>(table_.size() - 1));
    return table_[static_cast<std::size_t>(std::lround(position))];
  }

 private:
  std::vector<double> table_;
  bool valid_ = false;
};

}  // namespace

LoadMassEstimate estimateLoadMass(const cv::Mat& aHigh, const cv::Mat& excessHigh, const cv::Mat& excessLow, const cv::Rect& interior,
                                  double emptyLevelHigh, double pixelAreaMm2, double materialThreshold,
                                  const MaterialCalibration& calibration, const MaterialClassifier& classifier) {
  LoadMassEstimate estimate;
  if (pixelAreaMm2 <= 0 || interior.empty()) return estimate;
  const double blind = -std::log(calibration.noiseFloor);
  std::array<MassTable, 3> tables{MassTable(calibration, calibration.representative(MaterialClass::Organic), blind),
                                  MassTable(calibration, calibration.representative(MaterialClass::Inorganic), blind),
                                  MassTable(calibration, calibration.representative(MaterialClass::Metal), blind)};
  if (!tables[1].valid()) return estimate;
  cv::Mat classes;
  if (!excessLow.empty()) classes = classifier.classify(cv::max(excessHigh(interior), 0.0), cv::max(excessLow(interior), 0.0));

  double gramsPerCm2Sum = 0;
  int blindPixels = 0;
  for (int y = 0; y < interior.height; ++y) {
    const float* a = aHigh.ptr<float>(interior.y + y) + interior.x;
    const float* excess = excessHigh.ptr<float>(interior.y + y) + interior.x;
    const unsigned char* cls = classes.empty() ? nullptr : classes.ptr<unsigned char>(y);
    for (int x = 0; x < interior.width; ++x) {
      int table = 1;  // aluminium: halfway between organic goods and steel
      if (cls && excess[x] > materialThreshold) {
        const auto c = static_cast<MaterialClass>(cls[x]);
        if (c == MaterialClass::Organic && tables[0].valid()) table = 0;
        if (c == MaterialClass::Metal && tables[2].valid()) table = 2;
      }
      const MassTable& t = tables[static_cast<std::size_t>(table)];
      gramsPerCm2Sum += t(a[x]) - t(emptyLevelHigh);
      if (a[x] >= blind) ++blindPixels;
    }
  }
  estimate.kg = std::max(0.0, gramsPerCm2Sum * pixelAreaMm2 / 100.0 / 1000.0);
  estimate.lowerBound = blindPixels > 0;
  return estimate;
}

}  // namespace cip::imaging

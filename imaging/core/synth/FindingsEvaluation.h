#pragma once

#include "imaging/core/analysis/AutomaticFindings.h"
#include "imaging/core/synth/SceneRenderer.h"

#include <string>
#include <vector>

namespace cip::imaging {

/// Detection and false alarms of one detector over labelled scans.
struct DetectionFigure {
  int positives = 0, detected = 0;     ///< cases that should alarm, and those that did
  int negatives = 0, falseAlarms = 0;  ///< cases that should not, and those that did anyway
  double detectionRate() const { return positives > 0 ? double(detected) / positives : 0; }
  double falseAlarmRate() const { return negatives > 0 ? double(falseAlarms) / negatives : 0; }
};

/// The automatic findings scored against ground truth:
///  - empty check: declared-empty scenes; positive when anything is inside;
///  - dense: objects whose noise-free transmission is below the dense level (each is a case);
///    a scan with a dense finding touching no such object counts as a false alarm;
///  - anomaly: declared-goods scenes; positive when concealed material the declared goods do not
///    explain is inside and an anomaly finding touches it; false alarm when an anomaly finding
///    touches none.
struct FindingsEvaluation {
  DetectionFigure emptyCheck, dense, anomaly;
  /// The anomaly positives split by where the contraband lies: beside the goods (in the clear)
  /// or in the same beam paths as declared goods (mixed with them in every pixel).
  DetectionFigure anomalyInClear, anomalyInsideGoods;
  /// Relative error of the load mass estimate, (estimate − truth) / truth, per loaded scene whose
  /// load is fully penetrated; scenes with blind regions are counted apart (lower bounds).
  std::vector<double> massErrors;
  int massLowerBounds = 0, massLowerBoundsHeld = 0;
  void add(const Scene& scene, const SyntheticScan& truth, const ScanFindings& findings, double denseTransmission);
  std::string table() const;  ///< plain-text table for the benchmark and the docs
};

}  // namespace cip::imaging

#pragma once

#include "sync/model/Scanner.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <random>

namespace cip::scannersim {

/// The life of a few scanners, one interval at a time, as a real one reports it: a start-up,
/// then scans completed in each interval, now and then an anomaly found or a fault, a
/// shut-down and a start-up again. The same seed gives the same life.
class ScannerSimulation {
 public:
  ScannerSimulation(QStringList scannerIds, unsigned seed);
  /// The events of every scanner in the interval ending at `now` (without sequence numbers:
  /// the central system assigns those).
  QList<model::TelemetryEvent> step(const QDateTime& now);

 private:
  QStringList ids_;
  QList<bool> up_;
  std::mt19937 dice_;
};

}  // namespace cip::scannersim

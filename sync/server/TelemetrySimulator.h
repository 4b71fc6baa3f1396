#pragma once

#include "sync/server/CentralStore.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <random>

namespace cip::server {

/// N scanners at the demo ports, each reporting as a real one would: a start-up, then scans
/// completed in each interval, now and then an anomaly found, a shut-down and a start-up again.
/// Runs on a timer; `step()` advances one interval (tests call it directly).
class TelemetrySimulator : public QObject {
  Q_OBJECT
 public:
  TelemetrySimulator(CentralStore& store, int scanners, unsigned seed, QObject* parent = nullptr);
  void setClock(std::function<QDateTime()> clock) { clock_ = std::move(clock); }
  void start(int intervalMs);
  void step();

 private:
  void emitEvent(const QString& scanner, model::TelemetryKind kind, int count, const QString& detail);

  CentralStore& store_;
  QList<model::Scanner> scanners_;
  QList<bool> up_;
  std::mt19937 dice_;
  std::function<QDateTime()> clock_;
  QTimer timer_;
};

}  // namespace cip::server

#include "sync/scannersim/ScannerSimulation.h"

namespace cip::scannersim {

ScannerSimulation::ScannerSimulation(QStringList scannerIds, unsigned seed) : ids_(std::move(scannerIds)), up_(ids_.size(), false), dice_(seed) {}

QList<model::TelemetryEvent> ScannerSimulation::step(const QDateTime& now) {
  QList<model::TelemetryEvent> events;
  auto chance = [this](double p) { return std::uniform_real_distribution<double>(0, 1)(dice_) < p; };
  auto emitEvent = [&](const QString& scanner, model::TelemetryKind kind, int count, const QString& detail) {
    model::TelemetryEvent e;
    e.scannerId = scanner;
    e.kind = kind;
    e.at = now;
    e.count = count;
    e.detail = detail;
    events << e;
  };
  for (int i = 0; i < ids_.size(); ++i) {
    const QString& id = ids_[i];
    if (!up_[i]) {
      if (chance(0.8)) {
        up_[i] = true;
        emitEvent(id, model::TelemetryKind::StartUp, 1, QStringLiteral("simulated start-up"));
      }
      continue;
    }
    const int scans = static_cast<int>(dice_() % 4);
    if (scans > 0) emitEvent(id, model::TelemetryKind::ScanCompleted, scans, {});
    if (scans > 0 && chance(0.08)) emitEvent(id, model::TelemetryKind::AnomalyFound, 1, QStringLiteral("simulated: dense region"));
    if (chance(0.01)) emitEvent(id, model::TelemetryKind::Fault, 1, QStringLiteral("simulated: detector calibration warning"));
    if (chance(0.03)) {
      up_[i] = false;
      emitEvent(id, model::TelemetryKind::ShutDown, 1, QStringLiteral("simulated shut-down"));
    }
  }
  return events;
}

}  // namespace cip::scannersim

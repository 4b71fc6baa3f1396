#include "sync/server/TelemetrySimulator.h"

namespace cip::server {

namespace {

struct Site {
  const char* port;
  const char* vendor;
  model::ScannerKind kind;
};
constexpr Site kSites[] = {{"CNSHA", "Synthetic Linac", model::ScannerKind::Cargo},   {"CNNGB", "Synthetic Linac", model::ScannerKind::Cargo},
                           {"CNSZX", "Synthetic Betatron", model::ScannerKind::Vehicle}, {"CNTAO", "Synthetic Linac", model::ScannerKind::Cargo},
                           {"CNPVG", "Synthetic CT", model::ScannerKind::CT},           {"CNCAN", "Synthetic X-ray", model::ScannerKind::Baggage}};

}  // namespace

TelemetrySimulator::TelemetrySimulator(CentralStore& store, int scanners, unsigned seed, QObject* parent)
    : QObject(parent), store_(store), dice_(seed), clock_([] { return QDateTime::currentDateTimeUtc(); }) {
  for (int i = 0; i < scanners; ++i) {
    const Site& site = kSites[static_cast<std::size_t>(i) % std::size(kSites)];
    model::Scanner s;
    s.id = QStringLiteral("SCN-%1-%2").arg(QString::fromLatin1(site.port)).arg(i / int(std::size(kSites)) + 1, 2, 10, QLatin1Char('0'));
    s.name = QStringLiteral("%1 scanner %2").arg(QString::fromLatin1(site.port)).arg(i + 1);
    s.vendor = QString::fromLatin1(site.vendor);
    s.model = QStringLiteral("SIM-%1").arg(100 + i);
    s.site = QString::fromLatin1(site.port);
    s.kind = site.kind;
    s.dualEnergy = site.kind == model::ScannerKind::Cargo;
    store_.saveScanner(s);
    scanners_ << s;
    up_ << false;
  }
  connect(&timer_, &QTimer::timeout, this, &TelemetrySimulator::step);
}

void TelemetrySimulator::start(int intervalMs) {
  step();
  timer_.start(intervalMs);
}

void TelemetrySimulator::emitEvent(const QString& scanner, model::TelemetryKind kind, int count, const QString& detail) {
  model::TelemetryEvent e;
  e.scannerId = scanner;
  e.kind = kind;
  e.at = clock_();
  e.count = count;
  e.detail = detail;
  store_.addTelemetry(e);
}

void TelemetrySimulator::step() {
  auto chance = [this](double p) { return std::uniform_real_distribution<double>(0, 1)(dice_) < p; };
  for (int i = 0; i < scanners_.size(); ++i) {
    const QString& id = scanners_[i].id;
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
}

}  // namespace cip::server

#include "sync/model/ScannerStatus.h"

#include <QHash>

#include <algorithm>

namespace cip::model {

namespace {

struct Tally {
  ScannerStatus status;
  QDateTime observedFrom;  ///< the window's start when the state was known then, else the first report in it
  QDateTime upSince;  ///< when the current up period began inside the window (invalid: down)
  qint64 upMs = 0;
};

void setState(Tally& t, TelemetryKind kind, const QDateTime& at, const QDateTime& from) {
  const bool up = kind == TelemetryKind::StartUp;
  if (up && !t.upSince.isValid()) t.upSince = std::max(at, from);
  if (!up && t.upSince.isValid()) {
    t.upMs += t.upSince.msecsTo(std::max(at, from));
    t.upSince = QDateTime();
  }
  t.status.state = up ? ScannerStatus::State::Up : ScannerStatus::State::Down;
  t.status.stateSince = at;
}

}  // namespace

QList<ScannerStatus> summarizeTelemetry(const QList<Scanner>& scanners, const QList<TelemetryEvent>& before, const QList<TelemetryEvent>& events,
                                        const QDateTime& from, const QDateTime& now) {
  QHash<QString, Tally> tallies;
  QStringList order;
  auto tallyOf = [&](const QString& id) -> Tally& {
    if (!tallies.contains(id)) {
      order << id;
      tallies[id].status.scanner.id = id;
      tallies[id].status.scanner.name = id;  // named by the scanner list when it arrives
    }
    return tallies[id];
  };
  for (const Scanner& s : scanners) tallyOf(s.id).status.scanner = s;
  for (const TelemetryEvent& e : before) {
    Tally& t = tallyOf(e.scannerId);
    setState(t, e.kind, e.at, from);
    t.observedFrom = from;
    t.status.lastReport = std::max(t.status.lastReport, e.at);
  }
  for (const TelemetryEvent& e : events) {
    Tally& t = tallyOf(e.scannerId);
    t.status.lastReport = std::max(t.status.lastReport, e.at);
    if (!t.observedFrom.isValid()) t.observedFrom = std::max(from, e.at);
    switch (e.kind) {
      case TelemetryKind::StartUp:
      case TelemetryKind::ShutDown: setState(t, e.kind, e.at, from); break;
      case TelemetryKind::ScanCompleted: t.status.scans += e.count; break;
      case TelemetryKind::AnomalyFound: t.status.anomalies += e.count; break;
      case TelemetryKind::Fault:
        t.status.faults += e.count;
        t.status.lastFault = e.detail;
        break;
    }
  }
  QList<ScannerStatus> out;
  for (const QString& id : order) {
    Tally& t = tallies[id];
    if (t.upSince.isValid()) t.upMs += t.upSince.msecsTo(now);
    const qint64 observed = t.observedFrom.isValid() ? t.observedFrom.msecsTo(now) : 0;
    t.status.uptime = observed > 0 ? std::clamp(static_cast<double>(t.upMs) / static_cast<double>(observed), 0.0, 1.0) : -1;
    out << t.status;
  }
  return out;
}

}  // namespace cip::model

// Scanner telemetry: stored once per sequence number, and summed up per scanner over a window.
#include "Samples.h"

#include "sync/model/ScannerStatus.h"
#include "sync/store/Store.h"

#include <catch2/catch.hpp>

using namespace cip::model;
using cip::store::Store;

namespace {

const QDateTime kFrom = QDateTime(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC);

TelemetryEvent event(qint64 sequence, const QString& scanner, TelemetryKind kind, int minutesAfterFrom, int count = 1, const QString& detail = {}) {
  TelemetryEvent e;
  e.sequence = sequence;
  e.scannerId = scanner;
  e.kind = kind;
  e.at = kFrom.addSecs(60LL * minutesAfterFrom);
  e.count = count;
  e.detail = detail;
  return e;
}

Scanner scanner(const QString& id, const QString& site) {
  Scanner s;
  s.id = id;
  s.name = id + QStringLiteral(" gate");
  s.site = site;
  s.vendor = QStringLiteral("Synthetic Linac");
  s.model = QStringLiteral("SIM-1");
  return s;
}

}  // namespace

TEST_CASE("A scanner's state, uptime and counts come from its telemetry over the window", "[model][telemetry]") {
  const QDateTime now = kFrom.addSecs(10 * 3600);  // a ten-hour window
  const QList<Scanner> scanners{scanner(QStringLiteral("A"), QStringLiteral("CNSHA")), scanner(QStringLiteral("B"), QStringLiteral("CNNGB")),
                                scanner(QStringLiteral("C"), QStringLiteral("CNTAO"))};
  // A was up before the window opened, went down at 2 h and came back at 4 h: up 8 of 10 hours.
  const QList<TelemetryEvent> before{event(1, QStringLiteral("A"), TelemetryKind::StartUp, -30)};
  const QList<TelemetryEvent> events{event(2, QStringLiteral("A"), TelemetryKind::ScanCompleted, 10, 3),
                                     event(3, QStringLiteral("A"), TelemetryKind::AnomalyFound, 11),
                                     event(4, QStringLiteral("A"), TelemetryKind::ShutDown, 120),
                                     event(5, QStringLiteral("B"), TelemetryKind::StartUp, 300),
                                     event(6, QStringLiteral("A"), TelemetryKind::StartUp, 240),
                                     event(7, QStringLiteral("B"), TelemetryKind::Fault, 310, 1, QStringLiteral("detector calibration")),
                                     event(8, QStringLiteral("A"), TelemetryKind::ScanCompleted, 400, 2),
                                     event(9, QStringLiteral("X"), TelemetryKind::ScanCompleted, 500, 5)};
  const QList<ScannerStatus> statuses = summarizeTelemetry(scanners, before, events, kFrom, now);
  REQUIRE(statuses.size() == 4);  // the three listed and X, which only the events name

  const ScannerStatus& a = statuses[0];
  CHECK(a.scanner.name == QStringLiteral("A gate"));
  CHECK(a.state == ScannerStatus::State::Up);
  CHECK(a.stateSince == kFrom.addSecs(240 * 60));
  CHECK(a.uptime == Approx(0.8));
  CHECK(a.scans == 5);
  CHECK(a.anomalies == 1);
  CHECK(a.faults == 0);
  CHECK(a.lastReport == kFrom.addSecs(400 * 60));

  const ScannerStatus& b = statuses[1];  // first heard of at 5 h, up since: up all the time observed
  CHECK(b.state == ScannerStatus::State::Up);
  CHECK(b.uptime == Approx(1.0));
  CHECK(b.faults == 1);
  CHECK(b.lastFault == QStringLiteral("detector calibration"));

  const ScannerStatus& c = statuses[2];  // never reported
  CHECK(c.state == ScannerStatus::State::Unknown);
  CHECK_FALSE(c.lastReport.isValid());
  CHECK(c.uptime < 0);  // nothing observed

  CHECK(statuses[3].scanner.id == QStringLiteral("X"));
  CHECK(statuses[3].scans == 5);
}

TEST_CASE("Telemetry is stored once per sequence and the window's opening state is found", "[store][telemetry]") {
  samples::TempDb tmp;
  auto store = Store::open(tmp.path());
  CHECK(store->scanners().lastSequence() == 0);
  store->scanners().saveScanners({scanner(QStringLiteral("A"), QStringLiteral("CNSHA"))});
  Scanner renamed = scanner(QStringLiteral("A"), QStringLiteral("CNSHA"));
  renamed.name = QStringLiteral("Gate 3");
  store->scanners().saveScanners({renamed});
  REQUIRE(store->scanners().scanners().size() == 1);
  CHECK(store->scanners().scanners().first().name == QStringLiteral("Gate 3"));

  const QList<TelemetryEvent> page{event(10, QStringLiteral("A"), TelemetryKind::StartUp, -120), event(11, QStringLiteral("A"), TelemetryKind::ShutDown, -60),
                                   event(12, QStringLiteral("A"), TelemetryKind::StartUp, -50), event(13, QStringLiteral("B"), TelemetryKind::ShutDown, -10),
                                   event(14, QStringLiteral("A"), TelemetryKind::ScanCompleted, 5, 4)};
  store->scanners().appendEvents(page);
  store->scanners().appendEvents(page.mid(3));  // a pull repeated after a crash
  CHECK(store->scanners().eventCount() == 5);
  CHECK(store->scanners().lastSequence() == 14);

  const QList<TelemetryEvent> opening = store->scanners().lastStateChangesBefore(kFrom);
  REQUIRE(opening.size() == 2);
  CHECK(opening[0].scannerId == QStringLiteral("A"));
  CHECK(opening[0].sequence == 12);
  CHECK(opening[0].kind == TelemetryKind::StartUp);
  CHECK(opening[1].scannerId == QStringLiteral("B"));
  CHECK(opening[1].kind == TelemetryKind::ShutDown);

  const QList<TelemetryEvent> window = store->scanners().eventsSince(kFrom);
  REQUIRE(window.size() == 1);
  CHECK(window[0].count == 4);
  CHECK(window[0].at == kFrom.addSecs(5 * 60));
}

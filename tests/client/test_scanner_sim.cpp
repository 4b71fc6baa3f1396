// cip-scanner-sim against a real cip-central: the demo scanners' credentials provisioned by
// the central system, their telemetry posted by the simulator and pulled by a supervisor's
// workstation, through a central system that dies and comes back and one that cuts answers
// short — and no event stored twice.
#include "CentralProcess.h"
#include "ScannerSimProcess.h"

#include "sync/client/CentralClient.h"
#include "sync/client/SyncService.h"
#include "sync/store/Store.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace cip;

namespace {

/// Reads the central system's own database beside the running server: how many events it holds,
/// and how many of them repeat another (same scanner, kind and time: the simulator never reports
/// one twice, so a repeat would be a batch stored twice).
std::pair<qint64, qint64> eventsOnServer(const QString& data) {
  std::pair<qint64, qint64> counts;
  {
    QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("sim-check"));
    sql.setDatabaseName(QDir(data).filePath(QStringLiteral("central.sqlite")));
    sql.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    REQUIRE(sql.open());
    QSqlQuery total(QStringLiteral("SELECT count(*) FROM telemetry"), sql);
    REQUIRE(total.next());
    counts.first = total.value(0).toLongLong();
    QSqlQuery repeats(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM telemetry GROUP BY scanner_id, json_extract(document, '$.kind'), "
                                     "json_extract(document, '$.at') HAVING count(*) > 1)"),
                      sql);
    REQUIRE(repeats.next());
    counts.second = repeats.value(0).toLongLong();
  }
  QSqlDatabase::removeDatabase(QStringLiteral("sim-check"));
  return counts;
}


}  // namespace

TEST_CASE("The scanner simulator posts through an outage and a supervisor pulls all it posted, none twice", "[client][central][scanners][telemetry]") {
  QTemporaryDir dir;
  const QString data = dir.filePath(QStringLiteral("central"));
  CentralProcess central(data, {QStringLiteral("--scanners"), QStringLiteral("3")});
  const QString credentials = QDir(data).filePath(QStringLiteral("scanner-credentials.json"));
  REQUIRE(QFileInfo::exists(credentials));
  CHECK(QFileInfo(credentials).permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
  QFile file(credentials);
  REQUIRE(file.open(QIODevice::ReadOnly));
  const QJsonObject secrets = QJsonDocument::fromJson(file.readAll()).object();
  CHECK(secrets.keys() == QStringList{QStringLiteral("SCN-CNNGB-01"), QStringLiteral("SCN-CNSHA-01"), QStringLiteral("SCN-CNSZX-01")});

  {
    ScannerSimProcess simulator(central.url(), credentials, 20);
    REQUIRE(waitFor([&] { return eventsOnServer(data).first > 100; }, 30000));
    // The central system dies; the simulator keeps its scanners' events and tries again.
    central.kill();
    REQUIRE(simulator.waitForOutput(QStringLiteral("trying again")));
    const qint64 beforeOutage = eventsOnServer(data).first;
    central.restart();
    REQUIRE(simulator.waitForOutput(QStringLiteral("reporting again")));
    REQUIRE(waitFor([&] { return eventsOnServer(data).first > beforeOutage + 100; }, 30000));
  }
  // A supervisor's workstation pulls every event the simulator posted, and the scanners as they described themselves.
  auto store = store::Store::open(dir.filePath(QStringLiteral("ws.sqlite")));
  client::CentralClient client(central.url());
  REQUIRE(signInAs(client, QStringLiteral("zhao.min"), model::Role::Supervisor).ok());
  client::SyncService sync(client, *store, dir.filePath(QStringLiteral("cache")));
  QSignalSpy finished(&sync, &client::SyncService::pullFinished);
  sync.pullNow();
  REQUIRE(waitFor([&] { return finished.size() == 1; }, 30000));
  CHECK(finished.first().first().toBool());
  const auto [held, repeated] = eventsOnServer(data);
  CHECK(repeated == 0);
  CHECK(store->scanners().eventCount() == held);
  const QList<model::Scanner> scanners = store->scanners().scanners();
  REQUIRE(scanners.size() == 3);
  CHECK(scanners.first().id == QStringLiteral("SCN-CNNGB-01"));
  CHECK(scanners.first().site == QStringLiteral("CNNGB"));

  // A later start finds the credentials there and provisions nothing again.
  central.restart();
  QFile again(credentials);
  REQUIRE(again.open(QIODevice::ReadOnly));
  CHECK(QJsonDocument::fromJson(again.readAll()).object() == secrets);
}

TEST_CASE("Answers cut short make the simulator send a batch again, and the central system stores it once", "[client][central][scanners][telemetry]") {
  QTemporaryDir dir;
  const QString data = dir.filePath(QStringLiteral("central"));
  CentralProcess central(data, {QStringLiteral("--scanners"), QStringLiteral("2"), QStringLiteral("--faults"), QStringLiteral("truncate=0.3,500=0.1"),
                                QStringLiteral("--seed"), QStringLiteral("5")});
  ScannerSimProcess simulator(central.url(), QDir(data).filePath(QStringLiteral("scanner-credentials.json")), 10);
  REQUIRE(waitFor([&] { return eventsOnServer(data).first > 300; }, 60000));
  CHECK(simulator.waitForOutput(QStringLiteral("trying again")));  // answers were cut short, batches sent again
  simulator.kill();
  CHECK(eventsOnServer(data).second == 0);
}

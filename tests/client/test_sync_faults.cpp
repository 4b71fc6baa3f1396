// 1,000 verdicts through a central server that fails, hangs, cuts replies and drops connections,
// with the server and the workstation both killed at random: afterwards the server holds exactly
// the verdicts the workstation committed — none lost, none twice.
#include "CentralProcess.h"

#include "sync/demo/DemoData.h"
#include "sync/store/Store.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <random>

TEST_CASE("A thousand verdicts survive a faulty server and killed processes, none lost and none twice", "[client][faults]") {
  QTemporaryDir dir;
  cip::demo::DemoJobOptions options;
  options.count = 1000;
  options.pixelMm = 50;  // tiny scans: the test is about the verdicts
  cip::demo::writeDemoJobs(dir.filePath(QStringLiteral("jobs")), options);
  const QStringList serverArgs{QStringLiteral("--import"), dir.filePath(QStringLiteral("jobs")), QStringLiteral("--faults"),
                               QStringLiteral("500=0.04,503=0.04,hang=0.01,drop=0.04,truncate=0.04,corrupt=0.02"), QStringLiteral("--seed"),
                               QStringLiteral("7")};
  CentralProcess central(dir.filePath(QStringLiteral("central")), serverArgs);
  const QString db = dir.filePath(QStringLiteral("ws.sqlite"));

  std::mt19937 dice(20261123);
  QElapsedTimer clock;
  clock.start();
  int runs = 0, workstationKills = 0, serverKills = 0, confirmedPrinted = 0;
  bool done = false;
  while (!done && clock.elapsed() < 240000) {
    QProcess driver;
    driver.start(QStringLiteral(CIP_SYNC_DRIVER), {central.url().toString(), db, dir.filePath(QStringLiteral("cache"))});
    REQUIRE(driver.waitForStarted());
    ++runs;
    const int life = 300 + static_cast<int>(dice() % 1500);
    const bool killServer = dice() % 3 == 0;
    if (driver.waitForFinished(life)) {
      done = driver.readAllStandardOutput().contains("DONE");
      if (!done) FAIL("the driver stopped on its own: " << driver.readAllStandardError().toStdString());
      break;
    }
    if (killServer) {  // the server dies mid-flight too, and comes back
      central.kill();
      ++serverKills;
    }
    driver.kill();
    driver.waitForFinished(5000);
    ++workstationKills;
    confirmedPrinted += static_cast<int>(driver.readAllStandardOutput().count("CONFIRMED"));
    if (killServer) central.restart();
  }
  INFO(runs << " runs, " << workstationKills << " workstation kills, " << serverKills << " server kills, " << confirmedPrinted
            << " verdicts reported before a kill, " << clock.elapsed() << " ms");
  REQUIRE(done);
  CHECK(workstationKills >= 5);
  CHECK(serverKills >= 2);

  // The workstation's committed verdicts, and the server's received ones.
  QSet<QString> local, sentLocal;
  {
    auto store = cip::store::Store::open(db);
    CHECK(store->verdicts().count() == 1000);
    for (const cip::store::OutboxItem& item : store->outbox().all()) {
      local.insert(item.verdictId);
      if (item.sentAt.isValid()) sentLocal.insert(item.verdictId);
    }
  }
  central.kill();
  QSet<QString> server;
  int serverRows = 0;
  {
    QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fault-check"));
    sql.setDatabaseName(dir.filePath(QStringLiteral("central/central.sqlite")));
    REQUIRE(sql.open());
    QSqlQuery query(QStringLiteral("SELECT id FROM verdicts"), sql);
    while (query.next()) {
      server.insert(query.value(0).toString());
      ++serverRows;
    }
    QSqlQuery perJob(QStringLiteral("SELECT count(*) FROM (SELECT job_id FROM verdicts GROUP BY job_id HAVING count(*) > 1)"), sql);
    REQUIRE(perJob.next());
    CHECK(perJob.value(0).toInt() == 0);
  }
  QSqlDatabase::removeDatabase(QStringLiteral("fault-check"));
  CHECK(local.size() == 1000);
  CHECK(serverRows == 1000);
  CHECK(server == local);          // none lost, none extra
  CHECK(sentLocal == local);       // and the workstation knows each one arrived
}

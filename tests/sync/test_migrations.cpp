#include "Samples.h"

#include "sync/model/JobRelease.h"
#include "sync/store/Migrations.h"
#include "sync/store/Store.h"

#include <catch2/catch.hpp>

using namespace cip::store;

TEST_CASE("A fresh database is created at the latest schema in WAL mode", "[store][migrations]") {
  samples::TempDb tmp;
  auto store = Store::open(tmp.path());
  Database& db = store->database();
  CHECK(db.userVersion() == latestSchemaVersion());
  Statement mode = db.prepare("PRAGMA journal_mode");
  REQUIRE(mode.step());
  CHECK(mode.text(0) == QStringLiteral("wal"));
  Statement fk = db.prepare("PRAGMA foreign_keys");
  REQUIRE(fk.step());
  CHECK(fk.integer(0) == 1);
}

TEST_CASE("A database created by migration 1 is upgraded without losing data", "[store][migrations]") {
  samples::TempDb tmp;
  {
    auto db = Database::open(tmp.path());
    migrate(*db, 1);
    REQUIRE(db->userVersion() == 1);
    // Migration 1 has no outbox yet; write a job the way a version-1 workstation did.
    db->execScript("INSERT INTO jobs (id, priority, status, created_at, deadline, scanner_id, port, assigned_to, declaration_id, "
                   "container_numbers) VALUES ('J-old', 2, 'assigned', '2026-11-23T08:00:00.000Z', '2026-11-23T08:30:00.000Z', 'SC-NB-01', "
                   "'CNNGB', 'li.wei', 'D-1', '[\"CSQU3054383\"]');"
                   "INSERT INTO scans (id, job_id, file_name, sha256, size_bytes, modality, scanner_id, acquired_at) VALUES ('J-old-S1', "
                   "'J-old', 'scan_J-old.dcm', '" "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" "', 8388608, "
                   "'dual-energy-radiograph', 'SC-NB-01', '2026-11-23T07:55:00.000Z');");
    Statement outbox = db->prepare("SELECT count(*) FROM sqlite_master WHERE name='verdict_outbox'");
    REQUIRE(outbox.step());
    CHECK(outbox.integer(0) == 0);
  }
  auto store = Store::open(tmp.path());
  CHECK(store->database().userVersion() == latestSchemaVersion());
  const auto job = store->jobs().find(QStringLiteral("J-old"));
  REQUIRE(job);
  CHECK(job->scans.size() == 1);
  CHECK(store->jobs().openedAt(QStringLiteral("J-old")).isNull());
  store->jobs().markOpened(QStringLiteral("J-old"), samples::at(3));
  CHECK(store->jobs().openedAt(QStringLiteral("J-old")) == samples::at(3));
  CHECK(store->outbox().pendingCount() == 0);
  CHECK(store->audit().verify().ok);
  // Migration 5 gave the database an identity and kept the job its analyst's.
  CHECK(store->identity().workstationId().startsWith(QStringLiteral("ws-")));
  CHECK(store->jobs().queue(QStringLiteral("li.wei")).size() == 1);
  CHECK(store->jobs().queue(QStringLiteral("wang.fang")).isEmpty());
}

TEST_CASE("Migrating twice changes nothing", "[store][migrations]") {
  samples::TempDb tmp;
  { auto store = Store::open(tmp.path()); store->jobs().save(samples::job()); }
  auto store = Store::open(tmp.path());
  CHECK(store->jobs().count() == 1);
}

TEST_CASE("A database from a newer program is refused, not damaged", "[store][migrations]") {
  samples::TempDb tmp;
  {
    auto db = Database::open(tmp.path());
    db->setUserVersion(latestSchemaVersion() + 5);
  }
  REQUIRE_THROWS_WITH(Store::open(tmp.path()), Catch::Contains("newer than this program"));
  auto db = Database::open(tmp.path(), Database::Mode::ReadOnly);
  CHECK(db->userVersion() == latestSchemaVersion() + 5);
}

TEST_CASE("A file that is not a database gives an error naming it", "[store]") {
  samples::TempDb tmp;
  QFile file(tmp.path(QStringLiteral("garbage.sqlite")));
  REQUIRE(file.open(QIODevice::WriteOnly));
  file.write(QByteArray(8192, 'x'));
  file.close();
  REQUIRE_THROWS_WITH(Store::open(file.fileName()),
                      Catch::Contains("garbage.sqlite") && Catch::Contains("not a database"));
}

TEST_CASE("A release recorded before reasons were asked is sent with a reason that says so", "[store][migrations]") {
  samples::TempDb tmp;
  {
    auto db = Database::open(tmp.path());
    migrate(*db, 6);
    db->execScript("INSERT INTO jobs (id, priority, status, created_at, deadline, scanner_id, port, assigned_to, declaration_id, "
                   "container_numbers, pending_call) VALUES ('J-given', 2, 'returned', '2026-11-23T08:00:00.000Z', '2026-11-23T08:30:00.000Z', "
                   "'SC-NB-01', 'CNNGB', 'li.wei', 'D-1', '[\"CSQU3054383\"]', 'release');");
  }
  auto store = Store::open(tmp.path());
  const QByteArray body = store->jobs().pendingReleaseBody(QStringLiteral("J-given"));
  const auto release = cip::model::decodeJobRelease(body);
  REQUIRE(release.ok());
  CHECK(release.value->reason == cip::model::ReleaseReason::Other);
  CHECK(release.value->note.contains(QStringLiteral("before the workstation asked")));
  // A release given now carries the analyst's own reason.
  store->jobs().setPendingRelease(QStringLiteral("J-given"), R"({"reason":"end-of-shift"})");
  CHECK(store->jobs().pendingCalls(QStringLiteral("li.wei")).value(QStringLiteral("J-given")) == QStringLiteral("release"));
  CHECK(store->jobs().pendingReleaseBody(QStringLiteral("J-given")) == R"({"reason":"end-of-shift"})");
}

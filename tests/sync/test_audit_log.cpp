#include "Samples.h"

#include "sync/store/Store.h"

#include <catch2/catch.hpp>

#include <sqlite3.h>

using namespace cip::store;

namespace {

void appendEvents(AuditLog& log, int count) {
  for (int i = 0; i < count; ++i)
    log.append(QStringLiteral("li.wei"), QStringLiteral("annotation.save"), QStringLiteral("annotation"),
               QStringLiteral("A-%1").arg(i), {{QStringLiteral("n"), i}}, samples::at(i));
}

/// Edits the file the way an attacker with another SQLite client would: triggers dropped first.
void tamper(const QString& path, const char* sql) {
  sqlite3* raw = nullptr;
  REQUIRE(sqlite3_open(path.toUtf8().constData(), &raw) == SQLITE_OK);
  char* error = nullptr;
  const QByteArray script = QByteArray("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; ") + sql;
  const int rc = sqlite3_exec(raw, script.constData(), nullptr, nullptr, &error);
  INFO((error ? error : ""));
  sqlite3_free(error);
  sqlite3_close(raw);
  REQUIRE(rc == SQLITE_OK);
}

}  // namespace

TEST_CASE("An untouched audit chain verifies", "[store][audit]") {
  samples::TempDb tmp;
  auto store = Store::open(tmp.path());
  CHECK(store->audit().verify().ok);  // empty chain
  appendEvents(store->audit(), 5);
  const AuditChainCheck check = store->audit().verify();
  CHECK(check.ok);
  CHECK(check.rowsChecked == 5);
  const auto entries = store->audit().entries();
  CHECK(entries.at(0).prevHash == AuditLog::genesisHash());
  CHECK(entries.at(1).prevHash == entries.at(0).hash);
  CHECK(store->audit().headHash() == entries.at(4).hash);
}

TEST_CASE("The audit log refuses updates and deletes", "[store][audit]") {
  samples::TempDb tmp;
  auto store = Store::open(tmp.path());
  appendEvents(store->audit(), 2);
  CHECK_THROWS_WITH(store->database().prepare("UPDATE audit_log SET actor='x'").run(), Catch::Contains("append-only"));
  CHECK_THROWS_WITH(store->database().prepare("DELETE FROM audit_log").run(), Catch::Contains("append-only"));
}

TEST_CASE("Tampering with the audit log is detected", "[store][audit]") {
  samples::TempDb tmp;
  { auto store = Store::open(tmp.path()); appendEvents(store->audit(), 6); }

  SECTION("an edited field") {
    tamper(tmp.path(), "UPDATE audit_log SET actor='someone.else' WHERE seq=3;");
    auto store = Store::open(tmp.path());
    const AuditChainCheck check = store->audit().verify();
    CHECK_FALSE(check.ok);
    CHECK(check.firstBadSeq == 3);
    CHECK(check.problem.contains(QStringLiteral("altered")));
  }
  SECTION("edited details with the row's own hash recomputed is still caught by the next row") {
    tamper(tmp.path(), "UPDATE audit_log SET details='{\"n\":99}', hash='" "1111111111111111111111111111111111111111111111111111111111111111" "' WHERE seq=2;");
    auto store = Store::open(tmp.path());
    const AuditChainCheck check = store->audit().verify();
    CHECK_FALSE(check.ok);
    CHECK(check.firstBadSeq == 2);
  }
  SECTION("a deleted row") {
    tamper(tmp.path(), "DELETE FROM audit_log WHERE seq=4;");
    auto store = Store::open(tmp.path());
    const AuditChainCheck check = store->audit().verify();
    CHECK_FALSE(check.ok);
    CHECK(check.firstBadSeq == 5);
    CHECK(check.problem.contains(QStringLiteral("removed")));
    const DatabaseHealth health = checkDatabase(tmp.path());
    CHECK_FALSE(health.ok);
    CHECK(health.problems.join(QLatin1Char('\n')).contains(QStringLiteral("audit log")));
  }
}

TEST_CASE("checkDatabase passes a healthy store and names a corrupt file", "[store][check]") {
  samples::TempDb tmp;
  {
    auto store = Store::open(tmp.path());
    store->jobs().save(samples::job());
    store->verdicts().submit(samples::referral(QStringLiteral("V-1")), QStringLiteral("k"));
  }
  const DatabaseHealth healthy = checkDatabase(tmp.path());
  INFO(healthy.problems.join(QLatin1Char('\n')).toStdString());
  CHECK(healthy.ok);
  CHECK(healthy.auditRows == 1);

  QFile file(tmp.path());
  REQUIRE(file.open(QIODevice::ReadWrite));
  file.seek(100);
  file.write(QByteArray(4096, '\x5a'));  // overwrite the schema page
  file.close();
  QFile::remove(tmp.path() + QStringLiteral("-wal"));
  QFile::remove(tmp.path() + QStringLiteral("-shm"));
  const DatabaseHealth broken = checkDatabase(tmp.path());
  CHECK_FALSE(broken.ok);
  REQUIRE_FALSE(broken.problems.isEmpty());
  CHECK(broken.problems.first().contains(tmp.path()));
  CHECK_FALSE(checkDatabase(tmp.path(QStringLiteral("missing.sqlite"))).ok);
}

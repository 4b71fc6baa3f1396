// Users provisioned with `cip-central user …` on the central system's database, and the demo
// users that a restart never resets.
#include "CentralHttp.h"
#include "CentralProcess.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QPasswordDigestor>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>


namespace {

QProcessEnvironment environmentWith(const QString& password) {
  QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
  environment.remove(QStringLiteral("CIP_PASSWORD"));
  if (!password.isNull()) environment.insert(QStringLiteral("CIP_PASSWORD"), password);
  return environment;
}

/// `cip-central user ARGS --data DATA`, the password in CIP_PASSWORD (or none: stdin then).
CentralRun user(const QString& data, const QStringList& arguments, const QString& password = {}, const QByteArray& input = {}) {
  const CentralRun run = runCentral(QStringList{QStringLiteral("user")} + arguments + QStringList{QStringLiteral("--data"), data}, input,
                                    environmentWith(password));
  INFO("cip-central user " << arguments.join(QLatin1Char(' ')).toStdString() << " → " << run.exitCode << ": " << run.out.toStdString()
                           << run.err.toStdString());
  return run;
}

/// One statement on the central system's database (the test's own copy).
QSqlQuery sql(const QString& data, const QString& statement, const QVariantList& values = {}) {
  QSqlDatabase db = QSqlDatabase::database(QStringLiteral("users-test"), false);
  if (!db.isValid()) db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("users-test"));
  db.close();
  db.setDatabaseName(QDir(data).filePath(QStringLiteral("central.sqlite")));
  REQUIRE(db.open());
  QSqlQuery query(db);
  REQUIRE(query.prepare(statement));
  for (const QVariant& v : values) query.addBindValue(v);
  REQUIRE(query.exec());
  return query;
}

}  // namespace

TEST_CASE("Users are added, listed, given new passwords, disabled and enabled with cip-central user", "[client][central][users]") {
  QTemporaryDir dir;
  const QString data = dir.filePath(QStringLiteral("central"));
  CHECK(user(data, {QStringLiteral("add"), QStringLiteral("ma.lin"), QStringLiteral("--role"), QStringLiteral("analyst"), QStringLiteral("--role"),
                    QStringLiteral("supervisor"), QStringLiteral("--name"), QStringLiteral("Ma Lin")},
             QStringLiteral("first secret"))
            .exitCode == 0);
  // From standard input when CIP_PASSWORD is not set.
  CHECK(user(data, {QStringLiteral("add"), QStringLiteral("qian.yu"), QStringLiteral("--role"), QStringLiteral("trainee")}, {}, "stdin secret\n").exitCode == 0);
  // Refused, naming why: taken id, no role, an unknown role, a short password, no password at all.
  CHECK(user(data, {QStringLiteral("add"), QStringLiteral("ma.lin"), QStringLiteral("--role"), QStringLiteral("analyst")}, QStringLiteral("another one"))
            .err.contains(QStringLiteral("exists")));
  CHECK(user(data, {QStringLiteral("add"), QStringLiteral("x.y")}, QStringLiteral("long enough")).err.contains(QStringLiteral("--role")));
  CHECK(user(data, {QStringLiteral("add"), QStringLiteral("x.y"), QStringLiteral("--role"), QStringLiteral("pilot")}, QStringLiteral("long enough")).exitCode == 1);
  CHECK(user(data, {QStringLiteral("add"), QStringLiteral("x.y"), QStringLiteral("--role"), QStringLiteral("analyst")}, QStringLiteral("short")).exitCode == 1);
  CHECK(user(data, {QStringLiteral("add"), QStringLiteral("x.y"), QStringLiteral("--role"), QStringLiteral("analyst")}).exitCode == 1);
  CHECK(user(data, {QStringLiteral("frobnicate")}).exitCode == 2);

  // Users exist, so --demo-users adds nobody: the well-known demo password opens nothing.
  CentralProcess central(data);
  const QUrl url = central.url();
  CHECK(signIn(url, QStringLiteral("li.wei"), QStringLiteral("demo"), QStringLiteral("analyst")).status == 401);
  const QString token = tokenOf(url, QStringLiteral("ma.lin"), QStringLiteral("supervisor"), QStringLiteral("first secret"));
  CHECK(tokenOf(url, QStringLiteral("qian.yu"), QStringLiteral("trainee"), QStringLiteral("stdin secret")).size() == 64);

  const QString list = user(data, {QStringLiteral("list")}).out;
  INFO(list.toStdString());
  CHECK(list.contains(QRegularExpression(QStringLiteral("ma\\.lin\\s+enabled\\s+analyst,supervisor\\s+20\\d\\d-\\d\\d-\\d\\dT[0-9:.]+Z\\s+Ma Lin"))));
  CHECK(list.contains(QRegularExpression(QStringLiteral("qian\\.yu\\s+enabled\\s+trainee\\s+20\\d\\d-"))));

  SECTION("a new password ends the user's sessions") {
    CHECK(user(data, {QStringLiteral("passwd"), QStringLiteral("ma.lin")}, {}, "second secret\n").exitCode == 0);
    CHECK(httpCall(url, "GET", QStringLiteral("review/verdicts"), {}, bearer(token)).status == 401);
    CHECK(signIn(url, QStringLiteral("ma.lin"), QStringLiteral("first secret"), QStringLiteral("supervisor")).status == 401);
    CHECK(signIn(url, QStringLiteral("ma.lin"), QStringLiteral("second secret"), QStringLiteral("supervisor")).status == 200);
  }
  SECTION("a disabled user's tokens die at once and sign-in says why only to the right password") {
    CHECK(httpCall(url, "GET", QStringLiteral("review/verdicts"), {}, bearer(token)).status == 200);
    CHECK(user(data, {QStringLiteral("disable"), QStringLiteral("ma.lin")}).exitCode == 0);
    CHECK(httpCall(url, "GET", QStringLiteral("review/verdicts"), {}, bearer(token)).status == 401);
    const HttpAnswer disabled = signIn(url, QStringLiteral("ma.lin"), QStringLiteral("first secret"), QStringLiteral("supervisor"));
    CHECK(disabled.status == 403);
    CHECK(disabled.problem() == QStringLiteral("account-disabled"));
    CHECK(signIn(url, QStringLiteral("ma.lin"), QStringLiteral("wrong secret"), QStringLiteral("supervisor")).status == 401);
    CHECK(user(data, {QStringLiteral("list")}).out.contains(QRegularExpression(QStringLiteral("ma\\.lin\\s+disabled"))));
    CHECK(user(data, {QStringLiteral("enable"), QStringLiteral("ma.lin")}).exitCode == 0);
    CHECK(signIn(url, QStringLiteral("ma.lin"), QStringLiteral("first secret"), QStringLiteral("supervisor")).status == 200);
  }
}

TEST_CASE("A second --demo-users start resets no password", "[client][central][users]") {
  QTemporaryDir dir;
  const QString data = dir.filePath(QStringLiteral("central"));
  {
    CentralProcess first(data);
    CHECK(signIn(first.url(), QStringLiteral("li.wei"), QStringLiteral("demo"), QStringLiteral("analyst")).status == 200);
  }
  CHECK(user(data, {QStringLiteral("passwd"), QStringLiteral("li.wei")}, QStringLiteral("not the demo one")).exitCode == 0);
  CentralProcess second(data);
  CHECK(signIn(second.url(), QStringLiteral("li.wei"), QStringLiteral("demo"), QStringLiteral("analyst")).status == 401);
  CHECK(signIn(second.url(), QStringLiteral("li.wei"), QStringLiteral("not the demo one"), QStringLiteral("analyst")).status == 200);
}

TEST_CASE("A password hash of an older, lower iteration count is redone at the next sign-in", "[client][central][users]") {
  QTemporaryDir dir;
  const QString data = dir.filePath(QStringLiteral("central"));
  CHECK(user(data, {QStringLiteral("add"), QStringLiteral("old.timer"), QStringLiteral("--role"), QStringLiteral("analyst")}, QStringLiteral("placeholder")).exitCode == 0);
  // As schema 1 kept it: PBKDF2-HMAC-SHA256, 20,000 iterations.
  const QByteArray salt = QByteArray::fromHex("00112233445566778899aabbccddeeff");
  const QByteArray old = QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, "old password", salt, 20000, 32);
  sql(data, QStringLiteral("UPDATE users SET salt=?, password_hash=?, iterations=20000 WHERE id='old.timer'"), {salt, old});
  CentralProcess central(data);
  CHECK(signIn(central.url(), QStringLiteral("old.timer"), QStringLiteral("wrong"), QStringLiteral("analyst")).status == 401);
  CHECK(signIn(central.url(), QStringLiteral("old.timer"), QStringLiteral("old password"), QStringLiteral("analyst")).status == 200);
  QSqlQuery row = sql(data, QStringLiteral("SELECT iterations, password_hash, salt FROM users WHERE id='old.timer'"));
  REQUIRE(row.next());
  CHECK(row.value(0).toInt() == 600000);
  CHECK(row.value(1).toByteArray() != old);
  CHECK(row.value(2).toByteArray().size() == 16);
  CHECK(row.value(2).toByteArray() != salt);
  CHECK(signIn(central.url(), QStringLiteral("old.timer"), QStringLiteral("old password"), QStringLiteral("analyst")).status == 200);
}

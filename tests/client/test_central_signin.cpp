// Signing in to a real cip-central: the answers of docs/sync-protocol.md "Signing in", tokens
// that expire and end, throttling, and users provisioned with `cip-central user`.
#include "CentralHttp.h"
#include "CentralProcess.h"

#include "sync/demo/DemoData.h"
#include "sync/model/Protocol.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace cip;

namespace {

QStringList rolesOf(const QJsonArray& roles) {
  QStringList names;
  for (const QJsonValue& role : roles) names << role.toString();
  return names;
}

QVariant databaseValue(const QString& dataFolder, const QString& sql, const QVariantList& values = {}) {
  QVariant value;
  {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("read"));
    db.setDatabaseName(QDir(dataFolder).filePath(QStringLiteral("central.sqlite")));
    REQUIRE(db.open());
    QSqlQuery query(db);
    REQUIRE(query.prepare(sql));
    for (const QVariant& v : values) query.addBindValue(v);
    REQUIRE(query.exec());
    if (query.next()) value = query.value(0);
  }
  QSqlDatabase::removeDatabase(QStringLiteral("read"));
  return value;
}

}  // namespace

TEST_CASE("Sign-in answers 400 naming the field, 401 alike for unknown users and wrong passwords, 403 with the roles granted",
          "[client][central][signin]") {
  QTemporaryDir dir;
  CentralProcess central(dir.filePath(QStringLiteral("central")));
  const QUrl url = central.url();

  const HttpAnswer noUser = httpCall(url, "POST", QStringLiteral("auth/login"), R"({"password":"demo","role":"analyst"})");
  CHECK(noUser.status == 400);
  CHECK(noUser.json().value(QStringLiteral("field")).toString() == QStringLiteral("user"));
  const HttpAnswer longPassword = signIn(url, QStringLiteral("li.wei"), QString(1025, QLatin1Char('x')), QStringLiteral("analyst"));
  CHECK(longPassword.status == 400);
  CHECK(longPassword.json().value(QStringLiteral("field")).toString() == QStringLiteral("password"));
  const HttpAnswer badRole = signIn(url, QStringLiteral("li.wei"), QStringLiteral("demo"), QStringLiteral("captain"));
  CHECK(badRole.status == 400);
  CHECK(badRole.json().value(QStringLiteral("field")).toString() == QStringLiteral("role"));
  CHECK(httpCall(url, "POST", QStringLiteral("auth/login"), "not json").status == 400);

  const HttpAnswer unknown = signIn(url, QStringLiteral("nobody.here"), QStringLiteral("demo"), QStringLiteral("analyst"));
  const HttpAnswer wrong = signIn(url, QStringLiteral("li.wei"), QStringLiteral("not-demo"), QStringLiteral("analyst"));
  CHECK(unknown.status == 401);
  CHECK(unknown.problem() == QStringLiteral("sign-in-failed"));
  CHECK(unknown.body == wrong.body);  // nothing tells an unknown user from a wrong password
  CHECK(wrong.status == 401);

  // A role not granted is told only with the right password, with the roles that are granted.
  CHECK(signIn(url, QStringLiteral("admin"), QStringLiteral("wrong"), QStringLiteral("trainer")).status == 401);
  const HttpAnswer notGranted = signIn(url, QStringLiteral("admin"), QStringLiteral("demo"), QStringLiteral("trainer"));
  CHECK(notGranted.status == 403);
  CHECK(notGranted.problem() == QStringLiteral("role-not-granted"));
  CHECK(rolesOf(notGranted.json().value(QStringLiteral("roles")).toArray()) == QStringList{QStringLiteral("admin"), QStringLiteral("supervisor")});
  const model::Decoded<model::Problem> decoded = model::decodeProblem(notGranted.body);  // as the workstation reads it
  REQUIRE(decoded.ok());
  CHECK(decoded.value->roles == QList<model::Role>{model::Role::Admin, model::Role::Supervisor});

  const HttpAnswer granted = signIn(url, QStringLiteral("admin"), QStringLiteral("demo"), QStringLiteral("supervisor"));
  REQUIRE(granted.status == 200);
  CHECK(rolesOf(granted.json().value(QStringLiteral("user")).toObject().value(QStringLiteral("roles")).toArray()) ==
        QStringList{QStringLiteral("admin"), QStringLiteral("supervisor")});
  CHECK(granted.json().value(QStringLiteral("token")).toString().size() == 64);
  // The database holds the token's hash only.
  const QString token = granted.json().value(QStringLiteral("token")).toString();
  CHECK(databaseValue(dir.filePath(QStringLiteral("central")), QStringLiteral("SELECT count(*) FROM sessions WHERE token_hash=?"), {token}).toInt() == 0);
  CHECK(databaseValue(dir.filePath(QStringLiteral("central")), QStringLiteral("SELECT count(*) FROM sessions WHERE token_hash=?"),
                      {QString::fromLatin1(QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex())})
            .toInt() == 1);
}

TEST_CASE("A token stops working when it expires", "[client][central][signin]") {
  QTemporaryDir dir;
  CentralProcess central(dir.filePath(QStringLiteral("central")), {QStringLiteral("--token-seconds"), QStringLiteral("2")});
  const QUrl url = central.url();
  QElapsedTimer clock;
  clock.start();
  const QString token = tokenOf(url, QStringLiteral("zhao.min"), QStringLiteral("supervisor"));
  CHECK(httpCall(url, "GET", QStringLiteral("review/verdicts"), {}, bearer(token)).status == 200);
  REQUIRE(waitFor([&] { return httpCall(url, "GET", QStringLiteral("review/verdicts"), {}, bearer(token)).status == 401; }, 10000));
  CHECK(clock.elapsed() >= 1500);  // not before its two seconds
  // Expired sessions are purged at the next sign-in.
  tokenOf(url, QStringLiteral("zhao.min"), QStringLiteral("supervisor"));
  CHECK(databaseValue(dir.filePath(QStringLiteral("central")), QStringLiteral("SELECT count(*) FROM sessions")).toInt() == 1);
}

TEST_CASE("Logout ends the token at once, and a job given back never goes to an analyst who signed out", "[client][central][signin]") {
  QTemporaryDir dir;
  demo::DemoJobOptions options;
  options.count = 2;
  options.pixelMm = 20;
  demo::writeDemoJobs(dir.filePath(QStringLiteral("jobs")), options);
  const QString data = dir.filePath(QStringLiteral("central"));
  CentralProcess central(data, {QStringLiteral("--import"), dir.filePath(QStringLiteral("jobs"))});
  const QUrl url = central.url();
  const QString li = tokenOf(url, QStringLiteral("li.wei"), QStringLiteral("analyst"));  // the only analyst: both jobs
  const QJsonArray jobs = httpCall(url, "GET", QStringLiteral("jobs"), {}, bearer(li)).json().value(QStringLiteral("jobs")).toArray();
  REQUIRE(jobs.size() == 2);
  const QString wang = tokenOf(url, QStringLiteral("wang.fang"), QStringLiteral("analyst"));
  CHECK(httpCall(url, "POST", QStringLiteral("auth/logout"), {}, bearer(wang)).status == 204);
  CHECK(httpCall(url, "GET", QStringLiteral("jobs"), {}, bearer(wang)).status == 401);
  const QString jobId = jobs[0].toObject().value(QStringLiteral("id")).toString();
  CHECK(httpCall(url, "POST", QStringLiteral("jobs/%1/release").arg(jobId), R"({"reason":"end-of-shift"})", bearer(li)).status == 204);
  CHECK(databaseValue(data, QStringLiteral("SELECT assigned_to FROM jobs WHERE id=?"), {jobId}).isNull());  // waits for the next sign-in
}

TEST_CASE("Failed sign-ins lock a user id out, with Retry-After, longer each time, a success clears the count", "[client][central][signin][throttle]") {
  QTemporaryDir dir;
  // Many failures from this one address would lock it out as well: not here.
  CentralProcess central(dir.filePath(QStringLiteral("central")),
                         {QStringLiteral("--login-address-failures"), QStringLiteral("1000"), QStringLiteral("--login-lockout"), QStringLiteral("1")});
  const QUrl url = central.url();
  auto attempt = [&](const QString& password) { return signIn(url, QStringLiteral("li.wei"), password, QStringLiteral("analyst")); };

  // Four failures and a success: the count starts over.
  for (int i = 0; i < 4; ++i) CHECK(attempt(QStringLiteral("wrong")).status == 401);
  CHECK(attempt(QStringLiteral("demo")).status == 200);
  for (int i = 0; i < 5; ++i) CHECK(attempt(QStringLiteral("wrong")).status == 401);
  // The fifth failure locks li.wei out: even the right password is refused, unchecked.
  const HttpAnswer locked = attempt(QStringLiteral("demo"));
  CHECK(locked.status == 429);
  CHECK(locked.problem() == QStringLiteral("too-many-attempts"));
  CHECK(locked.header("Retry-After").toInt() == 1);
  CHECK(signIn(url, QStringLiteral("zhao.min"), QStringLiteral("demo"), QStringLiteral("supervisor")).status == 200);  // others are not
  // Once it ends, five more failures lock it out for twice as long.
  REQUIRE(waitFor([&] { return attempt(QStringLiteral("wrong")).status == 401; }, 10000));
  for (int i = 0; i < 4; ++i) CHECK(attempt(QStringLiteral("wrong")).status == 401);
  CHECK(attempt(QStringLiteral("wrong")).header("Retry-After").toInt() == 2);
}

TEST_CASE("Twenty failed sign-ins from one address lock the address out, whoever signs in", "[client][central][signin][throttle]") {
  QTemporaryDir dir;
  CentralProcess central(dir.filePath(QStringLiteral("central")));
  const QUrl url = central.url();
  // Four failures each for five user ids (none of them reaches its own five) …
  for (int user = 0; user < 5; ++user)
    for (int i = 0; i < 4; ++i) CHECK(signIn(url, QStringLiteral("guess.%1").arg(user), QStringLiteral("wrong"), QStringLiteral("analyst")).status == 401);
  // … and the address is locked out, for a right password too.
  const HttpAnswer locked = signIn(url, QStringLiteral("zhao.min"), QStringLiteral("demo"), QStringLiteral("supervisor"));
  CHECK(locked.status == 429);
  const int retryAfter = locked.header("Retry-After").toInt();
  CHECK(retryAfter > 0);
  CHECK(retryAfter <= 60);
}

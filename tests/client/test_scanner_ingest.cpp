// Scanners report to a real cip-central with their own credentials: a credential speaks only
// for its own scanner and only on the scanners' two calls, users' tokens never do, a batch sent
// again is stored once, an oversize one is refused, and a disabled scanner is turned away.
#include "CentralProcess.h"
#include "ScannerSimProcess.h"

#include "sync/model/Protocol.h"
#include "sync/model/TelemetryReport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace cip;

namespace {

const QString kSecretA = QStringLiteral("scanner-a-secret-0123456789abcdefghij");

model::Scanner scannerA(const QString& site = QStringLiteral("CNSHA")) {
  return {QStringLiteral("SCN-A"), QStringLiteral("Gate A"), QStringLiteral("Test Linac"), QStringLiteral("L-6"), site, model::ScannerKind::Cargo, true, {}};
}

QByteArray body(const model::Scanner& scanner) { return model::toCompactJson(model::toJson(scanner)); }

/// A batch of `n` events of `scannerId`, one second apart from `at`.
QByteArray batchOf(const QString& scannerId, int n, const QDateTime& at, const QString& detail = {}) {
  model::TelemetryBatch batch;
  for (int i = 0; i < n; ++i)
    batch.events << model::TelemetryEvent{0, scannerId, model::TelemetryKind::ScanCompleted, at.addSecs(i), 1 + i % 3, detail};
  return model::toCompactJson(model::toJson(batch));
}

QString problemField(const RawReply& reply) {
  const auto problem = model::decodeProblem(reply.body);
  return problem.ok() ? problem.value->field : QString();
}

struct Fixture {
  QTemporaryDir dir;
  QString data() const { return dir.filePath(QStringLiteral("central")); }
  QString secretB;
  Fixture() {
    provisionScanner(data(), QStringLiteral("SCN-A"), {QStringLiteral("--port"), QStringLiteral("CNSHA"), QStringLiteral("--kind"), QStringLiteral("cargo")},
                     kSecretA);
    secretB = provisionScanner(data(), QStringLiteral("SCN-B"));
  }
};

}  // namespace

TEST_CASE("A scanner's credential works only on the scanners' calls and only for its own scanner, users' tokens never do", "[client][central][scanners]") {
  Fixture fx;
  CHECK(fx.secretB.startsWith(QStringLiteral("scn_")));
  CHECK(fx.secretB.size() == 68);  // "scn_" and 256 bits in hex
  CentralProcess central(fx.data());
  const QUrl url = central.url();

  CHECK(rawCall(url, "PUT", QStringLiteral("scanners/SCN-A"), kSecretA, body(scannerA())).status == 200);
  // Its own scanner only: not another's description, not another's events.
  model::Scanner b = scannerA();
  b.id = QStringLiteral("SCN-B");
  CHECK(rawCall(url, "PUT", QStringLiteral("scanners/SCN-B"), kSecretA, body(b)).status == 403);
  const RawReply foreign = rawCall(url, "POST", QStringLiteral("telemetry"), kSecretA, batchOf(QStringLiteral("SCN-B"), 1, QDateTime::currentDateTimeUtc()),
                                   {{"Idempotency-Key", "foreign-batch-1"}});
  CHECK(foreign.status == 403);
  CHECK(problemField(foreign) == QStringLiteral("events[0].scannerId"));
  // What it was provisioned as is what it must say it is.
  const RawReply moved = rawCall(url, "PUT", QStringLiteral("scanners/SCN-A"), kSecretA, body(scannerA(QStringLiteral("CNNGB"))));
  CHECK(moved.status == 422);
  CHECK(problemField(moved) == QStringLiteral("site"));
  // A scanner that has not described itself cannot report yet.
  CHECK(rawCall(url, "POST", QStringLiteral("telemetry"), fx.secretB, batchOf(QStringLiteral("SCN-B"), 1, QDateTime::currentDateTimeUtc()),
                {{"Idempotency-Key", "early-batch-1"}})
            .status == 409);
  // Nothing else answers to a scanner's credential.
  for (const QString& path : {QStringLiteral("scanners"), QStringLiteral("telemetry?since=0"), QStringLiteral("jobs"), QStringLiteral("audit/anchors")}) {
    INFO(path.toStdString());
    CHECK(rawCall(url, "GET", path, kSecretA).status == 401);
  }

  // Users' tokens, whatever the role, are refused on the scanners' calls; so is no token at all.
  const QString supervisor = signInToken(url, QStringLiteral("zhao.min"), QStringLiteral("supervisor"));
  const QString analyst = signInToken(url, QStringLiteral("li.wei"), QStringLiteral("analyst"));
  const QString admin = signInToken(url, QStringLiteral("admin"), QStringLiteral("admin"));
  for (const QString& token : {supervisor, analyst, admin}) {
    CHECK(rawCall(url, "PUT", QStringLiteral("scanners/SCN-A"), token, body(scannerA())).status == 403);
    CHECK(rawCall(url, "POST", QStringLiteral("telemetry"), token, batchOf(QStringLiteral("SCN-A"), 1, QDateTime::currentDateTimeUtc()),
                  {{"Idempotency-Key", "user-batch-1"}})
              .status == 403);
  }
  CHECK(rawCall(url, "PUT", QStringLiteral("scanners/SCN-A"), {}, body(scannerA())).status == 401);
  CHECK(rawCall(url, "POST", QStringLiteral("telemetry"), QStringLiteral("not-a-known-secret-0123456789abcdef"),
                batchOf(QStringLiteral("SCN-A"), 1, QDateTime::currentDateTimeUtc()), {{"Idempotency-Key", "unknown-batch-1"}})
            .status == 401);
  CHECK(telemetryOnServer(url, supervisor).isEmpty());  // nothing refused was stored
  // Supervisors read the scanner as it described itself.
  const RawReply scanners = rawCall(url, "GET", QStringLiteral("scanners"), supervisor);
  REQUIRE(scanners.status == 200);
  const auto list = model::decodeScannerList(scanners.body);
  REQUIRE(list.ok());
  REQUIRE(list.value->scanners.size() == 1);
  CHECK(list.value->scanners.first().vendor == QStringLiteral("Test Linac"));
}

TEST_CASE("A telemetry batch sent again with its key is stored once, oversize and malformed batches are refused", "[client][central][scanners]") {
  Fixture fx;
  CentralProcess central(fx.data());
  const QUrl url = central.url();
  REQUIRE(rawCall(url, "PUT", QStringLiteral("scanners/SCN-A"), kSecretA, body(scannerA())).status == 200);
  const QString supervisor = signInToken(url, QStringLiteral("zhao.min"), QStringLiteral("supervisor"));
  const QDateTime at = QDateTime::currentDateTimeUtc();

  const QByteArray batch = batchOf(QStringLiteral("SCN-A"), 3, at);
  const RawReply first = rawCall(url, "POST", QStringLiteral("telemetry"), kSecretA, batch, {{"Idempotency-Key", "SCN-A:batch-0001"}});
  REQUIRE(first.status == 201);
  const auto receipt = model::decodeTelemetryReceipt(first.body);
  REQUIRE(receipt.ok());
  CHECK(receipt.value->count == 3);
  // The answer was lost; the scanner sends the same batch again, re-serialised: the same receipt, nothing stored twice.
  const QByteArray spacedOut = QJsonDocument::fromJson(batch).toJson(QJsonDocument::Indented);
  const RawReply again = rawCall(url, "POST", QStringLiteral("telemetry"), kSecretA, spacedOut, {{"Idempotency-Key", "SCN-A:batch-0001"}});
  CHECK(again.status == 200);
  CHECK(QJsonDocument::fromJson(again.body) == QJsonDocument::fromJson(first.body));
  const QJsonArray stored = telemetryOnServer(url, supervisor);
  REQUIRE(stored.size() == 3);
  CHECK(stored[0].toObject().value(QStringLiteral("sequence")).toInteger() == receipt.value->first);
  CHECK(stored[2].toObject().value(QStringLiteral("sequence")).toInteger() == receipt.value->last);
  CHECK(stored[1].toObject().value(QStringLiteral("scannerId")).toString() == QStringLiteral("SCN-A"));
  // The same key with other events is a mistake, not a retry.
  CHECK(rawCall(url, "POST", QStringLiteral("telemetry"), kSecretA, batchOf(QStringLiteral("SCN-A"), 2, at), {{"Idempotency-Key", "SCN-A:batch-0001"}}).status == 422);

  // At most 500 events a request; a key is required; an event must be whole.
  const RawReply oversize = rawCall(url, "POST", QStringLiteral("telemetry"), kSecretA, batchOf(QStringLiteral("SCN-A"), 501, at), {{"Idempotency-Key", "SCN-A:batch-0002"}});
  CHECK(oversize.status == 413);
  CHECK(problemField(oversize) == QStringLiteral("events"));
  CHECK(rawCall(url, "POST", QStringLiteral("telemetry"), kSecretA, batchOf(QStringLiteral("SCN-A"), 500, at), {{"Idempotency-Key", "SCN-A:batch-0003"}}).status == 201);
  CHECK(rawCall(url, "POST", QStringLiteral("telemetry"), kSecretA, batchOf(QStringLiteral("SCN-A"), 1, at)).status == 400);
  QJsonObject broken = QJsonDocument::fromJson(batchOf(QStringLiteral("SCN-A"), 2, at)).object();
  QJsonArray events = broken.value(QStringLiteral("events")).toArray();
  QJsonObject second = events[1].toObject();
  second.insert(QStringLiteral("kind"), QStringLiteral("reboot"));
  events[1] = second;
  broken.insert(QStringLiteral("events"), events);
  const RawReply malformed = rawCall(url, "POST", QStringLiteral("telemetry"), kSecretA, QJsonDocument(broken).toJson(), {{"Idempotency-Key", "SCN-A:batch-0004"}});
  CHECK(malformed.status == 400);
  CHECK(problemField(malformed) == QStringLiteral("events[1].kind"));
  CHECK(telemetryOnServer(url, supervisor).size() == 503);
}

TEST_CASE("A disabled scanner is turned away, also while the central system runs", "[client][central][scanners]") {
  Fixture fx;
  CentralProcess central(fx.data());
  const QUrl url = central.url();
  REQUIRE(rawCall(url, "PUT", QStringLiteral("scanners/SCN-A"), kSecretA, body(scannerA())).status == 200);
  REQUIRE(rawCall(url, "POST", QStringLiteral("telemetry"), kSecretA, batchOf(QStringLiteral("SCN-A"), 2, QDateTime::currentDateTimeUtc()),
                  {{"Idempotency-Key", "SCN-A:before-disable"}})
              .status == 201);

  const CommandResult disabled = runCentralCommand({QStringLiteral("scanner"), QStringLiteral("disable"), QStringLiteral("SCN-A"), QStringLiteral("--data"), fx.data()});
  INFO(disabled.err.toStdString());
  REQUIRE(disabled.exitCode == 0);
  const RawReply refused = rawCall(url, "POST", QStringLiteral("telemetry"), kSecretA, batchOf(QStringLiteral("SCN-A"), 1, QDateTime::currentDateTimeUtc()),
                                   {{"Idempotency-Key", "SCN-A:after-disable"}});
  CHECK(refused.status == 403);
  CHECK(QString::fromUtf8(refused.body).contains(QStringLiteral("disabled")));
  CHECK(rawCall(url, "PUT", QStringLiteral("scanners/SCN-A"), kSecretA, body(scannerA())).status == 403);
  // The other scanner is untouched.
  model::Scanner b = scannerA();
  b.id = QStringLiteral("SCN-B");
  CHECK(rawCall(url, "PUT", QStringLiteral("scanners/SCN-B"), fx.secretB, body(b)).status == 200);

  const CommandResult list = runCentralCommand({QStringLiteral("scanner"), QStringLiteral("list"), QStringLiteral("--data"), fx.data()});
  REQUIRE(list.exitCode == 0);
  INFO(list.out.toStdString());
  const QStringList lines = list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
  REQUIRE(lines.size() == 3);
  CHECK(lines[1].startsWith(QStringLiteral("SCN-A")));
  CHECK(lines[1].contains(QStringLiteral(" disabled ")));
  CHECK(lines[1].contains(QStringLiteral("port=CNSHA,kind=cargo")));
  CHECK(lines[1].trimmed().endsWith(QStringLiteral(" 2")));  // its two events
  CHECK(lines[2].contains(QStringLiteral(" enabled ")));
  // Provisioning refuses a second credential for a scanner, and an unknown scanner cannot be disabled.
  CHECK(runCentralCommand({QStringLiteral("scanner"), QStringLiteral("add"), QStringLiteral("SCN-A"), QStringLiteral("--data"), fx.data()}).exitCode == 1);
  CHECK(runCentralCommand({QStringLiteral("scanner"), QStringLiteral("disable"), QStringLiteral("SCN-Z"), QStringLiteral("--data"), fx.data()}).exitCode == 1);
  CHECK(runCentralCommand({QStringLiteral("scanner"), QStringLiteral("add"), QStringLiteral("SCN-C"), QStringLiteral("--data"), fx.data()}, QStringLiteral("too-short"))
            .exitCode == 1);
}

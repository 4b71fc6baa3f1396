#include "sync/server/TelemetryIngest.h"

#include "sync/model/TelemetryReport.h"
#include "sync/server/Credentials.h"
#include "sync/server/HttpExchange.h"
#include "sync/server/ServerLog.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace cip::server {

namespace {

using Method = QHttpServerRequest::Method;

bool isDescription(const HttpExchange& x) {
  return x.path().size() == 2 && x.path()[0] == QLatin1String("scanners") && x.request().method() == Method::Put;
}

bool isBatch(const HttpExchange& x) {
  return x.path() == QStringList{QStringLiteral("telemetry")} && x.request().method() == Method::Post;
}

void forbidden(HttpExchange& x, const QString& detail, const QString& field = {}) {
  x.problem(403, QStringLiteral("forbidden"), QStringLiteral("Forbidden"), detail, field);
}

void invalid(HttpExchange& x, int status, const QString& detail, const QString& field) {
  x.problem(status, QStringLiteral("invalid-document"), QStringLiteral("Invalid document"), detail, field);
}

}  // namespace

bool TelemetryIngest::handles(const HttpExchange& x) { return isDescription(x) || isBatch(x); }

void TelemetryIngest::serve(HttpExchange& x) {
  const std::optional<ScannerCredential> credential = authenticate(x);
  if (!credential) return;
  if (isDescription(x)) return describe(x, *credential, x.path()[1]);
  receive(x, *credential);
}

std::optional<ScannerCredential> TelemetryIngest::authenticate(HttpExchange& x) {
  const QByteArray auth = x.header("Authorization");
  const QString secret = auth.startsWith("Bearer ") ? QString::fromLatin1(auth.mid(7).trimmed()) : QString();
  if (!secret.isEmpty()) {
    if (std::optional<ScannerCredential> credential = credentials_.bySecret(secret)) {
      if (!credential->disabled()) return credential;
      forbidden(x, QStringLiteral("the credential of scanner %1 is disabled").arg(credential->scannerId));
      return std::nullopt;
    }
    if (store_.session(tokenDigest(secret), x.now())) {
      forbidden(x, QStringLiteral("%1 takes a scanner's credential, not a user's token").arg(x.request().url().path()));
      return std::nullopt;
    }
  }
  x.problem(401, QStringLiteral("unauthorized"), QStringLiteral("Scanner credential needed"),
            QStringLiteral("a valid scanner credential is required (Authorization: Bearer <secret>)"));
  return std::nullopt;
}

void TelemetryIngest::describe(HttpExchange& x, const ScannerCredential& credential, const QString& scannerId) {
  if (scannerId != credential.scannerId)
    return forbidden(x, QStringLiteral("this credential speaks for scanner %1, not %2").arg(credential.scannerId, scannerId));
  const model::Decoded<model::Scanner> scanner = model::decodeScanner(x.request().body());
  if (!scanner.ok()) return invalid(x, 400, scanner.error.toString(), scanner.error.field);
  const model::Scanner& s = *scanner.value;
  if (s.id != scannerId) return invalid(x, 422, QStringLiteral("the document describes %1, the path names %2").arg(s.id, scannerId), QStringLiteral("id"));
  if (!credential.site.isEmpty() && s.site != credential.site)
    return invalid(x, 422, QStringLiteral("scanner %1 was provisioned at %2, not %3").arg(scannerId, credential.site, s.site), QStringLiteral("site"));
  if (credential.kind && s.kind != *credential.kind)
    return invalid(x, 422,
                   QStringLiteral("scanner %1 was provisioned as %2, not %3")
                       .arg(scannerId, model::enumToString(model::kScannerKindNames, *credential.kind), model::enumToString(model::kScannerKindNames, s.kind)),
                   QStringLiteral("kind"));
  if (!credential.model.isEmpty() && s.model != credential.model)
    return invalid(x, 422, QStringLiteral("scanner %1 was provisioned as model %2, not %3").arg(scannerId, credential.model, s.model), QStringLiteral("model"));
  store_.saveScanner(s);
  x.json(200, model::toJson(s));
}

void TelemetryIngest::receive(HttpExchange& x, const ScannerCredential& credential) {
  const std::optional<QString> idempotencyKey = x.idempotencyKey(QStringLiteral("the batch's"));
  if (!idempotencyKey) return;
  const QString& key = *idempotencyKey;
  model::DecodeError error;
  const std::optional<QJsonObject> root = model::parseObject(x.request().body(), &error);
  if (!root) return invalid(x, 400, error.toString(), error.field);
  if (const qsizetype n = root->value(QStringLiteral("events")).toArray().size(); n > model::kMaxTelemetryBatch)
    return x.problem(413, QStringLiteral("batch-too-large"), QStringLiteral("Batch too large"),
                     QStringLiteral("%1 events; at most %2 per request").arg(n).arg(model::kMaxTelemetryBatch), QStringLiteral("events"));
  model::JsonReader reader(*root, QString(), &error);
  const model::TelemetryBatch batch = model::readTelemetryBatch(reader);
  if (!reader.ok()) return invalid(x, 400, error.toString(), error.field);
  for (int i = 0; i < batch.events.size(); ++i)
    if (batch.events[i].scannerId != credential.scannerId)
      return forbidden(x, QStringLiteral("this credential speaks for scanner %1, not %2").arg(credential.scannerId, batch.events[i].scannerId),
                       QStringLiteral("events[%1].scannerId").arg(i));
  if (!credentials_.described(credential.scannerId))
    return x.problem(409, QStringLiteral("not-described"), QStringLiteral("Scanner not described"),
                     QStringLiteral("scanner %1 has not described itself yet: PUT /api/v1/scanners/%1 first").arg(credential.scannerId));
  // The batch's identity is its content, not its spelling: a retry re-serialised differently is the same batch.
  const QString bodyHash = QString::fromLatin1(QCryptographicHash::hash(model::toCompactJson(model::toJson(batch)), QCryptographicHash::Sha256).toHex());
  const TelemetryBatchOutcome outcome = credentials_.storeBatch(credential.scannerId, key, bodyHash, batch.events, x.now());
  switch (outcome.outcome) {
    case TelemetryBatchOutcome::Stored:
      qCDebug(lcServer) << credential.scannerId << "reported" << outcome.receipt.count << "events";
      return x.json(201, model::toJson(outcome.receipt));
    case TelemetryBatchOutcome::Replayed: return x.json(200, model::toJson(outcome.receipt));
    case TelemetryBatchOutcome::KeyReused:
      return x.problem(422, QStringLiteral("key-reused"), QStringLiteral("Idempotency key reused"), QStringLiteral("this key was sent with other events"));
  }
}

}  // namespace cip::server

#include "sync/server/ScannerCredentials.h"

#include "sync/server/Credentials.h"
#include "sync/server/StoreSql.h"

#include <QRegularExpression>

namespace cip::server {

namespace {

constexpr qint64 kKeyRetentionSeconds = 7LL * 24 * 3600;

QDateTime timeOf(const QVariant& value) {
  return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QVariant orNull(const QString& text) { return text.isEmpty() ? QVariant() : QVariant(text); }

constexpr const char* kColumns = "scanner_id, model, site, kind, created_at, disabled_at";

ScannerCredential credentialOf(const QSqlQuery& row) {
  ScannerCredential c;
  c.scannerId = row.value(0).toString();
  c.model = row.value(1).toString();
  c.site = row.value(2).toString();
  c.kind = model::enumFromString(model::kScannerKindNames, row.value(3).toString());
  c.createdAt = timeOf(row.value(4));
  c.disabledAt = timeOf(row.value(5));
  return c;
}

}  // namespace

QString ScannerCredentials::generateSecret() { return QStringLiteral("scn_") + newToken(); }

bool ScannerCredentials::acceptableSecret(const QString& secret) {
  static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._~+/=-]{32,256}$"));
  return pattern.match(secret).hasMatch();
}

void ScannerCredentials::add(const ScannerCredential& c, const QString& secret, const QDateTime& now) {
  Transaction transaction(store_.database(), store_.path());
  if (find(c.scannerId)) throw CentralStoreError(QStringLiteral("scanner %1 already has a credential").arg(c.scannerId));
  if (bySecret(secret)) throw CentralStoreError(QStringLiteral("that secret is already another scanner's"));
  runSql(store_.database(), store_.path(),
         QStringLiteral("INSERT INTO scanner_credentials (scanner_id, secret_hash, model, site, kind, created_at) VALUES (?,?,?,?,?,?)"),
         {c.scannerId, tokenDigest(secret), orNull(c.model), orNull(c.site),
          c.kind ? QVariant(model::enumToString(model::kScannerKindNames, *c.kind)) : QVariant(), model::timestampToString(now)});
  transaction.commit(store_.path());
}

QList<ScannerCredential> ScannerCredentials::list() const {
  QSqlQuery query = runSql(store_.database(), store_.path(),
                           QStringLiteral("SELECT %1 FROM scanner_credentials ORDER BY scanner_id").arg(QLatin1String(kColumns)));
  QList<ScannerCredential> out;
  while (query.next()) out << credentialOf(query);
  return out;
}

std::optional<ScannerCredential> ScannerCredentials::find(const QString& scannerId) const {
  QSqlQuery query = runSql(store_.database(), store_.path(),
                           QStringLiteral("SELECT %1 FROM scanner_credentials WHERE scanner_id=?").arg(QLatin1String(kColumns)), {scannerId});
  if (!query.next()) return std::nullopt;
  return credentialOf(query);
}

std::optional<ScannerCredential> ScannerCredentials::bySecret(const QString& secret) const {
  QSqlQuery query = runSql(store_.database(), store_.path(),
                           QStringLiteral("SELECT %1 FROM scanner_credentials WHERE secret_hash=?").arg(QLatin1String(kColumns)), {tokenDigest(secret)});
  if (!query.next()) return std::nullopt;
  return credentialOf(query);
}

bool ScannerCredentials::disable(const QString& scannerId, const QDateTime& now) {
  QSqlQuery query = runSql(store_.database(), store_.path(),
                           QStringLiteral("UPDATE scanner_credentials SET disabled_at=coalesce(disabled_at, ?) WHERE scanner_id=?"),
                           {model::timestampToString(now), scannerId});
  return query.numRowsAffected() > 0;
}

bool ScannerCredentials::described(const QString& scannerId) const {
  return runSql(store_.database(), store_.path(), QStringLiteral("SELECT 1 FROM scanners WHERE id=?"), {scannerId}).next();
}

std::pair<QDateTime, qint64> ScannerCredentials::lastReport(const QString& scannerId) const {
  QSqlQuery query = runSql(store_.database(), store_.path(),
                           QStringLiteral("SELECT max(json_extract(document, '$.at')), count(*) FROM telemetry WHERE scanner_id=?"), {scannerId});
  if (!query.next()) return {};
  return {timeOf(query.value(0)), query.value(1).toLongLong()};
}

TelemetryBatchOutcome ScannerCredentials::storeBatch(const QString& scannerId, const QString& key, const QString& bodyHash,
                                                     const QList<model::TelemetryEvent>& events, const QDateTime& now) {
  const QSqlDatabase db = store_.database();
  Transaction transaction(db, store_.path());
  QSqlQuery seen = runSql(db, store_.path(),
                          QStringLiteral("SELECT body_hash, first_sequence, last_sequence FROM telemetry_batches WHERE scanner_id=? AND idempotency_key=?"),
                          {scannerId, key});
  if (seen.next()) {
    const qint64 first = seen.value(1).toLongLong(), last = seen.value(2).toLongLong();
    return {seen.value(0).toString() == bodyHash ? TelemetryBatchOutcome::Replayed : TelemetryBatchOutcome::KeyReused,
            {first, last, static_cast<int>(last - first + 1)}};
  }
  model::TelemetryReceipt receipt;
  for (model::TelemetryEvent event : events) {
    event.scannerId = scannerId;
    const qint64 sequence = store_.addTelemetry(event);
    if (receipt.first == 0) receipt.first = sequence;
    receipt.last = sequence;
    ++receipt.count;
  }
  runSql(db, store_.path(),
         QStringLiteral("INSERT INTO telemetry_batches (scanner_id, idempotency_key, body_hash, first_sequence, last_sequence, received_at) "
                        "VALUES (?,?,?,?,?,?)"),
         {scannerId, key, bodyHash, receipt.first, receipt.last, model::timestampToString(now)});
  runSql(db, store_.path(), QStringLiteral("DELETE FROM telemetry_batches WHERE received_at<?"),
         {model::timestampToString(now.addSecs(-kKeyRetentionSeconds))});
  transaction.commit(store_.path());
  return {TelemetryBatchOutcome::Stored, receipt};
}

}  // namespace cip::server

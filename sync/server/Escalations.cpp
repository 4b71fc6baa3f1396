#include "sync/server/Escalations.h"

#include "sync/server/HttpExchange.h"
#include "sync/server/StoreSql.h"

#include <QCryptographicHash>

namespace cip::server {

namespace {
constexpr int kPage = 500;
}  // namespace

void Escalations::receive(HttpExchange& x, const QString& analyst) {
  const std::optional<QString> idempotencyKey = x.idempotencyKey(QStringLiteral("the hand-over's"));
  if (!idempotencyKey) return;
  const QString& key = *idempotencyKey;
  const model::Decoded<model::Escalation> escalation = model::decodeEscalation(x.request().body());
  if (!escalation.ok())
    return x.problem(400, QStringLiteral("invalid-document"), QStringLiteral("Invalid hand-over"), escalation.error.toString(), escalation.error.field);
  const model::Verdict& verdict = escalation.value->verdict;
  if (verdict.analyst != analyst)
    return x.problem(403, QStringLiteral("forbidden"), QStringLiteral("Forbidden"), QStringLiteral("a verdict is handed over by its own analyst"),
                     QStringLiteral("verdict.analyst"));
  const QString document = jsonText(model::toJson(*escalation.value));
  const QString bodyHash = QString::fromLatin1(QCryptographicHash::hash(document.toUtf8(), QCryptographicHash::Sha256).toHex());
  Transaction transaction(store_.database(), store_.path());
  QSqlQuery seen = runSql(store_.database(), store_.path(), QStringLiteral("SELECT cursor, body_hash, received_at FROM escalations WHERE idempotency_key=?"), {key});
  if (seen.next()) {
    if (seen.value(1).toString() != bodyHash)
      return x.problem(422, QStringLiteral("key-reused"), QStringLiteral("Idempotency key reused"), QStringLiteral("this key was sent with another hand-over"));
    return x.json(200, {{QStringLiteral("cursor"), seen.value(0).toDouble()}, {QStringLiteral("receivedAt"), seen.value(2).toString()}});
  }
  const QSqlQuery inserted = runSql(store_.database(), store_.path(),
                                    QStringLiteral("INSERT INTO escalations (idempotency_key, body_hash, analyst, job_id, verdict_id, document, received_at) "
                                                   "VALUES (?,?,?,?,?,?,?)"),
                                    {key, bodyHash, analyst, verdict.jobId, verdict.id, document, model::timestampToString(x.now())});
  const qint64 cursor = inserted.lastInsertId().toLongLong();
  transaction.commit(store_.path());
  x.json(201, {{QStringLiteral("cursor"), static_cast<double>(cursor)}, {QStringLiteral("receivedAt"), model::timestampToString(x.now())}});
}

void Escalations::list(HttpExchange& x) {
  model::EscalationPage page;
  page.next = std::max<qint64>(0, x.query(QStringLiteral("since")).toLongLong());
  QSqlQuery query = runSql(store_.database(), store_.path(),
                           QStringLiteral("SELECT cursor, document, received_at FROM escalations WHERE cursor>? ORDER BY cursor LIMIT ?"), {page.next, kPage});
  while (query.next()) {
    const model::Decoded<model::Escalation> escalation = model::decodeEscalation(query.value(1).toByteArray());
    if (!escalation.ok())
      throw CentralStoreError(QStringLiteral("%1: escalation %2 is damaged: %3").arg(store_.path(), query.value(0).toString(), escalation.error.toString()));
    page.escalations.append({query.value(0).toLongLong(), *escalation.value, QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs)});
    page.next = query.value(0).toLongLong();
  }
  x.json(200, model::toJson(page));
}

}  // namespace cip::server

#include "sync/store/OutboxRepository.h"

#include "sync/model/Json.h"
#include "sync/store/JsonColumn.h"

namespace cip::store {

namespace {
constexpr const char* kColumns =
    "SELECT id, verdict_id, idempotency_key, payload, created_at, attempts, next_attempt_at, "
    "last_error, sent_at FROM verdict_outbox ";
}  // namespace

qint64 OutboxRepository::enqueue(const QString& verdictId, const QString& idempotencyKey,
                                 const QByteArray& payload, const QDateTime& now) {
  const QString at = model::timestampToString(now);
  db_.prepare("INSERT INTO verdict_outbox (verdict_id, idempotency_key, payload, created_at, "
              "next_attempt_at) VALUES (?1,?2,?3,?4,?4)")
      .bind(1, verdictId).bind(2, idempotencyKey).bind(3, QString::fromUtf8(payload)).bind(4, at)
      .run();
  return db_.lastInsertRowId();
}

QList<OutboxItem> OutboxRepository::select(Statement& query) const {
  QList<OutboxItem> items;
  while (query.step()) {
    OutboxItem item;
    item.id = query.integer(0);
    item.verdictId = query.text(1);
    item.idempotencyKey = query.text(2);
    item.payload = query.text(3).toUtf8();
    item.createdAt = timestampColumn(query.text(4));
    item.attempts = static_cast<int>(query.integer(5));
    item.nextAttemptAt = timestampColumn(query.text(6));
    item.lastError = query.text(7);
    item.sentAt = timestampColumn(query.text(8));
    items << item;
  }
  return items;
}

QList<OutboxItem> OutboxRepository::due(const QDateTime& now, int limit) const {
  const QByteArray sql = QByteArray(kColumns) +
                         "WHERE sent_at IS NULL AND next_attempt_at <= ?1 ORDER BY id LIMIT ?2";
  Statement query = db_.prepare(sql.constData());
  query.bind(1, model::timestampToString(now)).bind(2, limit);
  return select(query);
}

QList<OutboxItem> OutboxRepository::all() const {
  const QByteArray sql = QByteArray(kColumns) + "ORDER BY id";
  Statement query = db_.prepare(sql.constData());
  return select(query);
}

int OutboxRepository::pendingCount() const {
  Statement query = db_.prepare("SELECT count(*) FROM verdict_outbox WHERE sent_at IS NULL");
  return query.step() ? static_cast<int>(query.integer(0)) : 0;
}

std::optional<OutboxItem> OutboxRepository::findByVerdict(const QString& verdictId) const {
  const QByteArray sql = QByteArray(kColumns) + "WHERE verdict_id=?1";
  Statement query = db_.prepare(sql.constData());
  query.bind(1, verdictId);
  QList<OutboxItem> items = select(query);
  if (items.isEmpty()) return std::nullopt;
  return items.first();
}

void OutboxRepository::markSent(qint64 id, const QDateTime& at) {
  db_.prepare("UPDATE verdict_outbox SET sent_at=?2, attempts=attempts+1, last_error=NULL "
              "WHERE id=?1 AND sent_at IS NULL")
      .bind(1, id).bind(2, model::timestampToString(at)).run();
}

void OutboxRepository::markFailed(qint64 id, const QString& error, const QDateTime& nextAttemptAt) {
  db_.prepare("UPDATE verdict_outbox SET attempts=attempts+1, last_error=?2, next_attempt_at=?3 "
              "WHERE id=?1 AND sent_at IS NULL")
      .bind(1, id).bind(2, error.left(2000)).bind(3, model::timestampToString(nextAttemptAt)).run();
}

}  // namespace cip::store

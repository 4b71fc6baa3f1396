#include "sync/store/OutboxRepository.h"

#include "sync/model/Json.h"
#include "sync/store/JsonColumn.h"

namespace cip::store {

namespace {
constexpr const char* kColumns =
    "SELECT o.id, o.verdict_id, o.idempotency_key, o.payload, o.created_at, o.attempts, o.next_attempt_at, "
    "o.last_error, o.sent_at, o.session_id, o.refused_at, o.resolved_at, o.resolution, v.analyst, v.job_id, "
    "o.resolution_note, o.escalated_at "
    "FROM verdict_outbox o JOIN verdicts v ON v.id = o.verdict_id ";
constexpr const char* kPending = "o.sent_at IS NULL AND o.refused_at IS NULL ";
}  // namespace

qint64 OutboxRepository::enqueue(const QString& verdictId, const QString& idempotencyKey,
                                 const QByteArray& payload, const QDateTime& now, qint64 sessionId) {
  const QString at = model::timestampToString(now);
  db_.prepare("INSERT INTO verdict_outbox (verdict_id, idempotency_key, payload, created_at, "
              "next_attempt_at, session_id) VALUES (?1,?2,?3,?4,?4,?5)")
      .bind(1, verdictId).bind(2, idempotencyKey).bind(3, QString::fromUtf8(payload)).bind(4, at)
      .bind(5, sessionId > 0 ? std::optional<qint64>(sessionId) : std::nullopt)
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
    item.sessionId = query.integer(9);
    item.refusedAt = timestampColumn(query.text(10));
    item.resolvedAt = timestampColumn(query.text(11));
    item.resolution = query.text(12);
    item.analyst = query.text(13);
    item.jobId = query.text(14);
    item.resolutionNote = query.text(15);
    item.escalatedAt = timestampColumn(query.text(16));
    items << item;
  }
  return items;
}

QList<OutboxItem> OutboxRepository::due(const QDateTime& now, int limit) const {
  const QByteArray sql = QByteArray(kColumns) + "WHERE " + kPending + "AND o.next_attempt_at <= ?1 ORDER BY o.id LIMIT ?2";
  Statement query = db_.prepare(sql.constData());
  query.bind(1, model::timestampToString(now)).bind(2, limit);
  return select(query);
}

QList<OutboxItem> OutboxRepository::dueFor(const QString& analyst, const QDateTime& now, int limit) const {
  const QByteArray sql = QByteArray(kColumns) + "WHERE " + kPending + "AND o.next_attempt_at <= ?1 AND v.analyst = ?3 ORDER BY o.id LIMIT ?2";
  Statement query = db_.prepare(sql.constData());
  query.bind(1, model::timestampToString(now)).bind(2, limit).bind(3, analyst);
  return select(query);
}

QList<OutboxItem> OutboxRepository::all() const {
  const QByteArray sql = QByteArray(kColumns) + "ORDER BY o.id";
  Statement query = db_.prepare(sql.constData());
  return select(query);
}

int OutboxRepository::pendingCount() const {
  Statement query = db_.prepare("SELECT count(*) FROM verdict_outbox o WHERE o.sent_at IS NULL AND o.refused_at IS NULL");
  return query.step() ? static_cast<int>(query.integer(0)) : 0;
}

int OutboxRepository::pendingCount(const QString& analyst) const {
  Statement query = db_.prepare("SELECT count(*) FROM verdict_outbox o JOIN verdicts v ON v.id = o.verdict_id "
                                "WHERE o.sent_at IS NULL AND o.refused_at IS NULL AND v.analyst = ?1");
  query.bind(1, analyst);
  return query.step() ? static_cast<int>(query.integer(0)) : 0;
}

std::optional<OutboxItem> OutboxRepository::findByVerdict(const QString& verdictId) const {
  const QByteArray sql = QByteArray(kColumns) + "WHERE o.verdict_id=?1";
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

void OutboxRepository::markRefused(qint64 id, const QString& reason, const QDateTime& at) {
  db_.prepare("UPDATE verdict_outbox SET attempts=attempts+1, last_error=?2, refused_at=?3 WHERE id=?1 AND sent_at IS NULL")
      .bind(1, id).bind(2, reason.left(2000)).bind(3, model::timestampToString(at)).run();
}

QList<OutboxItem> OutboxRepository::refused(const QString& analyst) const {
  const QByteArray sql = QByteArray(kColumns) + "WHERE o.refused_at IS NOT NULL AND o.resolved_at IS NULL AND v.analyst = ?1 ORDER BY o.id";
  Statement query = db_.prepare(sql.constData());
  query.bind(1, analyst);
  return select(query);
}

void OutboxRepository::resolve(qint64 id, const QString& resolution, const QDateTime& at, const QString& note) {
  db_.prepare("UPDATE verdict_outbox SET resolution=?2, resolved_at=?3, resolution_note=?4 WHERE id=?1 AND refused_at IS NOT NULL")
      .bind(1, id).bind(2, resolution).bind(3, model::timestampToString(at)).bind(4, note.left(4000)).run();
}

QList<OutboxItem> OutboxRepository::handOversDue(const QString& analyst) const {
  const QByteArray sql = QByteArray(kColumns) +
                         "WHERE o.resolution='handed-to-supervisor' AND o.escalated_at IS NULL AND v.analyst = ?1 ORDER BY o.id";
  Statement query = db_.prepare(sql.constData());
  query.bind(1, analyst);
  return select(query);
}

void OutboxRepository::markEscalated(qint64 id, const QDateTime& at) {
  db_.prepare("UPDATE verdict_outbox SET escalated_at=?2 WHERE id=?1").bind(1, id).bind(2, model::timestampToString(at)).run();
}

void OutboxRepository::reopenRefusal(qint64 id, const QString& reason, const QDateTime& at) {
  db_.prepare("UPDATE verdict_outbox SET resolution=NULL, resolved_at=NULL, resolution_note=NULL, last_error=?2, refused_at=?3 WHERE id=?1")
      .bind(1, id).bind(2, reason.left(2000)).bind(3, model::timestampToString(at)).run();
}

int OutboxRepository::awaitingConfirmation(const QString& analyst) const {
  Statement query = db_.prepare("SELECT count(*) FROM verdict_outbox o JOIN verdicts v ON v.id = o.verdict_id "
                                "JOIN sessions s ON s.id = o.session_id WHERE v.analyst = ?1 AND s.verification = 'offline' "
                                "AND s.confirmed_at IS NULL");
  query.bind(1, analyst);
  return query.step() ? static_cast<int>(query.integer(0)) : 0;
}

int OutboxRepository::pruneDelivered(const QDateTime& before) {
  // Sent, or refused and dealt with — a hand-over only once the central system has it.
  db_.prepare("DELETE FROM verdict_outbox WHERE (sent_at IS NOT NULL AND sent_at < ?1) OR (resolved_at IS NOT NULL AND resolved_at < ?1 "
              "AND (resolution <> 'handed-to-supervisor' OR escalated_at IS NOT NULL))")
      .bind(1, model::timestampToString(before)).run();
  return db_.changes();
}

}  // namespace cip::store

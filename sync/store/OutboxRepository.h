#pragma once

#include "sync/store/Database.h"

#include <QDateTime>

namespace cip::store {

/// A verdict waiting to reach the central system. The idempotency key travels with every try,
/// so the server recognises a retry and never records the verdict twice.
struct OutboxItem {
  qint64 id = 0;
  QString verdictId;
  QString idempotencyKey;
  QByteArray payload;  ///< the JSON body to POST
  QDateTime createdAt;
  int attempts = 0;
  QDateTime nextAttemptAt;
  QString lastError;
  QDateTime sentAt;    ///< null while pending
};

/// The verdict outbox. Its rows live in the database, so what was queued survives a crash or a
/// restart, and the backoff schedule (attempts, next attempt) survives with it.
class OutboxRepository {
 public:
  explicit OutboxRepository(Database& db) : db_(db) {}

  /// Queues a verdict (inside the caller's transaction when there is one).
  qint64 enqueue(const QString& verdictId, const QString& idempotencyKey, const QByteArray& payload,
                 const QDateTime& now);
  /// Pending items whose next attempt is due at `now`, oldest first.
  QList<OutboxItem> due(const QDateTime& now, int limit = 50) const;
  QList<OutboxItem> all() const;
  int pendingCount() const;
  std::optional<OutboxItem> findByVerdict(const QString& verdictId) const;
  void markSent(qint64 id, const QDateTime& at);
  /// Records a failed try and when to try again (the client computes backoff with jitter).
  void markFailed(qint64 id, const QString& error, const QDateTime& nextAttemptAt);

 private:
  QList<OutboxItem> select(Statement& query) const;
  Database& db_;
};

}  // namespace cip::store

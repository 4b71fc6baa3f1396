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
  qint64 sessionId = 0;    ///< the local session that submitted it (0: before sessions were kept)
  QDateTime refusedAt;     ///< the server refused the verdict itself; `lastError` says why
  QDateTime resolvedAt;    ///< a refused verdict dealt with: decided again or handed to a supervisor
  QString resolution;
  QString resolutionNote;
  QDateTime escalatedAt;   ///< a hand-over to a supervisor, once the central system has it
  QString analyst;         ///< the verdict's analyst
  QString jobId;           ///< the verdict's job
};

/// The verdict outbox. Its rows live in the database, so what was queued survives a crash or a
/// restart, and the backoff schedule (attempts, next attempt) survives with it.
class OutboxRepository {
 public:
  explicit OutboxRepository(Database& db) : db_(db) {}

  /// Queues a verdict (inside the caller's transaction when there is one).
  qint64 enqueue(const QString& verdictId, const QString& idempotencyKey, const QByteArray& payload,
                 const QDateTime& now, qint64 sessionId = 0);
  /// Pending items (of every analyst) whose next attempt is due at `now`, oldest first.
  QList<OutboxItem> due(const QDateTime& now, int limit = 50) const;
  /// The same for one analyst: only their own signed-in session may send their verdicts.
  QList<OutboxItem> dueFor(const QString& analyst, const QDateTime& now, int limit = 50) const;
  QList<OutboxItem> all() const;
  /// Verdicts still to send (not refused), of every analyst / of one.
  int pendingCount() const;
  int pendingCount(const QString& analyst) const;
  std::optional<OutboxItem> findByVerdict(const QString& verdictId) const;
  void markSent(qint64 id, const QDateTime& at);
  /// Records a failed try and when to try again (the client computes backoff with jitter).
  void markFailed(qint64 id, const QString& error, const QDateTime& nextAttemptAt);
  /// The server refused the verdict itself (not the link): kept, never retried, shown to the
  /// analyst until it is dealt with.
  void markRefused(qint64 id, const QString& reason, const QDateTime& at);
  /// Refused verdicts of `analyst` not yet dealt with, oldest first.
  QList<OutboxItem> refused(const QString& analyst) const;
  /// Records what became of a refused verdict ("decided-again", "handed-to-supervisor" with the
  /// analyst's note).
  void resolve(qint64 id, const QString& resolution, const QDateTime& at, const QString& note = {});
  /// Refused verdicts of `analyst` handed to a supervisor that the central system has not taken yet.
  QList<OutboxItem> handOversDue(const QString& analyst) const;
  void markEscalated(qint64 id, const QDateTime& at);
  /// The central system refused the hand-over too: the verdict is back among the refused ones.
  void reopenRefusal(qint64 id, const QString& reason, const QDateTime& at);
  /// Verdicts of `analyst` submitted in an offline-verified session not yet confirmed.
  int awaitingConfirmation(const QString& analyst) const;
  /// Deletes rows sent (or refused and resolved) before `before`; returns how many. The verdicts
  /// themselves stay: only the delivery records go.
  int pruneDelivered(const QDateTime& before);

 private:
  QList<OutboxItem> select(Statement& query) const;
  Database& db_;
};

}  // namespace cip::store

#pragma once

#include "sync/model/Verdict.h"
#include "sync/store/Database.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace cip::store {

/// Which of one analyst's verdicts the history ("My verdicts") lists. Only `analyst`'s own rows
/// are ever read; every other field narrows them further.
struct VerdictHistoryFilter {
  QString analyst;
  QDateTime from;       ///< submitted at or after; null: no lower bound
  QDateTime until;      ///< submitted before; null: no upper bound
  QString container;    ///< part of one of the job's container numbers, in any case; empty: any
  std::optional<model::Decision> decision;
  QString verdictId;    ///< this verdict only (reopening one); empty: all
};

/// Where a verdict stands with the central system, as far as this workstation recorded it.
/// `NotKept`: no delivery record any more (delivered or dealt-with rows are pruned after the
/// retention period), so the workstation no longer knows.
enum class Delivery { Pending, Delivered, Refused, NotKept };

/// One line of the history: what it is listed and filtered by, read without the verdict document.
struct VerdictHistoryEntry {
  QString verdictId;
  QString jobId;
  model::Decision decision = model::Decision::Release;
  QDateTime submittedAt;
  QStringList containerNumbers;  ///< the job's, as read at the scanner
  QString port;
  Delivery delivery = Delivery::NotKept;
  QDateTime deliveryAt;          ///< when it was delivered or refused
  QString supersededBy;          ///< the verdict that replaced this one, if any
};

/// Submitted verdicts. Submission is one transaction: the verdict, its frozen annotations, the
/// job's new status, the outbox row and the audit entry are all written, or none is.
class VerdictRepository {
 public:
  explicit VerdictRepository(Database& db) : db_(db) {}

  /// Validates and records the verdict with the local audit chain's head after it (its
  /// `auditHead`); throws StoreError (nothing written) when it is invalid, when the job is
  /// unknown, or when the verdict id was already used. `sessionId` is the local session that
  /// submits it (an offline-verified one marks the verdict until the user is confirmed).
  void submit(const model::Verdict& verdict, const QString& idempotencyKey, qint64 sessionId = 0);
  std::optional<model::Verdict> find(const QString& id) const;
  QList<model::Verdict> forJob(const QString& jobId) const;
  int count() const;
  /// One page of `filter.analyst`'s verdicts, newest first (submission time, then id): the
  /// `limit` that come after `after` (null: from the newest). Read through the analyst's index
  /// from where the last page ended, so the thousandth page costs what the first does.
  QList<VerdictHistoryEntry> history(const VerdictHistoryFilter& filter, int limit, const VerdictHistoryEntry* after = nullptr) const;
  /// How many verdicts the filter finds in all.
  int historyCount(const VerdictHistoryFilter& filter) const;

 private:
  Database& db_;
};

}  // namespace cip::store

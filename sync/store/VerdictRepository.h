#pragma once

#include "sync/model/Verdict.h"
#include "sync/store/Database.h"

#include <optional>

namespace cip::store {

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

 private:
  Database& db_;
};

}  // namespace cip::store

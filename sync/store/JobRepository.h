#pragma once

#include "sync/model/Job.h"
#include "sync/store/Database.h"

#include <optional>

namespace cip::store {

/// Jobs and their scan files. Saving a job again (a later pull) updates it without losing what
/// the workstation added locally: downloaded file paths, the time the analyst opened it.
class JobRepository {
 public:
  explicit JobRepository(Database& db) : db_(db) {}

  void save(const model::Job& job);
  std::optional<model::Job> find(const QString& id) const;
  /// Jobs still to be worked (assigned or in progress), most urgent first, then earliest deadline.
  QList<model::Job> queue() const;
  QList<model::Job> all() const;
  int count() const;
  void setStatus(const QString& jobId, model::JobStatus status);
  /// Records the first time the analyst opened the job; later calls keep the first time.
  void markOpened(const QString& jobId, const QDateTime& at);
  QDateTime openedAt(const QString& jobId) const;
  /// Called once a scan's file is on disk and its SHA-256 verified.
  void setScanLocalPath(const QString& scanId, const QString& path);
  QString scanLocalPath(const QString& scanId) const;

 private:
  QList<model::Job> select(Statement& query) const;
  QList<model::ScanRef> scansOf(const QString& jobId) const;
  Database& db_;
};

}  // namespace cip::store

#pragma once

#include "sync/model/Job.h"
#include "sync/store/Database.h"

#include <QHash>

#include <optional>

namespace cip::store {

/// Jobs and their scan files. Saving a job again (a later pull) updates it without losing what
/// the workstation added locally: downloaded file paths, the time the analyst opened it.
class JobRepository {
 public:
  explicit JobRepository(Database& db) : db_(db) {}

  void save(const model::Job& job);
  std::optional<model::Job> find(const QString& id) const;
  /// Jobs still to be worked (assigned or in progress), by urgency: earliest deadline first, then
  /// the higher priority. The queue panel sorts the same way by default, so N opens its top job.
  QList<model::Job> queue() const;
  /// The same, of one analyst only: what the central system gave them. A job the central system
  /// withdrew stays while the analyst has work on it (see `withdrawn`), else it leaves the queue.
  QList<model::Job> queue(const QString& analyst) const;
  /// Jobs of `analyst` the central system withdrew while they had work on them: id → when.
  QHash<QString, QDateTime> withdrawn(const QString& analyst) const;
  /// Jobs of `analyst` this workstation holds as theirs to work (assigned or in progress, not
  /// withdrawn): what a complete job list from the central system is compared with.
  QStringList activeJobIds(const QString& analyst) const;
  /// The central system no longer lists the job for its analyst. Saving it again (a later pull
  /// that lists it) clears the mark.
  void markWithdrawn(const QString& jobId, const QDateTime& at);
  /// The central system lists these jobs for their analyst again.
  void clearWithdrawn(const QStringList& jobIds);
  /// Whether the analyst has work on the job here: opened it, or drew marks on it.
  bool hasLocalWork(const QString& jobId) const;
  /// A claim or release the central system has not confirmed yet ("claim", "release"; empty: none).
  void setPendingCall(const QString& jobId, const QString& call);
  /// The central system answered `call`: cleared unless another call was recorded meanwhile.
  void clearPendingCall(const QString& jobId, const QString& call);
  /// A release to send with its body (the analyst's reason, JSON).
  void setPendingRelease(const QString& jobId, const QByteArray& body);
  /// The body of the job's pending release (empty when none).
  QByteArray pendingReleaseBody(const QString& jobId) const;
  /// Jobs of `analyst` with a claim or release still to send: id → call.
  QHash<QString, QString> pendingCalls(const QString& analyst) const;
  QList<model::Job> all() const;
  int count() const;
  void setStatus(const QString& jobId, model::JobStatus status);
  /// Records the first time the analyst opened the job; later calls keep the first time.
  void markOpened(const QString& jobId, const QDateTime& at);
  QDateTime openedAt(const QString& jobId) const;
  /// Called once a scan's file is on disk and its SHA-256 verified.
  void setScanLocalPath(const QString& scanId, const QString& path);
  QString scanLocalPath(const QString& scanId) const;
  /// The job's scan files were used now (opened): the cache evicts the least recently used first.
  void touchScans(const QString& jobId, const QDateTime& at);
  /// A cached scan file of a job no longer in anyone's work here (decided, given back, or
  /// withdrawn with no work on it), with when it was last used (null: never opened here).
  struct CachedScan {
    QString scanId;
    QString jobId;
    QString path;
    QDateTime usedAt;
  };
  /// Those files, least recently used first: what the cache may evict.
  QList<CachedScan> evictableScans() const;
  /// The file is gone from the cache: the scan is no longer held here.
  void forgetLocalFile(const QString& scanId);

 private:
  QList<model::Job> select(Statement& query) const;
  QList<model::ScanRef> scansOf(const QString& jobId) const;
  Database& db_;
};

}  // namespace cip::store

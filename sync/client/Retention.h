#pragma once

#include <QDateTime>
#include <QStringList>

namespace cip::store {
class Store;
}

namespace cip::client {

/// How much the workstation keeps: a scan cache that would otherwise grow with every job, and
/// records that have done their work. Everything still needed — a job in work, a verdict not
/// yet through, a refusal not dealt with, the case library — is never touched.
struct RetentionPolicy {
  qint64 cacheLimitBytes = 50LL * 1024 * 1024 * 1024;
  int partFileMaxAgeHours = 24;     ///< an interrupted download nobody resumed
  int deliveredKeepDays = 90;       ///< outbox rows of verdicts the central system has
  int telemetryKeepDays = 30;
};

struct RetentionReport {
  int partFilesRemoved = 0;
  int scansEvicted = 0;
  qint64 bytesFreed = 0;
  qint64 cacheBytes = 0;            ///< what the cache holds afterwards
  int outboxRowsPruned = 0;
  int telemetryEventsPruned = 0;
  QStringList problems;             ///< each names the file or table
};

/// Applies `policy` at `now`: deletes stale `.part` files, evicts the cached scans of jobs no
/// longer in work least-recently-used first until the cache is under its limit, and prunes
/// delivered outbox rows and old telemetry. Never throws.
RetentionReport applyRetention(store::Store& store, const QString& cacheFolder, const RetentionPolicy& policy, const QDateTime& now);

}  // namespace cip::client

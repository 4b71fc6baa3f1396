#include "sync/client/Retention.h"

#include "sync/client/ClientLog.h"
#include "sync/store/Store.h"

#include <QDir>
#include <QFileInfo>

namespace cip::client {

namespace {

qint64 folderBytes(const QDir& folder) {
  qint64 total = 0;
  for (const QFileInfo& file : folder.entryInfoList(QDir::Files | QDir::NoDotAndDotDot)) total += file.size();
  return total;
}

}  // namespace

RetentionReport applyRetention(store::Store& store, const QString& cacheFolder, const RetentionPolicy& policy, const QDateTime& now) {
  RetentionReport report;
  const QDir cache(cacheFolder);
  // Interrupted downloads: a part still being written is touched every moment, so age tells.
  const QDateTime staleBefore = now.addSecs(-3600LL * policy.partFileMaxAgeHours);
  for (const QFileInfo& part : cache.entryInfoList({QStringLiteral("*.part")}, QDir::Files)) {
    if (part.lastModified().toUTC() >= staleBefore) continue;
    const qint64 size = part.size();
    if (QFile::remove(part.filePath())) {
      ++report.partFilesRemoved;
      report.bytesFreed += size;
    } else {
      report.problems << QStringLiteral("%1: cannot be removed").arg(part.filePath());
    }
  }
  report.cacheBytes = folderBytes(cache);
  try {
    // Least recently used first, a whole job at a time (a dual-energy pair goes together).
    const QList<store::JobRepository::CachedScan> candidates = store.jobs().evictableScans();
    for (int i = 0; i < candidates.size() && report.cacheBytes > policy.cacheLimitBytes;) {
      const QString jobId = candidates[i].jobId;
      for (; i < candidates.size() && candidates[i].jobId == jobId; ++i) {
        const store::JobRepository::CachedScan& scan = candidates[i];
        const QFileInfo file(scan.path);
        if (file.exists() && file.absolutePath() != QFileInfo(cacheFolder).absoluteFilePath()) continue;  // not the cache's to delete
        const qint64 size = file.exists() ? file.size() : 0;
        if (file.exists() && !QFile::remove(scan.path)) {
          report.problems << QStringLiteral("%1: cannot be removed").arg(scan.path);
          continue;
        }
        store.jobs().forgetLocalFile(scan.scanId);
        ++report.scansEvicted;
        report.bytesFreed += size;
        report.cacheBytes -= size;
      }
    }
    if (report.cacheBytes > policy.cacheLimitBytes)
      report.problems << QStringLiteral("%1: %2 MB over its limit, all of it scans still in work or the case library")
                             .arg(cacheFolder)
                             .arg((report.cacheBytes - policy.cacheLimitBytes) / 1000000);
    report.outboxRowsPruned = store.outbox().pruneDelivered(now.addDays(-policy.deliveredKeepDays));
    report.telemetryEventsPruned = store.scanners().pruneEventsBefore(now.addDays(-policy.telemetryKeepDays));
  } catch (const store::StoreError& e) {
    report.problems << e.message();
  }
  qCInfo(lcClient) << "retention:" << report.partFilesRemoved << "part files," << report.scansEvicted << "scans evicted,"
                   << report.bytesFreed / 1000000 << "MB freed;" << report.outboxRowsPruned << "outbox rows," << report.telemetryEventsPruned
                   << "telemetry events pruned";
  return report;
}

}  // namespace cip::client

// What the workstation keeps: stale part files go, the scan cache stays under its limit by
// evicting the least recently used scans of finished jobs only, and delivered outbox rows and
// old telemetry are pruned — never what is still needed.
#include "sync/client/Retention.h"
#include "sync/store/Store.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace cip;

namespace {

model::Job job(const QString& id, const QString& scanId) {
  model::Job j;
  j.id = id;
  j.createdAt = QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);
  j.deadline = j.createdAt.addSecs(3600);
  j.scannerId = QStringLiteral("SC-1");
  j.port = QStringLiteral("CNNGB");
  j.assignedTo = QStringLiteral("li.wei");
  j.declarationId = QStringLiteral("D-1");
  model::ScanRef scan;
  scan.id = scanId;
  scan.fileName = QStringLiteral("scan.dcs");
  scan.sha256 = QString(64, QLatin1Char('a'));
  scan.sizeBytes = 1000;
  scan.scannerId = j.scannerId;
  scan.acquiredAt = j.createdAt;
  j.scans = {scan};
  return j;
}

QString writeFile(const QDir& folder, const QString& name, qint64 bytes, const QDateTime& modified = {}) {
  QFile file(folder.filePath(name));
  REQUIRE(file.open(QIODevice::WriteOnly));
  file.write(QByteArray(static_cast<int>(bytes), 'x'));
  if (modified.isValid()) REQUIRE(file.setFileTime(modified, QFileDevice::FileModificationTime));
  return file.fileName();
}

}  // namespace

TEST_CASE("Retention keeps the cache under its limit with finished jobs' scans only, and prunes what has done its work", "[client][retention]") {
  QTemporaryDir dir;
  auto store = store::Store::open(dir.filePath(QStringLiteral("ws.sqlite")));
  const QDir cache(dir.filePath(QStringLiteral("cache")));
  REQUIRE(QDir().mkpath(cache.path()));
  const QDateTime now = QDateTime::currentDateTimeUtc();
  // Three finished jobs used at different times, one job still in work; 1 MB each.
  for (const char* id : {"OLD", "MID", "NEW", "WORK"}) {
    const QString jobId = QString::fromLatin1(id);
    store->jobs().save(job(jobId, jobId + QStringLiteral("-S")));
    store->jobs().setScanLocalPath(jobId + QStringLiteral("-S"), writeFile(cache, jobId + QStringLiteral("-S-scan.dcs"), 1000000));
  }
  for (const auto& [id, hoursAgo] : {std::pair{"OLD", 50}, {"MID", 20}, {"NEW", 1}}) {
    store->jobs().setStatus(QString::fromLatin1(id), model::JobStatus::Decided);
    store->jobs().touchScans(QString::fromLatin1(id), now.addSecs(-3600 * hoursAgo));
  }
  writeFile(cache, QStringLiteral("X-S.part"), 500000, now.addSecs(-3600 * 48));      // abandoned two days ago
  const QString fresh = writeFile(cache, QStringLiteral("Y-S.part"), 100000, now.addSecs(-60));  // being downloaded
  // Telemetry: an old start-up (the scanner's state), old scans, recent scans.
  auto event = [](qint64 sequence, model::TelemetryKind kind, const QDateTime& at) {
    model::TelemetryEvent e;
    e.sequence = sequence;
    e.scannerId = QStringLiteral("SC-1");
    e.kind = kind;
    e.at = at;
    return e;
  };
  store->scanners().appendEvents({event(1, model::TelemetryKind::StartUp, now.addDays(-60)), event(2, model::TelemetryKind::ScanCompleted, now.addDays(-50)),
                                  event(3, model::TelemetryKind::ScanCompleted, now.addDays(-40)), event(4, model::TelemetryKind::ScanCompleted, now.addDays(-1))});

  client::RetentionPolicy policy;
  policy.cacheLimitBytes = 2300000;  // room for two and a bit of the four scans and the fresh part
  const client::RetentionReport report = client::applyRetention(*store, cache.path(), policy, now);
  INFO(report.problems.join(QLatin1Char('\n')).toStdString());
  CHECK(report.problems.isEmpty());
  CHECK(report.partFilesRemoved == 1);
  CHECK(QFile::exists(fresh));
  CHECK(report.scansEvicted == 2);  // the two least recently used finished jobs
  CHECK(store->jobs().scanLocalPath(QStringLiteral("OLD-S")).isEmpty());
  CHECK(store->jobs().scanLocalPath(QStringLiteral("MID-S")).isEmpty());
  CHECK_FALSE(QFile::exists(cache.filePath(QStringLiteral("OLD-S-scan.dcs"))));
  CHECK(QFile::exists(cache.filePath(QStringLiteral("NEW-S-scan.dcs"))));
  CHECK(QFile::exists(cache.filePath(QStringLiteral("WORK-S-scan.dcs"))));  // in work: never evicted
  CHECK(report.cacheBytes <= policy.cacheLimitBytes);
  CHECK(report.telemetryEventsPruned == 2);  // the start-up that still says the scanner is up stays
  CHECK(store->scanners().lastStateChangesBefore(now).size() == 1);
  CHECK(store->scanners().lastSequence() == 4);

  // A limit below what is in work: nothing in work goes, and the report says why the cache is over.
  policy.cacheLimitBytes = 100000;
  const client::RetentionReport tight = client::applyRetention(*store, cache.path(), policy, now);
  CHECK(QFile::exists(cache.filePath(QStringLiteral("WORK-S-scan.dcs"))));
  REQUIRE(tight.problems.size() == 1);
  CHECK(tight.problems.first().contains(QStringLiteral("over its limit")));
}

#include "sync/store/JobRepository.h"

#include "sync/store/JsonColumn.h"

namespace cip::store {

using model::Job;
using model::ScanRef;

namespace {
constexpr const char* kJobColumns =
    "SELECT id, priority, status, created_at, deadline, scanner_id, port, assigned_to, "
    "declaration_id, container_numbers FROM jobs ";
}  // namespace

void JobRepository::save(const Job& job) {
  Transaction transaction(db_);
  db_.prepare("INSERT INTO jobs (id, priority, status, created_at, deadline, scanner_id, port, "
              "assigned_to, declaration_id, container_numbers) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10) "
              "ON CONFLICT(id) DO UPDATE SET priority=?2, status=?3, created_at=?4, deadline=?5, "
              "scanner_id=?6, port=?7, assigned_to=?8, declaration_id=?9, container_numbers=?10, withdrawn_at=NULL")
      .bind(1, job.id).bind(2, job.priority).bind(3, model::jobStatusToString(job.status))
      .bind(4, model::timestampToString(job.createdAt)).bind(5, model::timestampToString(job.deadline))
      .bind(6, job.scannerId).bind(7, job.port).bind(8, job.assignedTo).bind(9, job.declarationId)
      .bind(10, jsonText(job.containerNumbers))
      .run();
  QStringList keep;
  for (const ScanRef& scan : job.scans) {
    // A changed checksum means a different file: forget the local copy so it is fetched again.
    db_.prepare("INSERT INTO scans (id, job_id, file_name, sha256, size_bytes, modality, scanner_id, "
                "acquired_at) VALUES (?1,?2,?3,?4,?5,?6,?7,?8) ON CONFLICT(id) DO UPDATE SET "
                "job_id=?2, file_name=?3, size_bytes=?5, modality=?6, scanner_id=?7, acquired_at=?8, "
                "local_path=CASE WHEN sha256=?4 THEN local_path ELSE NULL END, sha256=?4")
        .bind(1, scan.id).bind(2, job.id).bind(3, scan.fileName).bind(4, scan.sha256)
        .bind(5, scan.sizeBytes).bind(6, model::enumToString(model::kScanModalityNames, scan.modality))
        .bind(7, scan.scannerId).bind(8, model::timestampToString(scan.acquiredAt))
        .run();
    keep << scan.id;
  }
  Statement existing = db_.prepare("SELECT id FROM scans WHERE job_id=?1");
  existing.bind(1, job.id);
  QStringList stale;
  while (existing.step())
    if (!keep.contains(existing.text(0))) stale << existing.text(0);
  for (const QString& id : stale) db_.prepare("DELETE FROM scans WHERE id=?1").bind(1, id).run();
  transaction.commit();
}

QList<ScanRef> JobRepository::scansOf(const QString& jobId) const {
  Statement query = db_.prepare("SELECT id, file_name, sha256, size_bytes, modality, scanner_id, "
                                "acquired_at FROM scans WHERE job_id=?1 ORDER BY rowid");
  query.bind(1, jobId);
  QList<ScanRef> scans;
  while (query.step()) {
    ScanRef scan;
    scan.id = query.text(0);
    scan.fileName = query.text(1);
    scan.sha256 = query.text(2);
    scan.sizeBytes = query.integer(3);
    scan.modality = decodeEnumColumn(db_, model::kScanModalityNames, query.text(4), "scans.modality", scan.id);
    scan.scannerId = query.text(5);
    scan.acquiredAt = timestampColumn(query.text(6));
    scans << scan;
  }
  return scans;
}

QList<Job> JobRepository::select(Statement& query) const {
  QList<Job> jobs;
  while (query.step()) {
    Job job;
    job.id = query.text(0);
    job.priority = static_cast<int>(query.integer(1));
    job.status = decodeEnumColumn(db_, model::kJobStatusNames, query.text(2), "jobs.status", job.id);
    job.createdAt = timestampColumn(query.text(3));
    job.deadline = timestampColumn(query.text(4));
    job.scannerId = query.text(5);
    job.port = query.text(6);
    job.assignedTo = query.text(7);
    job.declarationId = query.text(8);
    job.containerNumbers = decodeStringList(db_, query.text(9), "jobs.container_numbers", job.id);
    jobs << job;
  }
  for (Job& job : jobs) job.scans = scansOf(job.id);
  return jobs;
}

std::optional<Job> JobRepository::find(const QString& id) const {
  const QByteArray sql = QByteArray(kJobColumns) + "WHERE id=?1";
  Statement query = db_.prepare(sql.constData());
  query.bind(1, id);
  QList<Job> jobs = select(query);
  if (jobs.isEmpty()) return std::nullopt;
  return jobs.first();
}

QList<Job> JobRepository::queue() const {
  const QByteArray sql = QByteArray(kJobColumns) +
                         "WHERE status IN ('assigned','in-progress') ORDER BY deadline, priority, id";
  Statement query = db_.prepare(sql.constData());
  return select(query);
}

QList<Job> JobRepository::queue(const QString& analyst) const {
  const QByteArray sql = QByteArray(kJobColumns) +
                         "WHERE assigned_to=?1 AND status IN ('assigned','in-progress') AND (withdrawn_at IS NULL OR opened_at IS NOT NULL "
                         "OR EXISTS (SELECT 1 FROM annotations a WHERE a.job_id=jobs.id)) ORDER BY deadline, priority, id";
  Statement query = db_.prepare(sql.constData());
  query.bind(1, analyst);
  return select(query);
}

QHash<QString, QDateTime> JobRepository::withdrawn(const QString& analyst) const {
  Statement query = db_.prepare("SELECT id, withdrawn_at FROM jobs WHERE assigned_to=?1 AND withdrawn_at IS NOT NULL");
  query.bind(1, analyst);
  QHash<QString, QDateTime> result;
  while (query.step()) result.insert(query.text(0), timestampColumn(query.text(1)));
  return result;
}

QStringList JobRepository::activeJobIds(const QString& analyst) const {
  Statement query = db_.prepare("SELECT id FROM jobs WHERE assigned_to=?1 AND status IN ('assigned','in-progress') AND withdrawn_at IS NULL");
  query.bind(1, analyst);
  QStringList ids;
  while (query.step()) ids << query.text(0);
  return ids;
}

void JobRepository::markWithdrawn(const QString& jobId, const QDateTime& at) {
  db_.prepare("UPDATE jobs SET withdrawn_at=?2 WHERE id=?1 AND withdrawn_at IS NULL").bind(1, jobId).bind(2, model::timestampToString(at)).run();
}

void JobRepository::clearWithdrawn(const QStringList& jobIds) {
  for (const QString& id : jobIds) db_.prepare("UPDATE jobs SET withdrawn_at=NULL WHERE id=?1 AND withdrawn_at IS NOT NULL").bind(1, id).run();
}

bool JobRepository::hasLocalWork(const QString& jobId) const {
  Statement query = db_.prepare("SELECT opened_at IS NOT NULL OR EXISTS (SELECT 1 FROM annotations WHERE job_id=?1) FROM jobs WHERE id=?1");
  query.bind(1, jobId);
  return query.step() && query.integer(0) != 0;
}

void JobRepository::setPendingCall(const QString& jobId, const QString& call) {
  db_.prepare("UPDATE jobs SET pending_call=?2 WHERE id=?1").bind(1, jobId).bind(2, call.isEmpty() ? QString() : call).run();
}

void JobRepository::setPendingRelease(const QString& jobId, const QByteArray& body) {
  db_.prepare("UPDATE jobs SET pending_call='release', release_body=?2 WHERE id=?1").bind(1, jobId).bind(2, QString::fromUtf8(body)).run();
}

QByteArray JobRepository::pendingReleaseBody(const QString& jobId) const {
  Statement query = db_.prepare("SELECT release_body FROM jobs WHERE id=?1 AND pending_call='release'");
  query.bind(1, jobId);
  return query.step() ? query.text(0).toUtf8() : QByteArray();
}

void JobRepository::clearPendingCall(const QString& jobId, const QString& call) {
  db_.prepare("UPDATE jobs SET pending_call=NULL WHERE id=?1 AND pending_call=?2").bind(1, jobId).bind(2, call).run();
}

void JobRepository::touchScans(const QString& jobId, const QDateTime& at) {
  db_.prepare("UPDATE scans SET used_at=?2 WHERE job_id=?1").bind(1, jobId).bind(2, model::timestampToString(at)).run();
}

QList<JobRepository::CachedScan> JobRepository::evictableScans() const {
  Statement query = db_.prepare(
      "SELECT s.id, s.job_id, s.local_path, s.used_at FROM scans s JOIN jobs j ON j.id = s.job_id WHERE s.local_path IS NOT NULL AND "
      "(j.status IN ('decided', 'returned') OR (j.withdrawn_at IS NOT NULL AND j.opened_at IS NULL AND "
      "NOT EXISTS (SELECT 1 FROM annotations a WHERE a.job_id = j.id))) AND j.pending_call IS NOT 'release' "
      "AND NOT EXISTS (SELECT 1 FROM verdicts v JOIN verdict_outbox o ON o.verdict_id = v.id WHERE v.job_id = j.id AND o.sent_at IS NULL "
      "AND (o.refused_at IS NULL OR o.resolved_at IS NULL)) "
      "ORDER BY s.used_at IS NOT NULL, s.used_at, s.job_id");
  QList<CachedScan> scans;
  while (query.step()) scans.push_back({query.text(0), query.text(1), query.text(2), timestampColumn(query.text(3))});
  return scans;
}

void JobRepository::forgetLocalFile(const QString& scanId) {
  db_.prepare("UPDATE scans SET local_path=NULL WHERE id=?1").bind(1, scanId).run();
}

QHash<QString, QString> JobRepository::pendingCalls(const QString& analyst) const {
  Statement query = db_.prepare("SELECT id, pending_call FROM jobs WHERE assigned_to=?1 AND pending_call IS NOT NULL");
  query.bind(1, analyst);
  QHash<QString, QString> calls;
  while (query.step()) calls.insert(query.text(0), query.text(1));
  return calls;
}

QList<Job> JobRepository::all() const {
  const QByteArray sql = QByteArray(kJobColumns) + "ORDER BY priority, deadline, id";
  Statement query = db_.prepare(sql.constData());
  return select(query);
}

int JobRepository::count() const {
  Statement query = db_.prepare("SELECT count(*) FROM jobs");
  return query.step() ? static_cast<int>(query.integer(0)) : 0;
}

void JobRepository::setStatus(const QString& jobId, model::JobStatus status) {
  db_.prepare("UPDATE jobs SET status=?2 WHERE id=?1")
      .bind(1, jobId).bind(2, model::jobStatusToString(status)).run();
}

void JobRepository::markOpened(const QString& jobId, const QDateTime& at) {
  db_.prepare("UPDATE jobs SET opened_at=?2 WHERE id=?1 AND opened_at IS NULL")
      .bind(1, jobId).bind(2, model::timestampToString(at)).run();
}

QDateTime JobRepository::openedAt(const QString& jobId) const {
  Statement query = db_.prepare("SELECT opened_at FROM jobs WHERE id=?1");
  query.bind(1, jobId);
  return query.step() ? timestampColumn(query.text(0)) : QDateTime();
}

void JobRepository::setScanLocalPath(const QString& scanId, const QString& path) {
  db_.prepare("UPDATE scans SET local_path=?2 WHERE id=?1").bind(1, scanId).bind(2, path).run();
}

QString JobRepository::scanLocalPath(const QString& scanId) const {
  Statement query = db_.prepare("SELECT local_path FROM scans WHERE id=?1");
  query.bind(1, scanId);
  return query.step() ? query.text(0) : QString();
}

}  // namespace cip::store

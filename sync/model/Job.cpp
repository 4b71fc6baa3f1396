#include "sync/model/Job.h"

#include "sync/model/User.h"

namespace cip::model {

namespace {
// A bare file name: no separators, no leading dot, so a hostile server cannot write outside the cache.
const QString kFileName = QStringLiteral("[A-Za-z0-9_][A-Za-z0-9._-]{0,199}");
}  // namespace

QString jobStatusToString(JobStatus status) { return enumToString(kJobStatusNames, status); }

QJsonObject toJson(const ScanRef& scan) {
  return {{QStringLiteral("id"), scan.id},
          {QStringLiteral("fileName"), scan.fileName},
          {QStringLiteral("sha256"), scan.sha256},
          {QStringLiteral("sizeBytes"), static_cast<double>(scan.sizeBytes)},
          {QStringLiteral("modality"), enumToString(kScanModalityNames, scan.modality)},
          {QStringLiteral("scannerId"), scan.scannerId},
          {QStringLiteral("acquiredAt"), timestampToString(scan.acquiredAt)}};
}

ScanRef readScanRef(JsonReader& reader) {
  ScanRef scan;
  scan.id = reader.requiredMatch(QStringLiteral("id"), kIdPattern, QStringLiteral("a scan id"));
  scan.fileName = reader.requiredMatch(QStringLiteral("fileName"), kFileName,
                                       QStringLiteral("a bare file name"));
  if (reader.ok() && scan.fileName.contains(QLatin1String("..")))
    reader.fail(QStringLiteral("fileName"), QStringLiteral("must not contain '..'"));
  scan.sha256 = reader.requiredMatch(QStringLiteral("sha256"), kSha256Pattern,
                                     QStringLiteral("a lower-case hex SHA-256"));
  scan.sizeBytes = reader.requiredInteger(QStringLiteral("sizeBytes"), 1, kMaxScanBytes);
  scan.modality = reader.requiredEnum(QStringLiteral("modality"), kScanModalityNames);
  scan.scannerId = reader.requiredMatch(QStringLiteral("scannerId"), kIdPattern,
                                        QStringLiteral("a scanner id"));
  scan.acquiredAt = reader.requiredTimestamp(QStringLiteral("acquiredAt"));
  return scan;
}

QJsonObject toJson(const Job& job) {
  QJsonArray scans;
  for (const ScanRef& scan : job.scans) scans.append(toJson(scan));
  return {{QStringLiteral("id"), job.id},
          {QStringLiteral("priority"), job.priority},
          {QStringLiteral("status"), jobStatusToString(job.status)},
          {QStringLiteral("createdAt"), timestampToString(job.createdAt)},
          {QStringLiteral("deadline"), timestampToString(job.deadline)},
          {QStringLiteral("scannerId"), job.scannerId},
          {QStringLiteral("port"), job.port},
          {QStringLiteral("assignedTo"), job.assignedTo},
          {QStringLiteral("declarationId"), job.declarationId},
          {QStringLiteral("containerNumbers"), QJsonArray::fromStringList(job.containerNumbers)},
          {QStringLiteral("scans"), scans}};
}

Job readJob(JsonReader& reader) {
  Job job;
  job.id = reader.requiredMatch(QStringLiteral("id"), kIdPattern, QStringLiteral("a job id"));
  job.priority = static_cast<int>(reader.requiredInteger(QStringLiteral("priority"), 1, 5));
  job.status = reader.requiredEnum(QStringLiteral("status"), kJobStatusNames);
  job.createdAt = reader.requiredTimestamp(QStringLiteral("createdAt"));
  job.deadline = reader.requiredTimestamp(QStringLiteral("deadline"));
  if (reader.ok() && job.deadline < job.createdAt)
    reader.fail(QStringLiteral("deadline"), QStringLiteral("is before createdAt"));
  job.scannerId = reader.requiredMatch(QStringLiteral("scannerId"), kIdPattern,
                                       QStringLiteral("a scanner id"));
  job.port = reader.requiredString(QStringLiteral("port"), 16);
  job.assignedTo = reader.optionalMatch(QStringLiteral("assignedTo"), kIdPattern,
                                        QStringLiteral("a user id"));
  job.declarationId = reader.requiredMatch(QStringLiteral("declarationId"), kIdPattern,
                                           QStringLiteral("a declaration id"));
  // Scanner OCR of container numbers can be wrong, so they are kept as read, not validated here.
  job.containerNumbers = reader.stringList(QStringLiteral("containerNumbers"), false, 100, 32);
  reader.objectArray(QStringLiteral("scans"), true, 64,
                     [&](JsonReader& item) { job.scans.append(readScanRef(item)); });
  for (int i = 0; i < job.scans.size() && reader.ok(); ++i)
    for (int j = 0; j < i; ++j)
      if (job.scans.at(i).id == job.scans.at(j).id)
        reader.fail(QStringLiteral("scans[%1].id").arg(i),
                    QStringLiteral("'%1' appears twice").arg(job.scans.at(i).id));
  return job;
}

Decoded<Job> decodeJob(const QByteArray& json) { return decodeDocument<Job>(json, readJob); }

}  // namespace cip::model

#pragma once

#include "sync/model/Json.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace cip::model {

enum class ScanModality { Radiograph, DualEnergyRadiograph, CT };
inline constexpr std::array<EnumName<ScanModality>, 3> kScanModalityNames{
    {{ScanModality::Radiograph, "radiograph"},
     {ScanModality::DualEnergyRadiograph, "dual-energy-radiograph"},
     {ScanModality::CT, "ct"}}};

/// A scan file as the central system announces it: enough to download and verify it. The
/// workstation never shows a file whose SHA-256 does not match.
struct ScanRef {
  QString id;
  QString fileName;   ///< a bare file name, never a path
  QString sha256;     ///< lower-case hex
  qint64 sizeBytes = 0;
  ScanModality modality = ScanModality::Radiograph;
  QString scannerId;
  QDateTime acquiredAt;
};

enum class JobStatus { Assigned, InProgress, Decided, Returned };
inline constexpr std::array<EnumName<JobStatus>, 4> kJobStatusNames{
    {{JobStatus::Assigned, "assigned"},
     {JobStatus::InProgress, "in-progress"},
     {JobStatus::Decided, "decided"},
     {JobStatus::Returned, "returned"}}};

/// One unit of an analyst's work: the scans of one conveyance and its declaration.
struct Job {
  QString id;
  int priority = 3;        ///< 1 (most urgent) … 5
  JobStatus status = JobStatus::Assigned;
  QDateTime createdAt;
  QDateTime deadline;      ///< the service-level deadline for a verdict
  QString scannerId;
  QString port;            ///< where the scan was taken, e.g. UN/LOCODE "CNSHA"
  QString assignedTo;      ///< user id
  QString declarationId;
  QStringList containerNumbers;  ///< as read at the scanner (may differ from the declaration)
  QList<ScanRef> scans;
};

QJsonObject toJson(const ScanRef& scan);
ScanRef readScanRef(JsonReader& reader);
QJsonObject toJson(const Job& job);
Job readJob(JsonReader& reader);
Decoded<Job> decodeJob(const QByteArray& json);

QString jobStatusToString(JobStatus status);

/// Largest scan file the protocol admits (a long dual-energy cargo scan is a few GB at most).
constexpr qint64 kMaxScanBytes = 64LL * 1024 * 1024 * 1024;

}  // namespace cip::model

#pragma once

#include "sync/model/Json.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace cip::model {

/// Why an analyst gives a job back. Supervisors read these to see jobs that go round (scans
/// nobody can assess, conflicts of interest, work that needs a specialist) rather than a bare
/// "returned".
enum class ReleaseReason { ImageUnusable, ConflictOfInterest, NeedsSpecialist, EndOfShift, Other };
inline constexpr std::array<EnumName<ReleaseReason>, 5> kReleaseReasonNames{
    {{ReleaseReason::ImageUnusable, "image-unusable"},
     {ReleaseReason::ConflictOfInterest, "conflict-of-interest"},
     {ReleaseReason::NeedsSpecialist, "needs-specialist"},
     {ReleaseReason::EndOfShift, "end-of-shift"},
     {ReleaseReason::Other, "other"}}};

/// The body of `POST /jobs/{id}/release`. "other" needs a note saying what it is.
struct JobRelease {
  ReleaseReason reason = ReleaseReason::Other;
  QString note;
};

constexpr int kMaxReleaseNoteLength = 1000;

QJsonObject toJson(const JobRelease& release);
JobRelease readJobRelease(JsonReader& reader);
Decoded<JobRelease> decodeJobRelease(const QByteArray& json);

/// A release as the central system keeps it for supervisors.
struct JobReleaseRecord {
  qint64 cursor = 0;
  QString jobId;
  QString analyst;
  JobRelease release;
  QDateTime releasedAt;
};

/// A page of releases after a cursor (`GET /review/releases?since=`).
struct JobReleasePage {
  QList<JobReleaseRecord> releases;
  qint64 next = 0;
};

QJsonObject toJson(const JobReleasePage& page);
Decoded<JobReleasePage> decodeJobReleasePage(const QByteArray& json);

}  // namespace cip::model

#include "sync/model/JobRelease.h"

#include "sync/model/User.h"

namespace cip::model {

namespace {

constexpr int kMaxPage = 500;
constexpr qint64 kMaxCursor = 1LL << 53;  // exact in a JSON number

}  // namespace

QJsonObject toJson(const JobRelease& release) {
  QJsonObject object{{QStringLiteral("reason"), enumToString(kReleaseReasonNames, release.reason)}};
  if (!release.note.isEmpty()) object.insert(QStringLiteral("note"), release.note);
  return object;
}

JobRelease readJobRelease(JsonReader& reader) {
  JobRelease release;
  release.reason = reader.requiredEnum(QStringLiteral("reason"), kReleaseReasonNames);
  release.note = reader.optionalString(QStringLiteral("note"), kMaxReleaseNoteLength).trimmed();
  if (reader.ok() && release.reason == ReleaseReason::Other && release.note.isEmpty())
    reader.fail(QStringLiteral("note"), QStringLiteral("is required when the reason is 'other'"));
  return release;
}

Decoded<JobRelease> decodeJobRelease(const QByteArray& json) { return decodeDocument<JobRelease>(json, readJobRelease); }

QJsonObject toJson(const JobReleasePage& page) {
  QJsonArray items;
  for (const JobReleaseRecord& record : page.releases) {
    QJsonObject item = toJson(record.release);
    item.insert(QStringLiteral("cursor"), static_cast<double>(record.cursor));
    item.insert(QStringLiteral("jobId"), record.jobId);
    item.insert(QStringLiteral("analyst"), record.analyst);
    item.insert(QStringLiteral("releasedAt"), timestampToString(record.releasedAt));
    items.append(item);
  }
  return {{QStringLiteral("releases"), items}, {QStringLiteral("next"), static_cast<double>(page.next)}};
}

Decoded<JobReleasePage> decodeJobReleasePage(const QByteArray& json) {
  return decodeDocument<JobReleasePage>(json, [](JsonReader& r) {
    JobReleasePage page;
    r.objectArray(QStringLiteral("releases"), true, kMaxPage, [&](JsonReader& item) {
      JobReleaseRecord record;
      record.release = readJobRelease(item);
      record.cursor = item.requiredInteger(QStringLiteral("cursor"), 1, kMaxCursor);
      record.jobId = item.requiredMatch(QStringLiteral("jobId"), kIdPattern, QStringLiteral("an id"));
      record.analyst = item.requiredMatch(QStringLiteral("analyst"), kIdPattern, QStringLiteral("a user id"));
      record.releasedAt = item.requiredTimestamp(QStringLiteral("releasedAt"));
      page.releases.append(record);
    });
    page.next = r.requiredInteger(QStringLiteral("next"), 0, kMaxCursor);
    return page;
  });
}

}  // namespace cip::model

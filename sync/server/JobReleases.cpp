#include "sync/server/JobReleases.h"

#include "sync/server/HttpExchange.h"
#include "sync/server/StoreSql.h"

namespace cip::server {

namespace {
constexpr int kPage = 500;
}  // namespace

std::optional<model::JobRelease> JobReleases::read(HttpExchange& x) {
  const model::Decoded<model::JobRelease> release = model::decodeJobRelease(x.request().body());
  if (!release.ok()) {
    x.problem(400, QStringLiteral("invalid-document"), QStringLiteral("Invalid release"), release.error.toString(), release.error.field);
    return std::nullopt;
  }
  return *release.value;
}

void JobReleases::record(const QString& jobId, const QString& analyst, const model::JobRelease& release, const QDateTime& at) {
  runSql(store_.database(), store_.path(), QStringLiteral("INSERT INTO job_releases (job_id, analyst, reason, note, released_at) VALUES (?,?,?,?,?)"),
         {jobId, analyst, model::enumToString(model::kReleaseReasonNames, release.reason), release.note.isNull() ? QStringLiteral("") : release.note,
          model::timestampToString(at)});
}

void JobReleases::list(HttpExchange& x) {
  model::JobReleasePage page;
  page.next = std::max<qint64>(0, x.query(QStringLiteral("since")).toLongLong());
  QSqlQuery query = runSql(store_.database(), store_.path(),
                           QStringLiteral("SELECT cursor, job_id, analyst, reason, note, released_at FROM job_releases WHERE cursor>? ORDER BY cursor LIMIT ?"),
                           {page.next, kPage});
  while (query.next()) {
    model::JobReleaseRecord record;
    record.cursor = query.value(0).toLongLong();
    record.jobId = query.value(1).toString();
    record.analyst = query.value(2).toString();
    const std::optional<model::ReleaseReason> reason = model::enumFromString(model::kReleaseReasonNames, query.value(3).toString());
    if (!reason) throw CentralStoreError(QStringLiteral("%1: release %2 has an unknown reason '%3'").arg(store_.path(), query.value(0).toString(), query.value(3).toString()));
    record.release = {*reason, query.value(4).toString()};
    record.releasedAt = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
    page.releases.append(record);
    page.next = record.cursor;
  }
  x.json(200, model::toJson(page));
}

}  // namespace cip::server

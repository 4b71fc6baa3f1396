// The audit anchors the central system keeps from the verdicts it received, served to
// supervisors and administrators (all), to an analyst (their own verdicts'), to nobody else, and
// printed by `cip-central anchors` for an auditor to carry to the workstation.
#include "CentralProcess.h"
#include "ScannerSimProcess.h"

#include "sync/demo/DemoData.h"
#include "sync/model/AuditAnchors.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace cip;

namespace {

QStringList jobIdsOf(const QUrl& url, const QString& token) {
  const RawReply reply = rawCall(url, "GET", QStringLiteral("jobs"), token);
  REQUIRE(reply.status == 200);
  QStringList ids;
  for (const QJsonValue& job : QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("jobs")).toArray())
    ids << job.toObject().value(QStringLiteral("id")).toString();
  return ids;
}

void submit(const QUrl& url, const QString& token, const QString& analyst, const QString& jobId, const QString& verdictId,
            const std::optional<model::AuditAnchor>& head) {
  model::Verdict v;
  v.id = verdictId;
  v.jobId = jobId;
  v.decision = model::Decision::Release;
  v.analyst = analyst;
  v.openedAt = QDateTime::currentDateTimeUtc().addSecs(-30);
  v.submittedAt = QDateTime::currentDateTimeUtc();
  v.auditHead = head;
  const RawReply reply = rawCall(url, "POST", QStringLiteral("verdicts"), token, model::toCompactJson(model::toJson(v)),
                                 {{"Idempotency-Key", ("key-" + verdictId).toLatin1()}});
  INFO(reply.body.toStdString());
  REQUIRE(reply.status == 201);
}

model::AuditAnchorList anchorsAs(const QUrl& url, const QString& token, const QString& query = {}) {
  const RawReply reply = rawCall(url, "GET", QStringLiteral("audit/anchors") + query, token);
  INFO(reply.body.toStdString());
  REQUIRE(reply.status == 200);
  const auto list = model::decodeAuditAnchorList(reply.body);
  REQUIRE(list.ok());
  return *list.value;
}

}  // namespace

TEST_CASE("Audit anchors: every workstation's for supervisors and administrators, an analyst's own, nobody else's", "[client][central][audit]") {
  QTemporaryDir dir;
  const QString jobs = dir.filePath(QStringLiteral("jobs"));
  const QString data = dir.filePath(QStringLiteral("central"));
  demo::DemoJobOptions options;
  options.count = 3;
  options.pixelMm = 20;
  demo::writeDemoJobs(jobs, options);
  CentralProcess central(data, {QStringLiteral("--import"), jobs});
  const QUrl url = central.url();
  // li.wei signs in first and gets all three jobs, then gives one back to wang.fang.
  const QString li = signInToken(url, QStringLiteral("li.wei"), QStringLiteral("analyst"));
  const QString wang = signInToken(url, QStringLiteral("wang.fang"), QStringLiteral("analyst"));
  const QStringList liJobs = jobIdsOf(url, li);
  REQUIRE(liJobs.size() == 3);
  REQUIRE(rawCall(url, "POST", QStringLiteral("jobs/%1/release").arg(liJobs[2]), li, R"({"reason":"image-unusable"})").status == 204);
  REQUIRE(jobIdsOf(url, wang) == QStringList{liJobs[2]});

  const model::AuditAnchor headA{QStringLiteral("WS-A"), 7, QString(64, QLatin1Char('a'))};
  const model::AuditAnchor headA2{QStringLiteral("WS-A"), 12, QStringLiteral("0123456789abcdef").repeated(4)};
  const model::AuditAnchor headB{QStringLiteral("WS-B"), 3, QString(64, QLatin1Char('b'))};
  submit(url, li, QStringLiteral("li.wei"), liJobs[1], QStringLiteral("V-li-2"), headA2);
  submit(url, li, QStringLiteral("li.wei"), liJobs[0], QStringLiteral("V-li-1"), headA);
  submit(url, wang, QStringLiteral("wang.fang"), liJobs[2], QStringLiteral("V-wang-1"), headB);
  // A verdict from a workstation that sends no anchor adds none: li.wei's first verdict superseded without one.
  model::Verdict correction;
  correction.id = QStringLiteral("V-li-1b");
  correction.jobId = liJobs[0];
  correction.analyst = QStringLiteral("li.wei");
  correction.supersedes = QStringLiteral("V-li-1");
  correction.openedAt = correction.submittedAt = QDateTime::currentDateTimeUtc();
  REQUIRE(rawCall(url, "POST", QStringLiteral("verdicts"), li, model::toCompactJson(model::toJson(correction)), {{"Idempotency-Key", "key-V-li-1b"}}).status == 201);

  const QString supervisor = signInToken(url, QStringLiteral("zhao.min"), QStringLiteral("supervisor"));
  const model::AuditAnchorList all = anchorsAs(url, supervisor);
  REQUIRE(all.anchors.size() == 3);
  CHECK(all.anchors[0].anchor == headA);  // by workstation, then sequence
  CHECK(all.anchors[0].verdict == QStringLiteral("V-li-1"));
  CHECK(all.anchors[1].anchor == headA2);
  CHECK(all.anchors[2].anchor == headB);
  CHECK(all.anchors[2].verdict == QStringLiteral("V-wang-1"));
  CHECK(std::abs(all.anchors[2].receivedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
  CHECK(anchorsAs(url, supervisor, QStringLiteral("?workstation=WS-B")).anchors.size() == 1);
  CHECK(anchorsAs(url, supervisor, QStringLiteral("?workstation=WS-C")).anchors.isEmpty());
  CHECK(rawCall(url, "GET", QStringLiteral("audit/anchors?workstation=no%20such"), supervisor).status == 400);
  CHECK(anchorsAs(url, signInToken(url, QStringLiteral("admin"), QStringLiteral("admin"))).anchors.size() == 3);

  // An analyst sees the anchors of their own verdicts only.
  const model::AuditAnchorList mine = anchorsAs(url, wang);
  REQUIRE(mine.anchors.size() == 1);
  CHECK(mine.anchors[0].anchor == headB);
  CHECK(anchorsAs(url, li).anchors.size() == 2);
  CHECK(anchorsAs(url, li, QStringLiteral("?workstation=WS-B")).anchors.isEmpty());
  // Trainers, trainees and the signed-out see none.
  CHECK(rawCall(url, "GET", QStringLiteral("audit/anchors"), signInToken(url, QStringLiteral("chen.jie"), QStringLiteral("trainer"))).status == 403);
  CHECK(rawCall(url, "GET", QStringLiteral("audit/anchors"), signInToken(url, QStringLiteral("sun.li"), QStringLiteral("trainee"))).status == 403);
  CHECK(rawCall(url, "GET", QStringLiteral("audit/anchors"), {}).status == 401);

  // The auditor's copy from the command line is the same document.
  const CommandResult printed = runCentralCommand({QStringLiteral("anchors"), QStringLiteral("--data"), data});
  INFO(printed.err.toStdString());
  REQUIRE(printed.exitCode == 0);
  CHECK(QJsonDocument::fromJson(printed.out.toUtf8()).object() == model::toJson(all));
  const CommandResult one = runCentralCommand({QStringLiteral("anchors"), QStringLiteral("--workstation"), QStringLiteral("WS-A"), QStringLiteral("--data"), data});
  const auto decoded = model::decodeAuditAnchorList(one.out.toUtf8());
  REQUIRE(decoded.ok());
  CHECK(decoded.value->anchors.size() == 2);
}

// The audit chain alone cannot show a log rewritten from some row on and re-hashed to the end;
// the central system's anchors (each verdict's audit head as it arrived there) can, and
// `cip-tool db check --anchors` says which row.
#include "AppFixture.h"
#include "CentralProcess.h"
#include "SyncedWindow.h"

#include "app/SyncController.h"
#include "app/session/SignInFlow.h"
#include "sync/client/SyncService.h"
#include "sync/store/Store.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QSignalSpy>

using cip::model::Role;

namespace {

struct ToolRun {
  int code = -1;
  QString out, err;
};

ToolRun cipTool(const QStringList& args) {
  QProcess tool;
  tool.start(QStringLiteral(CIP_TOOL_PATH), args);
  REQUIRE(tool.waitForFinished(60000));
  return {tool.exitCode(), QString::fromUtf8(tool.readAllStandardOutput()), QString::fromUtf8(tool.readAllStandardError())};
}

}  // namespace

TEST_CASE("A local audit chain rewritten and re-hashed passes alone and fails against the central system's anchors", "[app][audit][sync]") {
  AppFixture fx;
  const QString jobs = writeServerJobs(fx, 3);
  CentralProcess central(fx.dir.filePath(QStringLiteral("central")), {QStringLiteral("--import"), jobs});
  const QString db = fx.dir.filePath(QStringLiteral("workstation.sqlite"));
  const QString anchorsFile = fx.dir.filePath(QStringLiteral("anchors.json"));
  {
    cip::app::SyncController sync(*fx.store, central.url(), fx.dir.filePath(QStringLiteral("cache")));
    const cip::app::SignInResult signedIn = cip::app::signInNow(sync.authenticator(), QStringLiteral("li.wei"), QStringLiteral("demo"), Role::Analyst);
    REQUIRE(signedIn.ok());
    sync.start(*signedIn.session);
    REQUIRE(waitFor([&] { return fx.store->jobs().queue(QStringLiteral("li.wei")).size() == 3 && !sync.service().pulling(); }));
    // Three verdicts reach the central system, each with the chain's head.
    for (const cip::model::Job& job : fx.store->jobs().queue(QStringLiteral("li.wei"))) {
      cip::model::Verdict v;
      v.id = QStringLiteral("V-") + job.id;
      v.jobId = job.id;
      v.decision = cip::model::Decision::Release;
      v.analyst = QStringLiteral("li.wei");
      v.openedAt = sync.client().serverNow().addSecs(-30);
      v.submittedAt = sync.client().serverNow();
      fx.store->verdicts().submit(v, QStringLiteral("key-") + job.id, signedIn.session->localId);
    }
    sync.service().outbox().kick();
    REQUIRE(waitFor([&] { return fx.store->outbox().pendingCount() == 0; }));
    // The auditor's copy of what the central system holds for this analyst.
    bool fetched = false;
    sync.client().call("GET", QStringLiteral("audit/anchors?workstation=") + fx.store->identity().workstationId(), {}, {},
                       [&](const cip::client::Reply& reply) {
                         REQUIRE(reply.ok());
                         QFile file(anchorsFile);
                         REQUIRE(file.open(QIODevice::WriteOnly));
                         file.write(reply.body);
                         fetched = true;
                       });
    REQUIRE(waitFor([&] { return fetched; }));
  }
  const ToolRun honest = cipTool({QStringLiteral("db"), QStringLiteral("check"), db, QStringLiteral("--anchors"), anchorsFile});
  INFO(honest.err.toStdString());
  REQUIRE(honest.code == 0);
  CHECK(honest.out.contains(QStringLiteral("matches the central system's 3 anchor")));

  // Someone with the database file rewrites the log from the first verdict on — the decision
  // changed — and re-hashes every row after it, as the chain's rules say.
  const QList<cip::store::AuditEntry> original = fx.store->audit().entries(0, 100000);
  qint64 firstVerdictRow = 0;
  for (const cip::store::AuditEntry& e : original)
    if (!firstVerdictRow && e.action == QLatin1String("verdict.submit")) firstVerdictRow = e.seq;
  REQUIRE(firstVerdictRow > 0);
  {
    cip::store::Database& raw = fx.store->database();
    raw.execScript("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;");
    raw.prepare("DELETE FROM audit_log WHERE seq >= ?1").bind(1, firstVerdictRow).run();
    for (cip::store::AuditEntry e : original) {
      if (e.seq < firstVerdictRow) continue;
      if (e.seq == firstVerdictRow) e.details.insert(QStringLiteral("decision"), QStringLiteral("refer-to-inspection"));
      fx.store->audit().append(e.actor, e.action, e.entity, e.entityId, e.details, e.at);
    }
  }
  fx.store.reset();
  const ToolRun alone = cipTool({QStringLiteral("db"), QStringLiteral("check"), db});
  INFO(alone.err.toStdString());
  CHECK(alone.code == 0);  // a consistent chain: on its own nothing shows
  const ToolRun anchored = cipTool({QStringLiteral("db"), QStringLiteral("check"), db, QStringLiteral("--anchors"), anchorsFile});
  CHECK(anchored.code == 1);
  CHECK(anchored.err.contains(QStringLiteral("row %1 differs from the hash the central system holds").arg(firstVerdictRow)));
  CHECK(anchored.err.contains(QStringLiteral("FAILED")));
  // A file that is not an anchor list is refused, naming it.
  QFile junk(fx.dir.filePath(QStringLiteral("junk.json")));
  REQUIRE(junk.open(QIODevice::WriteOnly));
  junk.write("{\"anchors\": 3}");
  junk.close();
  const ToolRun refused = cipTool({QStringLiteral("db"), QStringLiteral("check"), db, QStringLiteral("--anchors"), junk.fileName()});
  CHECK(refused.code == 2);
  CHECK(refused.err.contains(QStringLiteral("junk.json")));
}

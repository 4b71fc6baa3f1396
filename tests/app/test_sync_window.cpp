// The workstation signed in to a real cip-central: the queue fills from the server, the scans
// arrive, a verdict goes back, and offline the workstation keeps what it has.
#include "AppFixture.h"
#include "CentralProcess.h"

#include "app/MainWindow.h"
#include "app/SyncController.h"
#include "app/jobs/AnalystWorkspace.h"
#include "app/jobs/JobController.h"
#include "app/jobs/VerdictController.h"
#include "sync/client/SyncService.h"
#include "sync/demo/DemoData.h"
#include "widgets/JobQueuePanel.h"
#include "widgets/workflow/VerdictPanel.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QTest>

using cip::model::Role;

TEST_CASE("The queue fills from the central system and the verdict goes back to it", "[app][gui][sync]") {
  requireGui();
  AppFixture fx;
  cip::demo::DemoJobOptions options;
  options.count = 3;
  options.pixelMm = 20;
  cip::demo::writeDemoJobs(fx.dir.filePath(QStringLiteral("server-jobs")), options);
  CentralProcess central(fx.dir.filePath(QStringLiteral("central")), {QStringLiteral("--import"), fx.dir.filePath(QStringLiteral("server-jobs"))});

  cip::app::MainWindow window(*fx.store, AppFixture::user(QStringLiteral("li.wei"), Role::Analyst), *fx.settings, fx.languages);
  cip::app::SyncController sync(*fx.store, central.url(), fx.dir.filePath(QStringLiteral("cache")));
  window.attachSync(&sync);
  window.show();
  sync.start(AppFixture::user(QStringLiteral("li.wei"), Role::Analyst), QStringLiteral("demo"));
  REQUIRE(waitFor([&] { return window.queuePanel()->visibleRows() == 3 && sync.service().downloads().pending() == 0 && !sync.service().pulling(); }));
  auto* status = window.findChild<QLabel*>(QStringLiteral("syncStatus"));
  REQUIRE(status);
  CHECK(status->text().contains(QStringLiteral("online")));

  // Work one job to the end: its verdict reaches the server.
  cip::app::AnalystWorkspace& work = *window.workspace();
  work.verdicts().setConfirm([](const QString&) { return true; });
  work.verdicts().setAutoAdvance(false);
  QString error;
  REQUIRE(work.jobs().openNextJob(&error));
  work.jobs().waitForAnalysis();
  const QString jobId = work.jobs().currentJob()->id;
  // Opening it claims it on the central system.
  CHECK(waitFor([&] {
    bool finished = false, inProgress = false;
    sync.client().call("GET", QStringLiteral("jobs/") + jobId, {}, {}, [&](const cip::client::Reply& r) {
      inProgress = r.ok() && r.body.contains("\"in-progress\"");
      finished = true;
    });
    waitFor([&] { return finished; }, 5000);
    return inProgress;
  }, 10000));
  work.verdictPanel()->setDecision(cip::model::Decision::Inconclusive);
  work.verdictPanel()->setComment(QStringLiteral("image too dark at the doors"));
  emit work.verdictPanel()->formChanged();
  REQUIRE(work.verdicts().submit(&error));
  REQUIRE(waitFor([&] { return fx.store->outbox().pendingCount() == 0; }));
  saveArtifact(window.grab().toImage(), QStringLiteral("sync_window.png"));

  // Offline: the server goes away; the workstation keeps its jobs and queues the next verdict.
  central.kill();
  REQUIRE(work.jobs().openNextJob(&error));
  work.jobs().waitForAnalysis();
  work.verdictPanel()->setDecision(cip::model::Decision::Release);
  emit work.verdictPanel()->formChanged();
  REQUIRE(work.verdicts().submit(&error));
  REQUIRE(waitFor([&] { return status->text().contains(QStringLiteral("offline")); }));
  CHECK(fx.store->outbox().pendingCount() == 1);
  CHECK(window.queuePanel()->visibleRows() == 1);
  // Back online, the outbox drains (the backoff's first waits are short).
  central.restart();
  sync.service().outbox().kick();
  CHECK(waitFor([&] {
    sync.service().outbox().kick();
    return fx.store->outbox().pendingCount() == 0;
  }, 30000));
}

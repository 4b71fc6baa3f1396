// The workstation signed in to a real cip-central: the queue fills from the server, the scans
// arrive, a verdict goes back, and offline the workstation keeps what it has.
#include "AppFixture.h"
#include "CentralProcess.h"
#include "SyncedWindow.h"
#include "ScannerSimProcess.h"

#include "app/MainWindow.h"
#include "app/QueueController.h"
#include "app/SyncController.h"
#include "app/jobs/AnalystWorkspace.h"
#include "app/jobs/JobController.h"
#include "app/jobs/VerdictController.h"
#include "app/session/SignInFlow.h"
#include "sync/client/SyncService.h"
#include "sync/demo/DemoData.h"
#include "sync/model/JobRelease.h"
#include "sync/store/Store.h"
#include "widgets/JobQueueModel.h"
#include "widgets/JobQueuePanel.h"
#include "widgets/supervisor/ScannerPanel.h"
#include "widgets/workflow/GiveBackDialog.h"
#include "widgets/workflow/VerdictPanel.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QStatusBar>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using cip::model::Role;

TEST_CASE("The queue fills from the central system and the verdict goes back to it", "[app][gui][sync]") {
  requireGui();
  AppFixture fx;
  const QString jobs = writeServerJobs(fx, 3);
  CentralProcess central(fx.dir.filePath(QStringLiteral("central")), {QStringLiteral("--import"), jobs});

  SyncedWindow synced(fx, central.url(), QStringLiteral("li.wei"), Role::Analyst);
  cip::app::MainWindow& window = synced.window;
  cip::app::SyncController& sync = synced.sync;
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
  CHECK(waitFor([&] { return window.queuePanel()->visibleRows() == 1; }));  // the queue is read again once the submit is handled
  // Back online, the outbox drains (the backoff's first waits are short).
  central.restart();
  sync.service().outbox().kick();
  CHECK(waitFor([&] {
    sync.service().outbox().kick();
    return fx.store->outbox().pendingCount() == 0;
  }, 30000));
}

TEST_CASE("Countdowns and verdict times follow the central system's clock, not the workstation's", "[app][gui][sync][skew]") {
  requireGui();
  AppFixture fx;
  const QString jobs = writeServerJobs(fx, 2);  // deadlines 20 min to 3 h from now
  constexpr qint64 kSkewS = 6 * 3600;  // the central system's clock runs six hours ahead of this one
  CentralProcess central(fx.dir.filePath(QStringLiteral("central")), {QStringLiteral("--import"), jobs,
                                                                       QStringLiteral("--clock-skew"), QString::number(kSkewS)});
  SyncedWindow synced(fx, central.url(), QStringLiteral("li.wei"), Role::Analyst);
  cip::app::MainWindow& window = synced.window;
  cip::app::SyncController& sync = synced.sync;
  REQUIRE(waitFor([&] { return window.queuePanel()->visibleRows() == 2 && sync.service().downloads().pending() == 0 && !sync.service().pulling(); }));
  CHECK(std::abs(sync.client().clockOffsetMs() - kSkewS * 1000) < 10000);
  // By the central system's clock every deadline has passed.
  QAbstractItemModel* queue = window.queuePanel()->table()->model();
  for (int row = 0; row < queue->rowCount(); ++row) {
    const QModelIndex deadline = queue->index(row, cip::widgets::JobQueueModel::Deadline);
    INFO(deadline.data().toString().toStdString());
    CHECK(deadline.data().toString().startsWith(QStringLiteral("overdue")));
  }
  // A verdict carries the central system's time.
  cip::app::AnalystWorkspace& work = *window.workspace();
  work.verdicts().setConfirm([](const QString&) { return true; });
  work.verdicts().setAutoAdvance(false);
  QString error;
  REQUIRE(work.jobs().openNextJob(&error));
  work.jobs().waitForAnalysis();
  const QString jobId = work.jobs().currentJob()->id;
  work.verdictPanel()->setDecision(cip::model::Decision::Release);
  emit work.verdictPanel()->formChanged();
  REQUIRE(work.verdicts().submit(&error));
  const QList<cip::model::Verdict> verdicts = fx.store->verdicts().forJob(jobId);
  REQUIRE(verdicts.size() == 1);
  CHECK(std::abs(QDateTime::currentDateTimeUtc().addSecs(kSkewS).secsTo(verdicts.first().submittedAt)) < 60);
}

TEST_CASE("A supervisor's window shows the scanners' state and their day from the central system's telemetry", "[app][gui][sync][telemetry]") {
  requireGui();
  AppFixture fx;
  CentralProcess central(fx.dir.filePath(QStringLiteral("central")), {QStringLiteral("--scanners"), QStringLiteral("6")});
  ScannerSimProcess simulator(central.url(), QDir(fx.dir.filePath(QStringLiteral("central"))).filePath(QStringLiteral("scanner-credentials.json")), 50);
  REQUIRE(waitForReports(central.url(), 6));  // every scanner has started up and scans are coming in
  cip::widgets::ScannerPanel empty;
  CHECK(empty.summaryText().contains(QStringLiteral("No scanner has reported yet")));
  SyncedWindow synced(fx, central.url(), QStringLiteral("zhao.min"), Role::Supervisor);
  cip::app::MainWindow& window = synced.window;
  cip::app::SyncController& sync = synced.sync;
  window.resize(1600, 1000);
  REQUIRE(window.scannerDock());
  CHECK(window.scannerDock()->windowTitle() == QStringLiteral("Scanners"));
  // A supervisor is offered the scanners, not an analyst's queue and jobs.
  CHECK(window.queuePanel() == nullptr);
  CHECK(window.workspace() == nullptr);
  auto* panel = qobject_cast<cip::widgets::ScannerPanel*>(window.scannerDock()->widget());
  REQUIRE(panel);
  REQUIRE(waitFor([&] { return panel->model()->rowCount() == 6 && !sync.service().pulling(); }, 30000));
  int scans = 0, up = 0;
  for (const cip::model::ScannerStatus& s : panel->model()->statuses()) {
    scans += s.scans;
    up += s.state == cip::model::ScannerStatus::State::Up ? 1 : 0;
    CHECK(s.lastReport.isValid());  // every simulated scanner has started up at least once
  }
  CHECK(scans > 0);
  CHECK(panel->summaryText().startsWith(QStringLiteral("%1 of 6 up").arg(up)));
  CHECK(fx.store->scanners().eventCount() > 0);
  window.scannerDock()->raise();
  saveArtifact(window.grab().toImage(), QStringLiteral("supervisor_scanners.png"));

  // An analyst's window has no such dock.
  cip::app::MainWindow analystWindow(*fx.store, AppFixture::user(QStringLiteral("li.wei"), Role::Analyst), *fx.settings, fx.languages);
  cip::app::SyncController analystSync(*fx.store, central.url(), fx.dir.filePath(QStringLiteral("cache2")));
  analystWindow.attachSync(&analystSync);
  CHECK(analystWindow.scannerDock() == nullptr);
}

TEST_CASE("A scan damaged on the server is named in the status bar and never offered", "[app][gui][sync]") {
  requireGui();
  AppFixture fx;
  const QString jobs = writeServerJobs(fx, 2);
  CentralProcess central(fx.dir.filePath(QStringLiteral("central")), {QStringLiteral("--import"), jobs});
  damageOneScanFile(jobs);

  SyncedWindow synced(fx, central.url(), QStringLiteral("li.wei"), Role::Analyst);
  cip::app::MainWindow& window = synced.window;
  auto* status = window.findChild<QLabel*>(QStringLiteral("syncStatus"));
  REQUIRE(status);
  REQUIRE(waitFor([&] { return status->text().contains(QStringLiteral("1 scan could not be fetched")); }, 60000));
  CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("damaged on the server")));
}

TEST_CASE("An analyst gives a job back: it leaves the queue and goes to another analyst", "[app][gui][sync][release]") {
  requireGui();
  AppFixture fx;
  const QString jobs = writeServerJobs(fx, 2);
  CentralProcess central(fx.dir.filePath(QStringLiteral("central")), {QStringLiteral("--import"), jobs});
  SyncedWindow synced(fx, central.url(), QStringLiteral("li.wei"), Role::Analyst);
  cip::app::MainWindow& window = synced.window;
  cip::app::SyncController& sync = synced.sync;
  REQUIRE(waitFor([&] { return window.queuePanel()->visibleRows() == 2 && sync.service().downloads().pending() == 0 && !sync.service().pulling(); }));
  // A second analyst signs in (the jobs already assigned stay where they are).
  cip::client::CentralClient colleague(central.url());
  REQUIRE(signInAs(colleague, QStringLiteral("wang.fang"), Role::Analyst).ok());

  auto* release = window.findChild<QAction*>(QStringLiteral("releaseJobAction"));
  REQUIRE(release);
  CHECK_FALSE(release->isEnabled());  // no job open
  QString error;
  REQUIRE(window.workspace()->jobs().openNextJob(&error));
  window.workspace()->jobs().waitForAnalysis();
  const QString jobId = window.workspace()->jobs().currentJob()->id;
  REQUIRE(release->isEnabled());
  // The dialog asks why; nothing is given back without a reason, nor "Other" without a note.
  release->trigger();
  auto* ask = window.findChild<cip::widgets::GiveBackDialog*>(QStringLiteral("giveBackDialog"));
  REQUIRE(ask);
  auto* giveBack = ask->findChild<QPushButton*>(QStringLiteral("giveBackButton"));
  REQUIRE(giveBack);
  CHECK_FALSE(giveBack->isEnabled());
  ask->setReason(cip::model::ReleaseReason::Other);
  CHECK_FALSE(giveBack->isEnabled());
  CHECK(ask->findChild<QLabel*>(QStringLiteral("giveBackMissing"))->text().contains(QStringLiteral("note")));
  ask->setNote(QStringLiteral("related to the consignee"));
  ask->setReason(cip::model::ReleaseReason::ConflictOfInterest);
  REQUIRE(giveBack->isEnabled());
  giveBack->click();
  REQUIRE(waitFor([&] { return !window.workspace()->jobs().currentJob() && window.queuePanel()->visibleRows() == 1; }));
  CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("given back")));
  CHECK(fx.store->jobs().find(jobId)->status == cip::model::JobStatus::Returned);
  // The supervisors read the reason on the central system.
  cip::client::CentralClient supervisor(central.url());
  REQUIRE(signInAs(supervisor, QStringLiteral("zhao.min"), Role::Supervisor).ok());
  std::optional<cip::model::JobReleasePage> releases;
  REQUIRE(waitFor([&] {
    supervisor.call("GET", QStringLiteral("review/releases"), {}, {}, [&](const cip::client::Reply& r) {
      if (auto page = cip::model::decodeJobReleasePage(r.body); page.ok() && !page.value->releases.isEmpty()) releases = *page.value;
    });
    return releases.has_value();
  }));
  REQUIRE(releases->releases.size() == 1);
  CHECK(releases->releases[0].jobId == jobId);
  CHECK(releases->releases[0].analyst == QStringLiteral("li.wei"));
  CHECK(releases->releases[0].release.reason == cip::model::ReleaseReason::ConflictOfInterest);
  CHECK(releases->releases[0].release.note == QStringLiteral("related to the consignee"));
  // It is the colleague's now, and a later pull here does not bring it back.
  // (the job left this queue at once; the central system hears of it a moment later)
  bool listed = false;
  REQUIRE(waitFor([&] {
    colleague.call("GET", QStringLiteral("jobs"), {}, {}, [&](const cip::client::Reply& r) { listed = listed || (r.ok() && r.body.contains(jobId.toUtf8())); });
    return listed;
  }));
  QSignalSpy pulled(&sync.service(), &cip::client::SyncService::pullFinished);
  auto* refresh = window.findChild<QAction*>(QStringLiteral("refreshAction"));
  REQUIRE(refresh);
  refresh->trigger();  // F5: a pull now, not at the next half-minute tick
  REQUIRE(waitFor([&] { return pulled.size() == 1; }, 5000));
  CHECK(pulled.first().first().toBool());
  REQUIRE(waitFor([&] { return !window.queueController()->refreshPending(); }));  // the queue read again after the pull
  CHECK(window.queuePanel()->visibleRows() == 1);

  // Offline, the job is given back at once here and the central system hears of it when the link returns.
  REQUIRE(window.workspace()->jobs().openNextJob(&error));
  const QString second = window.workspace()->jobs().currentJob()->id;
  central.kill();
  REQUIRE(waitFor([&] {
    sync.service().pullNow();
    return sync.client().connectivity() == cip::client::Connectivity::Offline;
  }));
  release->trigger();
  ask = window.findChild<cip::widgets::GiveBackDialog*>(QStringLiteral("giveBackDialog"));
  REQUIRE(ask);
  ask->setReason(cip::model::ReleaseReason::EndOfShift);
  ask->findChild<QPushButton*>(QStringLiteral("giveBackButton"))->click();
  CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("as soon as the link returns")));
  CHECK_FALSE(window.workspace()->jobs().currentJob());
  CHECK(waitFor([&] { return window.queuePanel()->visibleRows() == 0; }));  // once the click is handled
  CHECK(fx.store->jobs().pendingCalls(QStringLiteral("li.wei")).value(second) == QStringLiteral("release"));
  central.restart();
  REQUIRE(waitFor([&] {
    sync.service().pullNow();
    return fx.store->jobs().pendingCalls(QStringLiteral("li.wei")).isEmpty();
  }, 30000));
  bool colleagueHasIt = false;
  REQUIRE(waitFor([&] {
    colleague.call("GET", QStringLiteral("jobs"), {}, {}, [&](const cip::client::Reply& r) { colleagueHasIt = colleagueHasIt || (r.ok() && r.body.contains(second.toUtf8())); });
    return colleagueHasIt;
  }));
  REQUIRE(waitFor([&] { return !window.queueController()->refreshPending(); }));
  CHECK(window.queuePanel()->visibleRows() == 0);  // and the list does not hand it back here
}

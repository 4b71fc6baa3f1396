// A session mid-work: a token that expires asks for the password again and loses nothing open;
// signing out or switching user closes the window and never drops what waits to be sent; a verdict
// the central system refuses is shown and dealt with, never silently parked.
#include "AppFixture.h"
#include "CentralProcess.h"
#include "SyncedWindow.h"

#include "app/QueueController.h"
#include "app/jobs/AnalystWorkspace.h"
#include "app/jobs/AnnotationController.h"
#include "app/jobs/JobController.h"
#include "app/jobs/RefusalController.h"
#include "app/jobs/VerdictController.h"
#include "sync/client/SyncService.h"
#include "sync/model/Escalation.h"
#include "sync/store/Store.h"
#include "widgets/JobQueueModel.h"
#include "widgets/JobQueuePanel.h"
#include "widgets/SignInDialog.h"
#include "widgets/WelcomePanel.h"
#include "widgets/workflow/RefusedVerdictsPanel.h"
#include "widgets/workflow/VerdictPanel.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>

using cip::model::Role;

namespace {

void decide(cip::app::AnalystWorkspace& work, cip::model::Decision decision) {
  work.verdictPanel()->setDecision(decision);
  work.verdictPanel()->setComment(QStringLiteral("looked at the doors and the load"));  // a release on failed checks needs a word too
  emit work.verdictPanel()->formChanged();
  QString error;
  const bool submitted = work.verdicts().submit(&error);
  INFO(error.toStdString());
  REQUIRE(submitted);
}

/// Types `password` into a sign-in dialog and presses Sign in, as a person would.
void submitPassword(cip::widgets::SignInDialog& dialog, const QString& password) {
  auto* field = dialog.findChild<QLineEdit*>(QStringLiteral("password"));
  field->clear();
  QTest::keyClicks(field, password);
  QTest::mouseClick(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

/// Answers the next modal message box with the button labelled `choice` once it shows.
void answerNextMessageBox(const QString& choice, const QString& expectedText = {}) {
  QTimer::singleShot(0, [choice, expectedText] {
    waitFor([] { return qobject_cast<QMessageBox*>(QApplication::activeModalWidget()) != nullptr; }, 5000);
    auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
    CHECK(box);
    if (!box) return;
    CHECK(box->text().contains(expectedText));
    for (QAbstractButton* button : box->buttons())
      if (button->text() == choice) button->click();
  });
}

}  // namespace

TEST_CASE("A token that expires mid-work asks for the password again and keeps the open job, its marks and the outbox", "[app][gui][identity][sync]") {
  requireGui();
  AppFixture fx;
  const QString jobs = writeServerJobs(fx, 2);
  CentralProcess central(fx.dir.filePath(QStringLiteral("central")), {QStringLiteral("--import"), jobs, QStringLiteral("--token-seconds"), QStringLiteral("4")});
  SyncedWindow synced(fx, central.url(), QStringLiteral("li.wei"), Role::Analyst);
  cip::app::MainWindow& window = synced.window;
  cip::app::AnalystWorkspace& work = *window.workspace();
  work.verdicts().setConfirm([](const QString&) { return true; });
  work.verdicts().setAutoAdvance(false);
  REQUIRE(waitFor([&] { return window.queuePanel()->visibleRows() == 2 && synced.sync.service().downloads().pending() == 0; }));
  QString error;
  REQUIRE(work.jobs().openNextJob(&error));
  work.jobs().waitForAnalysis();
  work.annotations().create(cip::imaging::Shape{cip::imaging::ShapeType::Rectangle, {{20, 20}, {60, 50}}});
  const QString jobId = work.jobs().currentJob()->id;

  // The token runs out; the next call to the central system is refused and the password is asked for.
  cip::widgets::SignInDialog* again = nullptr;
  REQUIRE(waitFor([&] {
    synced.sync.service().pullNow();
    again = window.findChild<cip::widgets::SignInDialog*>(QStringLiteral("signInAgainDialog"));
    return again && again->isVisible();
  }, 30000));
  CHECK(again->userId() == QStringLiteral("li.wei"));
  CHECK(again->findChild<QLineEdit*>(QStringLiteral("userId"))->isReadOnly());  // the same person, the same role
  // Nothing open is lost meanwhile: the job, its mark; a verdict given now waits in the outbox.
  CHECK(work.jobs().currentJob()->id == jobId);
  CHECK(work.annotations().annotations().size() == 1);
  decide(work, cip::model::Decision::Release);
  CHECK(fx.store->outbox().pendingCount(QStringLiteral("li.wei")) == 1);
  saveArtifact(window.grab().toImage(), QStringLiteral("sign_in_again.png"));

  // A wrong password is refused in the dialog; the right one renews the session and the outbox drains.
  auto* problem = again->findChild<QLabel*>(QStringLiteral("problem"));
  submitPassword(*again, QStringLiteral("wrong"));
  REQUIRE(waitFor([&] { return problem->text().contains(QStringLiteral("does not know this user name")); }));
  CHECK(again->isVisible());
  QPointer<cip::widgets::SignInDialog> open(again);
  submitPassword(*again, QStringLiteral("demo"));
  REQUIRE(waitFor([&] { return !open || !open->isVisible(); }));
  REQUIRE(waitFor([&] {
    synced.sync.service().outbox().kick();
    return fx.store->outbox().pendingCount(QStringLiteral("li.wei")) == 0;
  }));
  int renewals = 0;
  for (const cip::store::AuditEntry& e : fx.store->audit().entries(0, 100000)) renewals += e.action == QLatin1String("session.renew") ? 1 : 0;
  CHECK(renewals == 1);
}

TEST_CASE("Sign out and Switch user close the session's window, asking first when verdicts wait", "[app][gui][identity][sync]") {
  requireGui();
  AppFixture fx;
  const QString jobs = writeServerJobs(fx, 1);
  CentralProcess central(fx.dir.filePath(QStringLiteral("central")), {QStringLiteral("--import"), jobs});
  SyncedWindow synced(fx, central.url(), QStringLiteral("li.wei"), Role::Analyst);
  cip::app::MainWindow& window = synced.window;
  auto* signOut = window.findChild<QAction*>(QStringLiteral("signOutAction"));
  auto* switchUser = window.findChild<QAction*>(QStringLiteral("switchUserAction"));
  REQUIRE((signOut && switchUser));
  CHECK(window.exitChoice() == cip::app::MainWindow::Exit::Quit);
  // A verdict still waiting: the question comes first; staying keeps the session.
  REQUIRE(waitFor([&] { return window.queuePanel()->visibleRows() == 1 && synced.sync.service().downloads().pending() == 0; }));
  synced.sync.client().logout();  // signed out of the central system: the verdict cannot leave
  cip::app::AnalystWorkspace& work = *window.workspace();
  work.verdicts().setConfirm([](const QString&) { return true; });
  work.verdicts().setAutoAdvance(false);
  QString error;
  REQUIRE(work.jobs().openNextJob(&error));
  work.jobs().waitForAnalysis();
  decide(work, cip::model::Decision::Release);
  window.queueController()->refresh();
  answerNextMessageBox(QStringLiteral("Stay signed in"), QStringLiteral("1 verdict"));
  signOut->trigger();
  CHECK(window.isVisible());
  CHECK(window.exitChoice() == cip::app::MainWindow::Exit::Quit);

  answerNextMessageBox(QStringLiteral("Sign out"));
  switchUser->trigger();
  CHECK_FALSE(window.isVisible());
  CHECK(window.exitChoice() == cip::app::MainWindow::Exit::SwitchUser);
  CHECK(fx.store->outbox().pendingCount(QStringLiteral("li.wei")) == 1);  // kept for li.wei's next sign-in here
}

TEST_CASE("A verdict the central system refuses is shown, and decided again or handed to a supervisor", "[app][gui][sync][refused]") {
  requireGui();
  AppFixture fx;
  const QString jobs = writeServerJobs(fx, 2);
  CentralProcess central(fx.dir.filePath(QStringLiteral("central")), {QStringLiteral("--import"), jobs});
  SyncedWindow synced(fx, central.url(), QStringLiteral("li.wei"), Role::Analyst);
  cip::app::MainWindow& window = synced.window;
  cip::app::AnalystWorkspace& work = *window.workspace();
  work.verdicts().setConfirm([](const QString&) { return true; });
  work.verdicts().setAutoAdvance(false);
  work.refusals().setNoteAsker([](const QString&) { return std::optional<QString>(QStringLiteral("the doors hide a false wall")); });
  REQUIRE(waitFor([&] { return window.queuePanel()->visibleRows() == 2 && synced.sync.service().downloads().pending() == 0; }));
  const QList<cip::model::Job> queue = fx.store->jobs().queue(QStringLiteral("li.wei"));

  // Both jobs get a verdict on the central system first, from li.wei's other workstation.
  cip::client::CentralClient elsewhere(central.url());
  REQUIRE(signInAs(elsewhere, QStringLiteral("li.wei"), Role::Analyst).ok());
  for (const cip::model::Job& job : queue) {
    cip::model::Verdict v;
    v.id = QStringLiteral("V-elsewhere-") + job.id;
    v.jobId = job.id;
    v.analyst = QStringLiteral("li.wei");
    v.openedAt = v.submittedAt = elsewhere.serverNow();
    int status = 0;
    elsewhere.call("POST", QStringLiteral("verdicts"), cip::model::toCompactJson(cip::model::toJson(v)), {{"Idempotency-Key", v.id.toLatin1()}},
                   [&](const cip::client::Reply& r) { status = r.status; });
    REQUIRE(waitFor([&] { return status != 0; }));
    REQUIRE(status == 201);
  }

  // Here the analyst decides the first job too; the central system refuses it, and it shows.
  QString error;
  REQUIRE(window.openJob(queue[0].id));
  work.jobs().waitForAnalysis();
  work.annotations().create(cip::imaging::Shape{cip::imaging::ShapeType::Rectangle, {{20, 20}, {60, 50}}});
  decide(work, cip::model::Decision::ReferToInspection);
  const QString refused = fx.store->verdicts().forJob(queue[0].id).last().id;
  REQUIRE(waitFor([&] { return work.refusedPanel()->count() == 1; }));
  CHECK(work.refusedDock()->isVisible());
  CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("refused a verdict")));
  CHECK(fx.store->outbox().pendingCount(QStringLiteral("li.wei")) == 0);  // not retried, not lost
  CHECK(fx.store->outbox().refused(QStringLiteral("li.wei")).first().lastError.contains(QStringLiteral("409")));
  window.queueController()->refresh();
  auto* model = window.findChild<cip::widgets::JobQueueModel*>();
  CHECK((model ? model->mark(queue[0].id) : cip::widgets::JobQueueModel::Mark::None) == cip::widgets::JobQueueModel::Mark::VerdictRefused);
  CHECK(window.welcomePanel()->text().contains(QStringLiteral("1 verdict refused")));
  saveArtifact(window.grab().toImage(), QStringLiteral("refused_verdict.png"));

  // Handed to a supervisor with a note: the central system has it for review.
  work.refusedPanel()->select(refused);
  QTest::mouseClick(work.refusedPanel()->findChild<QPushButton*>(QStringLiteral("handToSupervisorButton")), Qt::LeftButton);
  REQUIRE(waitFor([&] { return fx.store->outbox().handOversDue(QStringLiteral("li.wei")).isEmpty(); }));
  CHECK(work.refusedPanel()->count() == 0);
  cip::client::CentralClient supervisor(central.url());
  REQUIRE(signInAs(supervisor, QStringLiteral("zhao.min"), Role::Supervisor).ok());
  std::optional<cip::client::Reply> listed;
  supervisor.call("GET", QStringLiteral("review/escalations?since=0"), {}, {}, [&](const cip::client::Reply& r) { listed = r; });
  REQUIRE(waitFor([&] { return listed.has_value(); }));
  const cip::model::Decoded<cip::model::EscalationPage> page = cip::model::decodeEscalationPage(listed->body);
  REQUIRE(page.ok());
  REQUIRE(page.value->escalations.size() == 1);
  CHECK(page.value->escalations.first().escalation.verdict.id == refused);
  CHECK(page.value->escalations.first().escalation.note == QStringLiteral("the doors hide a false wall"));
  CHECK(page.value->escalations.first().escalation.refusal.contains(QStringLiteral("409")));

  // The second: refused too, decided again — the marks come back as a draft, the new verdict supersedes.
  REQUIRE(window.openJob(queue[1].id));
  work.jobs().waitForAnalysis();
  work.annotations().create(cip::imaging::Shape{cip::imaging::ShapeType::Rectangle, {{30, 30}, {70, 60}}});
  decide(work, cip::model::Decision::ReferToInspection);
  const QString second = fx.store->verdicts().forJob(queue[1].id).last().id;
  REQUIRE(waitFor([&] { return work.refusedPanel()->count() == 1; }));
  work.refusedPanel()->select(second);
  QTest::mouseClick(work.refusedPanel()->findChild<QPushButton*>(QStringLiteral("decideAgainButton")), Qt::LeftButton);
  REQUIRE(work.jobs().currentJob());
  CHECK(work.jobs().currentJob()->id == queue[1].id);
  CHECK(work.annotations().annotations().size() == 1);
  CHECK(work.refusedPanel()->count() == 0);
  CHECK(fx.store->outbox().findByVerdict(second)->resolution == QStringLiteral("decided-again"));
  work.jobs().waitForAnalysis();
  decide(work, cip::model::Decision::Release);
  CHECK(fx.store->verdicts().forJob(queue[1].id).last().supersedes == second);
}

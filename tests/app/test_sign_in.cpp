// Only the central system says who a user is: the sign-in dialog asks, cip-central answers, and a
// window opens only for the user and role it confirmed. Offline, only a user it confirmed here
// before may sign in, against the slow salted hash kept from that time.
#include "AppFixture.h"
#include "CentralProcess.h"

#include "app/MainWindow.h"
#include "app/SyncController.h"
#include "app/jobs/AnalystWorkspace.h"
#include "app/jobs/JobController.h"
#include "app/jobs/VerdictController.h"
#include "app/session/Authenticator.h"
#include "app/session/SignInFlow.h"
#include "sync/store/Store.h"
#include "widgets/SignInDialog.h"
#include "widgets/workflow/VerdictPanel.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using cip::model::Role;
using cip::app::SignInResult;

namespace {

QPushButton* signInButton(cip::widgets::SignInDialog& dialog) { return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok); }

int auditCount(cip::store::Store& store, const QString& action, const QString& actor) {
  int n = 0;
  for (const cip::store::AuditEntry& e : store.audit().entries(0, 100000)) n += e.action == action && e.actor == actor ? 1 : 0;
  return n;
}

}  // namespace

TEST_CASE("The sign-in dialog asks for a user, a password and a role, and takes a refusal to retry", "[app][gui][identity]") {
  requireGui();
  cip::widgets::SignInDialog dialog;
  dialog.show();
  auto* userId = dialog.findChild<QLineEdit*>(QStringLiteral("userId"));
  auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("password"));
  auto* role = dialog.findChild<QComboBox*>(QStringLiteral("role"));
  REQUIRE((userId && password && role));
  CHECK_FALSE(signInButton(dialog)->isEnabled());
  QTest::keyClicks(userId, QStringLiteral("wang fang"));  // the space is refused by the validator
  CHECK(userId->text() == QStringLiteral("wangfang"));
  CHECK_FALSE(signInButton(dialog)->isEnabled());  // no password yet
  QTest::keyClicks(password, QStringLiteral("secret"));
  CHECK(signInButton(dialog)->isEnabled());
  dialog.setRole(Role::Supervisor);

  QSignalSpy asked(&dialog, &cip::widgets::SignInDialog::signInRequested);
  QTest::mouseClick(signInButton(dialog), Qt::LeftButton);
  REQUIRE(asked.size() == 1);
  CHECK(asked.first().at(0).toString() == QStringLiteral("wangfang"));
  CHECK(asked.first().at(1).toString() == QStringLiteral("secret"));
  CHECK(asked.first().at(2).value<Role>() == Role::Supervisor);
  CHECK_FALSE(signInButton(dialog)->isEnabled());  // busy while the central system answers
  CHECK(dialog.isVisible());                       // the dialog never accepts by itself

  dialog.refuse(QStringLiteral("the central system does not grant this user that role (granted: analyst)"), {Role::Analyst});
  CHECK(password->text().isEmpty());
  CHECK(role->count() == 1);
  CHECK(dialog.role() == Role::Analyst);
  CHECK(dialog.findChild<QLabel*>(QStringLiteral("problem"))->text().contains(QStringLiteral("granted: analyst")));
  QTest::keyClicks(password, QStringLiteral("secret"));
  CHECK(signInButton(dialog)->isEnabled());
  dialog.refuse(QStringLiteral("too many attempts"), {}, 60);
  QTest::keyClicks(password, QStringLiteral("secret"));
  CHECK_FALSE(signInButton(dialog)->isEnabled());  // throttled: wait first
}

TEST_CASE("A window opens only for the user and role the central system confirms", "[app][gui][identity][sync]") {
  requireGui();
  AppFixture fx;
  CentralProcess central(fx.dir.filePath(QStringLiteral("central")), {});
  cip::app::SyncController sync(*fx.store, central.url(), fx.dir.filePath(QStringLiteral("cache")));

  const SignInResult wrong = cip::app::signInNow(sync.authenticator(), QStringLiteral("li.wei"), QStringLiteral("guess"), Role::Analyst);
  CHECK_FALSE(wrong.ok());
  CHECK(wrong.error.contains(QStringLiteral("does not know this user name with this password")));
  const SignInResult mallory = cip::app::signInNow(sync.authenticator(), QStringLiteral("mallory"), QStringLiteral("demo"), Role::Admin);
  CHECK_FALSE(mallory.ok());
  const SignInResult notGranted = cip::app::signInNow(sync.authenticator(), QStringLiteral("li.wei"), QStringLiteral("demo"), Role::Supervisor);
  CHECK_FALSE(notGranted.ok());
  CHECK(notGranted.grantedRoles == QList<Role>{Role::Analyst});
  CHECK(notGranted.error.contains(QStringLiteral("granted: analyst")));
  const QDateTime recently = QDateTime::currentDateTimeUtc().addDays(-1);
  CHECK(fx.store->identity().verifyOffline(QStringLiteral("li.wei"), QStringLiteral("demo"), recently) == std::nullopt);  // nothing kept from refusals
  CHECK(auditCount(*fx.store, QStringLiteral("session.sign-in"), QStringLiteral("li.wei")) == 0);

  const SignInResult ok = cip::app::signInNow(sync.authenticator(), QStringLiteral("li.wei"), QStringLiteral("demo"), Role::Analyst);
  INFO(ok.error.toStdString());
  REQUIRE(ok.ok());
  CHECK(ok.session->user.id == QStringLiteral("li.wei"));
  CHECK(ok.session->role == Role::Analyst);
  CHECK_FALSE(ok.session->offlineVerified);
  CHECK(sync.client().signedIn());
  CHECK(auditCount(*fx.store, QStringLiteral("session.sign-in"), QStringLiteral("li.wei")) == 1);
  // The hash kept for offline sign-in is slow and salted: never the password itself.
  const std::optional<cip::model::User> kept = fx.store->identity().verifyOffline(QStringLiteral("li.wei"), QStringLiteral("demo"), recently);
  REQUIRE(kept);
  CHECK(kept->roles == QList<Role>{Role::Analyst});
  cip::store::Statement raw = fx.store->database().prepare("SELECT password_hash, salt, iterations FROM local_users WHERE id='li.wei'");
  REQUIRE(raw.step());
  CHECK_FALSE(raw.text(0).contains(QStringLiteral("demo")));
  CHECK(raw.text(1).size() == 32);
  CHECK(raw.integer(2) >= 600000);
  // The central system refuses this password later (changed centrally): it stops counting offline too.
  CHECK_FALSE(cip::app::signInNow(sync.authenticator(), QStringLiteral("li.wei"), QStringLiteral("last-year"), Role::Analyst).ok());
  CHECK_FALSE(fx.store->identity().verifyOffline(QStringLiteral("li.wei"), QStringLiteral("demo"), recently));
}

TEST_CASE("cip-workstation opens no window without a password the central system accepts", "[app][gui][identity][sync]") {
  requireGui();
  AppFixture fx;
  CentralProcess central(fx.dir.filePath(QStringLiteral("central")), {});
  const QString shot = fx.dir.filePath(QStringLiteral("window.png"));
  auto run = [&](const QString& role, const QString& password) {
    QProcess workstation;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CIP_PASSWORD"), password);
    workstation.setProcessEnvironment(env);
    workstation.start(QStringLiteral(CIP_WORKSTATION_PATH),
                      {QStringLiteral("--central"), central.url().toString(), QStringLiteral("--db"), fx.dir.filePath(QStringLiteral("ws.sqlite")),
                       QStringLiteral("--settings"), fx.dir.filePath(QStringLiteral("ws.ini")), QStringLiteral("--user"), QStringLiteral("li.wei"),
                       QStringLiteral("--role"), role, QStringLiteral("--screenshot"), shot});
    REQUIRE(workstation.waitForFinished(60000));
    return std::make_pair(workstation.exitCode(), QString::fromUtf8(workstation.readAllStandardError()));
  };
  const auto [supervisorCode, supervisorError] = run(QStringLiteral("supervisor"), QStringLiteral("demo"));
  CHECK(supervisorCode == 3);
  CHECK(supervisorError.contains(QStringLiteral("granted: analyst")));
  CHECK_FALSE(QFile::exists(shot));
  const auto [wrongCode, wrongError] = run(QStringLiteral("analyst"), QStringLiteral("not-it"));
  CHECK(wrongCode == 3);
  CHECK_FALSE(QFile::exists(shot));
  const auto [okCode, okError] = run(QStringLiteral("analyst"), QStringLiteral("demo"));
  INFO(okError.toStdString());
  CHECK(okCode == 0);
  CHECK(QFile::exists(shot));
  // --password is gone: a password never sits on a command line.
  QProcess withPassword;
  withPassword.start(QStringLiteral(CIP_WORKSTATION_PATH), {QStringLiteral("--user"), QStringLiteral("li.wei"), QStringLiteral("--password"), QStringLiteral("demo")});
  REQUIRE(withPassword.waitForFinished(30000));
  CHECK(withPassword.exitCode() != 0);
  CHECK(QString::fromUtf8(withPassword.readAllStandardError()).contains(QStringLiteral("password")));
}

TEST_CASE("Offline, only a user confirmed here before signs in, marked until the central system confirms it", "[app][gui][identity][sync]") {
  requireGui();
  AppFixture fx;
  const QStringList jobs = fx.demoJobs(1);
  CentralProcess central(fx.dir.filePath(QStringLiteral("central")), {});
  {
    cip::app::SyncController first(*fx.store, central.url(), fx.dir.filePath(QStringLiteral("cache")));
    REQUIRE(cip::app::signInNow(first.authenticator(), QStringLiteral("li.wei"), QStringLiteral("demo"), Role::Analyst).ok());
    first.signOut();
  }
  central.kill();

  cip::app::SyncController sync(*fx.store, central.url(), fx.dir.filePath(QStringLiteral("cache")));
  CHECK_FALSE(cip::app::signInNow(sync.authenticator(), QStringLiteral("wang.fang"), QStringLiteral("demo"), Role::Analyst).ok());  // never here
  const SignInResult wrong = cip::app::signInNow(sync.authenticator(), QStringLiteral("li.wei"), QStringLiteral("nope"), Role::Analyst);
  CHECK_FALSE(wrong.ok());
  CHECK(wrong.error.contains(QStringLiteral("cannot be reached")));
  const SignInResult otherRole = cip::app::signInNow(sync.authenticator(), QStringLiteral("li.wei"), QStringLiteral("demo"), Role::Supervisor);
  CHECK_FALSE(otherRole.ok());
  CHECK(otherRole.grantedRoles == QList<Role>{Role::Analyst});
  const SignInResult offline = cip::app::signInNow(sync.authenticator(), QStringLiteral("li.wei"), QStringLiteral("demo"), Role::Analyst);
  INFO(offline.error.toStdString());
  REQUIRE(offline.ok());
  CHECK(offline.session->offlineVerified);

  cip::app::MainWindow window(*fx.store, *offline.session, *fx.settings, fx.languages);
  window.attachSync(&sync);
  sync.start(*offline.session, QStringLiteral("demo"));
  window.show();
  CHECK(window.findChild<QLabel*>(QStringLiteral("syncStatus"))->text().contains(QStringLiteral("signed in offline")));
  // A verdict given offline carries the mark until the central system confirms the user.
  cip::app::AnalystWorkspace& work = *window.workspace();
  work.verdicts().setConfirm([](const QString&) { return true; });
  work.verdicts().setAutoAdvance(false);
  QString error;
  REQUIRE(window.openJob(jobs.first()));
  work.jobs().waitForAnalysis();
  work.verdictPanel()->setDecision(cip::model::Decision::Release);
  emit work.verdictPanel()->formChanged();
  REQUIRE(work.verdicts().submit(&error));
  CHECK(fx.store->outbox().awaitingConfirmation(QStringLiteral("li.wei")) == 1);

  central.restart();
  QSignalSpy confirmed(&sync, &cip::app::SyncController::sessionConfirmed);
  REQUIRE(waitFor([&] { return confirmed.size() == 1; }, 30000));
  CHECK(fx.store->outbox().awaitingConfirmation(QStringLiteral("li.wei")) == 0);
  CHECK(auditCount(*fx.store, QStringLiteral("session.confirm"), QStringLiteral("li.wei")) == 1);
  CHECK_FALSE(window.findChild<QLabel*>(QStringLiteral("syncStatus"))->text().contains(QStringLiteral("signed in offline")));
}

// cip-workstation: the analyst / trainer / supervisor desktop application.

#include "app/AppSettings.h"
#include "app/GuardedApplication.h"
#include "app/cli/LanguageManager.h"
#include "app/MainWindow.h"
#include "app/SyncController.h"
#include "app/cli/VersionInfo.h"
#include "app/jobs/AnalystWorkspace.h"
#include "app/session/Authenticator.h"
#include "app/session/SignInFlow.h"
#include "sync/store/Store.h"
#include "widgets/Theme.h"
#include "widgets/vtk/SurfaceFormat.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QSslCertificate>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace cip;


int main(int argc, char* argv[]) {
  widgets::setVtkSurfaceFormat();  // before QApplication: VTK renders in Qt's OpenGL context
  app::GuardedApplication application(argc, argv);
  QApplication::setOrganizationName(QStringLiteral("CIP"));
  QApplication::setApplicationName(QStringLiteral("CIP Workstation"));
  QApplication::setApplicationVersion(app::applicationVersion());

  QCommandLineParser parser;
  parser.setApplicationDescription(QApplication::translate("main", "CIP Workstation: review customs scans next to their declarations."));
  parser.addHelpOption();
  parser.addVersionOption();
  const QCommandLineOption dbOption(QStringLiteral("db"), QApplication::translate("main", "Local database file."), QStringLiteral("path"),
                                    app::AppSettings::defaultDatabasePath());
  const QCommandLineOption userOption(QStringLiteral("user"),
                                      QApplication::translate("main", "Sign in as this user: the central system checks the password (CIP_PASSWORD, --password-stdin, or the dialog)."),
                                      QStringLiteral("id"));
  const QCommandLineOption roleOption(QStringLiteral("role"), QApplication::translate("main", "Role to sign in as: analyst, trainer, trainee, supervisor, admin."),
                                      QStringLiteral("role"));
  const QCommandLineOption languageOption(QStringLiteral("language"), QApplication::translate("main", "Interface language (en, zh_CN); default: settings, else system."),
                                          QStringLiteral("code"));
  const QCommandLineOption settingsOption(QStringLiteral("settings"), QApplication::translate("main", "Read and write settings in this INI file."), QStringLiteral("file"));
  const QCommandLineOption screenshotOption(QStringLiteral("screenshot"), QApplication::translate("main", "Save a picture of the window to this PNG and quit."),
                                            QStringLiteral("png"));
  const QCommandLineOption openOption(QStringLiteral("open"), QApplication::translate("main", "Open this scan in the viewer at start."), QStringLiteral("file"));
  const QCommandLineOption jobOption(QStringLiteral("job"), QApplication::translate("main", "Open this job at start ('next' for the most urgent)."), QStringLiteral("id"));
  const QCommandLineOption centralOption(QStringLiteral("central"), QApplication::translate("main", "The central system's address (default http://127.0.0.1:8765)."),
                                         QStringLiteral("url"), QStringLiteral("http://127.0.0.1:8765"));
  const QCommandLineOption offlineOption(QStringLiteral("offline"), QApplication::translate("main", "Work without the central system: only a user who signed in here before, verified against the hash kept then."));
  const QCommandLineOption passwordStdinOption(QStringLiteral("password-stdin"),
                                               QApplication::translate("main", "Read the password for --user from standard input (one line); else CIP_PASSWORD, else the dialog asks."));
  const QCommandLineOption caOption(QStringLiteral("ca"),
                                    QApplication::translate("main", "PEM certificate(s) of the site authority that signed an https central system's certificate."),
                                    QStringLiteral("file"));
  parser.addOptions({dbOption, userOption, roleOption, languageOption, settingsOption, screenshotOption, openOption, jobOption, centralOption, offlineOption,
                     passwordStdinOption, caOption});
  parser.process(application);

  std::unique_ptr<app::AppSettings> settings = parser.isSet(settingsOption)
                                                   ? std::make_unique<app::AppSettings>(parser.value(settingsOption))
                                                   : std::make_unique<app::AppSettings>();
  app::LanguageManager languages;
  languages.apply(parser.isSet(languageOption) ? parser.value(languageOption) : settings->language());
  widgets::applyTheme(settings->theme());

  std::unique_ptr<store::Store> store;
  try {
    store = store::Store::open(parser.value(dbOption));
  } catch (const store::StoreError& error) {
    std::fprintf(stderr, "cip-workstation: %s\n", error.what());
    QMessageBox::critical(nullptr, QApplication::translate("main", "CIP Workstation"),
                          QApplication::translate("main", "The local database cannot be opened:\n%1").arg(error.message()));
    return 1;
  }

  const QUrl central(parser.value(centralOption));
  if (!parser.isSet(offlineOption) &&
      (!central.isValid() || (central.scheme() != QLatin1String("http") && central.scheme() != QLatin1String("https")))) {
    std::fprintf(stderr, "cip-workstation: --central: not an http(s) address: %s\n", qPrintable(parser.value(centralOption)));
    return 2;
  }
  QList<QSslCertificate> authorities;
  if (parser.isSet(caOption)) {
    authorities = QSslCertificate::fromPath(parser.value(caOption), QSsl::Pem);
    if (authorities.isEmpty()) {
      std::fprintf(stderr, "cip-workstation: --ca: %s holds no PEM certificate\n", qPrintable(parser.value(caOption)));
      return 2;
    }
  }

  // Who signs in is proposed here and decided by the central system. A password comes from a
  // script only through CIP_PASSWORD or standard input, never the command line.
  app::SignInStart start;
  start.userId = parser.isSet(userOption) ? parser.value(userOption) : settings->lastUserId();
  start.role = settings->lastRole();
  if (parser.isSet(roleOption)) {
    const std::optional<model::Role> role = model::roleFromString(parser.value(roleOption));
    if (!role) {
      std::fprintf(stderr, "cip-workstation: %s\n",
                   qPrintable(QApplication::translate("main", "invalid --role (roles: %1)").arg(model::enumChoices(model::kRoleNames))));
      return 2;
    }
    start.role = *role;
  }
  // A script's password signs in without a dialog, or fails with the central system's reason.
  QString scriptPassword;
  if (parser.isSet(userOption)) scriptPassword = parser.isSet(passwordStdinOption) ? QTextStream(stdin).readLine() : qEnvironmentVariable("CIP_PASSWORD");
  const QString cacheFolder = QFileInfo(parser.value(dbOption)).absoluteDir().filePath(QStringLiteral("scan-cache"));

  for (bool firstSession = true;;) {
    std::unique_ptr<app::SyncController> sync;
    std::unique_ptr<app::Authenticator> offlineOnly;
    if (!parser.isSet(offlineOption)) {
      sync = std::make_unique<app::SyncController>(*store, central, cacheFolder);
      if (!authorities.isEmpty()) sync->client().setTrustedCertificates(authorities);
    } else {
      offlineOnly = std::make_unique<app::Authenticator>(*store, nullptr);
    }
    app::Authenticator& authenticator = sync ? sync->authenticator() : *offlineOnly;
    std::optional<app::SignedIn> signedIn;
    if (!scriptPassword.isEmpty()) {
      const app::SignInResult result = app::signInNow(authenticator, start.userId, scriptPassword, start.role);
      if (!result.ok()) {
        std::fprintf(stderr, "cip-workstation: %s: %s\n", qPrintable(start.userId), qPrintable(result.error));
        return 3;
      }
      signedIn = app::SignedIn{*result.session, result.session->offlineVerified ? scriptPassword : QString()};
      scriptPassword.clear();
    } else {
      signedIn = app::signInInteractively(authenticator, start);
    }
    if (!signedIn) return 0;
    const app::Session& session = signedIn->session;
    settings->setLastSignIn(session.user.id, session.role);

    app::MainWindow window(*store, session, *settings, languages);
    if (sync) {
      window.attachSync(sync.get());
      sync->start(session, signedIn->pendingPassword);
    }
    window.show();
    // What the command line asks to open is for the first session only, not whoever signs in next.
    if (firstSession && parser.isSet(openOption)) window.openScan(parser.value(openOption), parser.isSet(screenshotOption));
    if (firstSession && parser.isSet(jobOption) && window.workspace()) {
      if (parser.value(jobOption) == QLatin1String("next")) window.workspace()->nextJobAction()->trigger();
      else window.openJob(parser.value(jobOption));
    }
    if (parser.isSet(screenshotOption)) {
      QTimer::singleShot(800, &window, [&] {
        // The VTK view renders through OpenGL: grab it from its framebuffer into the window's picture.
        const bool saved = window.grab().save(parser.value(screenshotOption));
        if (!saved) std::fprintf(stderr, "cip-workstation: cannot write %s\n", qPrintable(parser.value(screenshotOption)));
        QApplication::exit(saved ? 0 : 1);
      });
    }
    const int status = QApplication::exec();
    firstSession = false;

    // The session ends with the window: the central system forgets the token, the audit log says so.
    const QDateTime ended = sync ? sync->client().serverNow() : QDateTime::currentDateTimeUtc();
    if (sync) sync->signOut();
    try {
      store::Transaction transaction(store->database());
      store->identity().endSession(session.localId, ended);
      store->audit().append(session.user.id, QStringLiteral("session.sign-out"), QStringLiteral("session"), QString::number(session.localId),
                            {{QStringLiteral("role"), model::roleToString(session.role)}}, ended);
      transaction.commit();
    } catch (const store::StoreError& error) {
      std::fprintf(stderr, "cip-workstation: the sign-out was not recorded: %s\n", qPrintable(error.message()));
    }
    if (window.exitChoice() == app::MainWindow::Exit::Quit || parser.isSet(screenshotOption)) return status;
    start = {};
    if (window.exitChoice() == app::MainWindow::Exit::SignOut) {
      start.userId = session.user.id;
      start.role = session.role;
    }
  }
}

// cip-workstation: the analyst / trainer / supervisor desktop application.

#include "app/AppSettings.h"
#include "app/LanguageManager.h"
#include "app/MainWindow.h"
#include "app/SyncController.h"
#include "app/VersionInfo.h"
#include "app/jobs/AnalystWorkspace.h"
#include "sync/store/Store.h"
#include "widgets/SignInDialog.h"
#include "widgets/Theme.h"
#include "widgets/vtk/SurfaceFormat.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QSslCertificate>
#include <QTimer>

#include <cstdio>

using namespace cip;


int main(int argc, char* argv[]) {
  widgets::setVtkSurfaceFormat();  // before QApplication: VTK renders in Qt's OpenGL context
  QApplication application(argc, argv);
  QApplication::setOrganizationName(QStringLiteral("CIP"));
  QApplication::setApplicationName(QStringLiteral("CIP Workstation"));
  QApplication::setApplicationVersion(app::applicationVersion());

  QCommandLineParser parser;
  parser.setApplicationDescription(QApplication::translate("main", "CIP Workstation: review customs scans next to their declarations."));
  parser.addHelpOption();
  parser.addVersionOption();
  const QCommandLineOption dbOption(QStringLiteral("db"), QApplication::translate("main", "Local database file."), QStringLiteral("path"),
                                    app::AppSettings::defaultDatabasePath());
  const QCommandLineOption userOption(QStringLiteral("user"), QApplication::translate("main", "Sign in as this user without the dialog."), QStringLiteral("id"));
  const QCommandLineOption roleOption(QStringLiteral("role"), QApplication::translate("main", "Role for --user: analyst, trainer, trainee, supervisor, admin."),
                                      QStringLiteral("role"), QStringLiteral("analyst"));
  const QCommandLineOption languageOption(QStringLiteral("language"), QApplication::translate("main", "Interface language (en, zh_CN); default: settings, else system."),
                                          QStringLiteral("code"));
  const QCommandLineOption settingsOption(QStringLiteral("settings"), QApplication::translate("main", "Read and write settings in this INI file."), QStringLiteral("file"));
  const QCommandLineOption screenshotOption(QStringLiteral("screenshot"), QApplication::translate("main", "Save a picture of the window to this PNG and quit."),
                                            QStringLiteral("png"));
  const QCommandLineOption openOption(QStringLiteral("open"), QApplication::translate("main", "Open this scan in the viewer at start."), QStringLiteral("file"));
  const QCommandLineOption jobOption(QStringLiteral("job"), QApplication::translate("main", "Open this job at start ('next' for the most urgent)."), QStringLiteral("id"));
  const QCommandLineOption centralOption(QStringLiteral("central"), QApplication::translate("main", "The central system's address (default http://127.0.0.1:8765)."),
                                         QStringLiteral("url"), QStringLiteral("http://127.0.0.1:8765"));
  const QCommandLineOption offlineOption(QStringLiteral("offline"), QApplication::translate("main", "Work on the local database only."));
  const QCommandLineOption passwordOption(QStringLiteral("password"),
                                          QApplication::translate("main", "Password for --user (else CIP_PASSWORD; kept in memory only)."), QStringLiteral("secret"));
  const QCommandLineOption caOption(QStringLiteral("ca"),
                                    QApplication::translate("main", "PEM certificate(s) of the site authority that signed an https central system's certificate."),
                                    QStringLiteral("file"));
  parser.addOptions({dbOption, userOption, roleOption, languageOption, settingsOption, screenshotOption, openOption, jobOption, centralOption, offlineOption,
                     passwordOption, caOption});
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

  model::User user;
  QString password = parser.isSet(passwordOption) ? parser.value(passwordOption) : qEnvironmentVariable("CIP_PASSWORD");
  if (parser.isSet(userOption)) {
    const std::optional<model::Role> role = model::roleFromString(parser.value(roleOption));
    if (!role || !QRegularExpression(QRegularExpression::anchoredPattern(model::kIdPattern)).match(parser.value(userOption)).hasMatch()) {
      std::fprintf(stderr, "cip-workstation: %s\n",
                   qPrintable(QApplication::translate("main", "invalid --user or --role (roles: %1)").arg(model::enumChoices(model::kRoleNames))));
      return 2;
    }
    user = {parser.value(userOption), parser.value(userOption), {*role}};
  } else {
    widgets::SignInDialog signIn;
    signIn.setUserId(settings->lastUserId());
    signIn.setRole(settings->lastRole());
    if (signIn.exec() != QDialog::Accepted) return 0;
    user = signIn.user();
    password = signIn.password();
  }
  settings->setLastSignIn(user.id, user.roles.first());

  app::MainWindow window(*store, user, *settings, languages);
  std::unique_ptr<app::SyncController> sync;
  if (!parser.isSet(offlineOption)) {
    const QUrl central(parser.value(centralOption));
    if (!central.isValid() || (central.scheme() != QLatin1String("http") && central.scheme() != QLatin1String("https"))) {
      std::fprintf(stderr, "cip-workstation: --central: not an http(s) address: %s\n", qPrintable(parser.value(centralOption)));
      return 2;
    }
    sync = std::make_unique<app::SyncController>(*store, central, QFileInfo(parser.value(dbOption)).absoluteDir().filePath(QStringLiteral("scan-cache")));
    if (parser.isSet(caOption)) {
      const QList<QSslCertificate> authorities = QSslCertificate::fromPath(parser.value(caOption), QSsl::Pem);
      if (authorities.isEmpty()) {
        std::fprintf(stderr, "cip-workstation: --ca: %s holds no PEM certificate\n", qPrintable(parser.value(caOption)));
        return 2;
      }
      sync->client().setTrustedCertificates(authorities);
    }
    window.attachSync(sync.get());
    sync->start(user, password);
  }
  window.show();
  if (parser.isSet(openOption)) window.openScan(parser.value(openOption), parser.isSet(screenshotOption));
  if (parser.isSet(jobOption)) {
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
  return QApplication::exec();
}

// cip-workstation: the analyst / trainer / supervisor desktop application.

#include "app/AppSettings.h"
#include "app/LanguageManager.h"
#include "app/MainWindow.h"
#include "app/VersionInfo.h"
#include "app/jobs/AnalystWorkspace.h"
#include "sync/store/Store.h"
#include "widgets/SignInDialog.h"
#include "widgets/Theme.h"
#include "widgets/vtk/SurfaceFormat.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
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
  parser.addOptions({dbOption, userOption, roleOption, languageOption, settingsOption, screenshotOption, openOption, jobOption});
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
  }
  settings->setLastSignIn(user.id, user.roles.first());

  app::MainWindow window(*store, user, *settings, languages);
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

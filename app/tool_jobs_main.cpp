// cip-tool-jobs: cip-tool's job and database commands (demo-jobs, demo-cases, import-jobs,
// import-cases, export-tdr, db check), which use the workstation's libraries and its store. cip-tool hands them over to it; run alone
// it takes the same arguments.

#include "app/DatabaseCheckCommand.h"
#include "app/cli/LanguageManager.h"
#include "app/cli/ToolCommands.h"
#include "app/jobs/JobCommands.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstring>
#include <memory>

int main(int argc, char* argv[]) {
  // Commands that draw (the verdict report's PDF) need fonts: a GUI application, without a screen.
  const bool draws = argc > 1 && std::strcmp(argv[1], "export-tdr") == 0;
  if (draws && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  std::unique_ptr<QCoreApplication> app = draws ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
  cip::app::prepareToolApplication();
  cip::app::LanguageManager languages;
  languages.apply(QString());
  QTextStream out(stdout);
  QTextStream err(stderr);
  const QStringList args = QCoreApplication::arguments().mid(1);
  const QString command = args.value(0);
  cip::app::JobCommands jobs(out, err);
  int code = 2;
  if (command == QLatin1String("demo-jobs")) code = jobs.demoJobs(args.mid(1));
  else if (command == QLatin1String("demo-cases")) code = jobs.demoCases(args.mid(1));
  else if (command == QLatin1String("import-jobs")) code = jobs.importJobs(args.mid(1));
  else if (command == QLatin1String("import-cases")) code = jobs.importCases(args.mid(1));
  else if (command == QLatin1String("export-tdr")) code = jobs.exportTdr(args.mid(1));
  else if (command == QLatin1String("db") && args.value(1) == QLatin1String("check")) code = cip::app::DatabaseCheckCommand(out, err).run(args.mid(2));
  else
    err << cip::app::ToolCommands::tr("cip-tool-jobs runs these cip-tool commands: %1 (see cip-tool --help)")
               .arg(cip::app::ToolCommands::jobCommands().join(QStringLiteral(", ")))
        << '\n';
  out.flush();
  err.flush();
  return code;
}

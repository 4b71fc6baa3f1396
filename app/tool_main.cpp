// cip-tool: command-line companion of CIP Workstation.

#include "app/LanguageManager.h"
#include "app/ToolCommands.h"
#include "app/VersionInfo.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <cstdio>
#include <cstring>
#include <memory>

int main(int argc, char* argv[]) {
  // Commands that draw (the verdict report's PDF) need fonts: a GUI application, without a screen.
  const bool draws = argc > 1 && std::strcmp(argv[1], "export-tdr") == 0;
  if (draws && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  std::unique_ptr<QCoreApplication> app = draws ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
  QCoreApplication::setOrganizationName(QStringLiteral("CIP"));
  QCoreApplication::setApplicationName(QStringLiteral("CIP Workstation"));
  QCoreApplication::setApplicationVersion(cip::app::applicationVersion());
  // Scripts read stdout and stderr: only warnings go to the log unless CIP_VERBOSE is set.
  if (!qEnvironmentVariableIsSet("CIP_VERBOSE")) QLoggingCategory::setFilterRules(QStringLiteral("cip.*.info=false"));
  cip::app::LanguageManager languages;
  languages.apply(QString());
  QTextStream out(stdout);
  QTextStream err(stderr);
  cip::app::ToolCommands commands(out, err);
  const int code = commands.run(QCoreApplication::arguments());
  out.flush();
  err.flush();
  return code;
}

// cip-tool: command-line companion of CIP Workstation.

#include "app/LanguageManager.h"
#include "app/ToolCommands.h"
#include "app/VersionInfo.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>

int main(int argc, char* argv[]) {
  QCoreApplication application(argc, argv);
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

// cip-tool: command-line companion of CIP Workstation. Linked without Qt Widgets, VTK or
// OpenCV's codecs or the store (see app/cli/ToolCommands.h); the job and database commands run
// in cip-tool-jobs.

#include "app/cli/LanguageManager.h"
#include "app/cli/ToolCommands.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[]) {
  QCoreApplication app(argc, argv);
  cip::app::prepareToolApplication();
  cip::app::LanguageManager languages;
  languages.apply(QString());
  QTextStream out(stdout);
  QTextStream err(stderr);
  cip::app::ToolCommands commands(out, err);
  commands.setRawArguments(argc, argv);
  const int code = commands.run(QCoreApplication::arguments());
  out.flush();
  err.flush();
  return code;
}

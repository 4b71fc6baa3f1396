#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace cip::app {

/// The `cip-tool` command line: headless operations for operators and scripts. Each command
/// writes its result to `out`, problems to `err`, and returns the process exit code
/// (0 success, 1 the check found problems or the operation failed, 2 usage error).
class ToolCommands {
  Q_DECLARE_TR_FUNCTIONS(ToolCommands)
 public:
  ToolCommands(QTextStream& out, QTextStream& err) : out_(out), err_(err) {}

  int run(const QStringList& arguments);

 private:
  int usage();
  int version();
  int dbCheck(const QStringList& args);

  QTextStream& out_;
  QTextStream& err_;
};

}  // namespace cip::app

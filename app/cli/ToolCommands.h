#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace cip::app {

/// The `cip-tool` command line: headless operations for operators and scripts. Each command
/// writes its result to `out`, problems to `err`, and returns the process exit code
/// (0 success, 1 the check found problems or the operation failed, 2 usage error). It links
/// neither Qt Widgets nor VTK nor OpenCV's codecs nor the store, so that `info` starts at once;
/// the job and database commands run in cip-tool-jobs, which does.
class ToolCommands {
  Q_DECLARE_TR_FUNCTIONS(ToolCommands)
 public:
  ToolCommands(QTextStream& out, QTextStream& err) : out_(out), err_(err) {}

  int run(const QStringList& arguments);
  /// The process's own argv: handed over to cip-tool-jobs byte for byte (a file name that is not
  /// valid in the locale's encoding would not survive a round trip through QString).
  void setRawArguments(int argc, char** argv) {
    argc_ = argc;
    argv_ = argv;
  }
  /// Commands cip-tool-jobs runs (they need the workstation's libraries or its store).
  static QStringList jobCommands();

 private:
  int usage();
  int version();
  /// Replaces this process with cip-tool-jobs for `args`; returns only when it cannot be started.
  int runJobTool(const QStringList& args);

  QTextStream& out_;
  QTextStream& err_;
  int argc_ = 0;
  char** argv_ = nullptr;
};

/// What every command-line program of the project sets before its first command: the names its
/// settings live under, its version, and a log that keeps to warnings unless CIP_VERBOSE is set
/// (scripts read stdout and stderr).
void prepareToolApplication();

}  // namespace cip::app

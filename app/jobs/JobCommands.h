#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace cip::app {

/// `cip-tool` commands over jobs: writing the synthetic demo jobs and importing a job folder
/// into a workstation's database. Same exit-code contract as ToolCommands.
class JobCommands {
  Q_DECLARE_TR_FUNCTIONS(JobCommands)
 public:
  JobCommands(QTextStream& out, QTextStream& err) : out_(out), err_(err) {}

  /// `demo-jobs -o FOLDER [--count N] [--seed S] [--pixel MM]`
  int demoJobs(const QStringList& args);
  /// `import-jobs FOLDER --analyst ID [--db FILE]`
  int importJobs(const QStringList& args);
  /// `export-tdr (--verdict ID | --job ID) -o FOLDER [--db FILE]`
  int exportTdr(const QStringList& args);
  /// `demo-cases -o FOLDER [--pixel MM]`
  int demoCases(const QStringList& args);
  /// `import-cases FOLDER [--db FILE]`
  int importCases(const QStringList& args);

 private:
  QTextStream& out_;
  QTextStream& err_;
};

}  // namespace cip::app

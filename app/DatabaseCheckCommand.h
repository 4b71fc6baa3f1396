#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace cip::app {

/// `cip-tool db check [FILE] [--anchors ANCHORS.json]`: the operator's check of a workstation's
/// database (integrity, foreign keys, schema, audit chain, and the chain against the central
/// system's anchors). It runs in cip-tool-jobs, so that cip-tool itself loads no store.
class DatabaseCheckCommand {
  Q_DECLARE_TR_FUNCTIONS(DatabaseCheckCommand)
 public:
  DatabaseCheckCommand(QTextStream& out, QTextStream& err) : out_(out), err_(err) {}
  /// 0 when the database is sound, 1 when the check found problems, 2 on a usage error.
  int run(const QStringList& args);

 private:
  QTextStream& out_;
  QTextStream& err_;
};

}  // namespace cip::app

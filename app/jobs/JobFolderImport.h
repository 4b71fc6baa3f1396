#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace cip::store {
class Store;
}

namespace cip::app {

struct JobImportReport {
  QStringList imported;  ///< job ids
  QStringList skipped;   ///< job ids already in the store (a decided job is never reset)
  QStringList errors;    ///< one line per job that was refused, naming the file and the field
};

/// Imports a folder of jobs — `<stem>.job.json`, `<stem>.declaration.json` and the scan files
/// each job lists — into the store, assigned to `analyst`. A job is taken only whole: both
/// documents decode, every scan file is there with the size and SHA-256 the job states, and the
/// job, its declaration and its scans' local paths are written in one transaction. The scans stay
/// where they are; the store records their paths. This is how an offline workstation is loaded
/// (and how the demo is seeded) without a central system.
JobImportReport importJobFolder(store::Store& store, const QString& folder, const QString& analyst);

/// Imports a folder of cases (`<id>.case.json` and the scan files each lists) into the case
/// library for the user `recipient`, each case whole or not at all, like jobs. Cases already
/// present are updated.
JobImportReport importCaseFolder(store::Store& store, const QString& folder, const QString& recipient, const QDateTime& now);

}  // namespace cip::app

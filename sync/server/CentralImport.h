#pragma once

#include "sync/server/CentralStore.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace cip::server {

/// What an import of a job folder came to, one line per document: taken, kept as it was (a job
/// already held is never reset; a case unchanged is not touched, so workstations do not fetch it
/// again), or refused and why (the file and the field).
struct CentralImportReport {
  QStringList taken;
  QStringList kept;
  QStringList refused;
};

/// Imports a job folder (sync/jobimport's layout) into the central system: new jobs wait
/// unassigned for the analysts signed in; cases go to the library. Each job or case is stored
/// whole or not at all. A job whose scan or declaration id already stands for something else
/// on the central system is refused rather than allowed to overwrite it. A scan in a vendor's
/// format that a plugin reads is converted to DICOS into the data folder's `converted/` on the
/// way in (VendorScans.h), so every workstation reads it without the plugin.
CentralImportReport importJobFolder(CentralStore& store, const QString& folder, const QDateTime& now);

/// Prints the report to stdout — every line when `everyFile`, else only the refusals — and a
/// summary line naming the folder.
void printImportReport(const QString& folder, const CentralImportReport& report, bool everyFile);

/// `cip-central import DIR… [--data DIR]`: imports each folder and reports every file. Returns
/// the exit status: 0 when nothing was refused, 1 otherwise.
int runImportCommand(const QStringList& arguments, const QString& defaultData);

}  // namespace cip::server

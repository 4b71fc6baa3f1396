#include "app/jobs/JobFolderImport.h"

#include "sync/jobimport/JobFolder.h"
#include "sync/store/Store.h"

#include <QCoreApplication>

namespace cip::app {

namespace {

struct Text {
  Q_DECLARE_TR_FUNCTIONS(JobFolderImport)
};

}  // namespace

JobImportReport importJobFolder(store::Store& store, const QString& folder, const QString& analyst) {
  jobimport::FolderContents contents = jobimport::readJobFolder(folder);
  JobImportReport report;
  report.errors = contents.errors;
  for (jobimport::FolderJob& item : contents.jobs) {
    try {
      if (store.jobs().find(item.job.id)) {
        report.skipped << item.job.id;
        continue;
      }
      item.job.assignedTo = analyst;
      item.job.status = model::JobStatus::Assigned;
      store::Transaction transaction(store.database());
      store.declarations().save(item.declaration);
      store.jobs().save(item.job);
      for (int i = 0; i < item.job.scans.size(); ++i) store.jobs().setScanLocalPath(item.job.scans[i].id, item.scanPaths.value(i));
      transaction.commit();
      report.imported << item.job.id;
    } catch (const store::StoreError& e) {
      report.errors << Text::tr("%1: not stored: %2").arg(item.job.id, e.message());
    }
  }
  return report;
}

JobImportReport importCaseFolder(store::Store& store, const QString& folder, const QString& recipient, const QDateTime& now) {
  const jobimport::FolderContents contents = jobimport::readJobFolder(folder);
  JobImportReport report;
  report.errors = contents.errors;
  for (const jobimport::FolderCase& item : contents.cases) {
    try {
      store::Transaction transaction(store.database());
      store.cases().save(item.entry, now, recipient);
      for (int i = 0; i < item.entry.scans.size(); ++i) store.cases().setScanLocalPath(item.entry.scans[i].id, item.scanPaths.value(i));
      transaction.commit();
      report.imported << item.entry.id;
    } catch (const store::StoreError& e) {
      report.errors << Text::tr("%1: not stored: %2").arg(item.entry.id, e.message());
    }
  }
  return report;
}

}  // namespace cip::app

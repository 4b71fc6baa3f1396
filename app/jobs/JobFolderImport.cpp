#include "app/jobs/JobFolderImport.h"

#include "sync/model/Case.h"
#include "sync/model/Declaration.h"
#include "sync/model/Job.h"
#include "sync/store/Store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>

namespace cip::app {

namespace {

struct Text {
  Q_DECLARE_TR_FUNCTIONS(JobFolderImport)
};

QByteArray readDocument(const QString& path, QString* error) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    *error = Text::tr("%1: cannot be read (%2)").arg(path, file.errorString());
    return {};
  }
  if (file.size() > model::kMaxDocumentBytes) {
    *error = Text::tr("%1: larger than a job document can be").arg(path);
    return {};
  }
  return file.readAll();
}

/// Empty when the file is there with the stated size and checksum; else why not.
QString verifyScanFile(const QString& path, const model::ScanRef& scan) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return Text::tr("%1: missing or unreadable").arg(path);
  if (file.size() != scan.sizeBytes) return Text::tr("%1: %2 bytes, the job says %3").arg(path).arg(file.size()).arg(scan.sizeBytes);
  QCryptographicHash hash(QCryptographicHash::Sha256);
  if (!hash.addData(&file)) return Text::tr("%1: cannot be read").arg(path);
  if (QString::fromLatin1(hash.result().toHex()) != scan.sha256) return Text::tr("%1: SHA-256 differs from the job's").arg(path);
  return {};
}

}  // namespace

JobImportReport importJobFolder(store::Store& store, const QString& folder, const QString& analyst) {
  JobImportReport report;
  const QDir dir(folder);
  if (!dir.exists()) {
    report.errors << Text::tr("%1: no such folder").arg(folder);
    return report;
  }
  for (const QString& name : dir.entryList({QStringLiteral("*.job.json")}, QDir::Files, QDir::Name)) {
    const QString jobPath = dir.filePath(name);
    QString error;
    const QByteArray jobBytes = readDocument(jobPath, &error);
    if (!error.isEmpty()) { report.errors << error; continue; }
    model::Decoded<model::Job> job = model::decodeJob(jobBytes);
    if (!job.ok()) { report.errors << Text::tr("%1: %2").arg(jobPath, job.error.toString()); continue; }
    const QString declarationPath = dir.filePath(name.chopped(int(qstrlen(".job.json"))) + QStringLiteral(".declaration.json"));
    const QByteArray declarationBytes = readDocument(declarationPath, &error);
    if (!error.isEmpty()) { report.errors << error; continue; }
    model::Decoded<model::Declaration> declaration = model::decodeDeclaration(declarationBytes);
    if (!declaration.ok()) { report.errors << Text::tr("%1: %2").arg(declarationPath, declaration.error.toString()); continue; }
    if (declaration.value->id != job.value->declarationId) {
      report.errors << Text::tr("%1: declaration id %2, but the job names %3").arg(declarationPath, declaration.value->id, job.value->declarationId);
      continue;
    }
    for (const model::ScanRef& scan : job.value->scans) {
      error = verifyScanFile(dir.filePath(scan.fileName), scan);
      if (!error.isEmpty()) break;
    }
    if (!error.isEmpty()) { report.errors << error; continue; }
    try {
      if (store.jobs().find(job.value->id)) { report.skipped << job.value->id; continue; }
      job.value->assignedTo = analyst;
      job.value->status = model::JobStatus::Assigned;
      store::Transaction transaction(store.database());
      store.declarations().save(*declaration.value);
      store.jobs().save(*job.value);
      for (const model::ScanRef& scan : job.value->scans)
        store.jobs().setScanLocalPath(scan.id, QFileInfo(dir.filePath(scan.fileName)).absoluteFilePath());
      transaction.commit();
      report.imported << job.value->id;
    } catch (const store::StoreError& e) {
      report.errors << Text::tr("%1: not stored: %2").arg(jobPath, e.message());
    }
  }
  return report;
}

JobImportReport importCaseFolder(store::Store& store, const QString& folder, const QDateTime& now) {
  JobImportReport report;
  const QDir dir(folder);
  if (!dir.exists()) {
    report.errors << Text::tr("%1: no such folder").arg(folder);
    return report;
  }
  for (const QString& name : dir.entryList({QStringLiteral("*.case.json")}, QDir::Files, QDir::Name)) {
    const QString path = dir.filePath(name);
    QString error;
    const QByteArray bytes = readDocument(path, &error);
    if (!error.isEmpty()) { report.errors << error; continue; }
    model::Decoded<model::Case> entry = model::decodeCase(bytes);
    if (!entry.ok()) { report.errors << Text::tr("%1: %2").arg(path, entry.error.toString()); continue; }
    for (const model::ScanRef& scan : entry.value->scans) {
      error = verifyScanFile(dir.filePath(scan.fileName), scan);
      if (!error.isEmpty()) break;
    }
    if (!error.isEmpty()) { report.errors << error; continue; }
    try {
      store::Transaction transaction(store.database());
      store.cases().save(*entry.value, now);
      for (const model::ScanRef& scan : entry.value->scans)
        store.cases().setScanLocalPath(scan.id, QFileInfo(dir.filePath(scan.fileName)).absoluteFilePath());
      transaction.commit();
      report.imported << entry.value->id;
    } catch (const store::StoreError& e) {
      report.errors << Text::tr("%1: not stored: %2").arg(path, e.message());
    }
  }
  return report;
}

}  // namespace cip::app

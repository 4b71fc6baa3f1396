#include "app/jobs/JobFolderImport.h"

#include "sync/model/Case.h"
#include "sync/model/Declaration.h"
#include "sync/model/Job.h"
#include "sync/store/Store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <optional>

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

/// Reads and decodes one document; nothing and the reason (naming the file) when it fails.
template <class T, class Decode>
std::optional<T> readAs(const QString& path, Decode decode, QString* error) {
  const QByteArray bytes = readDocument(path, error);
  if (!error->isEmpty()) return std::nullopt;
  model::Decoded<T> decoded = decode(bytes);
  if (!decoded.ok()) {
    *error = Text::tr("%1: %2").arg(path, decoded.error.toString());
    return std::nullopt;
  }
  return std::move(decoded.value);
}

/// Empty when every scan is in `dir` as stated; else the first problem.
QString verifyScans(const QDir& dir, const QList<model::ScanRef>& scans) {
  for (const model::ScanRef& scan : scans)
    if (QString error = verifyScanFile(dir.filePath(scan.fileName), scan); !error.isEmpty()) return error;
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
    const QString declarationPath = dir.filePath(name.chopped(int(qstrlen(".job.json"))) + QStringLiteral(".declaration.json"));
    QString error;
    std::optional<model::Job> job = readAs<model::Job>(jobPath, model::decodeJob, &error);
    std::optional<model::Declaration> declaration;
    if (job) declaration = readAs<model::Declaration>(declarationPath, model::decodeDeclaration, &error);
    if (declaration && declaration->id != job->declarationId)
      error = Text::tr("%1: declaration id %2, but the job names %3").arg(declarationPath, declaration->id, job->declarationId);
    if (error.isEmpty()) error = verifyScans(dir, job->scans);
    if (!error.isEmpty()) {
      report.errors << error;
      continue;
    }
    try {
      if (store.jobs().find(job->id)) {
        report.skipped << job->id;
        continue;
      }
      job->assignedTo = analyst;
      job->status = model::JobStatus::Assigned;
      store::Transaction transaction(store.database());
      store.declarations().save(*declaration);
      store.jobs().save(*job);
      for (const model::ScanRef& scan : job->scans)
        store.jobs().setScanLocalPath(scan.id, QFileInfo(dir.filePath(scan.fileName)).absoluteFilePath());
      transaction.commit();
      report.imported << job->id;
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
    const std::optional<model::Case> entry = readAs<model::Case>(path, model::decodeCase, &error);
    if (entry) error = verifyScans(dir, entry->scans);
    if (!error.isEmpty()) {
      report.errors << error;
      continue;
    }
    try {
      store::Transaction transaction(store.database());
      store.cases().save(*entry, now);
      for (const model::ScanRef& scan : entry->scans)
        store.cases().setScanLocalPath(scan.id, QFileInfo(dir.filePath(scan.fileName)).absoluteFilePath());
      transaction.commit();
      report.imported << entry->id;
    } catch (const store::StoreError& e) {
      report.errors << Text::tr("%1: not stored: %2").arg(path, e.message());
    }
  }
  return report;
}

}  // namespace cip::app

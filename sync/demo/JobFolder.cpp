#include "sync/demo/JobFolder.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <optional>

namespace cip::demo {

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

/// Empty when the file is there with the stated size and checksum; else why not.
QString verifyScanFile(const QString& path, const model::ScanRef& scan) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return Text::tr("%1: missing or unreadable").arg(path);
  if (file.size() != scan.sizeBytes) return Text::tr("%1: %2 bytes, the job says %3").arg(path).arg(file.size()).arg(scan.sizeBytes);
  const QString sha = sha256OfFile(path);
  if (sha.isEmpty()) return Text::tr("%1: cannot be read").arg(path);
  if (sha != scan.sha256) return Text::tr("%1: SHA-256 differs from the job's").arg(path);
  return {};
}

/// The scans' absolute paths, or empty with `error` set.
QStringList verifiedScans(const QDir& dir, const QList<model::ScanRef>& scans, QString* error) {
  QStringList paths;
  for (const model::ScanRef& scan : scans) {
    const QString path = QFileInfo(dir.filePath(scan.fileName)).absoluteFilePath();
    *error = verifyScanFile(path, scan);
    if (!error->isEmpty()) return {};
    paths << path;
  }
  return paths;
}

}  // namespace

QString sha256OfFile(const QString& path) {
  QFile file(path);
  QCryptographicHash hash(QCryptographicHash::Sha256);
  if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file)) return {};
  return QString::fromLatin1(hash.result().toHex());
}

FolderContents readJobFolder(const QString& folder) {
  FolderContents contents;
  const QDir dir(folder);
  if (!dir.exists()) {
    contents.errors << Text::tr("%1: no such folder").arg(folder);
    return contents;
  }
  for (const QString& name : dir.entryList({QStringLiteral("*.job.json")}, QDir::Files, QDir::Name)) {
    const QString declarationPath = dir.filePath(name.chopped(int(qstrlen(".job.json"))) + QStringLiteral(".declaration.json"));
    QString error;
    std::optional<model::Job> job = readAs<model::Job>(dir.filePath(name), model::decodeJob, &error);
    std::optional<model::Declaration> declaration;
    if (job) declaration = readAs<model::Declaration>(declarationPath, model::decodeDeclaration, &error);
    if (declaration && declaration->id != job->declarationId)
      error = Text::tr("%1: declaration id %2, but the job names %3").arg(declarationPath, declaration->id, job->declarationId);
    QStringList paths;
    if (error.isEmpty()) paths = verifiedScans(dir, job->scans, &error);
    if (!error.isEmpty()) {
      contents.errors << error;
      continue;
    }
    contents.jobs.push_back({*job, *declaration, paths});
  }
  for (const QString& name : dir.entryList({QStringLiteral("*.case.json")}, QDir::Files, QDir::Name)) {
    QString error;
    const std::optional<model::Case> entry = readAs<model::Case>(dir.filePath(name), model::decodeCase, &error);
    QStringList paths;
    if (entry) paths = verifiedScans(dir, entry->scans, &error);
    if (!error.isEmpty()) {
      contents.errors << error;
      continue;
    }
    contents.cases.push_back({*entry, paths});
  }
  return contents;
}

}  // namespace cip::demo

#include "sync/jobimport/JobFolder.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>

#include <optional>

namespace cip::jobimport {

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

/// The scans' absolute paths, or empty with `error` set, naming the document, the scan and its file.
QStringList verifiedScans(const QDir& dir, const QString& document, const QList<model::ScanRef>& scans, QString* error) {
  QStringList paths;
  for (int i = 0; i < scans.size(); ++i) {
    const QString path = QFileInfo(dir.filePath(scans[i].fileName)).absoluteFilePath();
    if (const QString problem = verifyScanFile(path, scans[i]); !problem.isEmpty()) {
      *error = Text::tr("%1: scans[%2]: %3").arg(document).arg(i).arg(problem);
      return {};
    }
    paths << path;
  }
  return paths;
}

/// The ids met so far in the folder and the document that brought each: a second document with
/// the same job, case or scan id is refused instead of silently replacing the first.
class SeenIds {
 public:
  enum Kind { Job, Case };
  /// Empty when the document's id and its scans' ids are new to the folder; else why it is refused.
  QString clash(const QString& document, Kind kind, const QString& id, const QList<model::ScanRef>& scans) const {
    const QHash<QString, QString>& owners = kind == Job ? jobs_ : cases_;
    if (const auto it = owners.constFind(id); it != owners.constEnd())
      return kind == Job ? Text::tr("%1: id: job %2 is already in %3").arg(document, id, *it)
                         : Text::tr("%1: id: case %2 is already in %3").arg(document, id, *it);
    for (int i = 0; i < scans.size(); ++i) {
      if (const auto it = scans_.constFind(scans[i].id); it != scans_.constEnd())
        return Text::tr("%1: scans[%2].id: scan %3 is already in %4").arg(document).arg(i).arg(scans[i].id, *it);
      for (int j = 0; j < i; ++j)
        if (scans[j].id == scans[i].id) return Text::tr("%1: scans[%2].id: %3 is listed twice").arg(document).arg(i).arg(scans[i].id);
    }
    return {};
  }
  void add(const QString& document, Kind kind, const QString& id, const QList<model::ScanRef>& scans) {
    const QString name = QFileInfo(document).fileName();
    (kind == Job ? jobs_ : cases_).insert(id, name);
    for (const model::ScanRef& scan : scans) scans_.insert(scan.id, name);
  }

 private:
  QHash<QString, QString> jobs_, cases_, scans_;
};

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
  SeenIds seen;
  for (const QString& name : dir.entryList({QStringLiteral("*.job.json")}, QDir::Files, QDir::Name)) {
    const QString jobPath = dir.filePath(name);
    const QString declarationPath = dir.filePath(name.chopped(int(qstrlen(".job.json"))) + QStringLiteral(".declaration.json"));
    QString error;
    std::optional<model::Job> job = readAs<model::Job>(jobPath, model::decodeJob, &error);
    std::optional<model::Declaration> declaration;
    if (job) declaration = readAs<model::Declaration>(declarationPath, model::decodeDeclaration, &error);
    if (declaration && declaration->id != job->declarationId)
      error = Text::tr("%1: declaration id %2, but the job names %3").arg(declarationPath, declaration->id, job->declarationId);
    if (error.isEmpty()) error = seen.clash(jobPath, SeenIds::Job, job->id, job->scans);
    QStringList paths;
    if (error.isEmpty()) paths = verifiedScans(dir, jobPath, job->scans, &error);
    if (!error.isEmpty()) {
      contents.errors << error;
      continue;
    }
    seen.add(jobPath, SeenIds::Job, job->id, job->scans);
    contents.jobs.push_back({*job, *declaration, paths, jobPath});
  }
  for (const QString& name : dir.entryList({QStringLiteral("*.case.json")}, QDir::Files, QDir::Name)) {
    const QString casePath = dir.filePath(name);
    QString error;
    const std::optional<model::Case> entry = readAs<model::Case>(casePath, model::decodeCase, &error);
    if (error.isEmpty()) error = seen.clash(casePath, SeenIds::Case, entry->id, entry->scans);
    QStringList paths;
    if (error.isEmpty()) paths = verifiedScans(dir, casePath, entry->scans, &error);
    if (!error.isEmpty()) {
      contents.errors << error;
      continue;
    }
    seen.add(casePath, SeenIds::Case, entry->id, entry->scans);
    contents.cases.push_back({*entry, paths, casePath});
  }
  return contents;
}

}  // namespace cip::jobimport

// libFuzzer target for the job-folder import (sync/jobimport). Each input is a small folder of
// files, spelled as sections:
//
//   === NAME\n<bytes of the file>\n=== NAME\n<bytes>…
//
// (names of letters, digits and ._-, at most 12 files). The folder is written to a temporary
// directory and read as cip-central and cip-tool read one. Beyond "no crash", every document is
// either taken whole or refused with a line naming it, and what is taken holds together: each
// job's declaration is the one it names, every scan file is inside the folder with the size and
// SHA-256 stated, and no job, case or scan id is taken twice.

#include "sync/jobimport/JobFolder.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

namespace {

constexpr int kMaxFiles = 12;

/// Writes the sections of `input` as files into `dir`; how many job and case documents it holds.
int writeFolder(const QByteArray& input, const QDir& dir) {
  static const QRegularExpression safeName(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9._-]{0,63}$"));
  const QByteArray marker = "=== ";
  QByteArray text = "\n" + input;
  int files = 0, documents = 0;
  qsizetype at = text.indexOf("\n" + marker);
  while (at >= 0 && files < kMaxFiles) {
    const qsizetype nameStart = at + 1 + marker.size();
    const qsizetype nameEnd = text.indexOf('\n', nameStart);
    if (nameEnd < 0) break;
    const qsizetype next = text.indexOf("\n" + marker, nameEnd);
    const QString name = QString::fromLatin1(text.mid(nameStart, nameEnd - nameStart));
    const QByteArray content = text.mid(nameEnd + 1, next < 0 ? -1 : next - nameEnd - 1);
    at = next;
    if (!safeName.match(name).hasMatch() || name.contains(QLatin1String("..")) || dir.exists(name)) continue;
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) std::abort();
    ++files;
    // QDir's name filters, as the reader uses them, ignore case.
    if (name.endsWith(QLatin1String(".job.json"), Qt::CaseInsensitive) || name.endsWith(QLatin1String(".case.json"), Qt::CaseInsensitive)) ++documents;
  }
  return documents;
}

/// Aborts unless every path is a file in `folder` with the scan's size and SHA-256.
void checkScans(const QString& folder, const QList<cip::model::ScanRef>& scans, const QStringList& paths, QSet<QString>& scanIds) {
  if (paths.size() != scans.size()) std::abort();
  for (int i = 0; i < scans.size(); ++i) {
    const QFileInfo info(paths[i]);
    if (info.absolutePath() != folder || !info.isFile() || info.size() != scans[i].sizeBytes) std::abort();
    QFile file(paths[i]);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file) || QString::fromLatin1(hash.result().toHex()) != scans[i].sha256) std::abort();
    if (scanIds.contains(scans[i].id)) std::abort();
    scanIds.insert(scans[i].id);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  QTemporaryDir temporary;
  if (!temporary.isValid()) std::abort();
  const QString folder = QFileInfo(temporary.path()).canonicalFilePath();
  const int documents = writeFolder(QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)), QDir(folder));
  const cip::jobimport::FolderContents contents = cip::jobimport::readJobFolder(folder);

  if (contents.jobs.size() + contents.cases.size() + contents.errors.size() != documents) std::abort();
  for (const QString& error : contents.errors)
    if (!error.startsWith(folder + QLatin1Char('/'))) std::abort();  // a refusal names its file
  QSet<QString> jobIds, caseIds, scanIds;
  for (const cip::jobimport::FolderJob& item : contents.jobs) {
    if (item.declaration.id != item.job.declarationId || jobIds.contains(item.job.id)) std::abort();
    jobIds.insert(item.job.id);
    checkScans(folder, item.job.scans, item.scanPaths, scanIds);
  }
  for (const cip::jobimport::FolderCase& item : contents.cases) {
    if (caseIds.contains(item.entry.id)) std::abort();
    caseIds.insert(item.entry.id);
    checkScans(folder, item.entry.scans, item.scanPaths, scanIds);
  }
  return 0;
}

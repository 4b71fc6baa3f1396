#pragma once

#include "sync/model/Case.h"
#include "sync/model/Declaration.h"
#include "sync/model/Job.h"

#include <QString>
#include <QStringList>

namespace cip::jobimport {

/// One job of a folder, whole: its documents decoded and every scan file present with the
/// size and SHA-256 the job states.
struct FolderJob {
  model::Job job;
  model::Declaration declaration;
  QStringList scanPaths;  ///< absolute, in the order of job.scans
  QString documentPath;   ///< the `.job.json` it came from, for reports
};

struct FolderCase {
  model::Case entry;
  QStringList scanPaths;
  QString documentPath;   ///< the `.case.json`
};

struct FolderContents {
  QList<FolderJob> jobs;
  QList<FolderCase> cases;
  QStringList errors;  ///< one line per job or case refused, naming the file and the field
};

/// SHA-256 of a file as lower-case hex; empty when it cannot be read.
QString sha256OfFile(const QString& path);

/// Reads a job folder — `<stem>.job.json` + `<stem>.declaration.json` per job and
/// `<id>.case.json` per case, beside the scan files they list — the way scanners' and customs
/// systems' files reach a CIP centre. The central system (`cip-central import`) and an offline
/// workstation (`cip-tool import-jobs`) both take folders through here. Documents go through the
/// model's strict codecs; sizes and checksums in them are never trusted over the files'. A job or
/// case is listed only whole; one that repeats a job, case or scan id already met in the folder is
/// refused, so what comes back can be stored as it is.
FolderContents readJobFolder(const QString& folder);

}  // namespace cip::jobimport

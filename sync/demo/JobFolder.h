#pragma once

#include "sync/model/Case.h"
#include "sync/model/Declaration.h"
#include "sync/model/Job.h"

#include <QString>
#include <QStringList>

namespace cip::demo {

/// One job of a folder, whole: its documents decoded and every scan file present with the
/// size and SHA-256 the job states.
struct FolderJob {
  model::Job job;
  model::Declaration declaration;
  QStringList scanPaths;  ///< absolute, in the order of job.scans
};

struct FolderCase {
  model::Case entry;
  QStringList scanPaths;
};

struct FolderContents {
  QList<FolderJob> jobs;
  QList<FolderCase> cases;
  QStringList errors;  ///< one line per job or case refused, naming the file and the field
};

/// SHA-256 of a file as lower-case hex; empty when it cannot be read.
QString sha256OfFile(const QString& path);

/// Reads a job folder — `<stem>.job.json` + `<stem>.declaration.json` per job and
/// `<id>.case.json` per case, beside the scan files they list — as the workstation (offline
/// import) and the central server (its import of scanners' files) both take it. Documents go
/// through the model's strict codecs; sizes in them are never trusted over the files'.
FolderContents readJobFolder(const QString& folder);

}  // namespace cip::demo

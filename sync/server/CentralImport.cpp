#include "sync/server/CentralImport.h"

#include "sync/server/VendorScans.h"

#include "sync/jobimport/JobFolder.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

#include <cstdio>

namespace cip::server {

namespace {

QString fileOf(const QString& path) { return QFileInfo(path).fileName(); }

/// Empty when every scan id is new or already this owner's; else why the document is refused.
QString scanClash(const CentralStore& store, const QString& document, const QList<model::ScanRef>& scans, const QString& jobId, const QString& caseId) {
  for (int i = 0; i < scans.size(); ++i) {
    const std::optional<StoredScan> held = store.scan(scans[i].id);
    if (held && (held->jobId != jobId || held->caseId != caseId))
      return QStringLiteral("%1: scans[%2].id: scan %3 already belongs to %4").arg(document).arg(i).arg(scans[i].id,
                                                                                                       held->jobId.isEmpty() ? QStringLiteral("case ") + held->caseId
                                                                                                                             : QStringLiteral("job ") + held->jobId);
  }
  return {};
}

}  // namespace

CentralImportReport importJobFolder(CentralStore& store, const QString& folder, const QDateTime& now) {
  jobimport::FolderContents contents = jobimport::readJobFolder(folder);
  CentralImportReport report;
  const QString converted = QFileInfo(store.path()).absoluteDir().filePath(QStringLiteral("converted"));  // vendors' scans as DICOS
  report.refused = contents.errors;
  for (jobimport::FolderJob& item : contents.jobs) {
    const QString file = fileOf(item.documentPath);
    if (store.job(item.job.id)) {
      report.kept << QStringLiteral("%1: job %2 is already held; left as it is").arg(file, item.job.id);
      continue;
    }
    if (const std::optional<model::Declaration> held = store.declaration(item.declaration.id);
        held && model::toJson(*held) != model::toJson(item.declaration)) {
      report.refused << QStringLiteral("%1: id: declaration %2 is already held with other content").arg(item.documentPath, item.declaration.id);
      continue;
    }
    if (const QString clash = scanClash(store, item.documentPath, item.job.scans, item.job.id, {}); !clash.isEmpty()) {
      report.refused << clash;
      continue;
    }
    if (const QString failed = convertVendorScans(item.job.scans, item.scanPaths, converted, item.documentPath); !failed.isEmpty()) {
      report.refused << failed;
      continue;
    }
    if (const QString clash = scanClash(store, item.documentPath, item.job.scans, item.job.id, {}); !clash.isEmpty()) {  // a low file's new id
      report.refused << clash;
      continue;
    }
    item.job.assignedTo.clear();
    item.job.status = model::JobStatus::Assigned;
    store.saveJob(item.job, item.declaration, item.scanPaths);
    report.taken << QStringLiteral("%1: job %2 with declaration %3 and %4 scan(s)").arg(file, item.job.id, item.declaration.id).arg(item.job.scans.size());
  }
  for (jobimport::FolderCase& item : contents.cases) {
    const QString file = fileOf(item.documentPath);
    const std::optional<model::Case> held = store.caseEntry(item.entry.id);
    if (held && model::toJson(*held) == model::toJson(item.entry)) {
      report.kept << QStringLiteral("%1: case %2 is already held, unchanged").arg(file, item.entry.id);
      continue;
    }
    if (const QString clash = scanClash(store, item.documentPath, item.entry.scans, {}, item.entry.id); !clash.isEmpty()) {
      report.refused << clash;
      continue;
    }
    if (const QString failed = convertVendorScans(item.entry.scans, item.scanPaths, converted, item.documentPath); !failed.isEmpty()) {
      report.refused << failed;
      continue;
    }
    if (const QString clash = scanClash(store, item.documentPath, item.entry.scans, {}, item.entry.id); !clash.isEmpty()) {
      report.refused << clash;
      continue;
    }
    store.saveCase(item.entry, item.scanPaths, now);
    report.taken << QStringLiteral("%1: case %2 %3").arg(file, item.entry.id, held ? QStringLiteral("updated") : QStringLiteral("added"));
  }
  return report;
}

void printImportReport(const QString& folder, const CentralImportReport& report, bool everyFile) {
  if (everyFile) {
    for (const QString& line : report.taken) std::printf("taken    %s\n", qPrintable(line));
    for (const QString& line : report.kept) std::printf("kept     %s\n", qPrintable(line));
  }
  for (const QString& line : report.refused) std::printf("refused  %s\n", qPrintable(line));
  std::printf("cip-central: import %s: %lld taken, %lld kept, %lld refused\n", qPrintable(folder), static_cast<long long>(report.taken.size()),
              static_cast<long long>(report.kept.size()), static_cast<long long>(report.refused.size()));
  std::fflush(stdout);
}

int runImportCommand(const QStringList& arguments, const QString& defaultData) {
  QCommandLineParser parser;
  parser.setApplicationDescription(QStringLiteral("Imports folders of jobs and cases into the central system, reporting each file."));
  parser.addHelpOption();
  parser.addPositionalArgument(QStringLiteral("folder"), QStringLiteral("A folder of .job.json/.declaration.json/.case.json and scan files."),
                               QStringLiteral("DIR…"));
  parser.addOption({QStringLiteral("data"), QStringLiteral("The central system's data folder."), QStringLiteral("dir"), defaultData});
  parser.process(QStringList{QStringLiteral("cip-central import")} + arguments);
  if (parser.positionalArguments().isEmpty()) {
    std::fprintf(stderr, "cip-central: usage: cip-central import DIR… [--data DIR]\n");
    return 1;
  }
  const QString data = parser.value(QStringLiteral("data"));
  try {
    if (!QDir().mkpath(data)) throw CentralStoreError(QStringLiteral("%1: cannot be created").arg(data));
    CentralStore store(QDir(data).filePath(QStringLiteral("central.sqlite")));
    bool refused = false;
    for (const QString& folder : parser.positionalArguments()) {
      const CentralImportReport report = importJobFolder(store, folder, QDateTime::currentDateTimeUtc());
      printImportReport(folder, report, true);
      refused = refused || !report.refused.isEmpty();
    }
    return refused ? 1 : 0;
  } catch (const std::exception& e) {  // the store's errors, and whatever else (no random bytes, no memory)
    std::fprintf(stderr, "cip-central: %s\n", e.what());
    return 1;
  }
}

}  // namespace cip::server

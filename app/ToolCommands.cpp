#include "app/ToolCommands.h"

#include "sync/model/AuditAnchors.h"

#include <QFile>

#include "app/AppSettings.h"
#include "app/ImagingCommands.h"
#include "app/jobs/JobCommands.h"
#include "app/VersionInfo.h"
#include "sync/store/Migrations.h"
#include "sync/store/Store.h"

namespace cip::app {

int ToolCommands::run(const QStringList& arguments) {
  const QStringList args = arguments.mid(1);
  if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("help")) {
    usage();
    return args.isEmpty() ? 2 : 0;
  }
  if (args.first() == QLatin1String("--version")) return version();
  if (args.first() == QLatin1String("info")) return ImagingCommands(out_, err_).info(args.mid(1));
  if (args.first() == QLatin1String("render")) return ImagingCommands(out_, err_).render(args.mid(1));
  if (args.first() == QLatin1String("convert")) return ImagingCommands(out_, err_).convert(args.mid(1));
  if (args.first() == QLatin1String("analyze")) return ImagingCommands(out_, err_).analyze(args.mid(1));
  if (args.first() == QLatin1String("synth")) return ImagingCommands(out_, err_).synth(args.mid(1));
  if (args.first() == QLatin1String("demo-jobs")) return JobCommands(out_, err_).demoJobs(args.mid(1));
  if (args.first() == QLatin1String("demo-cases")) return JobCommands(out_, err_).demoCases(args.mid(1));
  if (args.first() == QLatin1String("import-cases")) return JobCommands(out_, err_).importCases(args.mid(1));
  if (args.first() == QLatin1String("export-tdr")) return JobCommands(out_, err_).exportTdr(args.mid(1));
  if (args.first() == QLatin1String("import-jobs")) return JobCommands(out_, err_).importJobs(args.mid(1));
  if (args.first() == QLatin1String("db") && args.value(1) == QLatin1String("check")) return dbCheck(args.mid(2));
  err_ << tr("cip-tool: unknown command '%1'").arg(args.join(QLatin1Char(' '))) << '\n';
  usage();
  return 2;
}

int ToolCommands::usage() {
  err_ << tr("Usage:\n"
             "  cip-tool --version          versions of the program and its libraries\n"
             "  cip-tool info FILE [--low FILE]  what a scan file is (format, size, channels, reports)\n"
             "  cip-tool render FILE -o OUT.png [options]  the scan as shown (run it without FILE for options)\n"
             "  cip-tool convert FILE [--low FILE] -o OUT.dcs  the scan as DICOS\n"
             "  cip-tool analyze FILE [--declared-empty | --hs CODES] [-o JSON] [--overlay PNG]  automatic findings\n"
             "  cip-tool synth SCENE.json -o FOLDER  a synthetic dual-energy scan with ground truth\n"
             "  cip-tool synth --random N [--seed S] [--pixel MM] -o FOLDER  labelled random container scenes\n"
             "  cip-tool demo-jobs -o FOLDER [--count N] [--seed S] [--pixel MM]  synthetic demo jobs with declarations\n"
             "  cip-tool import-jobs FOLDER --analyst ID [--db FILE]  load a job folder into a database\n"
             "  cip-tool demo-cases -o FOLDER [--pixel MM]  a synthetic library of reference images\n"
             "  cip-tool import-cases FOLDER --user ID [--db FILE]  load a case folder into a user's case library\n"
             "  cip-tool export-tdr (--verdict ID | --job ID) -o FOLDER [--db FILE]  a verdict as DICOS TDRs + JSON\n"
             "  cip-tool db check [FILE] [--anchors ANCHORS.json]  integrity, foreign keys, schema and audit-chain check;\n"
             "                              with the central system's anchors, also a chain rewritten after the fact\n"
             "                              (default FILE: the workstation's database)\n");
  err_.flush();
  return 2;
}

int ToolCommands::version() {
  out_ << "cip-tool " << applicationVersion() << '\n';
  for (const auto& component : componentVersions()) out_ << component.first << ' ' << component.second << '\n';
  return 0;
}

int ToolCommands::dbCheck(const QStringList& args) {
  QString path = AppSettings::defaultDatabasePath();
  QList<model::AuditAnchor> anchors;
  for (int i = 0; i < args.size(); ++i) {
    if (args[i] == QLatin1String("--anchors") && i + 1 < args.size()) {
      // The central system's record of this workstation's chain (cip-central anchors, or GET /audit/anchors).
      QFile file(args[++i]);
      if (!file.open(QIODevice::ReadOnly)) {
        err_ << tr("cip-tool: db check: %1: cannot be read (%2)").arg(file.fileName(), file.errorString()) << '\n';
        return 2;
      }
      const model::Decoded<model::AuditAnchorList> list = model::decodeAuditAnchorList(file.read(model::kMaxDocumentBytes + 1));
      if (!list.ok()) {
        err_ << tr("cip-tool: db check: %1: not an anchor list: %2").arg(file.fileName(), list.error.toString()) << '\n';
        return 2;
      }
      for (const model::AuditAnchorRecord& record : list.value->anchors) anchors << record.anchor;
    } else if (!args[i].startsWith(QLatin1String("--")) && i == 0) {
      path = args[i];
    } else {
      err_ << tr("usage: cip-tool db check [FILE] [--anchors ANCHORS.json]") << '\n';
      return 2;
    }
  }
  const store::DatabaseHealth health = store::checkDatabase(path, anchors);
  if (!health.ok) {
    for (const QString& problem : health.problems) err_ << tr("cip-tool: db check: %1").arg(problem) << '\n';
    err_ << tr("cip-tool: db check: %1 FAILED (%n problem(s))", nullptr, static_cast<int>(health.problems.size())).arg(path) << '\n';
    return 1;
  }
  out_ << tr("%1: ok (schema %2 of %3, audit chain of %4 entries intact)")
              .arg(path).arg(health.schemaVersion).arg(store::latestSchemaVersion()).arg(health.auditRows)
       << '\n';
  if (!anchors.isEmpty())
    out_ << tr("%1: the chain matches the central system's %n anchor(s) of this workstation", nullptr, health.anchorsChecked).arg(path) << '\n';
  return 0;
}

}  // namespace cip::app

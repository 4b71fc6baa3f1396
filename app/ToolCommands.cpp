#include "app/ToolCommands.h"

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
  if (args.first() == QLatin1String("db") && args.value(1) == QLatin1String("check") && args.size() <= 3)
    return dbCheck(args.size() == 3 ? args.at(2) : AppSettings::defaultDatabasePath());
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
             "  cip-tool import-cases FOLDER [--db FILE]  load a case folder into the case library\n"
             "  cip-tool export-tdr (--verdict ID | --job ID) -o FOLDER [--db FILE]  a verdict as DICOS TDRs + JSON\n"
             "  cip-tool db check [FILE]    integrity, foreign keys, schema and audit-chain check\n"
             "                              (default FILE: the workstation's database)\n");
  err_.flush();
  return 2;
}

int ToolCommands::version() {
  out_ << "cip-tool " << applicationVersion() << '\n';
  for (const auto& component : componentVersions()) out_ << component.first << ' ' << component.second << '\n';
  return 0;
}

int ToolCommands::dbCheck(const QString& path) {
  const store::DatabaseHealth health = store::checkDatabase(path);
  if (!health.ok) {
    for (const QString& problem : health.problems) err_ << tr("cip-tool: db check: %1").arg(problem) << '\n';
    err_ << tr("cip-tool: db check: %1 FAILED (%n problem(s))", nullptr, static_cast<int>(health.problems.size())).arg(path) << '\n';
    return 1;
  }
  out_ << tr("%1: ok (schema %2 of %3, audit chain of %4 entries intact)")
              .arg(path).arg(health.schemaVersion).arg(store::latestSchemaVersion()).arg(health.auditRows)
       << '\n';
  return 0;
}

}  // namespace cip::app

#include "app/cli/ToolCommands.h"

#include "app/cli/ImagingCommands.h"
#include "app/cli/VersionInfo.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

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
  if (jobCommands().contains(args.first())) return runJobTool(args);
  err_ << tr("cip-tool: unknown command '%1'").arg(args.join(QLatin1Char(' '))) << '\n';
  usage();
  return 2;
}

QStringList ToolCommands::jobCommands() {
  return {QStringLiteral("demo-jobs"), QStringLiteral("demo-cases"), QStringLiteral("import-jobs"), QStringLiteral("import-cases"),
          QStringLiteral("export-tdr"), QStringLiteral("db")};
}

int ToolCommands::runJobTool(const QStringList& args) {
  // The job and database commands use the workstation's own libraries (the verdict report is
  // drawn as the workstation draws it; the store brings SQLite and OpenSSL): they live in
  // cip-tool-jobs beside this program, which takes over this process — same arguments, same
  // output, same exit code.
  const QString program = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("cip-tool-jobs"));
  std::vector<QByteArray> bytes{QFile::encodeName(program)};
  if (argv_ && argc_ == args.size() + 1) {
    for (int i = 1; i < argc_; ++i) bytes.emplace_back(argv_[i]);
  } else {
    for (const QString& arg : args) bytes.push_back(QFile::encodeName(arg));
  }
  std::vector<char*> argv;
  for (QByteArray& arg : bytes) argv.push_back(arg.data());
  argv.push_back(nullptr);
  out_.flush();
  err_.flush();
  ::execv(argv.front(), argv.data());
  err_ << tr("cip-tool: %1 cannot be started (%2)").arg(program, QString::fromLocal8Bit(std::strerror(errno))) << '\n';
  return 1;
}

int ToolCommands::usage() {
  err_ << tr("Usage:\n"
             "  cip-tool --version          versions of the program and its libraries\n"
             "  cip-tool info FILE [--low FILE]  what a scan file is (format, size, channels, reports)\n"
             "  cip-tool info --plugins     the vendors' scan-format plugins found, and any that cannot be used\n"
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

void prepareToolApplication() {
  QCoreApplication::setOrganizationName(QStringLiteral("CIP"));
  QCoreApplication::setApplicationName(QStringLiteral("CIP Workstation"));
  QCoreApplication::setApplicationVersion(applicationVersion());
  if (!qEnvironmentVariableIsSet("CIP_VERBOSE")) QLoggingCategory::setFilterRules(QStringLiteral("cip.*.info=false"));
}

}  // namespace cip::app

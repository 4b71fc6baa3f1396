#include "app/jobs/JobCommands.h"

#include "app/AppSettings.h"
#include "sync/demo/DemoData.h"
#include "app/jobs/JobFolderImport.h"
#include "app/jobs/VerdictExport.h"
#include "sync/model/User.h"
#include "sync/store/Store.h"

#include <QCommandLineParser>
#include <QRegularExpression>

#include <stdexcept>

namespace cip::app {

int JobCommands::demoJobs(const QStringList& args) {
  QCommandLineParser parser;
  const QCommandLineOption output(QStringLiteral("o"), tr("Folder to write to."), QStringLiteral("folder"));
  const QCommandLineOption count(QStringLiteral("count"), tr("Number of jobs (default 12)."), QStringLiteral("n"), QStringLiteral("12"));
  const QCommandLineOption seed(QStringLiteral("seed"), tr("Seed (default 1)."), QStringLiteral("s"), QStringLiteral("1"));
  const QCommandLineOption pixel(QStringLiteral("pixel"), tr("Pixel size in mm (default 10)."), QStringLiteral("mm"), QStringLiteral("10"));
  parser.addOptions({output, count, seed, pixel});
  demo::DemoJobOptions options;
  bool countOk = false, seedOk = false, pixelOk = false;
  const bool parsed = parser.parse(QStringList{QStringLiteral("demo-jobs")} + args);
  options.count = parser.value(count).toInt(&countOk);
  options.seed = parser.value(seed).toUInt(&seedOk);
  options.pixelMm = parser.value(pixel).toDouble(&pixelOk);
  if (!parsed || !parser.isSet(output) || !parser.positionalArguments().isEmpty() || !countOk || !seedOk || !pixelOk ||
      options.count < 1 || options.count > 1000 || options.seed > 1000000 || !(options.pixelMm >= 2 && options.pixelMm <= 50)) {
    err_ << tr("usage: cip-tool demo-jobs -o FOLDER [--count N] [--seed S] [--pixel MM]   (N 1–1000, MM 2–50)") << '\n';
    return 2;
  }
  try {
    const QStringList ids = demo::writeDemoJobs(parser.value(output), options);
    out_ << tr("%n synthetic demo job(s) written to %1", nullptr, static_cast<int>(ids.size())).arg(parser.value(output)) << '\n';
    return 0;
  } catch (const std::exception& error) {
    err_ << tr("cip-tool: demo-jobs: %1").arg(QString::fromUtf8(error.what())) << '\n';
    return 1;
  }
}

int JobCommands::importJobs(const QStringList& args) {
  QCommandLineParser parser;
  const QCommandLineOption analyst(QStringLiteral("analyst"), tr("Assign the jobs to this user."), QStringLiteral("id"));
  const QCommandLineOption db(QStringLiteral("db"), tr("Database file."), QStringLiteral("file"), AppSettings::defaultDatabasePath());
  parser.addOptions({analyst, db});
  const bool parsed = parser.parse(QStringList{QStringLiteral("import-jobs")} + args);
  const QRegularExpression id(QRegularExpression::anchoredPattern(model::kIdPattern));
  if (!parsed || parser.positionalArguments().size() != 1 || !id.match(parser.value(analyst)).hasMatch()) {
    err_ << tr("usage: cip-tool import-jobs FOLDER --analyst ID [--db FILE]") << '\n';
    return 2;
  }
  try {
    std::unique_ptr<store::Store> store = store::Store::open(parser.value(db));
    const JobImportReport report = importJobFolder(*store, parser.positionalArguments().first(), parser.value(analyst));
    for (const QString& error : report.errors) err_ << tr("cip-tool: import-jobs: %1").arg(error) << '\n';
    out_ << tr("%1 imported, %2 already present, %3 refused").arg(report.imported.size()).arg(report.skipped.size()).arg(report.errors.size())
         << '\n';
    return report.errors.isEmpty() ? 0 : 1;
  } catch (const store::StoreError& error) {
    err_ << tr("cip-tool: import-jobs: %1").arg(error.message()) << '\n';
    return 1;
  }
}

int JobCommands::exportTdr(const QStringList& args) {
  QCommandLineParser parser;
  const QCommandLineOption verdictOption(QStringLiteral("verdict"), tr("The verdict to export."), QStringLiteral("id"));
  const QCommandLineOption jobOption(QStringLiteral("job"), tr("Export the latest verdict of this job."), QStringLiteral("id"));
  const QCommandLineOption output(QStringLiteral("o"), tr("Folder to write to."), QStringLiteral("folder"));
  const QCommandLineOption db(QStringLiteral("db"), tr("Database file."), QStringLiteral("file"), AppSettings::defaultDatabasePath());
  parser.addOptions({verdictOption, jobOption, output, db});
  const bool parsed = parser.parse(QStringList{QStringLiteral("export-tdr")} + args);
  if (!parsed || !parser.positionalArguments().isEmpty() || !parser.isSet(output) || parser.isSet(verdictOption) == parser.isSet(jobOption)) {
    err_ << tr("usage: cip-tool export-tdr (--verdict ID | --job ID) -o FOLDER [--db FILE]") << '\n';
    return 2;
  }
  try {
    std::unique_ptr<store::Store> store = store::Store::open(parser.value(db));
    std::optional<model::Verdict> verdict;
    if (parser.isSet(verdictOption)) {
      verdict = store->verdicts().find(parser.value(verdictOption));
    } else {
      const QList<model::Verdict> all = store->verdicts().forJob(parser.value(jobOption));
      if (!all.isEmpty()) verdict = all.last();
    }
    if (!verdict) {
      err_ << tr("cip-tool: export-tdr: no such verdict in %1").arg(parser.value(db)) << '\n';
      return 1;
    }
    for (const QString& file : exportStoredVerdict(*store, verdict->id, parser.value(output))) out_ << tr("%1 written").arg(file) << '\n';
    return 0;
  } catch (const std::exception& error) {  // store, scan and write errors name their file
    err_ << tr("cip-tool: export-tdr: %1").arg(QString::fromUtf8(error.what())) << '\n';
    return 1;
  }
}

int JobCommands::demoCases(const QStringList& args) {
  QCommandLineParser parser;
  const QCommandLineOption output(QStringLiteral("o"), tr("Folder to write to."), QStringLiteral("folder"));
  const QCommandLineOption pixel(QStringLiteral("pixel"), tr("Pixel size in mm (default 10)."), QStringLiteral("mm"), QStringLiteral("10"));
  parser.addOptions({output, pixel});
  bool pixelOk = false;
  const bool parsed = parser.parse(QStringList{QStringLiteral("demo-cases")} + args);
  const double pixelMm = parser.value(pixel).toDouble(&pixelOk);
  if (!parsed || !parser.isSet(output) || !parser.positionalArguments().isEmpty() || !pixelOk || !(pixelMm >= 2 && pixelMm <= 50)) {
    err_ << tr("usage: cip-tool demo-cases -o FOLDER [--pixel MM]   (MM 2–50)") << '\n';
    return 2;
  }
  try {
    const QStringList ids = demo::writeDemoCases(parser.value(output), pixelMm);
    out_ << tr("%n synthetic reference case(s) written to %1", nullptr, static_cast<int>(ids.size())).arg(parser.value(output)) << '\n';
    return 0;
  } catch (const std::exception& error) {
    err_ << tr("cip-tool: demo-cases: %1").arg(QString::fromUtf8(error.what())) << '\n';
    return 1;
  }
}

int JobCommands::importCases(const QStringList& args) {
  QCommandLineParser parser;
  const QCommandLineOption db(QStringLiteral("db"), tr("Database file."), QStringLiteral("file"), AppSettings::defaultDatabasePath());
  const QCommandLineOption user(QStringLiteral("user"), tr("The user the cases are for."), QStringLiteral("id"));
  parser.addOptions({db, user});
  if (!parser.parse(QStringList{QStringLiteral("import-cases")} + args) || parser.positionalArguments().size() != 1 || !parser.isSet(user)) {
    err_ << tr("usage: cip-tool import-cases FOLDER --user ID [--db FILE]") << '\n';
    return 2;
  }
  try {
    std::unique_ptr<store::Store> store = store::Store::open(parser.value(db));
    const JobImportReport report = importCaseFolder(*store, parser.positionalArguments().first(), parser.value(user), QDateTime::currentDateTimeUtc());
    for (const QString& error : report.errors) err_ << tr("cip-tool: import-cases: %1").arg(error) << '\n';
    out_ << tr("%1 cases imported, %2 refused").arg(report.imported.size()).arg(report.errors.size()) << '\n';
    return report.errors.isEmpty() ? 0 : 1;
  } catch (const store::StoreError& error) {
    err_ << tr("cip-tool: import-cases: %1").arg(error.message()) << '\n';
    return 1;
  }
}

}  // namespace cip::app

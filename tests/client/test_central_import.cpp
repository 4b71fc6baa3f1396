// `cip-central import`: a folder of jobs and cases taken into a real central system, each file
// reported — what was taken, what was kept as it was, what was refused and why.
#include "CentralProcess.h"
#include "ScannerSimProcess.h"

#include "sync/demo/DemoData.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

namespace {

QStringList linesStarting(const QString& out, const QString& prefix) {
  QStringList lines;
  for (const QString& line : out.split(QLatin1Char('\n')))
    if (line.startsWith(prefix)) lines << line;
  return lines;
}

QSet<QString> jobIdsOf(const QUrl& url, const QString& token) {
  const RawReply reply = rawCall(url, "GET", QStringLiteral("jobs"), token);
  REQUIRE(reply.status == 200);
  QSet<QString> ids;
  for (const QJsonValue& job : QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("jobs")).toArray())
    ids.insert(job.toObject().value(QStringLiteral("id")).toString());
  return ids;
}

}  // namespace

TEST_CASE("cip-central import names a damaged scan and takes the rest, a second import adds nothing and resets no job", "[client][central][import]") {
  QTemporaryDir dir;
  const QString jobs = dir.filePath(QStringLiteral("jobs"));
  const QString data = dir.filePath(QStringLiteral("central"));
  cip::demo::DemoJobOptions options;
  options.count = 3;
  options.pixelMm = 20;
  const QStringList jobIds = cip::demo::writeDemoJobs(jobs, options);
  const QStringList caseIds = cip::demo::writeDemoCases(jobs, 40);
  const QString damaged = damageOneScanFile(jobs);
  const QString damagedJob = damaged.section(QLatin1Char('_'), 0, 0);
  REQUIRE(jobIds.contains(damagedJob));
  // The same job once more under another name: refused, never a second copy.
  const QString twice = jobIds.last();
  REQUIRE(twice != damagedJob);
  REQUIRE(QFile::copy(QDir(jobs).filePath(twice + QStringLiteral(".job.json")), QDir(jobs).filePath(QStringLiteral("ZZ-COPY.job.json"))));
  REQUIRE(QFile::copy(QDir(jobs).filePath(twice + QStringLiteral(".declaration.json")), QDir(jobs).filePath(QStringLiteral("ZZ-COPY.declaration.json"))));
  const QStringList import{QStringLiteral("import"), jobs, QStringLiteral("--data"), data};

  const CommandResult first = runCentralCommand(import);
  INFO(first.out.toStdString() << first.err.toStdString());
  CHECK(first.exitCode == 1);  // something was refused
  const QStringList refused = linesStarting(first.out, QStringLiteral("refused"));
  REQUIRE(refused.size() == 2);
  CHECK(refused[0].contains(damagedJob + QStringLiteral(".job.json: scans[1]: ")));
  CHECK(refused[0].contains(damaged));
  CHECK(refused[0].contains(QStringLiteral("SHA-256 differs")));
  CHECK(refused[1].contains(QStringLiteral("ZZ-COPY.job.json: id: job %1 is already in %1.job.json").arg(twice)));
  const QStringList taken = linesStarting(first.out, QStringLiteral("taken"));
  CHECK(taken.size() == jobIds.size() - 1 + caseIds.size());
  for (const QString& id : jobIds) {
    INFO(id.toStdString());
    CHECK(taken.filter(QStringLiteral("%1.job.json: job %1 ").arg(id)).size() == (id == damagedJob ? 0 : 1));
  }
  CHECK(taken.filter(QStringLiteral(".case.json: case ")).size() == caseIds.size());
  CHECK(first.out.contains(QStringLiteral("%1 taken, 0 kept, 2 refused").arg(jobIds.size() - 1 + caseIds.size())));

  // The jobs taken wait for an analyst; the one refused is not there.
  CentralProcess central(data);
  const QString li = signInToken(central.url(), QStringLiteral("li.wei"), QStringLiteral("analyst"));
  QSet<QString> expected(jobIds.cbegin(), jobIds.cend());
  expected.remove(damagedJob);
  REQUIRE(jobIdsOf(central.url(), li) == expected);

  // Again, while the central system runs and the jobs are li.wei's: nothing added, nothing reset.
  const CommandResult second = runCentralCommand(import);
  INFO(second.out.toStdString() << second.err.toStdString());
  CHECK(second.exitCode == 1);
  CHECK(linesStarting(second.out, QStringLiteral("taken")).isEmpty());
  CHECK(linesStarting(second.out, QStringLiteral("kept")).size() == jobIds.size() - 1 + caseIds.size());
  CHECK(linesStarting(second.out, QStringLiteral("refused")).size() == 2);
  CHECK(jobIdsOf(central.url(), li) == expected);

  CHECK(runCentralCommand({QStringLiteral("import"), dir.filePath(QStringLiteral("missing")), QStringLiteral("--data"), data}).out.contains(QStringLiteral("no such folder")));
}

// `cip-central import`: a folder of jobs and cases taken into a real central system, each file
// reported — what was taken, what was kept as it was, what was refused and why.
#include "CentralProcess.h"
#include "ScannerSimProcess.h"
#include "../AcxFiles.h"

#include "sync/demo/DemoData.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
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

/// `count` demo jobs at 20 mm per pixel (small files) written to `folder`; their ids.
QStringList smallDemoJobs(const QString& folder, int count) {
  cip::demo::DemoJobOptions options;
  options.count = count;
  options.pixelMm = 20;
  return cip::demo::writeDemoJobs(folder, options);
}

}  // namespace

TEST_CASE("cip-central import names a damaged scan and takes the rest, a second import adds nothing and resets no job", "[client][central][import]") {
  QTemporaryDir dir;
  const QString jobs = dir.filePath(QStringLiteral("jobs"));
  const QString data = dir.filePath(QStringLiteral("central"));
  const QStringList jobIds = smallDemoJobs(jobs, 3);
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

TEST_CASE("cip-central import converts a vendor's scan with its plugin once, for every workstation", "[client][central][import][plugins]") {
  QTemporaryDir dir;
  const QString jobs = dir.filePath(QStringLiteral("jobs"));
  const QString data = dir.filePath(QStringLiteral("central"));
  const QStringList jobIds = smallDemoJobs(jobs, 2);
  // Each job's scan pair becomes one file in the made-up vendor format; the second one cut short.
  auto toVendorFormat = [&](const QString& jobId, std::size_t keepPixelBytes) {
    const QString documentPath = QDir(jobs).filePath(jobId + QStringLiteral(".job.json"));
    QFile document(documentPath);
    REQUIRE(document.open(QIODevice::ReadOnly));
    QJsonObject job = QJsonDocument::fromJson(document.readAll()).object();
    document.close();
    const std::string bytes = acx::file(6, 4, true, 5, 6000, 4000, "R-TEST 60", keepPixelBytes);
    const QString fileName = jobId + QStringLiteral(".acx");
    QFile scan(QDir(jobs).filePath(fileName));
    REQUIRE(scan.open(QIODevice::WriteOnly));
    scan.write(bytes.data(), static_cast<qint64>(bytes.size()));
    scan.close();
    QJsonObject ref = job.value(QStringLiteral("scans")).toArray().first().toObject();
    for (const QJsonValue& old : job.value(QStringLiteral("scans")).toArray()) QFile::remove(QDir(jobs).filePath(old.toObject().value(QStringLiteral("fileName")).toString()));
    ref.insert(QStringLiteral("fileName"), fileName);
    ref.insert(QStringLiteral("sizeBytes"), static_cast<qint64>(bytes.size()));
    ref.insert(QStringLiteral("sha256"), QString::fromLatin1(QCryptographicHash::hash(QByteArray::fromStdString(bytes), QCryptographicHash::Sha256).toHex()));
    job.insert(QStringLiteral("scans"), QJsonArray{ref});
    REQUIRE(document.open(QIODevice::WriteOnly | QIODevice::Truncate));
    document.write(QJsonDocument(job).toJson());
    return ref.value(QStringLiteral("id")).toString();
  };
  const QString scanId = toVendorFormat(jobIds[0], std::string::npos);
  toVendorFormat(jobIds[1], 30);

  const CommandResult imported = runCentralCommand({QStringLiteral("import"), jobs, QStringLiteral("--data"), data});
  INFO(imported.out.toStdString() << imported.err.toStdString());
  const QStringList refused = linesStarting(imported.out, QStringLiteral("refused"));
  REQUIRE(refused.size() == 1);
  CHECK(refused[0].contains(jobIds[1] + QStringLiteral(".job.json: scans[0] (") + jobIds[1] + QStringLiteral(".acx): ")));
  CHECK(refused[0].contains(QStringLiteral("the plugin \"Acme ACX cargo scan\" cannot read it: claims 6 x 4 pixels in 2 channels (96 bytes) but holds 30 bytes")));

  // The job now offers the DICOS pair the plugin's reading was written as: what any workstation reads.
  CentralProcess central(data);
  const QString li = signInToken(central.url(), QStringLiteral("li.wei"), QStringLiteral("analyst"));
  REQUIRE(jobIdsOf(central.url(), li) == QSet<QString>{jobIds[0]});
  const RawReply listed = rawCall(central.url(), "GET", QStringLiteral("jobs"), li);
  const QJsonArray scans = QJsonDocument::fromJson(listed.body).object().value(QStringLiteral("jobs")).toArray().first().toObject().value(QStringLiteral("scans")).toArray();
  REQUIRE(scans.size() == 2);
  CHECK(scans[0].toObject().value(QStringLiteral("id")).toString() == scanId);
  CHECK(scans[0].toObject().value(QStringLiteral("fileName")).toString() == scanId + QStringLiteral(".dcs"));
  CHECK(scans[1].toObject().value(QStringLiteral("id")).toString() == scanId + QStringLiteral("-low"));
  CHECK(scans[1].toObject().value(QStringLiteral("fileName")).toString() == scanId + QStringLiteral("_low.dcs"));
  for (const QJsonValue& scan : scans) {
    const RawReply file = rawCall(central.url(), "GET", QStringLiteral("scans/%1/file").arg(scan.toObject().value(QStringLiteral("id")).toString()), li);
    REQUIRE(file.status == 200);
    CHECK(file.body.mid(128, 4) == "DICM");
    CHECK(QString::fromLatin1(QCryptographicHash::hash(file.body, QCryptographicHash::Sha256).toHex()) == scan.toObject().value(QStringLiteral("sha256")).toString());
    CHECK(file.body.size() == scan.toObject().value(QStringLiteral("sizeBytes")).toInteger());
  }
}

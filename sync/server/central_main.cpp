// cip-central: the reference central system — a real HTTP server (HTTPS with a certificate) on
// loopback with its own SQLite, serving jobs, scans and declarations to workstations, taking
// their verdicts, and simulating scanners' telemetry. `--demo` seeds it with synthetic jobs of
// every case and a library of reference images.
#include "sync/demo/DemoData.h"
#include "sync/demo/JobFolder.h"
#include "sync/server/CentralServer.h"
#include "sync/server/CentralStore.h"
#include "sync/server/ServerLog.h"
#include "sync/server/TelemetrySimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>
#include <QTcpServer>

#include <cstdio>

using namespace cip;

namespace {

int fail(const QString& message) {
  std::fprintf(stderr, "cip-central: %s\n", qPrintable(message));
  return 1;
}

/// The demo's people: two analysts, a supervisor, a trainer, a trainee, an admin. Password "demo".
void addDemoUsers(server::CentralStore& store) {
  using model::Role;
  const std::pair<const char*, QList<Role>> users[] = {{"demo.analyst", {Role::Analyst}},   {"li.wei", {Role::Analyst}},
                                                      {"wang.fang", {Role::Analyst}},      {"zhao.min", {Role::Supervisor}},
                                                      {"chen.jie", {Role::Trainer}},       {"sun.li", {Role::Trainee}},
                                                      {"admin", {Role::Admin, Role::Supervisor}}};
  for (const auto& [id, roles] : users) store.addUser({QString::fromLatin1(id), QString::fromLatin1(id), roles}, QStringLiteral("demo"));
}

int importFolder(server::CentralStore& store, const QString& folder) {
  const demo::FolderContents contents = demo::readJobFolder(folder);
  for (const QString& error : contents.errors) std::fprintf(stderr, "cip-central: import: %s\n", qPrintable(error));
  for (demo::FolderJob item : contents.jobs) {
    if (store.job(item.job.id)) continue;  // a later import never resets a job
    item.job.assignedTo.clear();
    item.job.status = model::JobStatus::Assigned;
    store.saveJob(item.job, item.declaration, item.scanPaths);
  }
  for (const demo::FolderCase& item : contents.cases) store.saveCase(item.entry, item.scanPaths, QDateTime::currentDateTimeUtc());
  std::printf("cip-central: %s: %lld jobs, %lld cases, %lld refused\n", qPrintable(folder), static_cast<long long>(contents.jobs.size()),
              static_cast<long long>(contents.cases.size()), static_cast<long long>(contents.errors.size()));
  return static_cast<int>(contents.errors.size());
}

}  // namespace

int main(int argc, char* argv[]) {
  QCoreApplication application(argc, argv);
  QCoreApplication::setApplicationName(QStringLiteral("cip-central"));
  QCommandLineParser parser;
  parser.setApplicationDescription(QStringLiteral("The reference central system for CIP workstations (docs/sync-protocol.md)."));
  parser.addHelpOption();
  const QCommandLineOption dataOption(QStringLiteral("data"), QStringLiteral("Folder for the database and the demo files."), QStringLiteral("dir"),
                                      QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/CIP/central"));
  const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("TCP port on 127.0.0.1 (0: any free one, printed)."), QStringLiteral("port"),
                                      QStringLiteral("8765"));
  const QCommandLineOption importOption(QStringLiteral("import"), QStringLiteral("Import a folder of jobs and cases (repeatable)."), QStringLiteral("dir"));
  const QCommandLineOption demoOption(QStringLiteral("demo"), QStringLiteral("Seed synthetic demo jobs, reference images and users (password \"demo\")."));
  const QCommandLineOption demoUsersOption(QStringLiteral("demo-users"), QStringLiteral("Add the demo users only (password \"demo\")."));
  const QCommandLineOption demoJobsOption(QStringLiteral("demo-jobs"), QStringLiteral("How many demo jobs (default 24)."), QStringLiteral("n"), QStringLiteral("24"));
  const QCommandLineOption scannersOption(QStringLiteral("scanners"), QStringLiteral("Simulated scanners (default 6)."), QStringLiteral("n"), QStringLiteral("6"));
  const QCommandLineOption telemetryOption(QStringLiteral("telemetry-ms"), QStringLiteral("Telemetry interval in ms (default 10000; 0: none)."),
                                           QStringLiteral("ms"), QStringLiteral("10000"));
  const QCommandLineOption certOption(QStringLiteral("cert"), QStringLiteral("PEM certificate: serve HTTPS."), QStringLiteral("file"));
  const QCommandLineOption keyOption(QStringLiteral("key"), QStringLiteral("PEM private key for --cert."), QStringLiteral("file"));
  const QCommandLineOption faultsOption(QStringLiteral("faults"), QStringLiteral("Inject faults: 500=p,503=p,hang=p,drop=p,truncate=p,corrupt=p."),
                                        QStringLiteral("spec"));
  const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed of assignment, faults and telemetry (default 1)."), QStringLiteral("n"),
                                      QStringLiteral("1"));
  const QCommandLineOption skewOption(QStringLiteral("clock-skew"),
                                      QStringLiteral("Run the server's clock this many seconds ahead (negative: behind), to try workstations' skew handling."),
                                      QStringLiteral("s"), QStringLiteral("0"));
  parser.addOptions({dataOption, portOption, importOption, demoOption, demoUsersOption, demoJobsOption, scannersOption, telemetryOption, certOption, keyOption, faultsOption,
                     seedOption, skewOption});
  parser.process(application);

  const QString data = parser.value(dataOption);
  if (!QDir().mkpath(data)) return fail(QStringLiteral("%1: cannot be created").arg(data));
  try {
    server::CentralStore store(QDir(data).filePath(QStringLiteral("central.sqlite")));
    server::CentralServer http(store);
    const unsigned seed = parser.value(seedOption).toUInt();
    http.seedAssignment(seed);
    if (const qint64 skew = parser.value(skewOption).toLongLong(); skew != 0)
      http.setClock([skew] { return QDateTime::currentDateTimeUtc().addSecs(skew); });
    if (parser.isSet(faultsOption)) {
      QString error;
      if (!http.faults().parse(parser.value(faultsOption), &error)) return fail(error);
      http.faults().seed(seed);
    }
    if (parser.isSet(demoOption) || parser.isSet(demoUsersOption)) addDemoUsers(store);
    if (parser.isSet(demoOption)) {
      const QString jobs = QDir(data).filePath(QStringLiteral("demo-jobs"));
      if (!QFile::exists(QDir(jobs).filePath(QStringLiteral(".complete")))) {
        demo::DemoJobOptions options;
        options.count = parser.value(demoJobsOption).toInt();
        options.pixelMm = 5;
        demo::writeDemoJobs(jobs, options);
        demo::writeDemoCases(jobs, 5);
        QFile(QDir(jobs).filePath(QStringLiteral(".complete"))).open(QIODevice::WriteOnly);
      }
      importFolder(store, jobs);
    }
    for (const QString& folder : parser.values(importOption)) importFolder(store, folder);

    if (parser.isSet(certOption)) {
      QFile certFile(parser.value(certOption)), keyFile(parser.value(keyOption));
      if (!certFile.open(QIODevice::ReadOnly)) return fail(QStringLiteral("%1: cannot be read (--cert)").arg(certFile.fileName()));
      if (!keyFile.open(QIODevice::ReadOnly)) return fail(QStringLiteral("%1: cannot be read (--key)").arg(keyFile.fileName()));
      const QSslCertificate certificate(&certFile, QSsl::Pem);
      const QByteArray keyPem = keyFile.readAll();
      QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
      if (key.isNull()) key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
      if (certificate.isNull()) return fail(QStringLiteral("%1: not a PEM certificate").arg(certFile.fileName()));
      if (key.isNull()) return fail(QStringLiteral("%1: not an unencrypted PEM RSA or EC private key").arg(keyFile.fileName()));
      http.sslSetup(certificate, key);
    }
    const quint16 port = http.listen(QHostAddress::LocalHost, static_cast<quint16>(parser.value(portOption).toUInt()));
    if (port == 0) return fail(QStringLiteral("cannot listen on 127.0.0.1:%1").arg(parser.value(portOption)));
    server::TelemetrySimulator telemetry(store, parser.value(scannersOption).toInt(), seed);
    if (parser.value(telemetryOption).toInt() > 0) telemetry.start(parser.value(telemetryOption).toInt());
    std::printf("cip-central: listening on %s://127.0.0.1:%u\n", parser.isSet(certOption) ? "https" : "http", port);
    std::fflush(stdout);
    return QCoreApplication::exec();
  } catch (const std::exception& e) {
    return fail(QString::fromUtf8(e.what()));
  }
}

// cip-central: the reference central system — a real HTTP server (HTTPS with a certificate) on
// loopback with its own SQLite, serving jobs, scans and declarations to workstations, taking
// their verdicts and the scanners' telemetry. `--demo` seeds it with synthetic jobs of every
// case, a library of reference images and the demo scanners' credentials. Commands for the
// operator: `scanner add|list|disable`, `import DIR`, `anchors`.
#include "sync/demo/DemoData.h"
#include "sync/server/AuditAnchorQuery.h"
#include "sync/server/CentralImport.h"
#include "sync/server/CentralServer.h"
#include "sync/server/CentralStore.h"
#include "sync/server/GuardedServer.h"
#include "sync/server/ScannerCommands.h"
#include "sync/server/ScannerProfiles.h"
#include "sync/server/ServerLog.h"
#include "sync/server/ServerOptions.h"
#include "sync/server/UserCommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>
#include <QTcpServer>

#include <algorithm>
#include <cstdio>
#include <future>
#include <memory>
#include <vector>

using namespace cip;

namespace {

/// The demo scans' pixel pitch: a real cargo scanner's, as its demo profile states it.
constexpr double kDemoPixelMm = 5;

int fail(const QString& message) {
  std::fprintf(stderr, "cip-central: %s\n", qPrintable(message));
  return 1;
}

/// The demo's people: two analysts, a supervisor, a trainer, a trainee, an admin. Password "demo".
/// Only ever into an empty users table: a later start never resets a password or adds a
/// well-known one beside provisioned users.
void addDemoUsers(server::CentralStore& store) {
  if (store.userCount() > 0) return;
  using model::Role;
  const std::pair<const char*, QList<Role>> users[] = {{"demo.analyst", {Role::Analyst}},   {"li.wei", {Role::Analyst}},
                                                      {"wang.fang", {Role::Analyst}},      {"zhao.min", {Role::Supervisor}},
                                                      {"chen.jie", {Role::Trainer}},       {"sun.li", {Role::Trainee}},
                                                      {"admin", {Role::Admin, Role::Supervisor}}};
  // Each hash takes ~0.15 s: computed side by side.
  std::vector<std::future<server::PasswordHash>> hashes;
  for (std::size_t i = 0; i < std::size(users); ++i)
    hashes.push_back(std::async(std::launch::async, [] { return server::PasswordHash::of(QStringLiteral("demo")); }));
  for (std::size_t i = 0; i < std::size(users); ++i)
    store.addUser({QString::fromLatin1(users[i].first), QString::fromLatin1(users[i].first), users[i].second}, hashes[i].get());
}

/// Imports at start-up: only the refusals are listed (`cip-central import` lists every file).
void importFolder(server::CentralStore& store, const QString& folder) {
  server::printImportReport(folder, server::importJobFolder(store, folder, QDateTime::currentDateTimeUtc()), false);
}

}  // namespace

int main(int argc, char* argv[]) {
  QCoreApplication application(argc, argv);
  QCoreApplication::setApplicationName(QStringLiteral("cip-central"));
  const QString defaultData = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/CIP/central");
  const QString command = application.arguments().value(1);
  const QStringList commandArguments = application.arguments().mid(2);
  if (command == QLatin1String("scanner")) return server::runScannerCommand(commandArguments, defaultData);
  if (command == QLatin1String("import")) return server::runImportCommand(commandArguments, defaultData);
  if (command == QLatin1String("anchors")) return server::runAnchorsCommand(commandArguments, defaultData);
  if (command == QLatin1String("user")) return server::runUserCommand(commandArguments, defaultData);
  QCommandLineParser parser;
  parser.setApplicationDescription(QStringLiteral("The reference central system for CIP workstations (docs/sync-protocol.md)."));
  parser.addHelpOption();
  const QCommandLineOption dataOption(QStringLiteral("data"), QStringLiteral("Folder for the database and the demo files."), QStringLiteral("dir"), defaultData);
  const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("TCP port (0: any free one, printed)."), QStringLiteral("port"),
                                      QStringLiteral("8765"));
  const QCommandLineOption importOption(QStringLiteral("import"), QStringLiteral("Import a folder of jobs and cases (repeatable)."), QStringLiteral("dir"));
  const QCommandLineOption demoOption(QStringLiteral("demo"), QStringLiteral("Seed synthetic demo jobs, reference images and users (password \"demo\")."));
  const QCommandLineOption demoUsersOption(QStringLiteral("demo-users"), QStringLiteral("Add the demo users only (password \"demo\")."));
  const QCommandLineOption demoJobsOption(QStringLiteral("demo-jobs"), QStringLiteral("How many demo jobs (default 24)."), QStringLiteral("n"), QStringLiteral("24"));
  const QCommandLineOption scannersOption(QStringLiteral("scanners"),
                                         QStringLiteral("Provision N demo scanners' credentials into DATA/scanner-credentials.json (with --demo: 6)."),
                                         QStringLiteral("n"), QStringLiteral("6"));
  const QCommandLineOption certOption(QStringLiteral("cert"), QStringLiteral("PEM certificate: serve HTTPS."), QStringLiteral("file"));
  const QCommandLineOption keyOption(QStringLiteral("key"), QStringLiteral("PEM private key for --cert."), QStringLiteral("file"));
  const QCommandLineOption faultsOption(QStringLiteral("faults"), QStringLiteral("Inject faults: 500=p,503=p,hang=p,drop=p,truncate=p,corrupt=p."),
                                        QStringLiteral("spec"));
  const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed of assignment and faults (default 1)."), QStringLiteral("n"),
                                      QStringLiteral("1"));
  const QCommandLineOption skewOption(QStringLiteral("clock-skew"),
                                      QStringLiteral("Run the server's clock this many seconds ahead (negative: behind), to try workstations' skew handling."),
                                      QStringLiteral("s"), QStringLiteral("0"));
  const QCommandLineOption profilesOption(QStringLiteral("scanner-profiles"),
                                         QStringLiteral("Load the centre's scanner profiles (pixel pitch, energies, calibration) from a JSON file."),
                                         QStringLiteral("file"));
  parser.addOptions({dataOption, portOption, importOption, demoOption, demoUsersOption, demoJobsOption, scannersOption, certOption, keyOption, faultsOption,
                     seedOption, skewOption, profilesOption});
  server::ServerOptions::addTo(parser);
  parser.process(application);
  server::ServerOptions network;
  if (QString error; !network.read(parser, parser.isSet(certOption), &error)) return fail(error);

  const QString data = parser.value(dataOption);
  if (!QDir().mkpath(data)) return fail(QStringLiteral("%1: cannot be created").arg(data));
  try {
    server::CentralStore store(QDir(data).filePath(QStringLiteral("central.sqlite")));
    server::CentralServer http(store);
    http.setTokenLifetimeSeconds(network.tokenSeconds);
    http.setThrottlePolicy(network.throttle);
    http.setMaxFileTransfers(network.limits.maxFileTransfers);
    auto listener = std::make_unique<server::GuardedTcpServer>(network.limits);
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
        options.pixelMm = kDemoPixelMm;
        demo::writeDemoJobs(jobs, options);
        demo::writeDemoCases(jobs, 5);
        QFile(QDir(jobs).filePath(QStringLiteral(".complete"))).open(QIODevice::WriteOnly);
      }
      importFolder(store, jobs);
      for (const model::ScannerProfile& profile : demo::demoScannerProfiles(kDemoPixelMm)) server::ScannerProfiles(store).save(profile);
    }
    if (parser.isSet(profilesOption))
      std::printf("cip-central: %d scanner profiles from %s\n", server::ScannerProfiles(store).importFile(parser.value(profilesOption)),
                  qPrintable(parser.value(profilesOption)));
    for (const QString& folder : parser.values(importOption)) importFolder(store, folder);
    if (parser.isSet(demoOption) || parser.isSet(scannersOption))
      std::printf("cip-central: scanner credentials in %s\n",
                  qPrintable(server::provisionDemoScanners(store, data, std::clamp(parser.value(scannersOption).toInt(), 0, 100))));

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
      QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
      tls.setLocalCertificate(certificate);
      tls.setPrivateKey(key);
      tls.setProtocol(QSsl::TlsV1_2OrLater);
      listener->setTls(tls);
    }
    const quint16 port = static_cast<quint16>(parser.value(portOption).toUInt());
    if (!listener->listen(network.address, port))
      return fail(QStringLiteral("cannot listen on %1: %2").arg(network.url(listener->tls(), port), listener->errorString()));
    const QString url = network.url(listener->tls(), listener->serverPort());
    http.bind(listener.release());  // the HTTP server owns the listener from here on
    if (network.insecureHttp && !network.address.isLoopback())
      qCWarning(server::lcServer).noquote() << "WARNING: PLAIN HTTP ON" << network.address.toString()
                                    << "— passwords and tokens cross the network unencrypted (--insecure-http). Serve HTTPS with --cert and --key.";
    std::printf("cip-central: listening on %s\n", qPrintable(url));
    std::fflush(stdout);
    return QCoreApplication::exec();
  } catch (const std::exception& e) {
    return fail(QString::fromUtf8(e.what()));
  }
}

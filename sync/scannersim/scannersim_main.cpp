// cip-scanner-sim: simulated scanners reporting to a central system the way real ones do — each
// with its own credential, describing itself and posting its telemetry over HTTP(S) — for the
// demo and for tests. It keeps going through the central system's outages: what the scanners
// report meanwhile is sent when the link returns, and nothing is stored twice.
#include "sync/demo/DemoScanners.h"
#include "sync/model/User.h"
#include "sync/scannersim/ScannerLink.h"
#include "sync/scannersim/ScannerSimulation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QTimer>

#include <cstdio>
#include <map>

using namespace cip;

namespace {

int fail(const QString& message) {
  std::fprintf(stderr, "cip-scanner-sim: %s\n", qPrintable(message));
  return 1;
}

/// Scanner id → secret from `path`, or an error naming the file and the entry.
std::map<QString, QString> readCredentials(const QString& path, QString* error) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    *error = QStringLiteral("%1: cannot be read (%2)").arg(path, file.errorString());
    return {};
  }
  QJsonParseError parseError;
  const QJsonDocument document = QJsonDocument::fromJson(file.read(1 << 20), &parseError);
  if (!document.isObject()) {
    *error = QStringLiteral("%1: not a JSON object of scanner id → secret (%2)").arg(path, parseError.errorString());
    return {};
  }
  static const QRegularExpression idPattern(QRegularExpression::anchoredPattern(model::kIdPattern));
  std::map<QString, QString> credentials;
  const QJsonObject object = document.object();
  for (auto it = object.begin(); it != object.end(); ++it) {
    if (!idPattern.match(it.key()).hasMatch() || !it.value().isString() || it.value().toString().isEmpty()) {
      *error = QStringLiteral("%1: %2: expected a scanner id and its secret as a string").arg(path, it.key().left(64));
      return {};
    }
    credentials[it.key()] = it.value().toString();
  }
  if (credentials.empty()) *error = QStringLiteral("%1: no scanner in it").arg(path);
  return credentials;
}

/// Secrets travel in the clear over http: only to this machine.
bool mayCarrySecrets(const QUrl& url) {
  if (url.scheme() == QLatin1String("https")) return true;
  const QHostAddress address(url.host());
  return url.host().compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 || (!address.isNull() && address.isLoopback());
}

}  // namespace

int main(int argc, char* argv[]) {
  QCoreApplication application(argc, argv);
  QCoreApplication::setApplicationName(QStringLiteral("cip-scanner-sim"));
  QCommandLineParser parser;
  parser.setApplicationDescription(QStringLiteral("Simulated scanners reporting telemetry to a CIP central system (docs/sync-protocol.md)."));
  parser.addHelpOption();
  const QCommandLineOption centralOption(QStringLiteral("central"), QStringLiteral("The central system, e.g. http://127.0.0.1:8765."), QStringLiteral("url"));
  const QCommandLineOption credentialsOption(QStringLiteral("credentials"), QStringLiteral("JSON file of scanner id → secret (cip-central --demo writes one)."),
                                             QStringLiteral("file"));
  const QCommandLineOption intervalOption(QStringLiteral("interval-ms"), QStringLiteral("How often the scanners report (default 10000)."), QStringLiteral("ms"),
                                          QStringLiteral("10000"));
  const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed of the simulated scanners' lives (default 1)."), QStringLiteral("n"),
                                      QStringLiteral("1"));
  const QCommandLineOption caOption(QStringLiteral("ca"), QStringLiteral("PEM certificate(s) of the authority that signed the central system's (https)."),
                                    QStringLiteral("file"));
  parser.addOptions({centralOption, credentialsOption, intervalOption, seedOption, caOption});
  parser.process(application);

  const QUrl central(parser.value(centralOption));
  if (!central.isValid() || (central.scheme() != QLatin1String("http") && central.scheme() != QLatin1String("https")) || central.host().isEmpty())
    return fail(QStringLiteral("--central: '%1' is not an http(s) URL").arg(parser.value(centralOption)));
  if (!mayCarrySecrets(central)) return fail(QStringLiteral("--central: scanner secrets go to another machine over https only"));
  if (!parser.isSet(credentialsOption)) return fail(QStringLiteral("--credentials FILE is required"));
  QString error;
  const std::map<QString, QString> credentials = readCredentials(parser.value(credentialsOption), &error);
  if (!error.isEmpty()) return fail(error);
  bool intervalOk = false;
  const int intervalMs = parser.value(intervalOption).toInt(&intervalOk);
  if (!intervalOk || intervalMs < 1) return fail(QStringLiteral("--interval-ms: '%1' is not a positive number").arg(parser.value(intervalOption)));
  QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
  if (parser.isSet(caOption)) {
    const QList<QSslCertificate> authorities = QSslCertificate::fromPath(parser.value(caOption), QSsl::Pem);
    if (authorities.isEmpty()) return fail(QStringLiteral("--ca: %1 holds no PEM certificate").arg(parser.value(caOption)));
    tls.addCaCertificates(authorities);
  }

  const unsigned seed = parser.value(seedOption).toUInt();
  QNetworkAccessManager network;
  std::map<QString, scannersim::ScannerLink*> links;
  QStringList ids;
  for (const auto& [id, secret] : credentials) {
    auto* link = new scannersim::ScannerLink(network, central, demo::describeScanner(id), secret, tls, seed + static_cast<unsigned>(ids.size()), &application);
    QObject::connect(link, &scannersim::ScannerLink::linkChanged, link, [link](bool up, const QString& detail) {
      if (up) std::printf("cip-scanner-sim: %s: reporting again\n", qPrintable(link->scannerId()));
      else std::printf("cip-scanner-sim: %s: %s; trying again\n", qPrintable(link->scannerId()), qPrintable(detail));
      std::fflush(stdout);
    });
    links[id] = link;
    ids << id;
  }
  scannersim::ScannerSimulation simulation(ids, seed);
  auto step = [&] {
    std::map<QString, QList<model::TelemetryEvent>> byScanner;
    for (const model::TelemetryEvent& e : simulation.step(QDateTime::currentDateTimeUtc())) byScanner[e.scannerId] << e;
    for (const auto& [id, events] : byScanner) links[id]->report(events);
  };
  QTimer timer;
  QObject::connect(&timer, &QTimer::timeout, &application, step);
  step();
  timer.start(intervalMs);
  std::printf("cip-scanner-sim: %lld scanner(s) reporting to %s every %d ms\n", static_cast<long long>(ids.size()), qPrintable(central.toString()), intervalMs);
  std::fflush(stdout);
  return QCoreApplication::exec();
}

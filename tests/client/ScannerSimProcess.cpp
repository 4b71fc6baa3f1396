#include "ScannerSimProcess.h"

#include "CentralProcess.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcessEnvironment>
#include <QSet>

RawReply rawCall(const QUrl& central, const QByteArray& method, const QString& path, const QString& bearer, const QByteArray& body,
                 const QList<QPair<QByteArray, QByteArray>>& headers) {
  QNetworkAccessManager network;
  QUrl url = central;
  url.setPath(QStringLiteral("/api/v1/") + path.section(QLatin1Char('?'), 0, 0));
  if (path.contains(QLatin1Char('?'))) url.setQuery(path.section(QLatin1Char('?'), 1));
  QNetworkRequest request(url);
  request.setTransferTimeout(20000);
  if (!bearer.isEmpty()) request.setRawHeader("Authorization", "Bearer " + bearer.toLatin1());
  if (!body.isEmpty()) request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
  for (const auto& [key, value] : headers) request.setRawHeader(key, value);
  QNetworkReply* reply = network.sendCustomRequest(request, method, body);
  REQUIRE(waitFor([&] { return reply->isFinished(); }));
  RawReply result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
  delete reply;
  return result;
}

QString signInToken(const QUrl& central, const QString& user, const QString& role) {
  const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("user"), user}, {QStringLiteral("password"), QStringLiteral("demo")},
                                                    {QStringLiteral("role"), role}})
                              .toJson(QJsonDocument::Compact);
  const RawReply reply = rawCall(central, "POST", QStringLiteral("auth/login"), {}, body);
  INFO(reply.body.toStdString());
  REQUIRE(reply.status == 200);
  return QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("token")).toString();
}

QJsonArray telemetryOnServer(const QUrl& central, const QString& supervisorToken) {
  QJsonArray all;
  for (qint64 since = 0;;) {
    const RawReply page = rawCall(central, "GET", QStringLiteral("telemetry?since=%1").arg(since), supervisorToken);
    REQUIRE(page.status == 200);
    const QJsonObject body = QJsonDocument::fromJson(page.body).object();
    const QJsonArray events = body.value(QStringLiteral("events")).toArray();
    for (const QJsonValue& e : events) all.append(e);
    if (events.isEmpty()) return all;
    since = body.value(QStringLiteral("next")).toInteger();
  }
}

bool waitForReports(const QUrl& central, int scanners, int ms) {
  const QString supervisor = signInToken(central, QStringLiteral("zhao.min"), QStringLiteral("supervisor"));
  return waitFor(
      [&] {
        QSet<QString> reported;
        bool scanned = false;
        for (const QJsonValue& e : telemetryOnServer(central, supervisor)) {
          reported.insert(e.toObject().value(QStringLiteral("scannerId")).toString());
          scanned = scanned || e.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("scan-completed");
        }
        return reported.size() >= scanners && scanned;
      },
      ms);
}

CommandResult runCentralCommand(const QStringList& arguments, const QString& secret) {
  QProcess process;
  QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
  environment.remove(QStringLiteral("CIP_SCANNER_SECRET"));
  if (!secret.isEmpty()) environment.insert(QStringLiteral("CIP_SCANNER_SECRET"), secret);
  process.setProcessEnvironment(environment);
  process.start(QStringLiteral(CIP_CENTRAL_PATH), arguments);
  REQUIRE(process.waitForStarted(10000));
  REQUIRE(process.waitForFinished(60000));
  return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

QString provisionScanner(const QString& dataFolder, const QString& id, const QStringList& extra, const QString& secret) {
  const CommandResult added = runCentralCommand(QStringList{QStringLiteral("scanner"), QStringLiteral("add"), id, QStringLiteral("--data"), dataFolder} + extra, secret);
  INFO(added.err.toStdString());
  REQUIRE(added.exitCode == 0);
  return secret.isEmpty() ? added.out.trimmed() : secret;
}

ScannerSimProcess::ScannerSimProcess(const QUrl& central, const QString& credentialsFile, int intervalMs, const QStringList& extra) {
  process_.setProcessChannelMode(QProcess::MergedChannels);
  process_.start(QStringLiteral(CIP_SCANNER_SIM_PATH), QStringList{QStringLiteral("--central"), central.toString(), QStringLiteral("--credentials"),
                                                                   credentialsFile, QStringLiteral("--interval-ms"), QString::number(intervalMs)} +
                                                           extra);
  REQUIRE(process_.waitForStarted(10000));
  const bool reporting = waitForOutput(QStringLiteral("reporting to"));
  INFO(seen_.toStdString());
  REQUIRE(reporting);
}

ScannerSimProcess::~ScannerSimProcess() { kill(); }

bool ScannerSimProcess::waitForOutput(const QString& text, int ms) {
  return waitFor(
      [&] {
        seen_ += QString::fromUtf8(process_.readAll());
        return seen_.contains(text) || process_.state() == QProcess::NotRunning;
      },
      ms) &&
         seen_.contains(text);
}

void ScannerSimProcess::kill() {
  if (process_.state() == QProcess::NotRunning) return;
  process_.kill();
  process_.waitForFinished(5000);
}

#include "sync/server/ScannerCommands.h"

#include "sync/demo/DemoScanners.h"
#include "sync/model/User.h"
#include "sync/server/ScannerCredentials.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>
#include <filesystem>

namespace cip::server {

namespace {

int fail(const QString& message) {
  std::fprintf(stderr, "cip-central: %s\n", qPrintable(message));
  return 1;
}

QString describePins(const ScannerCredential& c) {
  QStringList pins;
  if (!c.site.isEmpty()) pins << QStringLiteral("port=") + c.site;
  if (c.kind) pins << QStringLiteral("kind=") + model::enumToString(model::kScannerKindNames, *c.kind);
  if (!c.model.isEmpty()) pins << QStringLiteral("model=") + c.model;
  return pins.isEmpty() ? QStringLiteral("-") : pins.join(QLatin1Char(','));
}

QString timeOrDash(const QDateTime& time) { return time.isValid() ? model::timestampToString(time) : QStringLiteral("-"); }

int addScanner(CentralStore& store, const QCommandLineParser& parser, const QString& id) {
  static const QRegularExpression idPattern(QRegularExpression::anchoredPattern(model::kIdPattern));
  if (!idPattern.match(id).hasMatch()) return fail(QStringLiteral("'%1' is not a scanner id (letters, digits, ._:-; at most 128)").arg(id));
  ScannerCredential credential;
  credential.scannerId = id;
  credential.model = parser.value(QStringLiteral("model"));
  credential.site = parser.value(QStringLiteral("port"));
  if (parser.isSet(QStringLiteral("kind"))) {
    credential.kind = model::enumFromString(model::kScannerKindNames, parser.value(QStringLiteral("kind")));
    if (!credential.kind)
      return fail(QStringLiteral("--kind: '%1' is not one of: %2").arg(parser.value(QStringLiteral("kind")), model::enumChoices(model::kScannerKindNames)));
  }
  QString secret = qEnvironmentVariable("CIP_SCANNER_SECRET");
  if (parser.isSet(QStringLiteral("secret-stdin"))) secret = QTextStream(stdin).readLine().trimmed();
  const bool generated = secret.isEmpty() && !parser.isSet(QStringLiteral("secret-stdin"));
  if (generated) secret = ScannerCredentials::generateSecret();
  if (!ScannerCredentials::acceptableSecret(secret))
    return fail(QStringLiteral("a scanner secret is 32–256 characters of A-Z a-z 0-9 . _ ~ + / = -"));
  ScannerCredentials(store).add(credential, secret, QDateTime::currentDateTimeUtc());
  if (generated) {
    std::fprintf(stderr, "cip-central: scanner %s provisioned (%s); its secret, shown this once:\n", qPrintable(id), qPrintable(describePins(credential)));
    std::printf("%s\n", qPrintable(secret));
  } else {
    std::fprintf(stderr, "cip-central: scanner %s provisioned (%s) with the secret given\n", qPrintable(id), qPrintable(describePins(credential)));
  }
  return 0;
}

int listScanners(CentralStore& store) {
  const ScannerCredentials credentials(store);
  std::printf("%-24s %-9s %-40s %-25s %-25s %s\n", "SCANNER", "STATE", "PINNED", "PROVISIONED", "LAST EVENT", "EVENTS");
  for (const ScannerCredential& c : credentials.list()) {
    const auto [last, events] = credentials.lastReport(c.scannerId);
    std::printf("%-24s %-9s %-40s %-25s %-25s %lld\n", qPrintable(c.scannerId), c.disabled() ? "disabled" : "enabled", qPrintable(describePins(c)),
                qPrintable(timeOrDash(c.createdAt)), qPrintable(timeOrDash(last)), static_cast<long long>(events));
  }
  return 0;
}

}  // namespace

int runScannerCommand(const QStringList& arguments, const QString& defaultData) {
  QCommandLineParser parser;
  parser.setApplicationDescription(QStringLiteral("Scanner credentials: add ID, list, disable ID (docs/sync-protocol.md)."));
  parser.addHelpOption();
  parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("add, list or disable"));
  parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("the scanner (add, disable)"));
  parser.addOptions({{QStringLiteral("data"), QStringLiteral("The central system's data folder."), QStringLiteral("dir"), defaultData},
                     {QStringLiteral("model"), QStringLiteral("add: the model the scanner must report."), QStringLiteral("model")},
                     {QStringLiteral("port"), QStringLiteral("add: the port (UN/LOCODE) the scanner must report as its site."), QStringLiteral("locode")},
                     {QStringLiteral("kind"), QStringLiteral("add: cargo, vehicle, baggage or ct."), QStringLiteral("kind")},
                     {QStringLiteral("secret-stdin"), QStringLiteral("add: read the secret from the first line of stdin instead of generating one.")}});
  parser.process(QStringList{QStringLiteral("cip-central scanner")} + arguments);
  const QStringList positional = parser.positionalArguments();
  const QString action = positional.value(0);
  const bool needsId = action == QLatin1String("add") || action == QLatin1String("disable");
  if ((needsId && positional.size() != 2) || (action == QLatin1String("list") && positional.size() != 1) ||
      (!needsId && action != QLatin1String("list")))
    return fail(QStringLiteral("usage: cip-central scanner add ID [--model M] [--port LOCODE] [--kind KIND] | list | disable ID  [--data DIR]"));
  const QString data = parser.value(QStringLiteral("data"));
  if (!QDir().mkpath(data)) return fail(QStringLiteral("%1: cannot be created").arg(data));
  try {
    CentralStore store(QDir(data).filePath(QStringLiteral("central.sqlite")));
    if (action == QLatin1String("add")) return addScanner(store, parser, positional[1]);
    if (action == QLatin1String("list")) return listScanners(store);
    if (!ScannerCredentials(store).disable(positional[1], QDateTime::currentDateTimeUtc())) return fail(QStringLiteral("no scanner %1").arg(positional[1]));
    std::printf("cip-central: scanner %s disabled: its credential no longer works\n", qPrintable(positional[1]));
    return 0;
  } catch (const std::exception& e) {  // the store's errors, and whatever else (no random bytes, no memory)
    return fail(QString::fromUtf8(e.what()));
  }
}

QString provisionDemoScanners(CentralStore& store, const QString& dataFolder, int count) {
  const QString path = QDir(dataFolder).filePath(QStringLiteral("scanner-credentials.json"));
  QJsonObject secrets;
  if (QFile existing(path); existing.open(QIODevice::ReadOnly)) secrets = QJsonDocument::fromJson(existing.readAll()).object();
  ScannerCredentials credentials(store);
  QList<std::pair<model::Scanner, QString>> fresh;
  for (const model::Scanner& scanner : demo::demoScanners(count)) {
    if (!credentials.find(scanner.id)) {
      fresh.append({scanner, ScannerCredentials::generateSecret()});
      secrets.insert(scanner.id, fresh.last().second);
    } else if (!secrets.contains(scanner.id)) {
      std::fprintf(stderr, "cip-central: scanner %s has a credential whose secret is not in %s; its simulator cannot report\n", qPrintable(scanner.id),
                   qPrintable(path));
    }
  }
  if (fresh.isEmpty()) return path;
  // The file first, so no credential is ever kept whose secret was lost. Written beside and
  // renamed over, created readable by its owner only: the secrets are never visible to others.
  const QString temporary = path + QStringLiteral(".new");
  QFile::remove(temporary);
  QFile file(temporary);
  if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
      file.write(QJsonDocument(secrets).toJson()) < 0 || !file.flush())
    throw CentralStoreError(QStringLiteral("%1: cannot be written: %2").arg(temporary, file.errorString()));
  file.close();
  std::error_code error;
  std::filesystem::rename(QFile::encodeName(temporary).toStdString(), QFile::encodeName(path).toStdString(), error);
  if (error) throw CentralStoreError(QStringLiteral("%1: cannot be replaced: %2").arg(path, QString::fromStdString(error.message())));
  for (const auto& [scanner, secret] : fresh)
    credentials.add({scanner.id, scanner.model, scanner.site, scanner.kind, {}, {}}, secret, QDateTime::currentDateTimeUtc());
  return path;
}

}  // namespace cip::server

#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QPair>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

/// One HTTP exchange with a central system under any bearer — a scanner's secret, a user's
/// token, or none — as a scanner or a probing client would make it.
struct RawReply {
  int status = 0;  ///< 0: no answer
  QByteArray body;
};
RawReply rawCall(const QUrl& central, const QByteArray& method, const QString& path, const QString& bearer, const QByteArray& body = {},
                 const QList<QPair<QByteArray, QByteArray>>& headers = {});

/// A user's token from `POST /auth/login` (password "demo"); fails the test when refused.
QString signInToken(const QUrl& central, const QString& user, const QString& role);

/// Every telemetry event the central system holds, page by page as a supervisor reads them.
QJsonArray telemetryOnServer(const QUrl& central, const QString& supervisorToken);

/// Waits until `scanners` scanners have reported to the central system and at least one scan
/// was completed (read as the supervisor zhao.min); whether that came within `ms`.
bool waitForReports(const QUrl& central, int scanners, int ms = 30000);

/// `cip-central ARGS` run to its end, with `secret` in CIP_SCANNER_SECRET when given.
struct CommandResult {
  int exitCode = -1;
  QString out;
  QString err;
};
CommandResult runCentralCommand(const QStringList& arguments, const QString& secret = {});

/// Provisions scanner `id` in the central system's data folder (`cip-central scanner add`);
/// its secret (the one given, or the one generated and printed).
QString provisionScanner(const QString& dataFolder, const QString& id, const QStringList& extra = {}, const QString& secret = {});

/// A real cip-scanner-sim posting to `central` with the credentials in `credentialsFile`, for as
/// long as the object lives (killed after).
class ScannerSimProcess {
 public:
  ScannerSimProcess(const QUrl& central, const QString& credentialsFile, int intervalMs, const QStringList& extra = {});
  ~ScannerSimProcess();
  /// Waits until the simulator has printed `text` (since it started); whether it has.
  bool waitForOutput(const QString& text, int ms = 20000);
  void kill();

 private:
  QProcess process_;
  QString seen_;
};

#pragma once

#include "sync/client/CentralClient.h"

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

/// Overwrites a few bytes in the middle of the first low-energy scan file of a job folder, as
/// a failing disk on the central system would; returns the file's name.
QString damageOneScanFile(const QString& jobFolder);

/// Processes events until `done` holds or `ms` pass; whether it holds. `done` is called once per
/// round (every 20 ms), so it may send a request.
bool waitFor(const std::function<bool()>& done, int ms = 20000);

/// Signs `client` in as `user` in `role` (the demo password unless another is given) and waits
/// for the central system's answer.
cip::client::SignInAnswer signInAs(cip::client::CentralClient& client, const QString& user, cip::model::Role role,
                                   const QString& password = QStringLiteral("demo"));

/// A real cip-central on a free loopback port, for as long as the object lives (killed after).
class CentralProcess {
 public:
  /// Starts `cip-central --data DATA --port 0 --demo-users` plus `extra`
  /// and waits for its "listening" line.
  CentralProcess(const QString& dataFolder, const QStringList& extra = {});
  ~CentralProcess();
  QUrl url() const { return url_; }
  int port() const { return url_.port(); }
  /// Kills it (SIGKILL) at once; restart() brings it back on the same port and data.
  void kill();
  void restart();
  /// Everything the server wrote to its log (stderr) so far.
  QByteArray log();

 private:
  void start(int port);
  QString data_;
  QStringList extra_;
  QProcess process_;
  QUrl url_;
  QByteArray log_;
};

#pragma once

#include "sync/client/CentralClient.h"
#include "sync/model/User.h"

#include <QHash>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

class QLabel;

namespace cip::store {
class Store;
}
namespace cip::client {
class SyncService;
}

namespace cip::app {

/// The workstation's link to the central system: signs in (again, when the token expires, with
/// the password kept in memory only), runs the sync service — jobs, declarations, scans, case
/// library, the verdict outbox — and shows the link in the status bar: online, offline, sign-in
/// needed or server error, with the download progress and the verdicts still to send.
class SyncController : public QObject {
  Q_OBJECT
 public:
  SyncController(store::Store& store, const QUrl& central, const QString& cacheFolder, QObject* parent = nullptr);
  ~SyncController() override;

  /// Signs in and starts syncing; offline, it keeps trying in the background.
  void start(const model::User& user, const QString& password);
  client::CentralClient& client() { return *client_; }
  client::SyncService& service() { return *service_; }
  /// Tells the central system this workstation has the job in hand (in progress). Offline, the
  /// local state stands; the verdict settles it on the server later anyway.
  void claim(const QString& jobId);
  /// Gives a job back to the central system for another analyst (an analyst who cannot finish
  /// it: end of shift, a conflict of interest). Needs the link: offline, `done` says so and
  /// nothing changes. On success the job leaves this workstation's queue.
  void release(const QString& jobId, std::function<void(bool ok, const QString& error)> done);
  /// The status bar text for the link.
  QString statusText() const;

 signals:
  void statusChanged(const QString& text);
  /// The store has new jobs or files: the queue should re-read it.
  void jobsChanged();
  /// Something the analyst should read now (a scan that cannot be fetched), for the status bar.
  void message(const QString& text);

 private:
  void signIn();
  void update();

  store::Store& store_;
  std::unique_ptr<client::CentralClient> client_;
  std::unique_ptr<client::SyncService> service_;
  model::User user_;
  QString password_;
  bool signingIn_ = false;
  QTimer* retry_;
  QHash<QString, QString> failedScans_;  ///< scan id → why it could not be fetched (until it is)
};

}  // namespace cip::app

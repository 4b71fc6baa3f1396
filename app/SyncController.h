#pragma once

#include "app/session/Session.h"
#include "sync/client/CentralClient.h"
#include "sync/client/Retention.h"
#include "sync/model/JobRelease.h"

#include <QHash>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

class QTimer;

namespace cip::store {
class Store;
}
namespace cip::client {
class SyncService;
}

namespace cip::app {

class Authenticator;

/// The workstation's link to the central system for one session: runs the sync service — jobs,
/// declarations, scans, case library, claims and releases, the verdict outbox — and shows the
/// link in the status bar: online, offline, sign-in needed or server error, with the download
/// progress. The token lives in memory only; when it expires the person is asked for their
/// password again (signInNeeded) and nothing open is lost meanwhile. An offline-verified session
/// keeps its password in memory only until the central system confirms the user.
class SyncController : public QObject {
  Q_OBJECT
 public:
  SyncController(store::Store& store, const QUrl& central, const QString& cacheFolder, QObject* parent = nullptr);
  ~SyncController() override;

  /// Starts syncing for a signed-in session (the client already holds its token). For an
  /// offline-verified session, `pendingPassword` confirms the user as soon as the link returns.
  void start(const Session& session, const QString& pendingPassword = {});
  /// Renews an expired sign-in with the password the person typed again; `done` says how it went.
  void renewSignIn(const QString& password, std::function<void(bool ok, const QString& error, int retryAfterSeconds)> done);
  /// The person closed the password dialog without signing in: nothing is sent meanwhile, and
  /// they sign in again when ready (File → Sign in again…).
  void passwordNotGiven();
  /// Whether the central system waits for the person to sign in again.
  bool signInNeededNow() const { return client_->connectivity() == client::Connectivity::SignInNeeded || !pendingPassword_.isEmpty(); }
  /// Ends the session on the central system (logout), waiting at most `waitMs` for its answer.
  void signOut(int waitMs = 3000);
  client::CentralClient& client() { return *client_; }
  client::SyncService& service() { return *service_; }
  Authenticator& authenticator() { return *authenticator_; }
  const Session& session() const { return session_; }
  /// Tells the central system this workstation has the job in hand (in progress); retried until
  /// it gets through, reconciled with the answer.
  void claim(const QString& jobId);
  /// Gives a job back to the central system for another analyst, with the analyst's reason (end
  /// of shift, a conflict of interest…): it leaves the queue at once; the central system hears of
  /// it now or when the link returns. Returns an error text when the store could not record it.
  QString release(const QString& jobId, const model::JobRelease& why);
  /// The status bar text for the link.
  QString statusText() const;
  /// How much the workstation keeps: applied now and then every hour while the session lasts.
  void setRetention(const client::RetentionPolicy& policy);
  /// Applies the retention policy now (stale part files, the scan cache, delivered and old records).
  client::RetentionReport applyRetention();

 signals:
  void statusChanged(const QString& text);
  /// The store has new jobs or files: the queue should re-read it.
  void jobsChanged();
  /// Something the analyst should read now (a scan that cannot be fetched, a job withdrawn), for the status bar.
  void message(const QString& text);
  /// The central system no longer accepts this session's token: ask for the password again.
  void signInNeeded();
  /// An offline-verified session was confirmed by the central system.
  void sessionConfirmed();

 private:
  void confirmOfflineSession();
  /// The central system confirmed the user again: kept hash refreshed, offline sessions confirmed, sync resumed.
  void confirmedAgain(const model::User& user, const QString& password, const QString& how);
  void update();

  store::Store& store_;
  std::unique_ptr<client::CentralClient> client_;
  std::unique_ptr<client::SyncService> service_;
  std::unique_ptr<Authenticator> authenticator_;
  Session session_;
  QString pendingPassword_;  ///< offline-verified session only, until confirmed
  bool confirming_ = false;
  bool askedForPassword_ = false;
  QTimer* retry_;
  QTimer* retention_;
  QString cacheFolder_;
  client::RetentionPolicy policy_;
  QHash<QString, QString> failedScans_;  ///< scan id → why it could not be fetched (until it is)
};

}  // namespace cip::app

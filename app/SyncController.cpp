#include "app/SyncController.h"

#include "app/AppLog.h"
#include "app/session/Authenticator.h"
#include "sync/client/SyncService.h"
#include "sync/store/Store.h"

#include <QEventLoop>
#include <QTimer>

namespace cip::app {

SyncController::SyncController(store::Store& store, const QUrl& central, const QString& cacheFolder, QObject* parent)
    : QObject(parent), store_(store), client_(std::make_unique<client::CentralClient>(central)),
      service_(std::make_unique<client::SyncService>(*client_, store, cacheFolder)),
      authenticator_(std::make_unique<Authenticator>(store, client_.get())), retry_(new QTimer(this)), retention_(new QTimer(this)),
      cacheFolder_(cacheFolder) {
  retry_->setInterval(10000);
  retention_->setInterval(3600 * 1000);
  connect(retention_, &QTimer::timeout, this, &SyncController::applyRetention);
  connect(retry_, &QTimer::timeout, this, &SyncController::confirmOfflineSession);
  connect(client_.get(), &client::CentralClient::connectivityChanged, this, [this](client::Connectivity state) {
    if (state == client::Connectivity::SignInNeeded && pendingPassword_.isEmpty() && !askedForPassword_ && session_.localId > 0) {
      askedForPassword_ = true;  // once per expiry: the person answers or cancels
      emit signInNeeded();
    }
    update();
  });
  connect(service_.get(), &client::SyncService::jobsChanged, this, &SyncController::jobsChanged);
  connect(service_.get(), &client::SyncService::storeError, this,
          [this](const QString& error) { emit message(tr("The local database could not be updated: %1").arg(error)); });
  connect(service_.get(), &client::SyncService::jobWithdrawn, this, [this](const QString& jobId) {
    emit message(tr("Job %1 was withdrawn by the central system. Your work on it is kept.").arg(jobId));
  });
  connect(&service_->downloads(), &client::ScanDownloader::progress, this, &SyncController::update);
  connect(&service_->downloads(), &client::ScanDownloader::idle, this, &SyncController::update);
  connect(&service_->outbox(), &client::OutboxSender::sent, this, &SyncController::update);
  connect(&service_->downloads(), &client::ScanDownloader::scanFailed, this, [this](const QString& scanId, const QString& error) {
    failedScans_.insert(scanId, error);
    emit message(tr("Scan %1 could not be fetched: %2. The next pull tries again.").arg(scanId, error));
    update();
  });
  connect(&service_->downloads(), &client::ScanDownloader::scanReady, this, [this](const QString& scanId) {
    if (failedScans_.remove(scanId) > 0) update();
  });
}

SyncController::~SyncController() = default;

void SyncController::start(const Session& session, const QString& pendingPassword) {
  session_ = session;
  pendingPassword_ = session.offlineVerified ? pendingPassword : QString();
  const auto serverClock = [client = client_.get()] { return client->serverNow(); };
  service_->jobCalls().setClock(serverClock);
  service_->outbox().setClock(serverClock);
  service_->start();
  retention_->start();
  QTimer::singleShot(60 * 1000, this, &SyncController::applyRetention);  // once the first pull is under way
  if (session_.offlineVerified) {
    retry_->start();
    confirmOfflineSession();
  }
  update();
}

void SyncController::confirmOfflineSession() {
  if (confirming_ || pendingPassword_.isEmpty()) return;
  confirming_ = true;
  client_->login(session_.user.id, pendingPassword_, session_.role, [this](const client::SignInAnswer& answer) {
    confirming_ = false;
    using Outcome = client::SignInAnswer::Outcome;
    const bool refused = answer.outcome == Outcome::Refused || answer.outcome == Outcome::Disabled ||
                         answer.outcome == Outcome::RoleNotGranted || answer.outcome == Outcome::Insecure;
    if (!answer.ok() && !refused) return update();  // no answer, a server error, throttled: the timer tries again
    retry_->stop();
    const QString password = std::exchange(pendingPassword_, QString());
    if (!answer.ok()) {
      // The central system does not confirm this person (password changed, account disabled):
      // the session stays unconfirmed and its verdicts wait; ask for the password.
      emit message(tr("The central system did not confirm your offline sign-in: %1").arg(answer.error));
      askedForPassword_ = true;
      emit signInNeeded();
      return update();
    }
    confirmedAgain(answer.user, password, QStringLiteral("link returned"));
    emit message(tr("The central system confirmed your sign-in; your verdicts are being sent."));
  });
}

void SyncController::confirmedAgain(const model::User& user, const QString& password, const QString& how) {
  askedForPassword_ = false;
  pendingPassword_.clear();
  retry_->stop();
  try {
    authenticator_->confirmed(user, password, how);
  } catch (const store::StoreError& e) {
    emit message(tr("The local database could not record the confirmation: %1").arg(e.message()));
  }
  if (session_.offlineVerified) {
    session_.offlineVerified = false;
    emit sessionConfirmed();
  }
  service_->pullNow();
  service_->outbox().kick();
  update();
}

void SyncController::renewSignIn(const QString& password, std::function<void(bool, const QString&, int)> done) {
  client_->login(session_.user.id, password, session_.role, [this, password, done](const client::SignInAnswer& answer) {
    if (!answer.ok()) return done(false, answer.error, answer.retryAfterSeconds);
    try {
      store_.audit().append(answer.user.id, QStringLiteral("session.renew"), QStringLiteral("session"), QString::number(session_.localId), {},
                            client_->serverNow());
    } catch (const store::StoreError& e) {
      emit message(tr("The local database could not record the sign-in: %1").arg(e.message()));
    }
    confirmedAgain(answer.user, password, QStringLiteral("signed in again"));
    done(true, {}, 0);
  });
}

void SyncController::passwordNotGiven() {
  askedForPassword_ = false;  // File → Sign in again… asks when the person is ready
  emit message(tr("Not signed in to the central system: nothing is sent until you sign in again (File → Sign in again…)."));
}

void SyncController::signOut(int waitMs) {
  retry_->stop();
  retention_->stop();
  service_->stop();
  pendingPassword_.clear();
  session_.localId = 0;  // the session is over: a late 401 asks nobody for a password
  if (!client_->signedIn()) return;
  QEventLoop loop;
  QTimer::singleShot(waitMs, &loop, &QEventLoop::quit);
  client_->logout([&loop] { loop.quit(); });
  loop.exec();
}

void SyncController::claim(const QString& jobId) { service_->jobCalls().claim(jobId); }

QString SyncController::release(const QString& jobId, const model::JobRelease& why) {
  try {
    service_->jobCalls().release(jobId, why);
  } catch (const store::StoreError& e) {
    return e.message();
  }
  emit jobsChanged();
  return {};
}

QString SyncController::statusText() const {
  QString text = tr("Central system: %1").arg(client::connectivityName(client_->connectivity()));
  if (session_.offlineVerified) text += tr(" · signed in offline: not yet confirmed");
  const client::ScanDownloader& downloads = service_->downloads();
  if (downloads.pending() > 0 && downloads.totalBytes() > 0)
    text += tr(" · downloading %1 of %2 MB").arg(downloads.receivedBytes() / 1e6, 0, 'f', 1).arg(downloads.totalBytes() / 1e6, 0, 'f', 1);
  if (!failedScans_.isEmpty()) text += tr(" · %n scan(s) could not be fetched", nullptr, static_cast<int>(failedScans_.size()));
  return text;
}

void SyncController::setRetention(const client::RetentionPolicy& policy) {
  policy_ = policy;
  if (session_.localId > 0) applyRetention();
}

client::RetentionReport SyncController::applyRetention() {
  const client::RetentionReport report = client::applyRetention(store_, cacheFolder_, policy_, client_->serverNow());
  for (const QString& problem : report.problems) emit message(tr("Storage: %1").arg(problem));
  if (report.scansEvicted > 0) emit jobsChanged();
  return report;
}

void SyncController::update() { emit statusChanged(statusText()); }

}  // namespace cip::app

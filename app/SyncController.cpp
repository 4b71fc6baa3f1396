#include "app/SyncController.h"

#include "app/AppLog.h"
#include "sync/client/SyncService.h"
#include "sync/store/Store.h"

#include <QTimer>

namespace cip::app {

SyncController::SyncController(store::Store& store, const QUrl& central, const QString& cacheFolder, QObject* parent)
    : QObject(parent), store_(store), client_(std::make_unique<client::CentralClient>(central)),
      service_(std::make_unique<client::SyncService>(*client_, store, cacheFolder)), retry_(new QTimer(this)) {
  retry_->setInterval(10000);
  connect(retry_, &QTimer::timeout, this, &SyncController::signIn);
  connect(client_.get(), &client::CentralClient::connectivityChanged, this, [this](client::Connectivity state) {
    if (state == client::Connectivity::SignInNeeded && !password_.isEmpty()) signIn();  // the token expired: sign in again
    update();
  });
  connect(service_.get(), &client::SyncService::jobsChanged, this, &SyncController::jobsChanged);
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

void SyncController::start(const model::User& user, const QString& password) {
  user_ = user;
  password_ = password;
  signIn();
}

void SyncController::signIn() {
  if (signingIn_ || user_.id.isEmpty()) return;
  signingIn_ = true;
  client_->login(user_.id, password_, user_.roles.value(0, model::Role::Analyst), [this](bool ok, const QString& error) {
    signingIn_ = false;
    if (!ok) {
      qCWarning(lcApp) << "central system sign-in failed:" << error;
      if (client_->connectivity() == client::Connectivity::Offline) retry_->start();  // keep trying while offline
      update();
      return;
    }
    retry_->stop();
    service_->start();
    update();
  });
}

void SyncController::claim(const QString& jobId) {
  if (!client_->signedIn()) return;
  client_->call("POST", QStringLiteral("jobs/%1/claim").arg(jobId), {}, {}, [jobId](const client::Reply& reply) {
    if (!reply.ok()) qCInfo(lcApp) << "job" << jobId << "not claimed on the central system:" << reply.status << reply.errorText;
  });
}

void SyncController::release(const QString& jobId, std::function<void(bool, const QString&)> done) {
  if (!client_->signedIn() || client_->connectivity() != client::Connectivity::Online)
    return done(false, tr("the central system is %1").arg(client::connectivityName(client_->connectivity())));
  client_->call("POST", QStringLiteral("jobs/%1/release").arg(jobId), {}, {}, [this, jobId, done](const client::Reply& reply) {
    if (!reply.ok()) return done(false, reply.errorText.isEmpty() ? tr("refused (%1)").arg(reply.status) : reply.errorText);
    try {
      store_.jobs().setStatus(jobId, model::JobStatus::Returned);
    } catch (const store::StoreError& e) {
      return done(false, e.message());
    }
    done(true, {});
    emit jobsChanged();
  });
}

QString SyncController::statusText() const {
  QString text = tr("Central system: %1").arg(client::connectivityName(client_->connectivity()));
  const client::ScanDownloader& downloads = service_->downloads();
  if (downloads.pending() > 0 && downloads.totalBytes() > 0)
    text += tr(" · downloading %1 of %2 MB").arg(downloads.receivedBytes() / 1e6, 0, 'f', 1).arg(downloads.totalBytes() / 1e6, 0, 'f', 1);
  if (!failedScans_.isEmpty()) text += tr(" · %n scan(s) could not be fetched", nullptr, static_cast<int>(failedScans_.size()));
  return text;
}

void SyncController::update() { emit statusChanged(statusText()); }

}  // namespace cip::app

#include "sync/client/SyncService.h"

#include "sync/client/ClientLog.h"
#include "sync/store/Store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace cip::client {

namespace {

struct Text {
  Q_DECLARE_TR_FUNCTIONS(SyncService)
};

}  // namespace

SyncService::SyncService(CentralClient& client, store::Store& store, const QString& cacheFolder, QObject* parent)
    : QObject(parent), client_(client), store_(store), downloads_(client, cacheFolder, 4, this), outbox_(client, store, this) {
  connect(&pullTimer_, &QTimer::timeout, this, &SyncService::pullNow);
  connect(&downloads_, &ScanDownloader::scanReady, this, &SyncService::jobsChanged);
  // The link is back: send at once rather than at the next tick.
  connect(&client_, &CentralClient::connectivityChanged, this, [this](Connectivity state) {
    if (state == Connectivity::Online) outbox_.kick();
  });
}

void SyncService::start(int pullIntervalMs, int outboxIntervalMs) {
  pullTimer_.start(pullIntervalMs);
  outbox_.start(outboxIntervalMs);
  pullNow();
}

void SyncService::pullNow() {
  if (pulling_ || !client_.signedIn()) return;
  pulling_ = true;
  pullJobs();
}

void SyncService::pullJobs() {
  QList<QPair<QByteArray, QByteArray>> headers;
  if (!jobsEtag_.isEmpty()) headers.append({"If-None-Match", jobsEtag_});
  client_.call("GET", QStringLiteral("jobs"), {}, headers, [this](const Reply& reply) {
    if (reply.status == 304) return pullCases();
    if (!reply.ok()) {
      pulling_ = false;
      emit pullFinished(false, reply.errorText);
      return;
    }
    const QJsonArray jobs = QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("jobs")).toArray();
    int waiting = 0;
    auto pending = std::make_shared<int>(0);
    for (const QJsonValue& value : jobs) {
      model::DecodeError error;
      model::JsonReader reader(value.toObject(), QStringLiteral("jobs[]"), &error);
      const model::Job job = model::readJob(reader);
      if (!reader.ok()) {
        qCWarning(lcClient) << "a job from the server is malformed:" << error.toString();
        continue;
      }
      try {
        if (store_.declarations().find(job.declarationId)) {
          saveJob(job);
          continue;
        }
      } catch (const store::StoreError& e) {
        qCWarning(lcClient) << e.message();
        continue;
      }
      ++*pending;
      ++waiting;
      client_.call("GET", QStringLiteral("declarations/%1").arg(job.declarationId), {}, {}, [this, job, pending](const Reply& d) {
        if (d.ok()) {
          const model::Decoded<model::Declaration> declaration = model::decodeDeclaration(d.body);
          if (declaration.ok()) {
            try {
              store_.declarations().save(*declaration.value);
              saveJob(job);
            } catch (const store::StoreError& e) {
              qCWarning(lcClient) << e.message();
            }
          } else {
            qCWarning(lcClient) << "declaration" << job.declarationId << "is malformed:" << declaration.error.toString();
          }
        }
        if (--*pending == 0) pullCases();
      });
    }
    jobsEtag_ = reply.etag;
    emit jobsChanged();
    if (waiting == 0) pullCases();
  });
}

void SyncService::saveJob(const model::Job& incoming) {
  const std::optional<model::Job> local = store_.jobs().find(incoming.id);
  if (local && local->status != model::JobStatus::Assigned) {
    // Opened or decided here: the workstation's state stands until its verdict is through.
  } else {
    store_.jobs().save(incoming);
  }
  for (const model::ScanRef& scan : incoming.scans) {
    if (!store_.jobs().scanLocalPath(scan.id).isEmpty()) continue;
    downloads_.enqueue(scan, [this, id = scan.id](const QString& path) { store_.jobs().setScanLocalPath(id, path); });
  }
}

void SyncService::pullCases() {
  client_.call("GET", QStringLiteral("cases") + (casesSince_.isEmpty() ? QString() : QStringLiteral("?since=") + casesSince_), {}, {},
               [this](const Reply& reply) {
                 pulling_ = false;
                 if (!reply.ok()) {
                   emit pullFinished(false, reply.errorText);
                   return;
                 }
                 const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
                 for (const QJsonValue& value : body.value(QStringLiteral("cases")).toArray()) {
                   model::DecodeError error;
                   model::JsonReader reader(value.toObject(), QStringLiteral("cases[]"), &error);
                   const model::Case entry = model::readCase(reader);
                   if (!reader.ok()) {
                     qCWarning(lcClient) << "a case from the server is malformed:" << error.toString();
                     continue;
                   }
                   try {
                     store_.cases().save(entry, client_.serverNow());
                     for (const model::ScanRef& scan : entry.scans)
                       if (store_.cases().scanLocalPath(scan.id).isEmpty())
                         downloads_.enqueue(scan, [this, id = scan.id](const QString& path) { store_.cases().setScanLocalPath(id, path); });
                   } catch (const store::StoreError& e) {
                     qCWarning(lcClient) << e.message();
                   }
                 }
                 casesSince_ = body.value(QStringLiteral("next")).toString();
                 emit jobsChanged();
                 emit pullFinished(true, {});
               });
}

}  // namespace cip::client

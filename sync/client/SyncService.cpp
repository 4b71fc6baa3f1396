#include "sync/client/SyncService.h"

#include "sync/client/ClientLog.h"
#include "sync/model/Protocol.h"
#include "sync/store/Store.h"

#include <QCoreApplication>

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
    const model::Decoded<model::JobList> list = model::decodeJobList(reply.body);
    if (!list.ok()) {
      // Nothing of a malformed answer is stored: the last good state stands.
      pulling_ = false;
      emit pullFinished(false, Text::tr("the job list from the server is malformed: %1").arg(list.error.toString()));
      return;
    }
    int waiting = 0;
    auto pending = std::make_shared<int>(0);
    for (const model::Job& job : list.value->jobs) {
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
                 const model::Decoded<model::CasePage> page = model::decodeCasePage(reply.body);
                 if (!page.ok()) {
                   emit pullFinished(false, Text::tr("the case library from the server is malformed: %1").arg(page.error.toString()));
                   return;
                 }
                 for (const model::Case& entry : page.value->cases) {
                   try {
                     store_.cases().save(entry, client_.serverNow());
                     for (const model::ScanRef& scan : entry.scans)
                       if (store_.cases().scanLocalPath(scan.id).isEmpty())
                         downloads_.enqueue(scan, [this, id = scan.id](const QString& path) { store_.cases().setScanLocalPath(id, path); });
                   } catch (const store::StoreError& e) {
                     qCWarning(lcClient) << e.message();
                   }
                 }
                 casesSince_ = model::timestampToString(page.value->next);
                 emit jobsChanged();
                 emit pullFinished(true, {});
               });
}

}  // namespace cip::client

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
    auto complete = std::make_shared<bool>(true);  // every job of the list stored: the list's ETag may be kept
    QList<model::Job> missingDeclaration;
    try {
      // One transaction for the whole list: a pull of a thousand jobs is one write, not a thousand.
      store::Transaction transaction(store_.database());
      for (const model::Job& job : list.value->jobs) {
        if (store_.declarations().find(job.declarationId)) saveJob(job);
        else missingDeclaration << job;
      }
      transaction.commit();
    } catch (const store::StoreError& e) {
      qCWarning(lcClient) << e.message();
      *complete = false;
    }
    const QByteArray etag = reply.etag;
    for (const model::Job& job : missingDeclaration) {
      ++*pending;
      ++waiting;
      client_.call("GET", QStringLiteral("declarations/%1").arg(job.declarationId), {}, {}, [this, job, pending, complete, etag](const Reply& d) {
        *complete = *complete && d.ok();
        if (d.ok()) {
          const model::Decoded<model::Declaration> declaration = model::decodeDeclaration(d.body);
          if (declaration.ok()) {
            try {
              store_.declarations().save(*declaration.value);
              saveJob(job);
            } catch (const store::StoreError& e) {
              qCWarning(lcClient) << e.message();
              *complete = false;
            }
          } else {
            qCWarning(lcClient) << "declaration" << job.declarationId << "is malformed:" << declaration.error.toString();
            *complete = false;
          }
        }
        if (--*pending == 0) {
          // A job left out this time (its declaration did not come) is asked for again next pull.
          jobsEtag_ = *complete ? etag : QByteArray();
          pullCases();
        }
      });
    }
    emit jobsChanged();
    if (waiting == 0) {
      jobsEtag_ = *complete ? etag : QByteArray();
      pullCases();
    }
  });
}

void SyncService::saveJob(const model::Job& incoming) {
  const std::optional<model::Job> local = store_.jobs().find(incoming.id);
  if (local && local->status != model::JobStatus::Assigned) {
    // Opened or decided here: the workstation's state stands until its verdict is through.
  } else if (!local || model::toJson(*local) != model::toJson(incoming)) {
    store_.jobs().save(incoming);  // new or changed on the server
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

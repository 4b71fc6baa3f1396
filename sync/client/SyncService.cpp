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
    : QObject(parent), client_(client), store_(store), downloads_(client, cacheFolder, 4, this), outbox_(client, store, this),
      calls_(client, store, this) {
  connect(&outbox_, &OutboxSender::storeError, this, &SyncService::storeError);
  connect(&calls_, &JobCalls::storeError, this, &SyncService::storeError);
  connect(&calls_, &JobCalls::withdrawn, this, [this](const QString& jobId) {
    emit jobWithdrawn(jobId);
    emit jobsChanged();
  });
  connect(&pullTimer_, &QTimer::timeout, this, &SyncService::pullNow);
  recordTimer_.setSingleShot(true);
  recordTimer_.setInterval(100);
  connect(&recordTimer_, &QTimer::timeout, this, &SyncService::flushRecordedFiles);
  connect(&downloads_, &ScanDownloader::idle, this, &SyncService::flushRecordedFiles);
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

void SyncService::stop() {
  pullTimer_.stop();
  outbox_.stop();
}

void SyncService::pullNow() {
  if (pulling_ || !client_.signedIn()) return;
  pulling_ = true;
  // The scanner profiles first: a scan that arrives with this pull is read with its scanner's.
  pullScannerProfiles();
}

void SyncService::pullWork() {
  // Jobs are assigned to analysts only; every role reads the case library. Claims and releases
  // the link missed go first, so a job given back offline is never handed back by the list.
  if (client_.role() == model::Role::Analyst) calls_.retry([this] { pullJobs(); });
  else pullCases();
}

void SyncService::pullJobs() {
  QList<QPair<QByteArray, QByteArray>> headers;
  if (!jobsEtag_.isEmpty()) headers.append({"If-None-Match", jobsEtag_});
  client_.call("GET", QStringLiteral("jobs"), {}, headers, [this](const Reply& reply) {
    if (reply.status == 304) return pullCases();
    if (!reply.ok()) return finishPull(false, reply.errorText);
    const model::Decoded<model::JobList> list = model::decodeJobList(reply.body);
    if (!list.ok()) {
      // Nothing of a malformed answer is stored: the last good state stands.
      return finishPull(false, Text::tr("the job list from the server is malformed: %1").arg(list.error.toString()));
    }
    auto pending = std::make_shared<int>(0);
    auto complete = std::make_shared<bool>(true);  // every job of the list stored: the list's ETag may be kept
    QList<model::Job> missingDeclaration;
    reconcileWithdrawn(list.value->jobs);
    auto calls = std::make_shared<QHash<QString, QString>>();
    try {
      *calls = store_.jobs().pendingCalls(client_.userId());
      // One transaction for the whole list: a pull of a thousand jobs is one write, not a thousand.
      store::Transaction transaction(store_.database());
      for (const model::Job& job : list.value->jobs) {
        if (store_.declarations().find(job.declarationId)) saveJob(job, *calls);
        else missingDeclaration << job;
      }
      transaction.commit();
    } catch (const store::StoreError& e) {
      qCWarning(lcClient) << e.message();
      emit storeError(e.message());
      *complete = false;
    }
    const QByteArray etag = reply.etag;
    // Declarations arrive one by one; they are written in batches (one transaction each).
    auto arrived = std::make_shared<QList<std::pair<model::Declaration, model::Job>>>();
    auto flush = [this, arrived, complete, calls] {
      if (arrived->isEmpty()) return;
      try {
        store::Transaction transaction(store_.database());
        for (const auto& [declaration, job] : *arrived) {
          store_.declarations().save(declaration);
          saveJob(job, *calls);
        }
        transaction.commit();
      } catch (const store::StoreError& e) {
        qCWarning(lcClient) << e.message();
        emit storeError(e.message());
        *complete = false;
      }
      arrived->clear();
      emit jobsChanged();
    };
    for (const model::Job& job : missingDeclaration) {
      ++*pending;
      client_.call("GET", QStringLiteral("declarations/%1").arg(job.declarationId), {}, {},
                   [this, job, pending, complete, etag, arrived, flush](const Reply& d) {
                     *complete = *complete && d.ok();
                     if (d.ok()) {
                       model::Decoded<model::Declaration> declaration = model::decodeDeclaration(d.body);
                       if (declaration.ok()) {
                         arrived->append({std::move(*declaration.value), job});
                       } else {
                         qCWarning(lcClient) << "declaration" << job.declarationId << "is malformed:" << declaration.error.toString();
                         *complete = false;
                       }
                     }
                     if (arrived->size() >= 50) flush();
                     if (--*pending == 0) {
                       flush();
                       // A job left out this time (its declaration did not come) is asked for again next pull.
                       jobsEtag_ = *complete ? etag : QByteArray();
                       pullCases();
                     }
                   });
    }
    emit jobsChanged();
    if (missingDeclaration.isEmpty()) {
      jobsEtag_ = *complete ? etag : QByteArray();
      pullCases();
    }
  });
}

void SyncService::reconcileWithdrawn(const QList<model::Job>& listed) {
  QStringList ids;
  for (const model::Job& job : listed) ids << job.id;
  try {
    store::Transaction transaction(store_.database());
    store_.jobs().clearWithdrawn(ids);
    QStringList gone;
    for (const QString& id : store_.jobs().activeJobIds(client_.userId()))
      if (!ids.contains(id)) gone << id;
    for (const QString& id : gone) {
      store_.jobs().markWithdrawn(id, client_.serverNow());
      store_.audit().append(client_.userId(), QStringLiteral("job.withdrawn"), QStringLiteral("job"), id,
                            {{QStringLiteral("reason"), QStringLiteral("no longer in the central system's job list")}}, client_.serverNow());
    }
    transaction.commit();
    for (const QString& id : gone) emit jobWithdrawn(id);
  } catch (const store::StoreError& e) {
    qCWarning(lcClient) << e.message();
    emit storeError(e.message());
  }
}

void SyncService::saveJob(const model::Job& incoming, const QHash<QString, QString>& pendingCalls) {
  const std::optional<model::Job> local = store_.jobs().find(incoming.id);
  if (local && pendingCalls.value(incoming.id) == QLatin1String("release")) {
    // Given back here; the central system has not heard yet. The release goes before it may be re-assigned.
  } else if (local && local->status != model::JobStatus::Assigned && local->status != model::JobStatus::Returned) {
    // Opened or decided here: the workstation's state stands until its verdict is through. (A
    // job given back and assigned here again is simply new.)
  } else if (!local || model::toJson(*local) != model::toJson(incoming)) {
    store_.jobs().save(incoming);  // new or changed on the server
  }
  for (const model::ScanRef& scan : incoming.scans) {
    if (!store_.jobs().scanLocalPath(scan.id).isEmpty()) continue;
    downloads_.enqueue(scan, [this, id = scan.id](const QString& path) { record(id, path, false); });
  }
}

void SyncService::record(const QString& scanId, const QString& path, bool caseScan) {
  arrivedFiles_.append({scanId, path, caseScan});
  if (!recordTimer_.isActive()) recordTimer_.start();
}

void SyncService::flushRecordedFiles() {
  if (arrivedFiles_.isEmpty()) return;
  try {
    // Verified files are recorded together: one transaction. A crash before it loses nothing —
    // the next start finds each verified file in the cache and records it then.
    store::Transaction transaction(store_.database());
    for (const ArrivedFile& f : arrivedFiles_) {
      if (f.caseScan) store_.cases().setScanLocalPath(f.scanId, f.path);
      else store_.jobs().setScanLocalPath(f.scanId, f.path);
    }
    transaction.commit();
    arrivedFiles_.clear();
  } catch (const store::StoreError& e) {
    qCWarning(lcClient) << "downloaded files not recorded:" << e.message();
    emit storeError(e.message());
  }
  emit jobsChanged();
}

void SyncService::pullCases() {
  client_.call("GET", QStringLiteral("cases") + (casesSince_.isEmpty() ? QString() : QStringLiteral("?since=") + casesSince_), {}, {},
               [this](const Reply& reply) {
                 if (!reply.ok()) return finishPull(false, reply.errorText);
                 const model::Decoded<model::CasePage> page = model::decodeCasePage(reply.body);
                 if (!page.ok()) return finishPull(false, Text::tr("the case library from the server is malformed: %1").arg(page.error.toString()));
                 for (const model::Case& entry : page.value->cases) {
                   try {
                     store_.cases().save(entry, client_.serverNow(), client_.userId());
                     for (const model::ScanRef& scan : entry.scans)
                       if (store_.cases().scanLocalPath(scan.id).isEmpty())
                         downloads_.enqueue(scan, [this, id = scan.id](const QString& path) { record(id, path, true); });
                   } catch (const store::StoreError& e) {
                     qCWarning(lcClient) << e.message();
                     emit storeError(e.message());
                   }
                 }
                 casesSince_ = model::timestampToString(page.value->next);
                 emit jobsChanged();
                 if (model::watchesScanners(client_.role())) return pullScanners();
                 finishPull(true, {});
               });
}

void SyncService::pullScannerProfiles() {
  client_.call("GET", QStringLiteral("scanner-profiles"), {}, {}, [this](const Reply& reply) {
    if (!reply.ok()) return finishPull(false, reply.errorText);
    const model::Decoded<model::ScannerProfileFile> list = model::decodeScannerProfileFile(reply.body);
    if (!list.ok()) return finishPull(false, Text::tr("the scanner profiles from the server are malformed: %1").arg(list.error.toString()));
    try {
      if (store_.scanners().profiles() != list.value->profiles) {
        store_.scanners().replaceProfiles(list.value->profiles);
        emit scannerProfilesChanged();
      }
    } catch (const store::StoreError& e) {
      emit storeError(e.message());
      return finishPull(false, e.message());
    }
    pullWork();
  });
}

void SyncService::pullScanners() {
  client_.call("GET", QStringLiteral("scanners"), {}, {}, [this](const Reply& reply) {
    if (!reply.ok()) return finishPull(false, reply.errorText);
    const model::Decoded<model::ScannerList> list = model::decodeScannerList(reply.body);
    if (!list.ok()) return finishPull(false, Text::tr("the scanner list from the server is malformed: %1").arg(list.error.toString()));
    try {
      store_.scanners().saveScanners(list.value->scanners);
    } catch (const store::StoreError& e) {
      emit storeError(e.message());
      return finishPull(false, e.message());
    }
    pullTelemetryPage();
  });
}

void SyncService::pullTelemetryPage() {
  constexpr int kPage = 500;  // the server's largest page
  qint64 since = 0;
  try {
    since = store_.scanners().lastSequence();
  } catch (const store::StoreError& e) {
    emit storeError(e.message());
    return finishPull(false, e.message());
  }
  client_.call("GET", QStringLiteral("telemetry?since=%1&limit=%2").arg(since).arg(kPage), {}, {}, [this, since](const Reply& reply) {
    if (!reply.ok()) return finishPull(false, reply.errorText);
    const model::Decoded<model::TelemetryPage> page = model::decodeTelemetryPage(reply.body);
    // A malformed page is not stored at all: the next pull asks for the same events again.
    if (!page.ok()) return finishPull(false, Text::tr("the telemetry from the server is malformed: %1").arg(page.error.toString()));
    qint64 reached = since;
    try {
      store_.scanners().appendEvents(page.value->events);
      reached = store_.scanners().lastSequence();
    } catch (const store::StoreError& e) {
      emit storeError(e.message());
      return finishPull(false, e.message());
    }
    if (!page.value->events.isEmpty()) emit telemetryChanged();
    // A full page means more are waiting; a page that moved the cursor nowhere ends the pull.
    if (page.value->events.size() >= kPage && reached > since) return pullTelemetryPage();
    finishPull(true, {});
  });
}

void SyncService::finishPull(bool ok, const QString& error) {
  pulling_ = false;
  emit pullFinished(ok, error);
}

}  // namespace cip::client

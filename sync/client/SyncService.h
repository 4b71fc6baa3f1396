#pragma once

#include "sync/client/CentralClient.h"
#include "sync/client/JobCalls.h"
#include "sync/client/OutboxSender.h"
#include "sync/client/ScanDownloader.h"

#include <QObject>
#include <QTimer>

namespace cip::store {
class Store;
}

namespace cip::client {

/// Keeps the workstation's store in step with the central system: pulls the analyst's jobs with
/// their declarations on a schedule and on demand, downloads their scans into the cache, pulls
/// the case library (and, for a supervisor, the scanners and their telemetry), and drains the
/// verdict outbox. A job the analyst has opened or decided
/// keeps its local state whatever a later pull says; offline, nothing is lost — the pull waits
/// and the outbox keeps its rows until the link returns.
class SyncService : public QObject {
  Q_OBJECT
 public:
  SyncService(CentralClient& client, store::Store& store, const QString& cacheFolder, QObject* parent = nullptr);

  /// Pulls now and then every `pullIntervalMs`; sends the outbox every `outboxIntervalMs`.
  void start(int pullIntervalMs = 30000, int outboxIntervalMs = 2000);
  /// No more pulls or sends (the session ends); what is in flight finishes.
  void stop();
  void pullNow();
  CentralClient& client() { return client_; }
  ScanDownloader& downloads() { return downloads_; }
  OutboxSender& outbox() { return outbox_; }
  JobCalls& jobCalls() { return calls_; }
  bool pulling() const { return pulling_; }
  /// Downloads finished but not yet written to the store (recorded in batches).
  bool recording() const { return !arrivedFiles_.isEmpty(); }

 signals:
  /// Jobs, declarations or scan files changed in the store: the queue should re-read it.
  void jobsChanged();
  void pullFinished(bool ok, const QString& error);
  /// Scanners or telemetry events were added to the store.
  void telemetryChanged();
  /// The central system's scanner profiles changed: scans opened from now on are measured with them.
  void scannerProfilesChanged();
  /// The central system no longer lists a job this analyst held (reassigned or cancelled): it is
  /// marked withdrawn here, and stays in the queue while the analyst has work on it.
  void jobWithdrawn(const QString& jobId);
  /// The store could not be read or written; the message names the file.
  void storeError(const QString& message);

 private:
  void pullJobs();
  void pullCases();
  void pullScannerProfiles();
  void pullWork();
  void pullScanners();
  void pullTelemetryPage();
  void finishPull(bool ok, const QString& error);
  void reconcileWithdrawn(const QList<model::Job>& listed);
  void saveJob(const model::Job& job, const QHash<QString, QString>& pendingCalls);
  void record(const QString& scanId, const QString& path, bool caseScan);
  void flushRecordedFiles();

  CentralClient& client_;
  store::Store& store_;
  ScanDownloader downloads_;
  OutboxSender outbox_;
  JobCalls calls_;
  QTimer pullTimer_;
  QByteArray jobsEtag_;
  QString casesSince_;
  bool pulling_ = false;
  struct ArrivedFile {
    QString scanId, path;
    bool caseScan;
  };
  QList<ArrivedFile> arrivedFiles_;
  QTimer recordTimer_;
};

}  // namespace cip::client

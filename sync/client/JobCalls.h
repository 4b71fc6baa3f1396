#pragma once

#include "sync/model/JobRelease.h"

#include <QDateTime>
#include <QObject>
#include <QSet>

#include <functional>

namespace cip::store {
class Store;
}

namespace cip::client {

class CentralClient;

/// Claims and releases of jobs on the central system. Each is written to the store before it is
/// sent (the job's pending call), so one the link misses is sent again at the next pull instead
/// of being lost, and the server's answer reconciles the local state: a job the server says is
/// no longer this analyst's is marked withdrawn (kept while the analyst has work on it), never
/// silently dropped.
class JobCalls : public QObject {
  Q_OBJECT
 public:
  JobCalls(CentralClient& client, store::Store& store, QObject* parent = nullptr);

  void setClock(std::function<QDateTime()> clock) { clock_ = std::move(clock); }
  /// The analyst has the job in hand: the central system marks it in progress.
  void claim(const QString& jobId);
  /// Gives the job back with the analyst's reason: it leaves this analyst's queue at once
  /// (recorded with an audit entry); the central system hears of it, reason and all, now or,
  /// offline, as soon as the link returns. Throws store::StoreError when the store cannot record
  /// it (then nothing changed).
  void release(const QString& jobId, const model::JobRelease& why);
  /// Sends every call still pending for the signed-in analyst (each pull starts with this, so
  /// a release reaches the server before a job list could hand the job back).
  void retry(std::function<void()> then = {});

 signals:
  /// The central system took the job back.
  void released(const QString& jobId);
  /// The central system says the job is not (or no longer) this analyst's to work.
  void withdrawn(const QString& jobId, const QString& why);
  void storeError(const QString& message);

 private:
  void send(const QString& jobId, const QString& call, std::function<void()> then);

  CentralClient& client_;
  store::Store& store_;
  std::function<QDateTime()> clock_;
  QSet<QString> inFlight_;
};

}  // namespace cip::client

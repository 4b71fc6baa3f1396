#include "sync/client/JobCalls.h"

#include "sync/client/CentralClient.h"
#include "sync/client/ClientLog.h"
#include "sync/store/Store.h"


#include <memory>

namespace cip::client {

JobCalls::JobCalls(CentralClient& client, store::Store& store, QObject* parent)
    : QObject(parent), client_(client), store_(store), clock_([] { return QDateTime::currentDateTimeUtc(); }) {}

void JobCalls::claim(const QString& jobId) {
  try {
    if (store_.jobs().pendingCalls(client_.userId()).value(jobId) == QLatin1String("release")) return;  // given back meanwhile
    store_.jobs().setPendingCall(jobId, QStringLiteral("claim"));
  } catch (const store::StoreError& e) {
    emit storeError(e.message());
    return;
  }
  send(jobId, QStringLiteral("claim"), {});
}

void JobCalls::release(const QString& jobId, const model::JobRelease& why) {
  {
    store::Transaction transaction(store_.database());
    store_.jobs().setStatus(jobId, model::JobStatus::Returned);
    store_.jobs().setPendingRelease(jobId, model::toCompactJson(model::toJson(why)));
    store_.audit().append(client_.userId(), QStringLiteral("job.release"), QStringLiteral("job"), jobId, model::toJson(why), clock_());
    transaction.commit();
  }
  send(jobId, QStringLiteral("release"), {});
}

void JobCalls::retry(std::function<void()> then) {
  QHash<QString, QString> calls;
  try {
    if (client_.signedIn()) calls = store_.jobs().pendingCalls(client_.userId());
  } catch (const store::StoreError& e) {
    emit storeError(e.message());
  }
  auto left = std::make_shared<int>(static_cast<int>(calls.size()) + 1);
  auto one = [left, then] {
    if (--*left == 0 && then) then();
  };
  for (auto it = calls.cbegin(); it != calls.cend(); ++it) send(it.key(), it.value(), one);
  one();
}

void JobCalls::send(const QString& jobId, const QString& call, std::function<void()> then) {
  if (!client_.signedIn() || inFlight_.contains(jobId)) {
    // One call per job at a time: a release made while its claim is on the way follows it (below).
    if (then) then();
    return;
  }
  QByteArray body;
  try {
    if (call == QLatin1String("release")) body = store_.jobs().pendingReleaseBody(jobId);
  } catch (const store::StoreError& e) {
    emit storeError(e.message());
    if (then) then();
    return;
  }
  inFlight_.insert(jobId);
  client_.call("POST", QStringLiteral("jobs/%1/%2").arg(jobId, call), body, {}, [this, jobId, call, then](const Reply& reply) {
    inFlight_.remove(jobId);
    try {
      if (reply.ok()) {
        store_.jobs().clearPendingCall(jobId, call);
        if (call == QLatin1String("release")) emit released(jobId);
      } else if (reply.status == 403 || reply.status == 404 || reply.status == 409) {
        // Not this analyst's job any more (reassigned, withdrawn, or decided elsewhere): there is
        // nothing left to claim or give back. A job still in hand here is marked, not dropped.
        // A job decided here meanwhile is simply done (its verdict says the rest).
        const std::optional<model::Job> local = store_.jobs().find(jobId);
        const bool withdraw = call == QLatin1String("claim") && local && local->status != model::JobStatus::Decided;
        store::Transaction transaction(store_.database());
        store_.jobs().clearPendingCall(jobId, call);
        if (withdraw) {
          store_.jobs().markWithdrawn(jobId, clock_());
          store_.audit().append(local->assignedTo, QStringLiteral("job.withdrawn"), QStringLiteral("job"), jobId,
                                {{QStringLiteral("status"), reply.status}, {QStringLiteral("reason"), reply.errorText.left(500)}}, clock_());
        }
        transaction.commit();
        if (withdraw) emit withdrawn(jobId, reply.errorText);
      } else {
        qCInfo(lcClient) << call << "of job" << jobId << "not through yet:" << reply.status << reply.errorText;  // kept pending, sent again
      }
    } catch (const store::StoreError& e) {
      emit storeError(e.message());
    }
    // Another call was recorded while this one travelled (given back while the claim was on its way): send it now.
    QString next;
    try {
      next = store_.jobs().pendingCalls(client_.userId()).value(jobId);
    } catch (const store::StoreError& e) {
      emit storeError(e.message());
    }
    if (!next.isEmpty() && next != call) send(jobId, next, then);
    else if (then) then();
  });
}

}  // namespace cip::client

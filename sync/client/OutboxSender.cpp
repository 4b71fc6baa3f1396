#include "sync/client/OutboxSender.h"

#include "sync/client/CentralClient.h"
#include "sync/client/ClientLog.h"
#include "sync/model/Escalation.h"
#include "sync/store/Store.h"

#include <QRandomGenerator>

namespace cip::client {

OutboxSender::OutboxSender(CentralClient& client, store::Store& store, QObject* parent)
    : QObject(parent), client_(client), store_(store), clock_([] { return QDateTime::currentDateTimeUtc(); }) {
  connect(&timer_, &QTimer::timeout, this, &OutboxSender::kick);
}

void OutboxSender::start(int intervalMs) {
  timer_.start(intervalMs);
  kick();
}

QDateTime OutboxSender::nextAttempt(const QDateTime& now, int attempts, int capSeconds) {
  const qint64 ceilingMs = std::min<qint64>(capSeconds * 1000LL, 1000LL << std::min(attempts, 20));
  return now.addMSecs(static_cast<qint64>(QRandomGenerator::global()->bounded(static_cast<double>(ceilingMs))));
}

void OutboxSender::kick() {
  if (!client_.signedIn() || client_.connectivity() == Connectivity::SignInNeeded) return;
  try {
    sendHandOvers(store_.outbox().handOversDue(client_.userId()));
  } catch (const store::StoreError& e) {
    qCWarning(lcClient) << "outbox unreadable:" << e.message();
    emit storeError(e.message());
    return;
  }
  sendDue();
}

void OutboxSender::sendDue() {
  if (!client_.signedIn() || client_.connectivity() == Connectivity::SignInNeeded || inFlight_ >= parallel_) return;
  QList<store::OutboxItem> due;
  try {
    // Only the signed-in analyst's own verdicts; as many as may go now (those on their way come
    // first in the list, being the oldest, and are skipped).
    due = store_.outbox().dueFor(client_.userId(), clock_(), parallel_ + static_cast<int>(sending_.size()));
  } catch (const store::StoreError& e) {
    qCWarning(lcClient) << "outbox unreadable:" << e.message();
    emit storeError(e.message());
    return;
  }
  for (const store::OutboxItem& item : due) {
    if (inFlight_ >= parallel_) return;
    if (sending_.contains(item.id)) continue;
    sending_.insert(item.id);
    ++inFlight_;
    client_.call("POST", QStringLiteral("verdicts"), item.payload, {{"Idempotency-Key", item.idempotencyKey.toLatin1()}},
                 [this, item](const Reply& reply) {
                   --inFlight_;
                   sending_.remove(item.id);
                   try {
                     if (reply.ok()) {
                       store_.outbox().markSent(item.id, clock_());
                       emit sent(item.verdictId);
                     } else if (reply.status == 401) {
                       // Not the verdict's fault: it waits, due, for the next sign-in.
                     } else if (reply.status >= 400 && reply.status < 500 && !reply.transient()) {
                       // The server refuses the verdict itself: kept with the reason for the analyst, not retried.
                       const QString reason = reply.errorText.isEmpty() ? QStringLiteral("HTTP %1").arg(reply.status) : reply.errorText;
                       store::Transaction transaction(store_.database());
                       store_.outbox().markRefused(item.id, QStringLiteral("%1 (%2)").arg(reason).arg(reply.status), clock_());
                       store_.audit().append(item.analyst, QStringLiteral("verdict.refused"), QStringLiteral("verdict"), item.verdictId,
                                             {{QStringLiteral("jobId"), item.jobId}, {QStringLiteral("status"), reply.status},
                                              {QStringLiteral("reason"), reason.left(500)}},
                                             clock_());
                       transaction.commit();
                       emit rejected(item.verdictId, reason);
                     } else {
                       // No answer, 408, 429, 5xx — or something no central system says (a proxy's 3xx): later.
                       store_.outbox().markFailed(item.id, reply.errorText, nextAttempt(clock_(), item.attempts + 1, capSeconds_));
                     }
                     if (reply.ok()) sendDue();  // the link works: keep going
                     if (inFlight_ == 0 && store_.outbox().pendingCount(client_.userId()) == 0) emit drained();
                   } catch (const store::StoreError& e) {
                     qCWarning(lcClient) << "outbox not updated:" << e.message();
                     emit storeError(e.message());
                   }
                 });
  }
}

void OutboxSender::sendHandOvers(const QList<store::OutboxItem>& items) {
  for (const store::OutboxItem& item : items) {
    const QString key = QStringLiteral("handover:") + item.idempotencyKey;
    if (sendingHandOvers_.contains(item.id)) continue;
    const model::Decoded<model::Verdict> verdict = model::decodeVerdict(item.payload);
    if (!verdict.ok()) {  // the outbox row itself is damaged: back to the analyst, who can decide again
      store_.outbox().reopenRefusal(item.id, tr("the verdict in the outbox is damaged: %1").arg(verdict.error.toString()), clock_());
      continue;
    }
    sendingHandOvers_.insert(item.id);
    const model::Escalation escalation{*verdict.value, item.lastError.left(2000), item.resolutionNote};
    client_.call("POST", QStringLiteral("escalations"), model::toCompactJson(model::toJson(escalation)), {{"Idempotency-Key", key.left(128).toLatin1()}},
                 [this, item](const Reply& reply) {
                   sendingHandOvers_.remove(item.id);
                   try {
                     if (reply.ok()) {
                       store_.outbox().markEscalated(item.id, clock_());
                       emit handedOver(item.verdictId);
                     } else if (!reply.transient() && reply.status != 401) {
                       const QString reason = reply.errorText.isEmpty() ? QStringLiteral("HTTP %1").arg(reply.status) : reply.errorText;
                       store_.outbox().reopenRefusal(item.id, tr("the hand-over to a supervisor was refused: %1").arg(reason), clock_());
                       emit rejected(item.verdictId, reason);
                     }
                   } catch (const store::StoreError& e) {
                     emit storeError(e.message());
                   }
                 });
  }
}

}  // namespace cip::client

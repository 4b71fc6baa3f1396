#include "sync/client/OutboxSender.h"

#include "sync/client/CentralClient.h"
#include "sync/client/ClientLog.h"
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
  QList<store::OutboxItem> due;
  try {
    due = store_.outbox().due(clock_(), 200);
  } catch (const store::StoreError& e) {
    qCWarning(lcClient) << "outbox unreadable:" << e.message();
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
                     } else if (reply.transient()) {
                       store_.outbox().markFailed(item.id, reply.errorText, nextAttempt(clock_(), item.attempts + 1, capSeconds_));
                     } else {
                       // The server refuses the verdict itself: parked with the reason, not retried.
                       store_.outbox().markFailed(item.id, QStringLiteral("refused (%1): %2").arg(reply.status).arg(reply.errorText),
                                                  QDateTime(QDate(9999, 1, 1), QTime(0, 0), Qt::UTC));
                       emit rejected(item.verdictId, reply.errorText);
                     }
                   } catch (const store::StoreError& e) {
                     qCWarning(lcClient) << "outbox not updated:" << e.message();
                   }
                   if (reply.ok()) kick();  // the link works: keep going
                   if (inFlight_ == 0 && store_.outbox().due(QDateTime(QDate(9998, 1, 1), QTime(0, 0), Qt::UTC), 1).isEmpty()) emit drained();
                 });
  }
}

}  // namespace cip::client

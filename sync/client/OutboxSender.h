#pragma once

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

namespace cip::store {
class Store;
struct OutboxItem;
}

namespace cip::client {

class CentralClient;

/// Drains the verdict outbox to the central system. Each row is posted with its idempotency key,
/// so a retry after a lost answer is never a second verdict; it is marked sent only when the
/// server said 200 or 201. Failures wait with exponential backoff and full jitter (1 s doubling
/// to 5 min), stored in the row so a restart keeps the schedule; a verdict the server refuses
/// for what it is (400, 403, 409, 422) is kept as refused, with the reason, for the analyst to
/// deal with. Only the signed-in analyst's own verdicts are sent: the server accepts a verdict
/// from its own analyst only, and other users' wait for their next sign-in here.
class OutboxSender : public QObject {
  Q_OBJECT
 public:
  OutboxSender(CentralClient& client, store::Store& store, QObject* parent = nullptr);

  /// Starts sending what is due (also on a timer, every `intervalMs`).
  void start(int intervalMs = 2000);
  void stop() { timer_.stop(); }
  /// Sends what is due now: verdicts, and refused verdicts handed to supervisors.
  void kick();
  void setClock(std::function<QDateTime()> clock) { clock_ = std::move(clock); }
  bool busy() const { return inFlight_ > 0; }
  /// Posts at once (loopback is fast; the server takes them in order of the outbox).
  void setParallel(int n) { parallel_ = std::max(1, n); }

  static constexpr int kMaxBackoffSeconds = 300;
  /// When the next try of a row that failed `attempts` times is due (full jitter, capped).
  static QDateTime nextAttempt(const QDateTime& now, int attempts, int capSeconds = kMaxBackoffSeconds);
  /// A shorter cap for the backoff (tests and benchmarks on loopback).
  void setBackoffCapSeconds(int seconds) { capSeconds_ = std::max(1, seconds); }

 signals:
  void sent(const QString& verdictId);
  void rejected(const QString& verdictId, const QString& reason);
  void drained();
  void storeError(const QString& message);
  /// The central system took a refused verdict handed to a supervisor.
  void handedOver(const QString& verdictId);

 private:
  CentralClient& client_;
  store::Store& store_;
  std::function<QDateTime()> clock_;
  QTimer timer_;
  int inFlight_ = 0;
  int parallel_ = 4;
  int capSeconds_ = kMaxBackoffSeconds;
  QSet<qint64> sending_;
  QSet<qint64> sendingHandOvers_;

  void sendHandOvers(const QList<store::OutboxItem>& items);
  /// Posts the verdicts due now, up to the parallel limit.
  void sendDue();
};

}  // namespace cip::client

#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>

namespace cip::store {
class Store;
}

namespace cip::client {

class CentralClient;

/// Drains the verdict outbox to the central system. Each row is posted with its idempotency key,
/// so a retry after a lost answer is never a second verdict; it is marked sent only when the
/// server said 200 or 201. Failures wait with exponential backoff and full jitter (1 s doubling
/// to 5 min), stored in the row so a restart keeps the schedule; a verdict the server refuses
/// for what it is (400, 403, 409, 422) is parked with the reason for the analyst.
class OutboxSender : public QObject {
  Q_OBJECT
 public:
  OutboxSender(CentralClient& client, store::Store& store, QObject* parent = nullptr);

  /// Starts sending what is due (also on a timer, every `intervalMs`).
  void start(int intervalMs = 2000);
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

 private:
  CentralClient& client_;
  store::Store& store_;
  std::function<QDateTime()> clock_;
  QTimer timer_;
  int inFlight_ = 0;
  int parallel_ = 4;
  int capSeconds_ = kMaxBackoffSeconds;
  QSet<qint64> sending_;
};

}  // namespace cip::client

#pragma once

#include "sync/model/Scanner.h"

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

#include <random>

class QNetworkReply;

namespace cip::scannersim {

/// One scanner's link to the central system: it describes the scanner (`PUT /scanners/{id}`),
/// then posts what the scanner reported in batches of at most 500 (`POST /telemetry`), each
/// with its own idempotency key. A batch whose answer never came is sent again with the same
/// key, so the central system stores it once; while the central system is unreachable the link
/// backs off (0.5 s doubling to 30 s, with jitter) and events accumulate, to go in the next
/// batches. Events beyond kMaxQueued are dropped oldest first and counted.
class ScannerLink : public QObject {
  Q_OBJECT
 public:
  static constexpr int kMaxQueued = 100000;

  ScannerLink(QNetworkAccessManager& network, const QUrl& central, model::Scanner description, const QString& secret,
              const QSslConfiguration& tls, unsigned seed, QObject* parent = nullptr);

  /// Queues the scanner's events and sends them as soon as the link allows.
  void report(const QList<model::TelemetryEvent>& events);
  const QString& scannerId() const { return description_.id; }
  qint64 stored() const { return stored_; }    ///< events the central system confirmed
  qint64 dropped() const { return dropped_; }  ///< events lost to a full queue

 signals:
  /// The link changed state: reporting (`up`), or not and why.
  void linkChanged(bool up, const QString& detail);

 private:
  void kick();
  void send(QByteArray method, const QString& path, const QByteArray& body, const QByteArray& idempotencyKey);
  void answered(QNetworkReply* reply);
  /// Sends again after a while: `failures_` doubles it, `retryAfterS` (the server's) is the least.
  void retryLater(const QString& why, int retryAfterS = 0, bool longest = false);
  void setUp(bool up, const QString& detail);

  QNetworkAccessManager& network_;
  QUrl central_;
  model::Scanner description_;
  QByteArray authorization_;
  QSslConfiguration tls_;
  std::mt19937 dice_;

  QList<model::TelemetryEvent> queued_;  ///< reported, not yet in a batch
  QList<model::TelemetryEvent> batch_;   ///< in flight or waiting to be sent again
  QByteArray batchKey_;
  bool described_ = false;
  bool busy_ = false;
  bool up_ = true;
  int failures_ = 0;
  qint64 stored_ = 0;
  qint64 dropped_ = 0;
  QTimer retry_;
};

}  // namespace cip::scannersim

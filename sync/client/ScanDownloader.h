#pragma once

#include "sync/model/Job.h"

#include "sync/client/Sha256.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QObject>
#include <QQueue>
#include <QTimer>

#include <functional>
#include <memory>

class QNetworkReply;

namespace cip::client {

class CentralClient;

/// Scan files from the central system into the workstation's cache: several at once, resumed
/// with `Range` + `If-Range` after a broken transfer, and verified against the SHA-256 the job
/// states before they are renamed into place. A file that does not verify is deleted and
/// fetched again from the start (three times, then reported); a part file is never shown.
class ScanDownloader : public QObject {
  Q_OBJECT
 public:
  ScanDownloader(CentralClient& client, const QString& cacheFolder, int parallel = 4, QObject* parent = nullptr);

  /// Queues a scan unless it is already queued or running. `ready` is called with the verified
  /// file's path (on the main thread) — the caller records it in the store.
  void enqueue(const model::ScanRef& scan, std::function<void(const QString& path)> ready);
  int pending() const { return static_cast<int>(queue_.size() + active_.size()) + waiting_; }
  QString cacheFolder() const { return cache_.path(); }
  /// Bytes received of the files queued and running (for the status bar).
  qint64 receivedBytes() const { return received_; }
  qint64 totalBytes() const { return total_; }

 signals:
  void progress(qint64 received, qint64 total);
  void scanReady(const QString& scanId, const QString& path);
  void scanFailed(const QString& scanId, const QString& error);
  /// A complete file did not match its SHA-256 and is fetched again.
  void checksumFailed(const QString& scanId);
  void idle();

 private:
  struct Task {
    model::ScanRef scan;
    std::function<void(const QString&)> ready;
    int corrupt = 0;      ///< times a complete file failed its checksum
    int failures = 0;     ///< transfers broken off (network), for the backoff
    std::unique_ptr<QFile> part;
    QNetworkReply* reply = nullptr;
    bool restarted = false;  ///< a resumed part was emptied because the whole file came (or nothing was there)
    qint64 written = 0;      ///< bytes in the part (counted: an open QFile's size() lags its buffer)
    /// SHA-256 of the part so far, kept up as the bytes arrive (the file is never read again).
    std::unique_ptr<Sha256> hash;
  };
  void startNext();
  void begin(std::shared_ptr<Task> task);
  void finished(std::shared_ptr<Task> task);
  void retryLater(std::shared_ptr<Task> task);
  QString partPath(const model::ScanRef& scan) const;
  QString finalPath(const model::ScanRef& scan) const;

  CentralClient& client_;
  QDir cache_;
  int parallel_;
  QQueue<std::shared_ptr<Task>> queue_;
  QHash<QString, std::shared_ptr<Task>> active_;
  QSet<QString> known_;
  int waiting_ = 0;  ///< transfers waiting out their backoff
  qint64 received_ = 0;
  qint64 total_ = 0;
};

/// SHA-256 of a file as lower-case hex; empty when it cannot be read.
QString sha256OfFile(const QString& path);

}  // namespace cip::client

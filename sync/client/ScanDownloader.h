#pragma once

#include "sync/model/Job.h"

#include "sync/client/Sha256.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QObject>
#include <QQueue>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

class QNetworkReply;

namespace cip::client {

class CentralClient;

/// Scan files from the central system into the workstation's cache: several at once, resumed
/// with `Range` + `If-Range` after a broken transfer, and verified against the SHA-256 the job
/// states before they are renamed into place. A file that does not verify is deleted and
/// fetched again from the start (five times, then reported); a part file is never shown.
/// Writing and hashing happen on writer threads: on the GUI thread they capped a pull at about
/// 40 % of what curl reaches, and they would stall the viewer during a pull.
class ScanDownloader : public QObject {
  Q_OBJECT
 public:
  ScanDownloader(CentralClient& client, const QString& cacheFolder, int parallel = 4, QObject* parent = nullptr);
  ~ScanDownloader() override;

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
  /// A broken transfer goes on from `offset` (the server answered the Range request).
  void resumed(const QString& scanId, qint64 offset);
  /// A complete file did not match its SHA-256 and is fetched again.
  void checksumFailed(const QString& scanId);
  void idle();

 private:
  struct Task {
    model::ScanRef scan;
    std::function<void(const QString&)> ready;
    int corrupt = 0;      ///< times a complete file failed its checksum
    int failures = 0;     ///< transfers broken off (network), for the backoff
    QNetworkReply* reply = nullptr;
    bool restarted = false;     ///< a resumed part was emptied because the whole file came (or nothing was there)
    bool networkDone = false;   ///< the reply has finished; what it holds is still to be handed on
    bool closing = false;       ///< the writer has been asked to close the part
    qint64 resumeFrom = 0;      ///< bytes of the part already there when this transfer began
    bool answered = false;      ///< the reply's status has been looked at
    qint64 queued = 0;          ///< bytes handed to the writer and not yet written (back-pressure)
    QObject* writer = nullptr;  ///< the writer thread's context: the part and hash are used only there
    // Used on the writer thread only, in the order the GUI thread handed the work over.
    std::unique_ptr<QFile> part;
    /// SHA-256 of the part so far, kept up as the bytes arrive (the file is never read again).
    std::unique_ptr<Sha256> hash;
    QString writeError;  ///< the first failed write, read on the GUI thread once the part is closed
  };
  void startNext();
  void begin(std::shared_ptr<Task> task);
  /// Hands what the reply holds to the writer, in large pieces and no further ahead than the
  /// writer keeps up; once the reply is finished and empty, asks the writer to close the part.
  void drain(std::shared_ptr<Task> task);
  void concluded(std::shared_ptr<Task> task, const QString& sha256);
  void retryLater(std::shared_ptr<Task> task);
  void onWriter(const std::shared_ptr<Task>& task, std::function<void()> work);
  QString partPath(const model::ScanRef& scan) const;
  QString finalPath(const model::ScanRef& scan) const;

  CentralClient& client_;
  QDir cache_;
  int parallel_;
  QQueue<std::shared_ptr<Task>> queue_;
  QHash<QString, std::shared_ptr<Task>> active_;
  QSet<QString> known_;
  int waiting_ = 0;  ///< transfers waiting out their backoff
  std::vector<std::unique_ptr<QThread>> writerThreads_;
  std::vector<std::unique_ptr<QObject>> writers_;  ///< one context object per writer thread
  std::size_t nextWriter_ = 0;
  qint64 received_ = 0;
  qint64 total_ = 0;
};

/// SHA-256 of a file as lower-case hex; empty when it cannot be read.
QString sha256OfFile(const QString& path);

}  // namespace cip::client

#include "sync/client/ScanDownloader.h"

#include "sync/client/CentralClient.h"
#include "sync/client/ClientLog.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QRandomGenerator>

namespace cip::client {

namespace {

constexpr int kMaxCorrupt = 5;           ///< whole files that fail their checksum before the scan is reported damaged
constexpr qint64 kWriteBytes = 1 << 20;  ///< received bytes gathered before they are handed to the writer
constexpr qint64 kSliceBytes = 64 << 10;
constexpr qint64 kMaxQueued = 8 << 20;   ///< bytes a transfer may have waiting for its writer

struct Text {
  Q_DECLARE_TR_FUNCTIONS(ScanDownloader)
};

}  // namespace

QString sha256OfFile(const QString& path) {
  Sha256 hash;
  return hash.addFile(path) ? hash.hex() : QString();
}

ScanDownloader::ScanDownloader(CentralClient& client, const QString& cacheFolder, int parallel, QObject* parent)
    : QObject(parent), client_(client), cache_(cacheFolder), parallel_(std::max(1, parallel)) {
  QDir().mkpath(cacheFolder);
  const int writers = std::max(1, std::min(parallel_, QThread::idealThreadCount()));
  for (int i = 0; i < writers; ++i) {
    auto thread = std::make_unique<QThread>();
    thread->setObjectName(QStringLiteral("scan-writer-%1").arg(i));
    auto context = std::make_unique<QObject>();
    context->moveToThread(thread.get());
    thread->start();
    writerThreads_.push_back(std::move(thread));
    writers_.push_back(std::move(context));
  }
}

ScanDownloader::~ScanDownloader() {
  // Work still queued for the writers is dropped: a part file is only ever resumed or re-fetched.
  for (auto& thread : writerThreads_) thread->quit();
  for (auto& thread : writerThreads_) thread->wait();
}

QString ScanDownloader::partPath(const model::ScanRef& scan) const { return cache_.filePath(scan.id + QStringLiteral(".part")); }
QString ScanDownloader::finalPath(const model::ScanRef& scan) const { return cache_.filePath(scan.id + QLatin1Char('-') + scan.fileName); }

void ScanDownloader::onWriter(const std::shared_ptr<Task>& task, std::function<void()> work) {
  QMetaObject::invokeMethod(task->writer, std::move(work), Qt::QueuedConnection);
}

void ScanDownloader::enqueue(const model::ScanRef& scan, std::function<void(const QString&)> ready) {
  if (known_.contains(scan.id)) return;
  known_.insert(scan.id);
  auto task = std::make_shared<Task>();
  task->scan = scan;
  task->ready = std::move(ready);
  task->writer = writers_[nextWriter_++ % writers_.size()].get();
  total_ += scan.sizeBytes;
  ++waiting_;
  // Already here and whole (a restart after the rename): nothing to fetch. Checked on the writer
  // thread, as the file may be gigabytes.
  onWriter(task, [this, task, path = finalPath(scan)] {
    const bool whole = QFile::exists(path) && sha256OfFile(path) == task->scan.sha256;
    QMetaObject::invokeMethod(
        this,
        [this, task, whole, path] {
          --waiting_;
          if (whole) {
            known_.remove(task->scan.id);
            received_ += task->scan.sizeBytes;
            task->ready(path);
            emit scanReady(task->scan.id, path);
          } else {
            queue_.enqueue(task);
          }
          startNext();
        },
        Qt::QueuedConnection);
  });
}

void ScanDownloader::startNext() {
  while (active_.size() < parallel_ && !queue_.isEmpty()) begin(queue_.dequeue());
  if (queue_.isEmpty() && active_.isEmpty() && waiting_ == 0) {
    received_ = total_ = 0;
    emit idle();
  }
}

void ScanDownloader::begin(std::shared_ptr<Task> task) {
  active_.insert(task->scan.id, task);
  task->part = std::make_unique<QFile>(partPath(task->scan));
  const qint64 have = QFileInfo(task->part->fileName()).size();  // asked of the file system, not of an open QFile
  if (!task->part->open(QIODevice::WriteOnly | QIODevice::Append)) {
    emit scanFailed(task->scan.id, Text::tr("%1: cannot be written (%2)").arg(task->part->fileName(), task->part->errorString()));
    active_.remove(task->scan.id);
    known_.remove(task->scan.id);
    return startNext();
  }
  task->hash = std::make_unique<Sha256>();
  task->writeError.clear();
  task->networkDone = task->closing = task->answered = false;
  task->resumeFrom = have;
  task->queued = 0;
  if (have > 0) onWriter(task, [task] { task->hash->addFile(task->part->fileName()); });  // resuming: the hash starts from what is there
  QList<QPair<QByteArray, QByteArray>> headers;
  const QByteArray etag = '"' + task->scan.sha256.toLatin1() + '"';
  if (have > 0) headers = {{"Range", "bytes=" + QByteArray::number(have) + '-'}, {"If-Range", etag}};
  task->restarted = have == 0;  // nothing to throw away if the whole file comes
  task->reply = client_.stream(QStringLiteral("scans/%1/file").arg(task->scan.id), headers);
  task->reply->setReadBufferSize(kMaxQueued);  // the network waits while the writer is behind
  connect(task->reply, &QNetworkReply::readyRead, this, [this, task] { drain(task); });
  connect(task->reply, &QNetworkReply::finished, this, [this, task] {
    task->networkDone = true;
    drain(task);
  });
}

void ScanDownloader::drain(std::shared_ptr<Task> task) {
  QNetworkReply* reply = task->reply;
  if (reply == nullptr || task->closing) return;
  const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
  const bool content = status == 200 || status == 206;
  if (status != 0 && !task->answered) {
    task->answered = true;
    if (status == 206) emit resumed(task->scan.id, task->resumeFrom);
  }
  if (status == 200 && !task->restarted) {
    // The whole file came instead of the rest: start the part again.
    task->restarted = true;
    onWriter(task, [task] {
      task->part->close();
      task->part->open(QIODevice::WriteOnly | QIODevice::Truncate);
      task->hash->reset();
    });
  }
  while (content && task->queued < kMaxQueued) {
    const qint64 available = reply->bytesAvailable();
    if (available == 0 || (available < kWriteBytes && !task->networkDone)) break;
    // Large pieces: a write per network packet costs more than the copy itself.
    const QByteArray chunk = reply->read(std::min(available, kMaxQueued - task->queued));
    task->queued += chunk.size();
    received_ += chunk.size();
    onWriter(task, [this, task, chunk] {
      // Hashed and written in cache-sized slices, so the write copies bytes the hash just read.
      for (qint64 at = 0; at < chunk.size(); at += kSliceBytes) {
        const qint64 n = std::min(kSliceBytes, chunk.size() - at);
        task->hash->addData(chunk.constData() + at, n);
        if (task->writeError.isEmpty() && task->part->write(chunk.constData() + at, n) != n) task->writeError = task->part->errorString();
      }
      QMetaObject::invokeMethod(
          this,
          [this, task, size = chunk.size()] {
            task->queued -= size;
            drain(task);
          },
          Qt::QueuedConnection);
    });
  }
  if (content) emit progress(received_, total_);
  if (task->networkDone && (!content || reply->bytesAvailable() == 0)) {
    task->closing = true;
    onWriter(task, [this, task] {
      task->part->close();
      const QString sha = task->hash->hex();
      QMetaObject::invokeMethod(this, [this, task, sha] { concluded(task, sha); }, Qt::QueuedConnection);
    });
  }
}

void ScanDownloader::concluded(std::shared_ptr<Task> task, const QString& sha) {
  const Reply reply = client_.finish(task->reply);
  task->reply = nullptr;
  if (!task->writeError.isEmpty()) {
    active_.remove(task->scan.id);
    known_.remove(task->scan.id);
    emit scanFailed(task->scan.id, Text::tr("%1: cannot be written (%2)").arg(task->part->fileName(), task->writeError));
    return startNext();
  }
  const qint64 have = QFileInfo(task->part->fileName()).size();
  const bool complete = have >= task->scan.sizeBytes && (reply.ok() || reply.status == 416);
  if (!complete) {
    if (reply.transient() || (reply.ok() && have < task->scan.sizeBytes)) return retryLater(task);
    active_.remove(task->scan.id);
    known_.remove(task->scan.id);
    emit scanFailed(task->scan.id, Text::tr("%1: %2").arg(task->scan.fileName, reply.errorText));
    return startNext();
  }
  if (have != task->scan.sizeBytes || sha != task->scan.sha256) {
    // Damaged on the way (or on the server): never shown; fetched again from the start.
    QFile::remove(task->part->fileName());
    qCWarning(lcClient) << task->scan.id << "failed its checksum; fetching it again";
    emit checksumFailed(task->scan.id);
    if (++task->corrupt >= kMaxCorrupt) {
      active_.remove(task->scan.id);
      known_.remove(task->scan.id);
      emit scanFailed(task->scan.id, Text::tr("%1: damaged on the server (SHA-256 differs %2 times)").arg(task->scan.fileName).arg(kMaxCorrupt));
      return startNext();
    }
    active_.remove(task->scan.id);
    begin(task);
    return;
  }
  const QString target = finalPath(task->scan);
  QFile::remove(target);
  if (!QFile::rename(task->part->fileName(), target)) {
    active_.remove(task->scan.id);
    known_.remove(task->scan.id);
    emit scanFailed(task->scan.id, Text::tr("%1: cannot be moved into the cache").arg(target));
    return startNext();
  }
  active_.remove(task->scan.id);
  known_.remove(task->scan.id);
  task->ready(target);
  emit scanReady(task->scan.id, target);
  startNext();
}

void ScanDownloader::retryLater(std::shared_ptr<Task> task) {
  // Exponential backoff with full jitter; the part file stays for a resumed transfer.
  ++task->failures;
  const int ceiling = std::min(30000, 250 << std::min(task->failures, 7));
  const int delay = static_cast<int>(QRandomGenerator::global()->bounded(ceiling / 2, ceiling + 1));
  active_.remove(task->scan.id);
  ++waiting_;
  QTimer::singleShot(delay, this, [this, task] {
    --waiting_;
    queue_.prepend(task);
    startNext();
  });
  startNext();
}

}  // namespace cip::client

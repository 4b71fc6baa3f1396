#include "sync/client/ScanDownloader.h"

#include "sync/client/CentralClient.h"
#include "sync/client/ClientLog.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QRandomGenerator>

namespace cip::client {

namespace {

constexpr int kMaxCorrupt = 5;  ///< whole files that fail their checksum before the scan is reported damaged

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
}

QString ScanDownloader::partPath(const model::ScanRef& scan) const { return cache_.filePath(scan.id + QStringLiteral(".part")); }
QString ScanDownloader::finalPath(const model::ScanRef& scan) const { return cache_.filePath(scan.id + QLatin1Char('-') + scan.fileName); }

void ScanDownloader::enqueue(const model::ScanRef& scan, std::function<void(const QString&)> ready) {
  if (known_.contains(scan.id)) return;
  // Already here and whole (a restart after the rename): nothing to fetch.
  if (QFile::exists(finalPath(scan)) && sha256OfFile(finalPath(scan)) == scan.sha256) {
    ready(finalPath(scan));
    emit scanReady(scan.id, finalPath(scan));
    return;
  }
  known_.insert(scan.id);
  auto task = std::make_shared<Task>();
  task->scan = scan;
  task->ready = std::move(ready);
  total_ += scan.sizeBytes;
  queue_.enqueue(task);
  startNext();
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
  task->written = have;
  task->hash = std::make_unique<Sha256>();
  if (have > 0) task->hash->addFile(task->part->fileName());  // resuming: the hash starts from what is there
  QList<QPair<QByteArray, QByteArray>> headers;
  const QByteArray etag = '"' + task->scan.sha256.toLatin1() + '"';
  if (have > 0) headers = {{"Range", "bytes=" + QByteArray::number(have) + '-'}, {"If-Range", etag}};
  task->restarted = have == 0;  // nothing to throw away if the whole file comes
  task->reply = client_.stream(QStringLiteral("scans/%1/file").arg(task->scan.id), headers);
  connect(task->reply, &QNetworkReply::readyRead, this, [this, task] {
    const int status = task->reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 200 && !task->restarted) {
      // The whole file came instead of the rest: start the part again.
      task->part->close();
      task->part->open(QIODevice::WriteOnly | QIODevice::Truncate);
      task->hash->reset();
      task->written = 0;
      task->restarted = true;
    }
    if (status != 200 && status != 206) return;
    const QByteArray chunk = task->reply->readAll();
    task->part->write(chunk);
    task->hash->addData(chunk);
    task->written += chunk.size();
    received_ += chunk.size();
    emit progress(received_, total_);
  });
  connect(task->reply, &QNetworkReply::finished, this, [this, task] { finished(task); });
}

void ScanDownloader::finished(std::shared_ptr<Task> task) {
  const int status = task->reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
  if (status == 200 || status == 206) {
    const QByteArray rest = task->reply->readAll();
    task->part->write(rest);
    task->hash->addData(rest);
    task->written += rest.size();
  }
  const Reply reply = client_.finish(task->reply);
  task->reply = nullptr;
  task->part->close();
  const qint64 have = QFileInfo(task->part->fileName()).size();
  const bool complete = have >= task->scan.sizeBytes && (reply.ok() || reply.status == 416);
  if (!complete) {
    if (reply.transient() || (reply.ok() && have < task->scan.sizeBytes)) return retryLater(task);
    active_.remove(task->scan.id);
    known_.remove(task->scan.id);
    emit scanFailed(task->scan.id, Text::tr("%1: %2").arg(task->scan.fileName, reply.errorText));
    return startNext();
  }
  const QString sha = task->hash->hex();
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

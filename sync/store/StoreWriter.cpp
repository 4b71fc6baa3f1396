#include "sync/store/StoreWriter.h"

#include <QEventLoop>
#include <QSemaphore>
#include <QThread>

namespace cip::store {

StoreWriter::StoreWriter(QString databasePath) : path_(std::move(databasePath)), thread_(std::make_unique<QThread>()), context_(std::make_unique<QObject>()) {
  thread_->setObjectName(QStringLiteral("store-writer"));
  context_->moveToThread(thread_.get());
  thread_->start();
}

StoreWriter::~StoreWriter() {
  // Queued after any work still waiting, so that it is all written; the connection is closed on
  // the thread that used it.
  QMetaObject::invokeMethod(context_.get(), [this] { db_.reset(); }, Qt::QueuedConnection);
  thread_->quit();
  thread_->wait();
}

QString StoreWriter::run(const std::function<void(Database&)>& work) {
  QString error;
  bool done = false;
  QSemaphore finished;
  QEventLoop loop;
  QMetaObject::invokeMethod(context_.get(), [&] {
    try {
      if (!db_) db_ = Database::open(path_);
      work(*db_);
    } catch (const StoreError& e) {
      error = e.message();
    } catch (const std::exception& e) {
      error = QStringLiteral("%1: %2").arg(path_, QString::fromUtf8(e.what()));
    }
    // Posted while the loop surely exists (run() waits for the release below before it returns).
    QMetaObject::invokeMethod(&loop, [&] {
      done = true;
      loop.quit();
    }, Qt::QueuedConnection);
    finished.release();
  }, Qt::QueuedConnection);
  while (!done) {
    // Once the application is quitting, its event loops no longer turn (exec returns at once):
    // then the commit is simply waited for.
    if (loop.exec(QEventLoop::ExcludeUserInputEvents) < 0) break;
  }
  finished.acquire();
  return error;
}

}  // namespace cip::store

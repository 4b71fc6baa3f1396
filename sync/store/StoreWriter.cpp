#include "sync/store/StoreWriter.h"

#include <QEventLoop>
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
    QMetaObject::invokeMethod(&loop, [&] {
      done = true;
      loop.quit();
    }, Qt::QueuedConnection);
  }, Qt::QueuedConnection);
  while (!done) loop.exec(QEventLoop::ExcludeUserInputEvents);
  return error;
}

}  // namespace cip::store

#pragma once

#include "sync/store/Database.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QThread;

namespace cip::store {

/// A second connection to the workstation's database on a thread of its own, for the writes the
/// analyst waits on (a verdict). With synchronous=FULL a commit waits for the disk; while the
/// downloads write hundreds of megabytes beside it that wait reached 180 ms, and on the GUI
/// thread it froze the window. WAL lets this connection write while the GUI thread's reads go
/// on; BEGIN IMMEDIATE and the busy timeout order it with the GUI connection's own writes.
class StoreWriter {
 public:
  explicit StoreWriter(QString databasePath);
  ~StoreWriter();  ///< finishes what was handed over, then closes the connection
  StoreWriter(const StoreWriter&) = delete;
  StoreWriter& operator=(const StoreWriter&) = delete;

  /// Runs `work` on the writer's connection and returns when it is done: empty, or the
  /// StoreError's message (nothing written). Meanwhile the calling thread's event loop keeps
  /// turning — paints, timers, network replies — and the user's input waits until the commit is
  /// on the disk, so nothing can be changed under a verdict being written.
  QString run(const std::function<void(Database&)>& work);

 private:
  QString path_;
  std::unique_ptr<QThread> thread_;
  std::unique_ptr<QObject> context_;  ///< lives on thread_: work is queued to it
  std::unique_ptr<Database> db_;      ///< opened and used on thread_ only
};

}  // namespace cip::store

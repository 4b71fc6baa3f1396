#pragma once

#include "sync/model/User.h"

#include <QObject>
#include <QTimer>

namespace cip::store {
class Store;
}
namespace cip::widgets {
class JobQueueModel;
class WelcomePanel;
}  // namespace cip::widgets

namespace cip::app {

/// Feeds the queue view and the welcome summary from the store. The store is the source of
/// truth; this re-reads it on demand and on a short timer (countdowns, jobs added by sync).
class QueueController : public QObject {
  Q_OBJECT
 public:
  QueueController(store::Store& store, widgets::JobQueueModel& model, widgets::WelcomePanel& welcome,
                  model::User user, QObject* parent = nullptr);

  /// Re-reads jobs and outbox from the store. On a database error the rows already shown stay,
  /// and the error is reported through `storeError`.
  void refresh();

 signals:
  void storeError(const QString& message);
  void pendingVerdictsChanged(int count);

 private:
  store::Store& store_;
  widgets::JobQueueModel& model_;
  widgets::WelcomePanel& welcome_;
  model::User user_;
  QTimer timer_;
};

}  // namespace cip::app

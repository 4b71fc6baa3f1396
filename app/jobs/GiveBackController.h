#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace cip::app {

class JobController;
class SyncController;

/// Job → Give job back: asks the analyst why (widgets::GiveBackDialog), then hands the open job
/// back through the sync link with that reason. The dialog is window-modal and never blocks the
/// event loop, so downloads and the outbox carry on while the analyst writes.
class GiveBackController : public QObject {
  Q_OBJECT
 public:
  GiveBackController(QWidget& window, JobController& jobs, SyncController& sync, QObject* parent = nullptr);

  /// Enabled while a job is open.
  QAction* action() const { return action_; }
  void retranslate();

 signals:
  /// A message for the status bar: the job given back, or why it was not.
  void message(const QString& text);

 private:
  void ask();

  QWidget& window_;
  JobController& jobs_;
  SyncController& sync_;
  QAction* action_;
};

}  // namespace cip::app

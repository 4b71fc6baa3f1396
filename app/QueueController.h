#pragma once

#include "sync/model/User.h"

#include <QObject>
#include <QTimer>

namespace cip::store {
class Store;
}
namespace cip::widgets {
class JobQueueModel;
class JobQueuePanel;
class WelcomePanel;
}  // namespace cip::widgets

namespace cip::app {

class AppSettings;

/// Feeds the analyst's queue and the welcome summary from the store: only the jobs the central
/// system gave this analyst, with those it withdrew while they had work on them and those whose
/// verdict it refused marked as such. The store is the source of truth; this re-reads it when it
/// changes (sync, a decided job, Refresh). The countdowns move on the panel's own timer: the
/// clock passing is no reason to read the store again.
class QueueController : public QObject {
  Q_OBJECT
 public:
  QueueController(store::Store& store, widgets::JobQueueModel& model, widgets::JobQueuePanel& panel, widgets::WelcomePanel& welcome,
                  model::User user, QObject* parent = nullptr);

  /// Re-reads jobs and outbox from the store. On a database error the rows already shown stay,
  /// and the error is reported through `storeError`.
  void refresh();
  /// refresh() once the current event is handled, however many ask before then: a job opened or
  /// decided, a pull and a verdict sent in one pass read the store once, and the analyst's key
  /// press is answered (the new job drawn) before the queue is read again.
  void requestRefresh();
  /// Whether a requested refresh has not happened yet (what a test waits for).
  bool refreshPending() const { return refreshSoon_.isActive(); }
  /// The central system's state when it is not online (empty when it is): the queue says so.
  void setLinkState(const QString& problem);
  /// Keeps the analyst's chosen queue order in `settings`: applied now, saved when it changes.
  void keepSortIn(AppSettings& settings);

 public slots:
  /// The job open in the workspace, marked in the queue (jobOpened / jobClosed).
  void setOpenJob(const QString& jobId);
  void clearOpenJob();

 signals:
  void storeError(const QString& message);
  /// Verdicts still to send, and how many of them were given in an offline sign-in the central
  /// system has not confirmed yet (they carry that mark until it does).
  void pendingVerdictsChanged(int count, int awaitingConfirmation);

 private:
  store::Store& store_;
  widgets::JobQueueModel& model_;
  widgets::JobQueuePanel& panel_;
  widgets::WelcomePanel& welcome_;
  model::User user_;
  QString linkProblem_;
  QTimer refreshSoon_;
};

}  // namespace cip::app

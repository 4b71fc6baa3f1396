#include "app/QueueController.h"

#include "app/AppLog.h"
#include "sync/store/Store.h"
#include "widgets/JobQueueModel.h"
#include "widgets/SignInDialog.h"
#include "widgets/WelcomePanel.h"

namespace cip::app {

QueueController::QueueController(store::Store& store, widgets::JobQueueModel& model,
                                 widgets::WelcomePanel& welcome, model::User user, QObject* parent)
    : QObject(parent), store_(store), model_(model), welcome_(welcome), user_(std::move(user)) {
  timer_.setInterval(30 * 1000);
  connect(&timer_, &QTimer::timeout, this, &QueueController::refresh);
  timer_.start();
  refresh();
}

void QueueController::refresh() {
  try {
    model_.setJobs(store_.jobs().queue());
    const int pending = store_.outbox().pendingCount();
    widgets::WelcomePanel::Summary summary;
    summary.userId = user_.id;
    summary.roleName = user_.roles.isEmpty() ? QString() : widgets::SignInDialog::roleDisplayName(user_.roles.first());
    summary.jobsWaiting = model_.rowCount();
    summary.verdictsPending = pending;
    summary.databasePath = store_.database().path();
    welcome_.setSummary(summary);
    emit pendingVerdictsChanged(pending);
  } catch (const store::StoreError& error) {
    qCWarning(lcApp) << "queue refresh failed:" << error.what();
    emit storeError(error.message());
  }
}

}  // namespace cip::app

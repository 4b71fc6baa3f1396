#include "app/QueueController.h"

#include "app/AppLog.h"
#include "app/AppSettings.h"
#include "sync/store/Store.h"
#include "widgets/JobQueueModel.h"
#include "widgets/JobQueuePanel.h"
#include "widgets/SignInDialog.h"
#include "widgets/WelcomePanel.h"

#include <algorithm>

namespace cip::app {

using Mark = widgets::JobQueueModel::Mark;

QueueController::QueueController(store::Store& store, widgets::JobQueueModel& model, widgets::JobQueuePanel& panel,
                                 widgets::WelcomePanel& welcome, model::User user, QObject* parent)
    : QObject(parent), store_(store), model_(model), panel_(panel), welcome_(welcome), user_(std::move(user)) {
  refreshSoon_.setSingleShot(true);
  refreshSoon_.setInterval(0);
  connect(&refreshSoon_, &QTimer::timeout, this, &QueueController::refresh);
  refresh();
}

void QueueController::requestRefresh() {
  if (!refreshSoon_.isActive()) refreshSoon_.start();
}

void QueueController::keepSortIn(AppSettings& settings) {
  const QString saved = settings.queueSort();
  if (!saved.isEmpty()) panel_.setSortKey(saved);
  connect(&panel_, &widgets::JobQueuePanel::sortChanged, this, [&settings](const QString& key) { settings.setQueueSort(key); });
}

void QueueController::setOpenJob(const QString& jobId) { model_.setOpenJob(jobId); }

void QueueController::clearOpenJob() { model_.setOpenJob(QString()); }

void QueueController::setLinkState(const QString& problem) {
  if (problem == linkProblem_) return;
  linkProblem_ = problem;
  panel_.setLinkProblem(problem);
  refresh();
}

void QueueController::refresh() {
  refreshSoon_.stop();  // read now: a pending request is answered by this
  try {
    QList<model::Job> jobs = store_.jobs().queue(user_.id);
    const int waiting = static_cast<int>(jobs.size());
    QHash<QString, Mark> marks;
    for (const QString& id : store_.jobs().withdrawn(user_.id).keys()) marks.insert(id, Mark::Withdrawn);
    const QList<store::OutboxItem> refused = store_.outbox().refused(user_.id);
    for (const store::OutboxItem& item : refused) {
      if (marks.contains(item.jobId) && marks.value(item.jobId) == Mark::VerdictRefused) continue;
      marks.insert(item.jobId, Mark::VerdictRefused);
      if (std::none_of(jobs.cbegin(), jobs.cend(), [&](const model::Job& j) { return j.id == item.jobId; }))
        if (std::optional<model::Job> job = store_.jobs().find(item.jobId)) jobs.prepend(*job);
    }
    model_.setJobs(jobs, marks);
    const int pending = store_.outbox().pendingCount(user_.id);
    widgets::WelcomePanel::Summary summary;
    summary.userId = user_.id;
    summary.roleName = widgets::SignInDialog::roleDisplayName(model::Role::Analyst);
    summary.jobsWaiting = waiting;
    summary.verdictsPending = pending;
    summary.verdictsRefused = static_cast<int>(refused.size());
    summary.linkProblem = linkProblem_;
    summary.databasePath = store_.database().path();
    welcome_.setSummary(summary);
    emit pendingVerdictsChanged(pending, store_.outbox().awaitingConfirmation(user_.id));
  } catch (const store::StoreError& error) {
    qCWarning(lcApp) << "queue refresh failed:" << error.what();
    emit storeError(error.message());
  }
}

}  // namespace cip::app

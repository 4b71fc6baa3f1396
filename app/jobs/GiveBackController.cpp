#include "app/jobs/GiveBackController.h"

#include "app/SyncController.h"
#include "app/jobs/JobController.h"
#include "sync/client/SyncService.h"
#include "widgets/workflow/GiveBackDialog.h"

#include <QAction>
#include <QPointer>

namespace cip::app {

GiveBackController::GiveBackController(QWidget& window, JobController& jobs, SyncController& sync, QObject* parent)
    : QObject(parent), window_(window), jobs_(jobs), sync_(sync), action_(new QAction(this)) {
  action_->setObjectName(QStringLiteral("releaseJobAction"));
  action_->setEnabled(false);
  connect(&jobs_, &JobController::jobOpened, action_, [this] { action_->setEnabled(true); });
  connect(&jobs_, &JobController::jobClosed, action_, [this] { action_->setEnabled(false); });
  connect(action_, &QAction::triggered, this, &GiveBackController::ask);
  retranslate();
}

void GiveBackController::retranslate() { action_->setText(tr("&Give job back to the central system…")); }

void GiveBackController::ask() {
  if (!jobs_.currentJob()) return;
  const QString jobId = jobs_.currentJob()->id;
  auto* dialog = new widgets::GiveBackDialog(jobId, &window_);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &QDialog::accepted, this, [this, jobId, dialog] {
    // The job may have changed while the dialog was open (decided, or closed by a withdrawal).
    if (!jobs_.currentJob() || jobs_.currentJob()->id != jobId) return emit message(tr("Job %1 is no longer open; nothing was given back.").arg(jobId));
    const QString error = sync_.release(jobId, dialog->release());
    if (!error.isEmpty()) return emit message(tr("Job %1 was not given back: %2").arg(jobId, error));
    jobs_.closeJob();
    emit message(sync_.client().connectivity() == client::Connectivity::Online
                     ? tr("Job %1 was given back to the central system for another analyst.").arg(jobId)
                     : tr("Job %1 was given back; the central system is told as soon as the link returns.").arg(jobId));
  });
  dialog->open();
}

}  // namespace cip::app

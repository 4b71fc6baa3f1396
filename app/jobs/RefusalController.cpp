#include "app/jobs/RefusalController.h"

#include "app/AppLog.h"
#include "app/jobs/JobController.h"
#include "sync/store/Store.h"
#include "widgets/workflow/RefusedVerdictsPanel.h"
#include "widgets/workflow/VerdictPanel.h"

#include <QDockWidget>
#include <QInputDialog>

namespace cip::app {

RefusalController::RefusalController(store::Store& store, model::User user, JobController& jobs, widgets::RefusedVerdictsPanel& panel,
                                     QDockWidget& dock, QObject* parent)
    : QObject(parent), store_(store), user_(std::move(user)), jobs_(jobs), panel_(panel), dock_(dock),
      clock_([] { return QDateTime::currentDateTimeUtc(); }) {
  askNote_ = [this](const QString& jobId) -> std::optional<QString> {
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(dock_.window(), tr("Hand to a supervisor"),
                                                        tr("Job %1: a note for the supervisor (what you saw, why the verdict should stand):").arg(jobId),
                                                        QString(), &ok);
    if (!ok) return std::nullopt;
    return note;
  };
  connect(&panel_, &widgets::RefusedVerdictsPanel::decideAgainRequested, this, &RefusalController::decideAgain);
  connect(&panel_, &widgets::RefusedVerdictsPanel::handToSupervisorRequested, this, &RefusalController::handToSupervisor);
  refresh();
}

void RefusalController::refresh() {
  QList<widgets::RefusedVerdictsPanel::Entry> entries;
  try {
    for (const store::OutboxItem& item : store_.outbox().refused(user_.id)) {
      const std::optional<model::Verdict> verdict = store_.verdicts().find(item.verdictId);
      entries.push_back({item.verdictId, item.jobId, verdict ? widgets::VerdictPanel::decisionName(verdict->decision) : QString(), item.refusedAt,
                         item.lastError});
    }
  } catch (const store::StoreError& e) {
    emit message(tr("The refused verdicts cannot be read: %1").arg(e.message()));
    return;
  }
  panel_.setEntries(entries);
  if (!entries.isEmpty()) dock_.show();
  emit changed();
}

void RefusalController::verdictRefused(const QString& verdictId, const QString& reason) {
  refresh();
  panel_.select(verdictId);
  dock_.show();
  dock_.raise();
  emit message(tr("The central system refused a verdict: %1. See Refused verdicts.").arg(reason));
}

void RefusalController::decideAgain(const QString& verdictId) {
  try {
    const std::optional<store::OutboxItem> item = store_.outbox().findByVerdict(verdictId);
    if (!item) return;
    QString error;
    if (!jobs_.decideAgain(item->id, verdictId, &error)) emit message(error);
  } catch (const store::StoreError& e) {
    emit message(e.message());
  }
  refresh();
}

void RefusalController::handToSupervisor(const QString& verdictId) {
  try {
    const std::optional<store::OutboxItem> item = store_.outbox().findByVerdict(verdictId);
    if (!item) return;
    const std::optional<QString> note = askNote_(item->jobId);
    if (!note) return;
    const QDateTime now = clock_();
    store::Transaction transaction(store_.database());
    store_.outbox().resolve(item->id, QStringLiteral("handed-to-supervisor"), now, *note);
    store_.audit().append(user_.id, QStringLiteral("verdict.hand-over"), QStringLiteral("verdict"), verdictId,
                          {{QStringLiteral("jobId"), item->jobId}, {QStringLiteral("note"), note->left(500)}}, now);
    transaction.commit();
    emit message(tr("Job %1: the verdict goes to a supervisor with your note.").arg(item->jobId));
    emit sendNow();
  } catch (const store::StoreError& e) {
    emit message(tr("The hand-over was not recorded: %1").arg(e.message()));
  }
  refresh();
}

}  // namespace cip::app

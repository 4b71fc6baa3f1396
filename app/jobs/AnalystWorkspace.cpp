#include "app/jobs/AnalystWorkspace.h"

#include "app/Shortcuts.h"
#include "app/jobs/AnnotationController.h"
#include "app/jobs/JobController.h"
#include "app/jobs/ReferenceController.h"
#include "app/jobs/RefusalController.h"
#include "app/jobs/VerdictController.h"
#include "app/jobs/VerdictHistoryController.h"
#include "sync/store/Store.h"
#include "widgets/workflow/AnnotationPanel.h"
#include "widgets/workflow/DeclarationPanel.h"
#include "widgets/workflow/ReferencePanel.h"
#include "widgets/workflow/RefusedVerdictsPanel.h"
#include "widgets/workflow/VerdictHistoryPanel.h"
#include "widgets/workflow/VerdictPanel.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>

namespace cip::app {

namespace {

QDockWidget* dock(QMainWindow& window, const QString& name, QWidget* content) {
  auto* d = new QDockWidget(&window);
  d->setObjectName(name);  // the name keys saveState()
  d->setWidget(content);
  return d;
}

}  // namespace

AnalystWorkspace::AnalystWorkspace(QMainWindow& window, store::Store& store, const Session& session, ScanController& scans,
                                   widgets::RadiographView& view, const QStringList& annotationCategories)
    : QObject(&window), declarationPanel_(new widgets::DeclarationPanel(&window)), annotationPanel_(new widgets::AnnotationPanel(&window)),
      verdictPanel_(new widgets::VerdictPanel(&window)), referencePanel_(new widgets::ReferencePanel(&window)),
      refusedPanel_(new widgets::RefusedVerdictsPanel(&window)), declarationDock_(dock(window, QStringLiteral("declarationDock"), declarationPanel_)),
      annotationDock_(dock(window, QStringLiteral("annotationDock"), annotationPanel_)),
      verdictDock_(dock(window, QStringLiteral("verdictDock"), verdictPanel_)),
      referenceDock_(dock(window, QStringLiteral("referenceDock"), referencePanel_)),
      refusedDock_(dock(window, QStringLiteral("refusedDock"), refusedPanel_)),
      jobs_(new JobController(store, session.user, scans, *declarationPanel_, this)),
      annotations_(new AnnotationController(store, session.user, *jobs_, scans, view, *annotationPanel_, annotationCategories, this)),
      verdicts_(new VerdictController(store, session.user, *jobs_, *annotations_, *verdictPanel_, this)),
      references_(new ReferenceController(store, session.user.id, *jobs_, scans, *referencePanel_, this)),
      refusals_(new RefusalController(store, session.user, *jobs_, *refusedPanel_, *refusedDock_, this)), nextJob_(new QAction(this)),
      export_(new QAction(this)), history_(new QAction(this)),
      verdictHistory_(new VerdictHistoryController(store, session.user, scans, window, this)) {
  verdicts_->setSessionId(session.localId);
  connect(jobs_, &JobController::queueChanged, this, &AnalystWorkspace::queueChanged);
  connect(refusals_, &RefusalController::changed, this, &AnalystWorkspace::queueChanged);
  connect(refusals_, &RefusalController::message, this, &AnalystWorkspace::message);
  connect(refusals_, &RefusalController::sendNow, this, &AnalystWorkspace::sendNow);
  connect(verdicts_, &VerdictController::submitted, this, &AnalystWorkspace::sendNow);
  export_->setObjectName(QStringLiteral("exportVerdictAction"));
  export_->setEnabled(false);
  connect(export_, &QAction::triggered, this, [this] { verdictHistory_->exportWithDialog(lastVerdict_); });
  history_->setObjectName(QStringLiteral("verdictHistoryAction"));
  history_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
  connect(history_, &QAction::triggered, verdictHistory_, &VerdictHistoryController::show);
  connect(verdictHistory_, &VerdictHistoryController::message, this, &AnalystWorkspace::message);
  window.addAction(history_);
  nextJob_->setObjectName(QStringLiteral("nextJobAction"));
  nextJob_->setShortcut(QKeySequence(Qt::Key_N));
  connect(nextJob_, &QAction::triggered, this, [this] {
    QString error;
    if (!jobs_->requestOpenNext(&error)) emit message(error);
  });
  connect(jobs_, &JobController::openFailed, this, &AnalystWorkspace::message);
  connect(jobs_, &JobController::openingJob, this, [this](const QString& jobId) { emit message(tr("Opening job %1…").arg(jobId)); });
  window.addAction(nextJob_);
  for (QAction* action : annotations_->actions())
    if (action) window.addAction(action);  // keys work wherever the focus is in the window
  window.addActions(verdictPanel_->actions());
  connect(annotations_, &AnnotationController::errorOccurred, this, &AnalystWorkspace::message);
  connect(verdicts_, &VerdictController::errorOccurred, this, &AnalystWorkspace::message);
  connect(verdicts_, &VerdictController::submitted, this,
          [this](const QString& verdictId, const QString& jobId) {
            lastVerdict_ = verdictId;
            if (verdictHistory_->panel()->isVisible()) verdictHistory_->refresh();
            export_->setEnabled(true);
            emit message(tr("Verdict for %1 saved and queued for sending.").arg(jobId));
          });
  retranslate();
}

void AnalystWorkspace::setClock(const std::function<QDateTime()>& clock) {
  jobs_->setClock(clock);
  verdicts_->setClock(clock);
  refusals_->setClock(clock);
}

void AnalystWorkspace::verdictRefused(const QString& verdictId, const QString& reason) { refusals_->verdictRefused(verdictId, reason); }

QStringList AnalystWorkspace::exportLastVerdict(const QString& folder, QString* error) {
  return verdictHistory_->exportVerdict(lastVerdict_, folder, error);
}

void AnalystWorkspace::registerShortcuts(ShortcutMap& map) const {
  map.add(QStringLiteral("job.next"), nextJob_);
  map.add(QStringLiteral("job.export"), export_);
  map.add(QStringLiteral("job.history"), history_);
  for (QAction* action : annotations_->actions())
    if (action) map.add(action->objectName().replace(QLatin1Char('_'), QLatin1Char('.')), action);
  const QList<QAction*> verdict = verdictPanel_->actions();
  const char* ids[] = {"verdict.release", "verdict.refer", "verdict.inconclusive", "verdict.submit"};
  for (int i = 0; i < verdict.size() && i < 4; ++i) map.add(QString::fromLatin1(ids[i]), verdict[i]);
}

void AnalystWorkspace::retranslate() {
  export_->setText(tr("&Export last verdict as DICOS TDR…"));
  declarationDock_->setWindowTitle(tr("Declaration"));
  annotationDock_->setWindowTitle(tr("Marks"));
  verdictDock_->setWindowTitle(tr("Verdict"));
  referenceDock_->setWindowTitle(tr("References"));
  refusedDock_->setWindowTitle(tr("Refused verdicts"));
  nextJob_->setText(tr("&Next job"));
  history_->setText(tr("My &verdicts…"));
}

}  // namespace cip::app

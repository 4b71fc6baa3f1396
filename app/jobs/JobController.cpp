#include "app/jobs/JobController.h"

#include "app/AppLog.h"
#include "app/BackgroundWork.h"
#include "app/jobs/DeclarationChecks.h"
#include "sync/store/Store.h"
#include "widgets/workflow/DeclarationPanel.h"

#include <QApplication>
#include <QFileInfo>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace cip::app {

imaging::DeclaredContent declaredContentOf(const model::Declaration& declaration) {
  imaging::DeclaredContent declared;
  declared.known = true;
  if (!declaration.declaredEmpty)
    for (const model::GoodsItem& item : declaration.goods) declared.hsCodes.push_back(item.hsCode.toStdString());
  return declared;
}

JobController::JobController(store::Store& store, model::User user, ScanController& scans, widgets::DeclarationPanel& declarationPanel,
                             QObject* parent)
    : QObject(parent), store_(store), user_(std::move(user)), scans_(scans), declarationPanel_(declarationPanel),
      clock_([] { return QDateTime::currentDateTimeUtc(); }) {
  connect(qApp, &QGuiApplication::applicationStateChanged, this, &JobController::onApplicationStateChanged);
  connect(&analysisWatcher_, &QFutureWatcherBase::finished, this, [this] {
    if (analysis_.isValid() && job_) applyFindings(analysis_.result());
  });
  connect(&openWatcher_, &QFutureWatcherBase::finished, this, &JobController::finishRequestedOpen);
}

JobController::~JobController() {
  waitForPrefetch();
  if (analysis_.isValid()) analysis_.waitForFinished();
}

void JobController::waitForAnalysis() {
  if (!analysis_.isValid()) return;
  analysis_.waitForFinished();
  QCoreApplication::sendPostedEvents(&analysisWatcher_);
  QCoreApplication::processEvents();
}

void JobController::applyFindings(const imaging::ScanFindings& findings) {
  scans_.setFindings(findings);
  if (!job_ || !declaration_) return;
  checks_ = checkDeclaration(*declaration_, *job_, findings);
  declarationPanel_.setChecks(checks_);
  emit checksChanged();
}

void JobController::waitForPrefetch() {
  if (prefetch_.isValid()) prefetch_.waitForFinished();
}

qint64 JobController::activeMs() const {
  return activeBeforeMs_ + (activeTimer_.isValid() ? activeTimer_.elapsed() : 0);
}

QDateTime JobController::openedAt() const { return job_ ? store_.jobs().openedAt(job_->id) : QDateTime(); }

void JobController::onApplicationStateChanged(Qt::ApplicationState state) {
  if (!job_) return;
  if (state == Qt::ApplicationActive && !activeTimer_.isValid()) {
    activeTimer_.start();
  } else if (state != Qt::ApplicationActive && activeTimer_.isValid()) {
    activeBeforeMs_ += activeTimer_.elapsed();
    activeTimer_.invalidate();
  }
}

QString JobController::scanPathOf(const model::Job& job) const {
  for (const model::ScanRef& scan : job.scans) {
    const QString path = store_.jobs().scanLocalPath(scan.id);
    if (!path.isEmpty() && QFileInfo::exists(path)) return path;  // one file of a DICOS pair finds the other
  }
  return {};
}

bool JobController::openJob(const QString& jobId, QString* error) {
  try {
    const std::optional<model::Job> job = store_.jobs().find(jobId);
    if (!job) {
      if (error) *error = tr("Job %1 is not in the local database.").arg(jobId);
      return false;
    }
    if (job->assignedTo != user_.id) {
      if (error) *error = tr("Job %1 is not assigned to you.").arg(jobId);
      return false;
    }
    if (job->status == model::JobStatus::Decided || job->status == model::JobStatus::Returned) {
      // A decision stands until the central system refuses it; then Refused verdicts decides it again.
      if (error) *error = tr("Job %1 is %2; a verdict the central system refused is decided again from Refused verdicts.")
                              .arg(jobId, job->status == model::JobStatus::Decided ? tr("decided") : tr("given back"));
      return false;
    }
    const std::optional<model::Declaration> declaration = store_.declarations().find(job->declarationId);
    if (!declaration) {
      if (error) *error = tr("Job %1: its declaration %2 has not arrived yet.").arg(jobId, job->declarationId);
      return false;
    }
    const QString path = scanPathOf(*job);
    if (path.isEmpty()) {
      if (error) *error = tr("Job %1: its scan has not been downloaded yet.").arg(jobId);
      return false;
    }
    // A previous job's analysis still running: its result is dropped (it holds its own copies).
    analysisWatcher_.setFuture(QFuture<imaging::ScanFindings>());
    analysis_ = {};
    PreparedScan prepared;
    if (prefetchJobId_ == jobId && prefetch_.isValid()) {
      prepared = prefetch_.result();  // waits if the worker is still at it
      qCInfo(lcApp) << "job" << jobId << "from the prefetch";
    } else {
      // Cold: show the image first, analyse it in the background. A prefetch of another job is
      // left to finish on its worker (it holds its own copies): waiting for it would stall the window.
      QApplication::setOverrideCursor(Qt::WaitCursor);
      prepared = ScanController::prepare(path, {declaredContentOf(*declaration), false, {}, scans_.openInMaterialColours(), job->scannerId, scans_.profileBook()},
                                         scans_.materialModels());
      QApplication::restoreOverrideCursor();
    }
    prefetch_ = {};
    prefetchJobId_.clear();
    emit jobOpening(jobId);
    if (!scans_.show(prepared, error)) return false;

    const QDateTime now = clock_();
    {
      store::Transaction transaction(store_.database());
      store_.jobs().markOpened(jobId, now);
      if (job->status == model::JobStatus::Assigned) store_.jobs().setStatus(jobId, model::JobStatus::InProgress);
      store_.jobs().touchScans(jobId, now);
      store_.audit().append(user_.id, QStringLiteral("job.open"), QStringLiteral("job"), jobId, {{QStringLiteral("scan"), path}}, now);
      transaction.commit();
    }
    job_ = store_.jobs().find(jobId);
    declaration_ = declaration;
    declarationPanel_.setDeclaration(*declaration);
    if (prepared.analysed) {
      checks_ = checkDeclaration(*declaration, *job, scans_.findings());
      declarationPanel_.setChecks(checks_);
    } else {
      checks_.clear();
      declarationPanel_.setChecks({{model::CheckKind::Materials, model::CheckOutcome::NotApplicable, tr("Checks"), tr("The scan is being analysed…")}});
      if (prepared.scan && prepared.scan->depth == 1)
        analysis_ = runInBackground([scan = prepared.scan, declared = declaredContentOf(*declaration), calibration = scans_.calibration(),
                                       classifier = scans_.classifier()] {
          try {
            return imaging::analyzeScan(*scan, *calibration, *classifier, declared);
          } catch (const std::exception& e) {
            imaging::ScanFindings failed;
            failed.notes.push_back(e.what());
            return failed;
          }
        });
      analysisWatcher_.setFuture(analysis_);
    }
    activeBeforeMs_ = 0;
    activeTimer_.invalidate();
    if (QGuiApplication::applicationState() == Qt::ApplicationActive || QGuiApplication::platformName() == QLatin1String("offscreen"))
      activeTimer_.start();
    qCInfo(lcApp) << "job" << jobId << "opened" << (prepared.analysed ? "with its checks" : "; checks follow from the background analysis");
    emit jobOpened(jobId);
    emit queueChanged();
    startPrefetch();
    return true;
  } catch (const store::StoreError& e) {
    if (error) *error = tr("Job %1: the local database failed: %2").arg(jobId, e.message());
    return false;
  }
}

std::optional<model::Job> JobController::nextAfter(const QString& jobId) const {
  for (const model::Job& job : store_.jobs().queue(user_.id))
    if (job.id != jobId) return job;
  return std::nullopt;
}

bool JobController::decideAgain(qint64 outboxId, const QString& verdictId, QString* error) {
  try {
    const std::optional<model::Verdict> refused = store_.verdicts().find(verdictId);
    if (!refused || refused->analyst != user_.id) {
      if (error) *error = tr("Verdict %1 is not one of yours in the local database.").arg(verdictId);
      return false;
    }
    const QDateTime now = clock_();
    store::Transaction transaction(store_.database());
    store_.jobs().setStatus(refused->jobId, model::JobStatus::InProgress);
    for (model::Annotation mark : refused->annotations) {  // the refused verdict keeps its own; the draft gets copies
      mark.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
      mark.author = user_.id;
      mark.createdAt = now;
      store_.annotations().save(mark, now, user_.id);
    }
    store_.outbox().resolve(outboxId, QStringLiteral("decided-again"), now);
    store_.audit().append(user_.id, QStringLiteral("verdict.decide-again"), QStringLiteral("verdict"), verdictId,
                          {{QStringLiteral("jobId"), refused->jobId}}, now);
    transaction.commit();
    emit queueChanged();
    return openJob(refused->jobId, error);
  } catch (const store::StoreError& e) {
    if (error) *error = tr("Verdict %1: the local database failed: %2").arg(verdictId, e.message());
    return false;
  }
}

bool JobController::openNextJob(QString* error) {
  try {
    const std::optional<model::Job> next = nextAfter(job_ ? job_->id : QString());
    if (!next) {
      if (error) *error = tr("No job is waiting.");
      return false;
    }
    return openJob(next->id, error);
  } catch (const store::StoreError& e) {
    if (error) *error = tr("The local database failed: %1").arg(e.message());
    return false;
  }
}

void JobController::requestOpen(const QString& jobId) {
  if (jobId == openingJobId_) return;  // already on its way
  if (prefetchJobId_ != jobId || !prefetch_.isValid()) {
    const std::optional<model::Job> job = store_.jobs().find(jobId);
    // A job that cannot be read in the background is opened here, which says why it cannot open.
    if (!job || job->assignedTo != user_.id || !prepareInBackground(*job, false)) {
      return openNow(jobId);
    }
  }
  if (prefetch_.isFinished()) return openNow(jobId);
  openingJobId_ = jobId;
  openWatcher_.setFuture(prefetch_);
  emit openingJob(jobId);
}

void JobController::openNow(const QString& jobId) {
  openingJobId_.clear();  // a request still on its way is replaced
  openWatcher_.setFuture(QFuture<PreparedScan>());
  QString error;
  if (!openJob(jobId, &error)) emit openFailed(error);
}

bool JobController::requestOpenNext(QString* error) {
  try {
    const std::optional<model::Job> next = nextAfter(job_ ? job_->id : QString());
    if (!next) {
      if (error) *error = tr("No job is waiting.");
      return false;
    }
    requestOpen(next->id);
    return true;
  } catch (const store::StoreError& e) {
    if (error) *error = tr("The local database failed: %1").arg(e.message());
    return false;
  }
}

void JobController::finishRequestedOpen() {
  const QString jobId = std::exchange(openingJobId_, QString());
  if (jobId.isEmpty() || jobId != prefetchJobId_) return;  // replaced by a newer request
  QString error;
  if (!openJob(jobId, &error)) emit openFailed(error);
}

void JobController::startPrefetch() {
  try {
    const std::optional<model::Job> next = nextAfter(job_ ? job_->id : QString());
    if (next) prepareInBackground(*next, true);
  } catch (const store::StoreError& e) {
    qCWarning(lcApp) << "no prefetch:" << e.message();
  }
}

bool JobController::prepareInBackground(const model::Job& job, bool analyse) {
  try {
    const std::optional<model::Declaration> declaration = store_.declarations().find(job.declarationId);
    const QString path = scanPathOf(job);
    if (!declaration || path.isEmpty()) return false;
    prefetchJobId_ = job.id;
    prefetch_ = runInBackground(&ScanController::prepare, path,
                                  PrepareOptions{declaredContentOf(*declaration), analyse, scans_.viewportSize(), scans_.openInMaterialColours(), job.scannerId,
                                                 scans_.profileBook()},
                                  scans_.materialModels());
    return true;
  } catch (const store::StoreError& e) {
    qCWarning(lcApp) << "no background read:" << e.message();
    return false;
  }
}

void JobController::prefetchIfIdle() {
  if (!prefetch_.isValid()) startPrefetch();
}

void JobController::prefetchAgain() {
  if (!openingJobId_.isEmpty()) return;  // its read is what the analyst waits for
  prefetch_ = {};  // a read still running finishes on its worker with its own copies
  prefetchJobId_.clear();
  startPrefetch();
}

void JobController::closeJob() {
  analysisWatcher_.setFuture(QFuture<imaging::ScanFindings>());
  analysis_ = {};
  job_.reset();
  declaration_.reset();
  checks_.clear();
  activeTimer_.invalidate();
  activeBeforeMs_ = 0;
  declarationPanel_.clear();
  emit jobClosed();
  emit queueChanged();
}

}  // namespace cip::app

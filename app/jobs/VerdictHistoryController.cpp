#include "app/jobs/VerdictHistoryController.h"

#include "app/AppLog.h"
#include "app/BackgroundWork.h"
#include "app/jobs/AnnotationController.h"
#include "app/jobs/DeclarationChecks.h"
#include "app/jobs/JobController.h"
#include "app/jobs/VerdictExport.h"
#include "sync/store/Store.h"
#include "widgets/workflow/AnnotationPanel.h"
#include "widgets/workflow/VerdictHistoryPanel.h"
#include "widgets/workflow/VerdictRecordView.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace cip::app {

namespace {

using Delivery = widgets::VerdictHistoryModel::Delivery;

Delivery deliveryOf(store::Delivery delivery) {
  switch (delivery) {
    case store::Delivery::Pending: return Delivery::Pending;
    case store::Delivery::Delivered: return Delivery::Delivered;
    case store::Delivery::Refused: return Delivery::Refused;
    case store::Delivery::NotKept: break;
  }
  return Delivery::NotKept;
}

widgets::VerdictHistoryModel::Entry entryOf(const store::VerdictHistoryEntry& e) {
  return {e.verdictId, e.jobId, e.decision, e.submittedAt, e.containerNumbers, deliveryOf(e.delivery), e.deliveryAt, e.supersededBy};
}

/// The store's filter for what the panel asks: its local days become UTC bounds, the last day
/// included.
store::VerdictHistoryFilter storeFilter(const QString& analyst, const widgets::VerdictHistoryPanel::Filter& f) {
  store::VerdictHistoryFilter filter;
  filter.analyst = analyst;
  if (f.from) filter.from = QDateTime(*f.from, QTime(0, 0)).toUTC();
  if (f.to) filter.until = QDateTime(f.to->addDays(1), QTime(0, 0)).toUTC();
  filter.container = f.container;
  filter.decision = f.decision;
  return filter;
}

}  // namespace

VerdictHistoryController::VerdictHistoryController(store::Store& store, model::User user, const ScanController& scans,
                                                   QWidget& window, QObject* parent)
    : QObject(parent), store_(store), user_(std::move(user)), scans_(scans), window_(window),
      panel_(new widgets::VerdictHistoryPanel(&window)) {
  panel_->setWindowFlag(Qt::Window);
  panel_->resize(960, 600);
  panel_->setAnalystName(user_.displayName.isEmpty() ? user_.id : user_.displayName);
  connect(panel_, &widgets::VerdictHistoryPanel::filterChanged, this, &VerdictHistoryController::refresh);
  connect(panel_, &widgets::VerdictHistoryPanel::openRequested, this, [this](const QString& verdictId) {
    QString error;
    if (!openRecord(verdictId, &error)) emit message(error);
  });
  connect(panel_, &widgets::VerdictHistoryPanel::exportRequested, this, &VerdictHistoryController::exportWithDialog);
}

VerdictHistoryController::~VerdictHistoryController() {
  if (loading_.isValid()) loading_.waitForFinished();
}

void VerdictHistoryController::show() {
  refresh();
  panel_->show();
  panel_->raise();
  panel_->activateWindow();
}

void VerdictHistoryController::refresh() {
  const store::VerdictHistoryFilter filter = storeFilter(user_.id, panel_->filter());
  int total = 0;
  try {
    total = store_.verdicts().historyCount(filter);
  } catch (const store::StoreError& e) {
    emit message(tr("Your verdicts could not be read: %1").arg(e.message()));
  }
  panel_->setTotal(total);
  panel_->model()->reset(total, [this, filter](const widgets::VerdictHistoryModel::Entry* after, int limit) {
    QList<widgets::VerdictHistoryModel::Entry> page;
    store::VerdictHistoryEntry last;
    if (after) {
      last.submittedAt = after->submittedAt;
      last.verdictId = after->verdictId;
    }
    try {
      for (const store::VerdictHistoryEntry& e : store_.verdicts().history(filter, limit, after ? &last : nullptr)) page << entryOf(e);
    } catch (const store::StoreError& e) {
      emit message(tr("Your verdicts could not be read: %1").arg(e.message()));
    }
    return page;
  });
}

bool VerdictHistoryController::openRecord(const QString& verdictId, QString* error) {
  try {
    // Only through the analyst's own history: another analyst's verdict is not found at all.
    store::VerdictHistoryFilter own;
    own.analyst = user_.id;
    own.verdictId = verdictId;
    const QList<store::VerdictHistoryEntry> found = store_.verdicts().history(own, 1);
    const std::optional<model::Verdict> verdict = found.isEmpty() ? std::nullopt : store_.verdicts().find(verdictId);
    if (!verdict) {
      if (error) *error = tr("Verdict %1 is not among your verdicts.").arg(verdictId);
      return false;
    }
    const std::optional<store::OutboxItem> row = store_.outbox().findByVerdict(verdictId);
    widgets::VerdictRecordView::Receipt receipt;
    receipt.delivery = deliveryOf(found.first().delivery);
    receipt.at = found.first().deliveryAt;
    if (row) {
      receipt.attempts = row->attempts;
      receipt.lastError = row->lastError;
      receipt.nextAttemptAt = row->nextAttemptAt;
      receipt.refusal = row->refusedAt.isValid() ? row->lastError : QString();
      receipt.resolution = row->resolution;
      receipt.resolutionNote = row->resolutionNote;
      receipt.escalatedAt = row->escalatedAt;
    }
    if (!record_) {
      record_ = new widgets::VerdictRecordView(&window_);
      record_->setWindowFlag(Qt::Window);
      record_->resize(1280, 800);
      connect(record_, &widgets::VerdictRecordView::exportRequested, this, &VerdictHistoryController::exportWithDialog);
    }
    record_->setVerdict(*verdict, found.first().containerNumbers, found.first().supersededBy, receipt);

    std::vector<widgets::DisplayedAnnotation> marks;
    for (const model::Annotation& a : verdict->annotations)
      marks.push_back({a.id, shapeOf(a), widgets::AnnotationPanel::categoryColour(a.category),
                       a.shape == model::ShapeKind::Text ? a.text : widgets::AnnotationPanel::categoryName(a.category)});
    const std::optional<model::Job> job = store_.jobs().find(verdict->jobId);
    QString path;
    if (job)
      for (const model::ScanRef& scan : job->scans) {
        const QString local = store_.jobs().scanLocalPath(scan.id);
        if (path.isEmpty() && !local.isEmpty() && QFileInfo::exists(local)) path = local;
      }
    record_->show();
    record_->raise();
    if (path.isEmpty()) {
      record_->setScan(nullptr, nullptr, tr("The scan of job %1 is no longer on this workstation; the verdict is shown without it.").arg(verdict->jobId));
      record_->setChecks({}, tr("No checks without the scan."));
      return true;
    }
    record_->setScan(nullptr, nullptr, tr("Loading the scan…"));
    record_->setMarks(std::move(marks));
    const std::optional<model::Declaration> declaration = job ? store_.declarations().find(job->declarationId) : std::nullopt;
    PrepareOptions options;
    options.declared = declaration ? declaredContentOf(*declaration) : imaging::DeclaredContent{};
    options.scannerId = job ? job->scannerId : QString();
    options.profiles = scans_.profileBook();
    loadingVerdict_ = verdictId;
    loading_ = runInBackground([path, options, models = scans_.materialModels()] { return ScanController::prepare(path, options, models); });
    auto* watcher = new QFutureWatcher<PreparedScan>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, verdictId] {
      watcher->deleteLater();
      if (verdictId == loadingVerdict_) showLoaded(verdictId, watcher->result());  // a later reopening wins
    });
    watcher->setFuture(loading_);
    return true;
  } catch (const store::StoreError& e) {
    if (error) *error = tr("Verdict %1 could not be read: %2").arg(verdictId, e.message());
    return false;
  }
}

void VerdictHistoryController::showLoaded(const QString& verdictId, const PreparedScan& prepared) {
  if (!record_ || record_->verdictId() != verdictId) return;
  if (!prepared.scan) {
    record_->setScan(nullptr, nullptr, prepared.error);
    record_->setChecks({}, tr("No checks without the scan."));
    return;
  }
  record_->setScan(prepared.scan, prepared.materials.classifier);
  try {
    const std::optional<model::Verdict> verdict = store_.verdicts().find(verdictId);
    const std::optional<model::Job> job = verdict ? store_.jobs().find(verdict->jobId) : std::nullopt;
    const std::optional<model::Declaration> declaration = job ? store_.declarations().find(job->declarationId) : std::nullopt;
    if (!declaration || !prepared.analysed) record_->setChecks({}, tr("No declaration on this workstation to check against."));
    else record_->setChecks(checkDeclaration(*declaration, *job, prepared.findings));
  } catch (const store::StoreError& e) {
    record_->setChecks({}, e.message());
  }
}

QStringList VerdictHistoryController::exportVerdict(const QString& verdictId, const QString& folder, QString* error) {
  try {
    const std::optional<model::Verdict> verdict = store_.verdicts().find(verdictId);
    if (!verdict || verdict->analyst != user_.id) throw std::runtime_error(tr("verdict %1 is not among your verdicts").arg(verdictId).toStdString());
    const QStringList files = exportStoredVerdict(store_, verdictId, folder);
    store_.audit().append(user_.id, QStringLiteral("verdict.export"), QStringLiteral("verdict"), verdictId,
                          {{QStringLiteral("folder"), folder}, {QStringLiteral("files"), static_cast<int>(files.size())}},
                          QDateTime::currentDateTimeUtc());
    return files;
  } catch (const std::exception& e) {
    if (error) *error = tr("The verdict was not exported: %1").arg(QString::fromUtf8(e.what()));
    return {};
  }
}

void VerdictHistoryController::exportWithDialog(const QString& verdictId) {
  QWidget* parent = record_ && record_->isActiveWindow() ? record_ : panel_->isActiveWindow() ? panel_ : &window_;
  const QString folder = QFileDialog::getExistingDirectory(parent, tr("Export the verdict into"));
  if (folder.isEmpty()) return;
  QString error;
  const QStringList files = exportVerdict(verdictId, folder, &error);
  emit message(files.isEmpty() ? error : tr("Verdict exported: %1").arg(files.join(QStringLiteral(", "))));
}

}  // namespace cip::app

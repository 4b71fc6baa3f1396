#include "app/jobs/VerdictController.h"

#include "app/AppLog.h"
#include "app/jobs/AnnotationController.h"
#include "app/jobs/JobController.h"
#include "sync/store/Store.h"
#include "sync/store/StoreWriter.h"
#include "widgets/workflow/VerdictPanel.h"

#include <QMessageBox>
#include <QUuid>

#include <algorithm>

namespace cip::app {

VerdictController::VerdictController(store::Store& store, model::User user, JobController& jobs, AnnotationController& annotations,
                                     widgets::VerdictPanel& panel, QObject* parent)
    : QObject(parent), store_(store), writer_(std::make_unique<store::StoreWriter>(store.database().path())), user_(std::move(user)),
      jobs_(jobs), annotations_(annotations), panel_(panel), clock_([] { return QDateTime::currentDateTimeUtc(); }) {
  // Verdicts are committed by the writer at FULL: before "submitted" they are on the disk. The
  // window's own writes (marks, job opened, pulls) need not wait for it on the GUI thread, where
  // under a download's writes one fsync took 190 ms: they survive a crash of the program at
  // once, and a power cut from the next verdict or checkpoint on.
  store_.database().setSynchronous(store::Database::Synchronous::Normal);
  panel_.setReasonCodes(defaultReasonCodes());
  connect(&panel_, &widgets::VerdictPanel::formChanged, this, &VerdictController::updateForm);
  connect(&panel_, &widgets::VerdictPanel::submitRequested, this, [this] {
    QString error;
    if (!submit(&error) && !error.isEmpty()) emit errorOccurred(error);
  });
  connect(&annotations_, &AnnotationController::annotationsChanged, this, &VerdictController::updateForm);
  connect(&jobs_, &JobController::jobOpened, this, [this] {
    panel_.reset(true);
    updateForm();
  });
  connect(&jobs_, &JobController::jobClosed, this, [this] { panel_.reset(false); });
  connect(&jobs_, &JobController::checksChanged, this, &VerdictController::updateForm);
}

VerdictController::~VerdictController() {
  try {
    store_.database().setSynchronous(store::Database::Synchronous::Full);
  } catch (const store::StoreError& e) {
    qCWarning(lcApp) << "the database keeps synchronous=NORMAL:" << e.message();
  }
}

QStringList VerdictController::defaultReasonCodes() {
  return {QStringLiteral("IMAGE_MATCHES_DECLARATION"), QStringLiteral("WEIGHT_MISMATCH"), QStringLiteral("CONTAINER_NUMBER_MISMATCH"),
          QStringLiteral("NOT_EMPTY"), QStringLiteral("MATERIAL_MISMATCH"), QStringLiteral("UNDECLARED_GOODS"),
          QStringLiteral("CONCEALMENT"), QStringLiteral("DENSE_REGION"), QStringLiteral("IMAGE_QUALITY"), QStringLiteral("OTHER")};
}

QList<VerdictController::Need> VerdictController::needs() const {
  using Field = widgets::VerdictPanel::Field;
  if (!jobs_.currentJob()) return {{tr("an open job"), Field::None}};
  const std::optional<model::Decision> decision = panel_.decision();
  if (!decision) return {{tr("a decision (F9 release, F10 refer, F11 inconclusive)"), Field::Decision}};
  QList<Need> needs;
  int marks = 0;
  for (const model::Annotation& a : annotations_.annotations()) marks += a.category == QLatin1String("measurement") ? 0 : 1;
  const bool comment = !panel_.comment().isEmpty();
  if (jobs_.checksPending()) needs.push_back({tr("the image–declaration checks (still running)"), Field::None});
  switch (*decision) {
    case model::Decision::ReferToInspection:
      if (marks == 0 && !comment) needs.push_back({tr("a mark on the scan or a written reason"), Field::Comment});
      break;
    case model::Decision::Inconclusive:
      if (!comment) needs.push_back({tr("a comment saying what is unclear"), Field::Comment});
      break;
    case model::Decision::Release: {
      QStringList failed;
      for (const model::DeclarationCheck& check : jobs_.checks())
        if (check.outcome == model::CheckOutcome::Fail) failed << check.title;
      if (!failed.isEmpty() && !comment)
        needs.push_back({tr("a comment on the failed checks (%1)").arg(failed.join(QStringLiteral(", "))), Field::Comment});
      break;
    }
  }
  // The field the analyst can fill comes first; waiting for the checks needs nothing of them.
  std::stable_sort(needs.begin(), needs.end(), [](const Need& a, const Need& b) { return a.field != Field::None && b.field == Field::None; });
  return needs;
}

QStringList VerdictController::missing() const {
  QStringList texts;
  for (const Need& need : needs()) texts << need.text;
  return texts;
}

void VerdictController::updateForm() { panel_.setMissing(jobs_.currentJob() ? missing() : QStringList()); }

QString VerdictController::summary(const model::Verdict& v) {
  QStringList reasons;
  for (const QString& code : v.reasonCodes) reasons << widgets::VerdictPanel::reasonName(code);
  QString text = tr("Job %1: %2\nReasons: %3\nMarks: %4\nTime on the job: %5 min")
                     .arg(v.jobId, widgets::VerdictPanel::decisionName(v.decision), reasons.isEmpty() ? tr("none") : reasons.join(QStringLiteral(", ")))
                     .arg(v.annotations.size())
                     .arg(v.activeMs / 60000.0, 0, 'f', 1);
  text += QLatin1Char('\n') + (v.confidence ? tr("Confidence: %1 %").arg(*v.confidence) : tr("Confidence: not stated"));
  text += QLatin1Char('\n') + (v.comment.isEmpty() ? tr("Comment: none") : tr("Comment: %1").arg(v.comment));
  return text;
}

bool VerdictController::submit(QString* error) {
  if (saving_) {  // a second Submit while the first is being written
    if (error) error->clear();
    return false;
  }
  const QList<Need> lacking = needs();
  if (!lacking.isEmpty()) {
    const QString text = tr("The verdict is not complete: %1.").arg(missing().join(QStringLiteral("; ")));
    if (error) *error = text;
    if (jobs_.currentJob()) panel_.showMissing(tr("Not submitted — still needed: %1").arg(missing().join(QStringLiteral("; "))), lacking.first().field);
    return false;
  }
  const model::Job job = *jobs_.currentJob();
  model::Verdict v;
  v.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
  v.jobId = job.id;
  v.decision = *panel_.decision();
  v.reasonCodes = panel_.checkedReasons();
  v.comment = panel_.comment();
  v.annotations = annotations_.annotations();
  v.analyst = user_.id;
  v.submittedAt = clock_();
  v.activeMs = jobs_.activeMs();
  v.confidence = panel_.confidence();
  try {
    const QDateTime opened = jobs_.openedAt();
    v.openedAt = opened.isValid() ? std::min(opened, v.submittedAt) : v.submittedAt;
    // Deciding a job again after the central system refused its verdict supersedes that verdict;
    // any other earlier verdict stands, and the store refuses a second one.
    const QList<model::Verdict> earlier = store_.verdicts().forJob(job.id);
    if (!earlier.isEmpty()) {
      const std::optional<store::OutboxItem> sent = store_.outbox().findByVerdict(earlier.last().id);
      if (sent && sent->resolution == QLatin1String("decided-again")) v.supersedes = earlier.last().id;
    }
  } catch (const store::StoreError& e) {
    if (error) *error = tr("The verdict was not saved: %1").arg(e.message());
    return false;
  }
  const bool confirmed = confirm_ ? confirm_(summary(v))
                                  : QMessageBox::question(panel_.window(), tr("Submit verdict"), summary(v),
                                                          QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Ok) == QMessageBox::Ok;
  if (!confirmed) {
    if (error) error->clear();
    return false;
  }
  // Written on the store's writer thread: the window keeps drawing while the commit waits for
  // the disk, and the analyst's next key waits until the verdict is there.
  const QString idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
  saving_ = true;
  const QString failed = writer_->run([&](store::Database& db) { store::VerdictRepository(db).submit(v, idempotencyKey, sessionId_); });
  saving_ = false;
  if (!failed.isEmpty()) {
    qCWarning(lcApp) << "verdict not stored:" << failed;
    if (error) *error = tr("The verdict was not saved: %1").arg(failed);
    return false;
  }
  qCInfo(lcApp) << "verdict" << v.id << "for job" << v.jobId << model::decisionToString(v.decision);
  jobs_.closeJob();
  emit submitted(v.id, v.jobId);
  if (autoAdvance_) {
    QString ignored;
    jobs_.requestOpenNext(&ignored);
  }
  return true;
}

}  // namespace cip::app

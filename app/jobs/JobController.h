#pragma once

#include "app/ScanController.h"
#include "sync/model/Declaration.h"
#include "sync/model/DeclarationCheck.h"
#include "sync/model/Job.h"
#include "sync/model/User.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <functional>
#include <optional>

namespace cip::store {
class Store;
}
namespace cip::widgets {
class DeclarationPanel;
}

namespace cip::app {

/// The analyst's current job: opening it (scan into the viewer, declaration and the
/// image–declaration checks beside it), "next job", and the next job's prefetch — its scan is
/// loaded and analysed on a worker thread while the analyst works on this one, so switching
/// shows it at once. It also keeps the time actually spent on the job (paused while the
/// workstation is not the active application).
class JobController : public QObject {
  Q_OBJECT
 public:
  JobController(store::Store& store, model::User user, ScanController& scans, widgets::DeclarationPanel& declarationPanel,
                QObject* parent = nullptr);
  ~JobController() override;

  /// Opens the job; false with `error` set (naming the job or file) when it cannot be shown. Only
  /// the signed-in analyst's own jobs open; each opening is written to the audit log.
  bool openJob(const QString& jobId, QString* error);
  /// Opens a job whose verdict the central system refused, to decide it again: the refused
  /// verdict stays in the store (the next verdict supersedes it) and its marks come back as a
  /// draft to work on. `outboxId` is the refused verdict's outbox row, resolved here.
  bool decideAgain(qint64 outboxId, const QString& verdictId, QString* error);
  /// Opens the most urgent job after the current one in queue order; false when none is left.
  bool openNextJob(QString* error);
  /// openJob() without making the window wait: at once when the job's scan is ready (the
  /// prefetch holds it), else its scan is read on a worker and the job opens when that is done,
  /// openingJob() said meanwhile and openFailed() if it cannot. The keys, the queue and the step
  /// after a verdict open jobs this way; a newer request replaces one still on its way.
  void requestOpen(const QString& jobId);
  /// requestOpen() for the most urgent job after the current one; false when none is left.
  bool requestOpenNext(QString* error);
  /// The job requested and still being read, empty when none.
  QString openingJobId() const { return openingJobId_; }
  /// Forgets the current job (after its verdict) and clears the declaration panel.
  void closeJob();

  const std::optional<model::Job>& currentJob() const { return job_; }
  const std::optional<model::Declaration>& currentDeclaration() const { return declaration_; }
  const QList<model::DeclarationCheck>& checks() const { return checks_; }
  /// True while a job opened cold is still being analysed (its checks follow).
  bool checksPending() const { return analysis_.isValid() && !analysis_.isFinished(); }
  /// Blocks until a background analysis (if any) has been applied: for tests and the benchmark.
  void waitForAnalysis();
  /// Milliseconds the analyst has had this job in front of them.
  qint64 activeMs() const;
  /// When the analyst first opened the current job (kept across restarts by the store).
  QDateTime openedAt() const;
  /// The job the prefetch is working on or holds, empty when none.
  QString prefetchedJobId() const { return prefetchJobId_; }
  /// Blocks until the prefetch (if any) is done: for tests and the benchmark.
  void waitForPrefetch();
  /// Starts preparing the next job when nothing is being prepared: its scan may have arrived
  /// since the last job opened, and a job opened cold loads on the GUI thread. Called whenever
  /// the sync changed jobs or scans.
  void prefetchIfIdle();
  /// Prepares the next job again (the one read so far used other scanner profiles), unless the
  /// analyst is already waiting for it to open.
  void prefetchAgain();
  void setClock(std::function<QDateTime()> clock) { clock_ = std::move(clock); }

 signals:
  void jobOpened(const QString& jobId);
  /// A job's scan is about to be shown and its panels filled, all in this event.
  void jobOpening(const QString& jobId);
  /// A requested job's scan is being read; it opens when that is done.
  void openingJob(const QString& jobId);
  /// A requested job could not be opened: why, naming the job or file.
  void openFailed(const QString& message);
  void jobClosed();
  /// The job list changed in the store (status): the queue should re-read it.
  void queueChanged();
  /// The image–declaration checks of the current job are (re)computed.
  void checksChanged();

 private:
  std::optional<model::Job> nextAfter(const QString& jobId) const;
  QString scanPathOf(const model::Job& job) const;
  void startPrefetch();
  /// Starts reading (and with `analyse`, analysing) the job's scan on a worker, as the prefetch;
  /// false when it has no declaration or no downloaded scan yet.
  bool prepareInBackground(const model::Job& job, bool analyse);
  void finishRequestedOpen();
  /// Opens the job here and now for a request, dropping any other on its way; errors go to openFailed().
  void openNow(const QString& jobId);
  void onApplicationStateChanged(Qt::ApplicationState state);

  store::Store& store_;
  model::User user_;
  ScanController& scans_;
  widgets::DeclarationPanel& declarationPanel_;
  std::function<QDateTime()> clock_;
  std::optional<model::Job> job_;
  std::optional<model::Declaration> declaration_;
  QList<model::DeclarationCheck> checks_;
  QElapsedTimer activeTimer_;
  qint64 activeBeforeMs_ = 0;  ///< time banked before the last pause
  QString prefetchJobId_;
  QFuture<PreparedScan> prefetch_;
  QString openingJobId_;
  QFutureWatcher<PreparedScan> openWatcher_;  ///< the requested job's scan being read
  QFuture<imaging::ScanFindings> analysis_;  ///< a cold job's findings, made after it is shown
  QFutureWatcher<imaging::ScanFindings> analysisWatcher_;
  void applyFindings(const imaging::ScanFindings& findings);
};

/// What the automatic findings need from a declaration: its HS codes, or "declared empty".
imaging::DeclaredContent declaredContentOf(const model::Declaration& declaration);

}  // namespace cip::app

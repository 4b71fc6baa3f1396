#pragma once

#include "sync/model/User.h"
#include "sync/model/Verdict.h"
#include "widgets/workflow/VerdictPanel.h"

#include <QObject>

#include <functional>
#include <memory>

namespace cip::store {
class Store;
class StoreWriter;
}

namespace cip::app {

class AnnotationController;
class JobController;

/// Turns the verdict form into a submitted verdict. It keeps the form honest about what the
/// chosen decision still needs (a referral needs a mark or a written reason;
/// inconclusive needs a comment; releasing against a failed check needs a comment), asks for
/// confirmation, and submits: verdict, frozen annotations, job status, outbox row and audit entry
/// in one transaction, written by the store's writer thread (the window keeps drawing while the
/// commit waits for the disk). Only then does the workstation say "submitted" and move on.
class VerdictController : public QObject {
  Q_OBJECT
 public:
  VerdictController(store::Store& store, model::User user, JobController& jobs, AnnotationController& annotations,
                    widgets::VerdictPanel& panel, QObject* parent = nullptr);
  ~VerdictController() override;

  /// One thing the form still lacks, in the analyst's words, and the field that supplies it.
  struct Need {
    QString text;
    widgets::VerdictPanel::Field field;
  };
  QList<Need> needs() const;
  /// What the form still lacks for its decision, in the analyst's words; empty when complete.
  QStringList missing() const;
  /// Submits the form (after confirmation); false with `error` when nothing was written. An
  /// incomplete form is refused where the analyst looks: beside Submit, with the focus moved to
  /// the first missing field.
  bool submit(QString* error);
  /// The confirmation step; returns whether to go ahead. Default: a dialog.
  void setConfirm(std::function<bool(const QString& summary)> confirm) { confirm_ = std::move(confirm); }
  void setClock(std::function<QDateTime()> clock) { clock_ = std::move(clock); }
  /// Open the next job after a submission (default on).
  void setAutoAdvance(bool on) { autoAdvance_ = on; }
  /// The local session verdicts are submitted in (an offline-verified one marks them).
  void setSessionId(qint64 id) { sessionId_ = id; }

  static QStringList defaultReasonCodes();
  /// The whole verdict as the confirmation shows it: decision, reasons, confidence, marks, time
  /// on the job and the comment.
  static QString summary(const model::Verdict& verdict);

 signals:
  /// The verdict is in the database and the outbox: the analyst may rely on it.
  void submitted(const QString& verdictId, const QString& jobId);
  void errorOccurred(const QString& message);

 private:
  void updateForm();

  store::Store& store_;
  std::unique_ptr<store::StoreWriter> writer_;  ///< writes the verdict off the GUI thread
  bool saving_ = false;
  model::User user_;
  qint64 sessionId_ = 0;
  JobController& jobs_;
  AnnotationController& annotations_;
  widgets::VerdictPanel& panel_;
  std::function<bool(const QString&)> confirm_;
  std::function<QDateTime()> clock_;
  bool autoAdvance_ = true;
};

}  // namespace cip::app

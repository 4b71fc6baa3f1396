#pragma once

#include "sync/model/JobRelease.h"

#include <QDialog>

class QButtonGroup;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace cip::widgets {

/// Asks why a job is given back before it leaves the analyst's queue. The reason goes to the
/// central system with the release, so a supervisor can tell a scan nobody can assess from the
/// end of a shift; "Other" needs a note, and nothing is given back until the form says enough.
class GiveBackDialog : public QDialog {
  Q_OBJECT
 public:
  GiveBackDialog(const QString& jobId, QWidget* parent = nullptr);

  model::JobRelease release() const;
  /// Chooses a reason as a click would (keyboard users and tests).
  void setReason(model::ReleaseReason reason);
  void setNote(const QString& note);
  QPlainTextEdit* noteEdit() const { return note_; }
  static QString reasonName(model::ReleaseReason reason);

 private:
  void updateAcceptance();

  QButtonGroup* reasons_;
  QLabel* noteLabel_;
  QPlainTextEdit* note_;
  QLabel* missing_;
  QDialogButtonBox* buttons_;
};

}  // namespace cip::widgets

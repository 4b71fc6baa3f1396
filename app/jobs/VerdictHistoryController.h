#pragma once

#include "app/ScanController.h"
#include "sync/model/User.h"

#include <QFuture>
#include <QObject>
#include <QStringList>

#include <memory>

class QWidget;

namespace cip::store {
class Store;
}
namespace cip::widgets {
class VerdictHistoryPanel;
class VerdictRecordView;
}  // namespace cip::widgets

namespace cip::app {

/// "My verdicts": the signed-in analyst's own verdicts from the store, found by date, container
/// and decision, a page at a time; one reopened read-only in a window of its own (its scan in
/// its own viewer with the marks, the checks worked out again, the delivery record); and
/// exported again as DICOS TDRs and JSON. It reads the store and never writes it, except the
/// audit entry of an export; the job open in the main window is never touched.
class VerdictHistoryController : public QObject {
  Q_OBJECT
 public:
  /// The windows are made as children of `window` (closed with it).
  VerdictHistoryController(store::Store& store, model::User user, const ScanController& scans, QWidget& window,
                           QObject* parent = nullptr);
  ~VerdictHistoryController() override;

  /// The history window (a top-level window of its own).
  widgets::VerdictHistoryPanel* panel() const { return panel_; }
  /// The read-only window of the verdict reopened last.
  widgets::VerdictRecordView* recordView() const { return record_; }
  /// Shows the history window with the rows read afresh.
  void show();
  /// Reads the rows again for the panel's filter.
  void refresh();
  /// Shows the verdict read-only; its scan loads in the background. False with `error` (naming
  /// the verdict) when it is not this analyst's or cannot be read.
  bool openRecord(const QString& verdictId, QString* error);
  /// True while the reopened verdict's scan is still loading.
  bool recordLoading() const { return loading_.isValid() && !loading_.isFinished(); }
  /// Writes the verdict's operator and machine TDRs and its JSON (and the PDF report) into
  /// `folder`, with an audit entry; the files, or none with `error` set.
  QStringList exportVerdict(const QString& verdictId, const QString& folder, QString* error);
  /// The same into a folder the analyst chooses; the outcome goes to message().
  void exportWithDialog(const QString& verdictId);

 signals:
  /// A message for the status bar.
  void message(const QString& text);

 private:
  void showLoaded(const QString& verdictId, const PreparedScan& prepared);

  store::Store& store_;
  model::User user_;
  const ScanController& scans_;  ///< its material models and scanner profiles read the scans again
  QWidget& window_;
  widgets::VerdictHistoryPanel* panel_;
  widgets::VerdictRecordView* record_ = nullptr;
  QFuture<PreparedScan> loading_;
  QString loadingVerdict_;
};

}  // namespace cip::app

#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace cip::widgets {

class JobQueueModel;

/// The queue dock: a sortable, filterable table of the analyst's jobs, or a plain statement that
/// there are none. Activating a row (double-click / Enter) asks the controller to open that job.
class JobQueuePanel : public QWidget {
  Q_OBJECT
 public:
  explicit JobQueuePanel(JobQueueModel* model, QWidget* parent = nullptr);

  QTableView* table() const { return table_; }
  /// Rows shown after filtering.
  int visibleRows() const;
  void setFilterText(const QString& text);
  /// The central system's state when it cannot be reached (empty: online): an empty queue then
  /// says that it shows only what this workstation holds, not that nothing is assigned.
  void setLinkProblem(const QString& problem);
  QString emptyText() const;

 signals:
  void jobActivated(const QString& jobId);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void retranslate();
  void updateEmptyState();

  JobQueueModel* model_;
  QSortFilterProxyModel* proxy_;
  QLineEdit* filter_;
  QTableView* table_;
  QLabel* emptyLabel_;
  QStackedWidget* stack_;
  QString linkProblem_;
};

}  // namespace cip::widgets

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
};

}  // namespace cip::widgets

#pragma once

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;

namespace cip::widgets {

class JobQueueDelegate;
class JobQueueModel;
class JobQueueProxy;

/// The queue dock: the analyst's jobs, most urgent first unless they choose another order,
/// filterable, or a plain statement that there are none. Activating a row (double-click /
/// Enter) asks the controller to open that job. When the dock is too narrow for every column,
/// each job shows as two lines in one column, so deadline, status and port never scroll away.
class JobQueuePanel : public QWidget {
  Q_OBJECT
 public:
  explicit JobQueuePanel(JobQueueModel* model, QWidget* parent = nullptr);

  QTableView* table() const { return table_; }
  QComboBox* sortBox() const { return sortBox_; }
  QCheckBox* overdueOnlyBox() const { return overdueOnly_; }
  /// Rows shown after filtering.
  int visibleRows() const;
  void setFilterText(const QString& text);
  void setOverdueOnly(bool on);
  /// The order as a settings value: "urgency", "priority", "arrival", "port" … with a leading
  /// "-" when descending. Unknown values give urgency.
  QString sortKey() const;
  void setSortKey(const QString& key);
  /// True while the dock is too narrow for the columns and each job is two lines in one column.
  bool compact() const { return compact_; }
  /// How often the countdowns are redrawn (the rows are not reloaded for that).
  void setCountdownInterval(int milliseconds) { countdownTimer_.setInterval(milliseconds); }
  /// The central system's state when it cannot be reached (empty: online): an empty queue then
  /// says that it shows only what this workstation holds, not that nothing is assigned.
  void setLinkProblem(const QString& problem);
  QString emptyText() const;

 signals:
  void jobActivated(const QString& jobId);
  /// The analyst chose another order (by the box or a column header): `sortKey()`'s value.
  void sortChanged(const QString& key);

 protected:
  void changeEvent(QEvent* event) override;
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  void retranslate();
  void updateEmptyState();
  void showSortInBox(int column);
  /// Columns when they all fit the table's width, two-line rows when they do not.
  void updateLayoutMode();
  int widthForAllColumns() const;

  JobQueueModel* model_;
  JobQueueProxy* proxy_;
  JobQueueDelegate* compactDelegate_;
  QLineEdit* filter_;
  QLabel* sortLabel_;
  QComboBox* sortBox_;
  QCheckBox* overdueOnly_;
  QTableView* table_;
  QLabel* emptyLabel_;
  QStackedWidget* stack_;
  QString linkProblem_;
  QTimer countdownTimer_;
  int wideRowHeight_ = 0;
  bool compact_ = false;
};

}  // namespace cip::widgets

#pragma once

#include "sync/model/Verdict.h"
#include "widgets/workflow/VerdictHistoryModel.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace cip::widgets {

/// "My verdicts": the analyst's own decided jobs, newest first, found by submission date (a
/// range), container number and decision. A verdict opens read-only (double click, Enter or
/// Open) or is exported again; the panel only asks, the controller reads the store.
class VerdictHistoryPanel : public QWidget {
  Q_OBJECT
 public:
  /// What the analyst asked for; dates are local days, both ends included.
  struct Filter {
    std::optional<QDate> from;
    std::optional<QDate> to;
    QString container;
    std::optional<model::Decision> decision;
  };

  explicit VerdictHistoryPanel(QWidget* parent = nullptr);

  VerdictHistoryModel* model() const { return model_; }
  /// Whose verdicts these are (the window's title names them).
  void setAnalystName(const QString& name);
  Filter filter() const;
  /// Sets every filter field at once (one filterChanged).
  void setFilter(const Filter& filter);
  /// The number found, shown above the table.
  void setTotal(int total);
  QString selectedVerdict() const;
  /// Selects the row of `verdictId` among the rows read so far.
  void select(const QString& verdictId);
  QTableView* table() const { return table_; }
  QLineEdit* containerEdit() const { return container_; }
  QComboBox* decisionBox() const { return decision_; }
  QPushButton* openButton() const { return open_; }
  QPushButton* exportButton() const { return export_; }

 signals:
  void filterChanged();
  void openRequested(const QString& verdictId);
  void exportRequested(const QString& verdictId);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void retranslate();
  void updateButtons();

  VerdictHistoryModel* model_;
  QCheckBox* fromOn_;
  QDateEdit* from_;
  QCheckBox* toOn_;
  QDateEdit* to_;
  QLabel* containerLabel_;
  QLineEdit* container_;
  QLabel* decisionLabel_;
  QComboBox* decision_;
  QPushButton* clear_;
  QLabel* total_;
  QTableView* table_;
  QPushButton* open_;
  QPushButton* export_;
  QTimer* typing_;  ///< a container number is looked up once the typing pauses
  int totalCount_ = 0;
  QString analystName_;
  bool settingFilter_ = false;
};

}  // namespace cip::widgets

#pragma once

#include "sync/model/ScannerStatus.h"

#include <QAbstractTableModel>
#include <QWidget>

class QLabel;
class QTableView;

namespace cip::widgets {

/// The scanners' state and their last day's work, one row each, for the supervisor.
class ScannerStatusModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  enum Column { Name, Site, Kind, State, Uptime, Scans, Anomalies, Faults, LastReport, ColumnCount };
  explicit ScannerStatusModel(QObject* parent = nullptr);

  void setStatuses(QList<model::ScannerStatus> statuses, const QDateTime& now);
  const QList<model::ScannerStatus>& statuses() const { return statuses_; }

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

  static QString stateText(model::ScannerStatus::State state);
  static QString kindText(model::ScannerKind kind);
  /// "3 min ago", "2 h 5 min ago"; empty for an invalid time.
  static QString agoText(const QDateTime& now, const QDateTime& then);

 private:
  QList<model::ScannerStatus> statuses_;
  QDateTime now_;
};

/// The Scanners dock: a one-line summary ("4 of 6 up · 512 scans · 3 faults in 24 h") above the
/// table. Down scanners and scanners with faults stand out, so a glance finds the port to call.
class ScannerPanel : public QWidget {
  Q_OBJECT
 public:
  explicit ScannerPanel(QWidget* parent = nullptr);
  void setStatuses(QList<model::ScannerStatus> statuses, const QDateTime& now);
  ScannerStatusModel* model() const { return model_; }
  QString summaryText() const;

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void retranslate();

  ScannerStatusModel* model_;
  QLabel* summary_;
  QTableView* table_;
};

}  // namespace cip::widgets

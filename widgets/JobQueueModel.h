#pragma once

#include "sync/model/Job.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QDateTime>

#include <functional>

namespace cip::widgets {

/// The analyst's job queue as a table. Rows come from the store through a controller; the model
/// only formats them. The deadline column counts down against an injectable clock (the central
/// system's, in the app) so tests can check "overdue" without waiting.
class JobQueueModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  enum Column { Priority, JobId, Containers, Origin, Deadline, Status, Scans, Arrived, ColumnCount };
  /// Raw values for sorting (priority number, deadline as date-time …).
  static constexpr int SortRole = Qt::UserRole + 1;
  static constexpr int JobIdRole = Qt::UserRole + 2;
  /// True for a job past its deadline by the model's clock (any column).
  static constexpr int OverdueRole = Qt::UserRole + 3;
  /// True for the job open in the workspace (any column).
  static constexpr int OpenRole = Qt::UserRole + 4;
  /// Everything an analyst may type to find a job: id, containers, port, scanner, declaration.
  static constexpr int SearchTextRole = Qt::UserRole + 5;

  explicit JobQueueModel(QObject* parent = nullptr);

  /// What the store knows beyond the job itself, shown in the Status column instead of the status.
  enum class Mark { None, Withdrawn, VerdictRefused };
  void setJobs(QList<model::Job> jobs, QHash<QString, Mark> marks = {});
  Mark mark(const QString& jobId) const { return marks_.value(jobId, Mark::None); }
  const QList<model::Job>& jobs() const { return jobs_; }
  void setClock(std::function<QDateTime()> clock);
  /// Re-evaluates the countdowns (called by a timer) without reloading rows.
  void refreshCountdowns();
  /// The job open in the workspace (empty: none); it stays marked across reloads of the rows.
  void setOpenJob(const QString& jobId);
  QString openJob() const { return openJob_; }

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  /// "in 25 min", "overdue 3 min", "in 2 h 05 min": the SLA countdown an analyst reads at a glance.
  static QString countdownText(const QDateTime& now, const QDateTime& deadline);
  static QString statusText(model::JobStatus status);

 private:
  QVariant display(const model::Job& job, int column) const;
  QString statusDisplay(const model::Job& job) const;
  QString rowToolTip(int row) const;
  void emitRowChanged(const QString& jobId);

  QList<model::Job> jobs_;
  QHash<QString, Mark> marks_;
  QString openJob_;
  std::function<QDateTime()> clock_;
};

}  // namespace cip::widgets

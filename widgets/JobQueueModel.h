#pragma once

#include "sync/model/Job.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QDateTime>

#include <functional>

namespace cip::widgets {

/// The analyst's job queue as a table. Rows come from the store through a controller; the model
/// only formats them. The deadline column counts down against an injectable clock so tests can
/// check "overdue" without waiting.
class JobQueueModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  enum Column { Priority, JobId, Containers, Origin, Deadline, Status, Scans, ColumnCount };
  /// Raw values for sorting and filtering (priority number, deadline as date-time …).
  static constexpr int SortRole = Qt::UserRole + 1;
  static constexpr int JobIdRole = Qt::UserRole + 2;

  explicit JobQueueModel(QObject* parent = nullptr);

  /// What the store knows beyond the job itself, shown in the Status column instead of the status.
  enum class Mark { None, Withdrawn, VerdictRefused };
  void setJobs(QList<model::Job> jobs, QHash<QString, Mark> marks = {});
  Mark mark(const QString& jobId) const { return marks_.value(jobId, Mark::None); }
  const QList<model::Job>& jobs() const { return jobs_; }
  void setClock(std::function<QDateTime()> clock);
  /// Re-evaluates the countdowns (called by a timer) without reloading rows.
  void refreshCountdowns();

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  /// "in 25 min", "overdue 3 min", "in 2 h 5 min": the SLA countdown an analyst reads at a glance.
  static QString countdownText(const QDateTime& now, const QDateTime& deadline);
  static QString statusText(model::JobStatus status);

 private:
  QList<model::Job> jobs_;
  QHash<QString, Mark> marks_;
  std::function<QDateTime()> clock_;
};

}  // namespace cip::widgets

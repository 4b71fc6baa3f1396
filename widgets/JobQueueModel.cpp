#include "widgets/JobQueueModel.h"

#include <QBrush>
#include <QColor>

namespace cip::widgets {

using model::Job;
using model::JobStatus;

JobQueueModel::JobQueueModel(QObject* parent)
    : QAbstractTableModel(parent), clock_([] { return QDateTime::currentDateTimeUtc(); }) {}

void JobQueueModel::setJobs(QList<Job> jobs, QHash<QString, Mark> marks) {
  beginResetModel();
  jobs_ = std::move(jobs);
  marks_ = std::move(marks);
  endResetModel();
}

void JobQueueModel::setClock(std::function<QDateTime()> clock) { clock_ = std::move(clock); }

void JobQueueModel::refreshCountdowns() {
  if (jobs_.isEmpty()) return;
  emit dataChanged(index(0, Deadline), index(rowCount() - 1, Deadline));
}

int JobQueueModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(jobs_.size());
}

int JobQueueModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString JobQueueModel::countdownText(const QDateTime& now, const QDateTime& deadline) {
  const qint64 seconds = now.secsTo(deadline);
  const qint64 minutes = (std::abs(seconds) + 59) / 60;
  const QString span = minutes >= 60 ? tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60)
                                     : tr("%1 min").arg(minutes);
  return seconds >= 0 ? tr("in %1").arg(span) : tr("overdue %1").arg(span);
}

QString JobQueueModel::statusText(JobStatus status) {
  switch (status) {
    case JobStatus::Assigned: return tr("Assigned");
    case JobStatus::InProgress: return tr("In progress");
    case JobStatus::Decided: return tr("Decided");
    case JobStatus::Returned: return tr("Returned");
  }
  return {};
}

QVariant JobQueueModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= jobs_.size()) return {};
  const Job& job = jobs_.at(index.row());
  if (role == JobIdRole) return job.id;
  if (role == SortRole) {
    switch (index.column()) {
      case Priority: return job.priority;
      case Deadline: return job.deadline;
      case Scans: return static_cast<int>(job.scans.size());
      default: return data(index, Qt::DisplayRole);
    }
  }
  if (role == Qt::ForegroundRole && index.column() == Deadline && clock_().secsTo(job.deadline) < 0)
    return QBrush(QColor(0xff, 0x6b, 0x5a));
  if (role == Qt::ForegroundRole && index.column() == Status && mark(job.id) != Mark::None) return QBrush(QColor(0xe6, 0x7e, 0x22));
  if (role == Qt::ToolTipRole && index.column() == Status && mark(job.id) == Mark::Withdrawn)
    return tr("The central system no longer lists this job for you (reassigned or cancelled). Your marks are kept; a verdict you "
              "submit is checked by the central system like any other.");
  if (role == Qt::ToolTipRole && index.column() == Status && mark(job.id) == Mark::VerdictRefused)
    return tr("The central system refused your verdict: see Refused verdicts to decide again or hand it to a supervisor.");
  if (role == Qt::ToolTipRole && index.column() == Deadline)
    return QLocale().toString(job.deadline.toLocalTime(), QLocale::ShortFormat);
  if (role != Qt::DisplayRole) return {};
  switch (index.column()) {
    case Priority: return QStringLiteral("P%1").arg(job.priority);
    case JobId: return job.id;
    case Containers: return job.containerNumbers.join(QStringLiteral(", "));
    case Origin: return QStringLiteral("%1 · %2").arg(job.port, job.scannerId);
    case Deadline: return countdownText(clock_(), job.deadline);
    case Status:
      switch (mark(job.id)) {
        case Mark::Withdrawn: return tr("Withdrawn");
        case Mark::VerdictRefused: return tr("Verdict refused");
        case Mark::None: break;
      }
      return statusText(job.status);
    case Scans: return static_cast<int>(job.scans.size());
    default: return {};
  }
}

QVariant JobQueueModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case Priority: return tr("Priority");
    case JobId: return tr("Job");
    case Containers: return tr("Containers");
    case Origin: return tr("Port · scanner");
    case Deadline: return tr("Deadline");
    case Status: return tr("Status");
    case Scans: return tr("Scans");
    default: return {};
  }
}

}  // namespace cip::widgets

#include "widgets/JobQueueModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace cip::widgets {

using model::Job;
using model::JobStatus;

namespace {

/// Red that reads on the theme in use: light on the dark theme, deep on the light one.
QColor overdueColour() {
  const bool darkTheme = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
  return darkTheme ? QColor(0xff, 0x7b, 0x6b) : QColor(0xb3, 0x26, 0x1e);
}

QColor markColour() {
  const bool darkTheme = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
  return darkTheme ? QColor(0xf0, 0xa0, 0x40) : QColor(0x9a, 0x52, 0x00);
}

}  // namespace

JobQueueModel::JobQueueModel(QObject* parent)
    : QAbstractTableModel(parent), clock_([] { return QDateTime::currentDateTimeUtc(); }) {}

void JobQueueModel::setJobs(QList<Job> jobs, QHash<QString, Mark> marks) {
  beginResetModel();
  jobs_ = std::move(jobs);
  marks_ = std::move(marks);
  endResetModel();
}

void JobQueueModel::setClock(std::function<QDateTime()> clock) {
  clock_ = std::move(clock);
  refreshCountdowns();
}

void JobQueueModel::refreshCountdowns() {
  if (jobs_.isEmpty()) return;
  // Every column: the overdue mark, the tooltips and the compact rows all read the countdown.
  emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void JobQueueModel::setOpenJob(const QString& jobId) {
  if (jobId == openJob_) return;
  const QString previous = std::exchange(openJob_, jobId);
  emitRowChanged(previous);
  emitRowChanged(openJob_);
}

void JobQueueModel::emitRowChanged(const QString& jobId) {
  for (int row = 0; row < jobs_.size(); ++row)
    if (jobs_.at(row).id == jobId) emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int JobQueueModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(jobs_.size());
}

int JobQueueModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString JobQueueModel::countdownText(const QDateTime& now, const QDateTime& deadline) {
  const qint64 seconds = now.secsTo(deadline);
  const qint64 minutes = (std::abs(seconds) + 59) / 60;
  const QLatin1Char zero('0');
  QString span;
  if (minutes >= 24 * 60)
    span = tr("%1 d %2 h").arg(minutes / (24 * 60)).arg((minutes / 60) % 24, 2, 10, zero);
  else if (minutes >= 60)
    span = tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, zero);
  else
    span = tr("%1 min").arg(minutes);
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

QString JobQueueModel::statusDisplay(const Job& job) const {
  switch (mark(job.id)) {
    case Mark::Withdrawn: return tr("Withdrawn");
    case Mark::VerdictRefused: return tr("Verdict refused");
    case Mark::None: break;
  }
  return job.id == openJob_ ? tr("Open") : statusText(job.status);
}

QVariant JobQueueModel::display(const Job& job, int column) const {
  switch (column) {
    case Priority: return QStringLiteral("P%1").arg(job.priority);
    case JobId: return job.id;
    case Containers: return job.containerNumbers.join(QStringLiteral(", "));
    case Origin: return QStringLiteral("%1 · %2").arg(job.port, job.scannerId);
    case Deadline: return countdownText(clock_(), job.deadline);
    case Status: return statusDisplay(job);
    case Scans: return static_cast<int>(job.scans.size());
    case Arrived: return QLocale().toString(job.createdAt.toLocalTime().time(), QLocale::ShortFormat);
    default: return {};
  }
}

QString JobQueueModel::rowToolTip(int row) const {
  QStringList lines;
  for (int column = 0; column < ColumnCount; ++column)
    lines << QStringLiteral("%1: %2").arg(headerData(column, Qt::Horizontal).toString(), display(jobs_.at(row), column).toString());
  return lines.join(QLatin1Char('\n'));
}

QVariant JobQueueModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= jobs_.size()) return {};
  const Job& job = jobs_.at(index.row());
  const bool overdue = clock_().secsTo(job.deadline) < 0;
  switch (role) {
    case Qt::DisplayRole: return display(job, index.column());
    case JobIdRole: return job.id;
    case OverdueRole: return overdue;
    case OpenRole: return job.id == openJob_;
    case SearchTextRole:
      return QStringList{job.id, job.containerNumbers.join(QLatin1Char(' ')), job.port, job.scannerId, job.declarationId}
          .join(QLatin1Char(' '));
    case SortRole:
      switch (index.column()) {
        case Priority: return job.priority;
        case Deadline: return job.deadline;
        case Scans: return static_cast<int>(job.scans.size());
        case Arrived: return job.createdAt;
        default: return display(job, index.column());
      }
    case Qt::FontRole:
      if (job.id != openJob_) return {};
      {
        QFont bold;
        bold.setBold(true);
        return bold;
      }
    case Qt::ForegroundRole:
      if (index.column() == Deadline && overdue) return QBrush(overdueColour());
      if (index.column() == Status && mark(job.id) != Mark::None) return QBrush(markColour());
      return {};
    case Qt::ToolTipRole:
      if (index.column() == Status && mark(job.id) == Mark::Withdrawn)
        return tr("The central system no longer lists this job for you (reassigned or cancelled). Your marks are kept; a verdict you "
                  "submit is checked by the central system like any other.");
      if (index.column() == Status && mark(job.id) == Mark::VerdictRefused)
        return tr("The central system refused your verdict: see Refused verdicts to decide again or hand it to a supervisor.");
      if (index.column() == Deadline) return QLocale().toString(job.deadline.toLocalTime(), QLocale::ShortFormat);
      if (index.column() == JobId) return rowToolTip(index.row());
      return {};
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
    case Arrived: return tr("Arrived");
    default: return {};
  }
}

}  // namespace cip::widgets

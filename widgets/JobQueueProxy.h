#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace cip::widgets {

/// Orders and filters the queue as the analyst asked. Whatever column the rows are sorted by,
/// ties go to the more urgent job (earlier deadline, then higher priority), so sorting by the
/// Deadline column is "urgency". The filter matches every word typed against a job's id,
/// containers, port, scanner and declaration, and can keep only the overdue jobs.
class JobQueueProxy : public QSortFilterProxyModel {
  Q_OBJECT
 public:
  explicit JobQueueProxy(QObject* parent = nullptr);

  void setSearchText(const QString& text);
  void setOverdueOnly(bool on);

 protected:
  bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
  bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

 private:
  QStringList words_;
  bool overdueOnly_ = false;
};

}  // namespace cip::widgets

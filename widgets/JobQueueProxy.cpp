#include "widgets/JobQueueProxy.h"

#include "widgets/JobQueueModel.h"

#include <QDateTime>

#include <algorithm>

namespace cip::widgets {

namespace {

/// -1, 0 or 1 as `left` sorts before, with or after `right` by the value in `role`.
int compareAt(const QModelIndex& left, const QModelIndex& right, int column, int role) {
  const QVariant a = left.siblingAtColumn(column).data(role);
  const QVariant b = right.siblingAtColumn(column).data(role);
  if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
    return a.toString().localeAwareCompare(b.toString());
  const QPartialOrdering order = QVariant::compare(a, b);
  if (order == QPartialOrdering::Less) return -1;
  if (order == QPartialOrdering::Greater) return 1;
  return 0;
}

}  // namespace

JobQueueProxy::JobQueueProxy(QObject* parent) : QSortFilterProxyModel(parent) {
  setSortRole(JobQueueModel::SortRole);
  setDynamicSortFilter(true);
}

void JobQueueProxy::setSearchText(const QString& text) {
  const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
  if (words == words_) return;
  words_ = words;
  invalidateRowsFilter();
}

void JobQueueProxy::setOverdueOnly(bool on) {
  if (on == overdueOnly_) return;
  overdueOnly_ = on;
  invalidateRowsFilter();
}

bool JobQueueProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
  const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
  if (overdueOnly_ && !row.data(JobQueueModel::OverdueRole).toBool()) return false;
  const QString haystack = row.data(JobQueueModel::SearchTextRole).toString();
  return std::all_of(words_.cbegin(), words_.cend(),
                     [&](const QString& word) { return haystack.contains(word, Qt::CaseInsensitive); });
}

bool JobQueueProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const {
  const int role = sortRole();
  for (const int column : {left.column(), int(JobQueueModel::Deadline), int(JobQueueModel::Priority), int(JobQueueModel::JobId)}) {
    const int order = compareAt(left, right, column, role);
    if (order != 0) return order < 0;
  }
  return false;
}

}  // namespace cip::widgets

#include "widgets/workflow/VerdictHistoryModel.h"

#include "widgets/workflow/VerdictPanel.h"

#include <QLocale>

namespace cip::widgets {

VerdictHistoryModel::VerdictHistoryModel(QObject* parent) : QAbstractTableModel(parent) {}

void VerdictHistoryModel::reset(int total, PageReader readPage) {
  beginResetModel();
  total_ = total;
  readPage_ = std::move(readPage);
  entries_ = total_ > 0 && readPage_ ? readPage_(nullptr, pageSize_) : QList<Entry>{};
  endResetModel();
}

void VerdictHistoryModel::retranslate() {
  emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
  if (!entries_.isEmpty()) emit dataChanged(index(0, 0), index(static_cast<int>(entries_.size()) - 1, ColumnCount - 1));
}

int VerdictHistoryModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(entries_.size()); }

int VerdictHistoryModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

bool VerdictHistoryModel::canFetchMore(const QModelIndex& parent) const {
  return !parent.isValid() && readPage_ && entries_.size() < total_;
}

void VerdictHistoryModel::fetchMore(const QModelIndex& parent) {
  if (!canFetchMore(parent)) return;
  const QList<Entry> page = readPage_(&entries_.last(), pageSize_);
  if (page.isEmpty()) {  // fewer than counted: stop asking
    total_ = static_cast<int>(entries_.size());
    return;
  }
  const int first = static_cast<int>(entries_.size());
  beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
  entries_ << page;
  endInsertRows();
}

QString VerdictHistoryModel::deliveryText(Delivery delivery) {
  switch (delivery) {
    case Delivery::Pending: return tr("Waiting to be sent");
    case Delivery::Delivered: return tr("Delivered");
    case Delivery::Refused: return tr("Refused");
    case Delivery::NotKept: break;
  }
  return tr("Delivery record no longer kept");
}

QVariant VerdictHistoryModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= entries_.size()) return {};
  const Entry& e = entries_.at(index.row());
  if (role == VerdictIdRole) return e.verdictId;
  if (role == Qt::ToolTipRole && !e.supersededBy.isEmpty()) return tr("Replaced by verdict %1").arg(e.supersededBy);
  if (role != Qt::DisplayRole) return {};
  switch (index.column()) {
    case Submitted: return QLocale().toString(e.submittedAt.toLocalTime(), QLocale::ShortFormat);
    case Containers: return e.containerNumbers.join(QStringLiteral(", "));
    case JobId: return e.jobId;
    case Decision: return e.supersededBy.isEmpty() ? VerdictPanel::decisionName(e.decision) : tr("%1 (replaced)").arg(VerdictPanel::decisionName(e.decision));
    case CentralSystem:
      return e.deliveryAt.isValid() ? tr("%1, %2").arg(deliveryText(e.delivery), QLocale().toString(e.deliveryAt.toLocalTime(), QLocale::ShortFormat))
                                    : deliveryText(e.delivery);
    default: return {};
  }
}

QVariant VerdictHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case Submitted: return tr("Submitted");
    case Containers: return tr("Container");
    case JobId: return tr("Job");
    case Decision: return tr("Decision");
    case CentralSystem: return tr("Central system");
    default: return {};
  }
}

}  // namespace cip::widgets

#pragma once

#include <QStyledItemDelegate>

namespace cip::widgets {

/// One job in two lines for a narrow queue dock: job, priority and countdown on the first;
/// containers, port and status on the second. It draws a row of JobQueueModel (through any
/// proxy) from its siblings, so one visible column carries what seven columns would.
class JobQueueDelegate : public QStyledItemDelegate {
  Q_OBJECT
 public:
  using QStyledItemDelegate::QStyledItemDelegate;

  void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
  QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

  /// The text drawn: left and right of the first line, then of the second.
  static QStringList lines(const QModelIndex& index);
};

}  // namespace cip::widgets

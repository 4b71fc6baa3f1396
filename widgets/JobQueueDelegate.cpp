#include "widgets/JobQueueDelegate.h"

#include "widgets/JobQueueModel.h"

#include <QApplication>
#include <QBrush>
#include <QPainter>
#include <QStyle>

#include <algorithm>

namespace cip::widgets {

namespace {

constexpr int kMargin = 4;

QString textAt(const QModelIndex& index, int column) { return index.siblingAtColumn(column).data().toString(); }

}  // namespace

QStringList JobQueueDelegate::lines(const QModelIndex& index) {
  using M = JobQueueModel;
  return {QStringLiteral("%1 · %2").arg(textAt(index, M::JobId), textAt(index, M::Priority)), textAt(index, M::Deadline),
          QStringLiteral("%1 · %2").arg(textAt(index, M::Containers), textAt(index, M::Origin)), textAt(index, M::Status)};
}

void JobQueueDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
  QStyleOptionViewItem background = option;
  initStyleOption(&background, index);
  background.text.clear();
  const QWidget* widget = option.widget;
  QStyle* style = widget ? widget->style() : QApplication::style();
  style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

  const QStringList text = lines(index);
  const bool selected = option.state & QStyle::State_Selected;
  const QColor plain = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
  const auto colourOf = [&](int column) {
    const QVariant brush = index.siblingAtColumn(column).data(Qt::ForegroundRole);
    return brush.isValid() && !selected ? brush.value<QBrush>().color() : plain;
  };
  QFont font = option.font;
  if (index.data(JobQueueModel::OpenRole).toBool()) font.setBold(true);
  const QFontMetrics metrics(font);
  const QRect area = option.rect.adjusted(kMargin, kMargin / 2, -kMargin, -kMargin / 2);
  const int lineHeight = metrics.height();

  painter->save();
  painter->setFont(font);
  for (int line = 0; line < 2; ++line) {
    const QRect row(area.left(), area.top() + line * lineHeight, area.width(), lineHeight);
    const QString right = text.at(line * 2 + 1);
    // Whole pixels of slack: advances are fractional, and a rect exactly as wide elides the text.
    const int rightWidth = std::min(metrics.horizontalAdvance(right) + kMargin, row.width() / 2);
    const QRect rightRect(row.right() - rightWidth + 1, row.top(), rightWidth, lineHeight);
    const QRect leftRect(row.left(), row.top(), row.width() - rightWidth - 2 * kMargin, lineHeight);
    painter->setPen(plain);
    painter->drawText(leftRect, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(text.at(line * 2), Qt::ElideRight, leftRect.width()));
    painter->setPen(colourOf(line == 0 ? JobQueueModel::Deadline : JobQueueModel::Status));
    painter->drawText(rightRect, Qt::AlignRight | Qt::AlignVCenter, metrics.elidedText(right, Qt::ElideRight, rightRect.width()));
  }
  painter->restore();
}

QSize JobQueueDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
  QFont font = option.font;
  font.setBold(true);
  const QFontMetrics metrics(font);
  const QStringList text = lines(index);
  const int width = std::max(metrics.horizontalAdvance(text.at(0)) + metrics.horizontalAdvance(text.at(1)),
                             metrics.horizontalAdvance(text.at(2)) + metrics.horizontalAdvance(text.at(3)));
  return {std::min(width + 4 * kMargin, metrics.averageCharWidth() * 24), 2 * metrics.height() + kMargin};
}

}  // namespace cip::widgets

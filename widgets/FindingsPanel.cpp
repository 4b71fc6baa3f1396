#include "widgets/FindingsPanel.h"

#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QVBoxLayout>

namespace cip::widgets {

namespace {

QIcon swatch(const QColor& colour) {
  QPixmap pixmap(12, 12);
  pixmap.fill(Qt::transparent);
  QPainter painter(&pixmap);
  painter.setPen(QPen(colour, 2));
  painter.drawRect(1, 1, 10, 10);
  return QIcon(pixmap);
}

}  // namespace

FindingsPanel::FindingsPanel(QWidget* parent) : QWidget(parent), summary_(new QLabel(this)), list_(new QListWidget(this)) {
  setObjectName(QStringLiteral("findingsPanel"));
  summary_->setObjectName(QStringLiteral("findingsSummary"));
  summary_->setWordWrap(true);
  list_->setObjectName(QStringLiteral("findingsList"));
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addWidget(summary_);
  layout->addWidget(list_, 1);
  auto choose = [this](QListWidgetItem* item) {
    const int row = list_->row(item);
    if (row < 0 || row >= static_cast<int>(entries_.size())) return;
    emit regionChosen(entries_[static_cast<std::size_t>(row)].imageRect);
    emit entryChosen(row);
  };
  connect(list_, &QListWidget::itemClicked, this, choose);
  connect(list_, &QListWidget::itemActivated, this, choose);
}

void FindingsPanel::setEntries(const QString& summary, const std::vector<Entry>& entries) {
  entries_ = entries;
  summary_->setText(summary);
  list_->clear();
  for (const Entry& e : entries_) list_->addItem(new QListWidgetItem(swatch(e.colour), e.text));
}

int FindingsPanel::count() const { return static_cast<int>(entries_.size()); }

}  // namespace cip::widgets

#include "widgets/workflow/ReferencePanel.h"

#include "widgets/viewer/RadiographView.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QVBoxLayout>

namespace cip::widgets {

ReferencePanel::ReferencePanel(QWidget* parent)
    : QWidget(parent), list_(new QListWidget(this)), message_(new QLabel(this)), view_(new RadiographView(this)) {
  setObjectName(QStringLiteral("referencePanel"));
  list_->setObjectName(QStringLiteral("referenceList"));
  view_->setObjectName(QStringLiteral("referenceView"));
  view_->setMinimumSize(160, 120);
  message_->setWordWrap(true);
  auto* split = new QSplitter(Qt::Vertical, this);
  split->addWidget(list_);
  split->addWidget(view_);
  split->setStretchFactor(1, 3);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addWidget(message_);
  layout->addWidget(split, 1);
  connect(list_, &QListWidget::currentRowChanged, this, [this](int row) {
    if (row >= 0 && row < entries_.size()) emit caseChosen(entries_[row].caseId);
  });
  retranslate();
}

void ReferencePanel::setEntries(const QList<Entry>& entries) {
  entries_ = entries;
  const QSignalBlocker quiet(list_);
  list_->clear();
  for (const Entry& e : entries_) {
    auto* item = new QListWidgetItem(e.title, list_);
    item->setToolTip(e.detail);
  }
  retranslate();
}

int ReferencePanel::count() const { return static_cast<int>(entries_.size()); }

QString ReferencePanel::currentCaseId() const {
  const int row = list_->currentRow();
  return row >= 0 && row < entries_.size() ? entries_[row].caseId : QString();
}

void ReferencePanel::choose(int row) { list_->setCurrentRow(row); }

void ReferencePanel::setMessage(const QString& text) { message_->setText(text); }

void ReferencePanel::retranslate() {
  if (entries_.isEmpty()) message_->setText(tr("No reference images for the declared goods."));
  else message_->setText(tr("Typical images of the declared goods, best match first:"));
}

void ReferencePanel::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

}  // namespace cip::widgets

#include "widgets/workflow/RefusedVerdictsPanel.h"

#include "widgets/ListTable.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cip::widgets {

RefusedVerdictsPanel::RefusedVerdictsPanel(QWidget* parent)
    : QWidget(parent), intro_(new QLabel(this)), table_(new QTableWidget(0, 4, this)), decideAgain_(new QPushButton(this)), handOver_(new QPushButton(this)) {
  setObjectName(QStringLiteral("refusedVerdictsPanel"));
  intro_->setWordWrap(true);
  table_->setObjectName(QStringLiteral("refusedVerdictsTable"));
  setUpListTable(table_);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setSelectionMode(QAbstractItemView::SingleSelection);
  decideAgain_->setObjectName(QStringLiteral("decideAgainButton"));
  handOver_->setObjectName(QStringLiteral("handToSupervisorButton"));
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(decideAgain_);
  buttons->addWidget(handOver_);
  buttons->addStretch();
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addWidget(intro_);
  layout->addWidget(table_, 1);
  layout->addLayout(buttons);
  connect(table_, &QTableWidget::itemSelectionChanged, this, &RefusedVerdictsPanel::updateButtons);
  connect(decideAgain_, &QPushButton::clicked, this, [this] {
    if (!selectedVerdict().isEmpty()) emit decideAgainRequested(selectedVerdict());
  });
  connect(handOver_, &QPushButton::clicked, this, [this] {
    if (!selectedVerdict().isEmpty()) emit handToSupervisorRequested(selectedVerdict());
  });
  retranslate();
}

void RefusedVerdictsPanel::setEntries(const QList<Entry>& entries) {
  const QString keep = selectedVerdict();
  entries_ = entries;
  table_->setSortingEnabled(false);
  table_->setRowCount(static_cast<int>(entries.size()));
  for (int row = 0; row < entries.size(); ++row) {
    const Entry& e = entries[row];
    const QStringList cells{e.jobId, e.decision, QLocale().toString(e.refusedAt.toLocalTime(), QLocale::ShortFormat), e.reason};
    for (int column = 0; column < cells.size(); ++column) {
      auto* item = new QTableWidgetItem(cells[column]);
      item->setData(Qt::UserRole, e.verdictId);
      item->setToolTip(e.reason);
      table_->setItem(row, column, item);
    }
  }
  if (!keep.isEmpty()) select(keep);
  if (table_->currentRow() < 0 && !entries.isEmpty()) table_->selectRow(0);
  updateButtons();
}

void RefusedVerdictsPanel::select(const QString& verdictId) {
  for (int row = 0; row < table_->rowCount(); ++row)
    if (table_->item(row, 0)->data(Qt::UserRole).toString() == verdictId) table_->selectRow(row);
}

QString RefusedVerdictsPanel::selectedVerdict() const {
  const QList<QTableWidgetItem*> selected = table_->selectedItems();
  return selected.isEmpty() ? QString() : selected.first()->data(Qt::UserRole).toString();
}

void RefusedVerdictsPanel::updateButtons() {
  const bool chosen = !selectedVerdict().isEmpty();
  decideAgain_->setEnabled(chosen);
  handOver_->setEnabled(chosen);
}

void RefusedVerdictsPanel::retranslate() {
  intro_->setText(tr("The central system refused these verdicts. Each stays here until you decide the job again or hand the "
                     "verdict to a supervisor."));
  table_->setHorizontalHeaderLabels({tr("Job"), tr("Decision"), tr("Refused"), tr("Reason")});
  decideAgain_->setText(tr("&Decide again"));
  handOver_->setText(tr("Hand to a s&upervisor"));
}

void RefusedVerdictsPanel::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

}  // namespace cip::widgets

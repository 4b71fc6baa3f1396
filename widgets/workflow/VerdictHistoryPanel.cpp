#include "widgets/workflow/VerdictHistoryPanel.h"

#include "widgets/ListTable.h"
#include "widgets/workflow/VerdictPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cip::widgets {

namespace {

constexpr model::Decision kDecisions[] = {model::Decision::Release, model::Decision::ReferToInspection, model::Decision::Inconclusive};

}  // namespace

VerdictHistoryPanel::VerdictHistoryPanel(QWidget* parent)
    : QWidget(parent), model_(new VerdictHistoryModel(this)), fromOn_(new QCheckBox(this)), from_(new QDateEdit(this)),
      toOn_(new QCheckBox(this)), to_(new QDateEdit(this)), containerLabel_(new QLabel(this)), container_(new QLineEdit(this)),
      decisionLabel_(new QLabel(this)), decision_(new QComboBox(this)), clear_(new QPushButton(this)), total_(new QLabel(this)),
      table_(new QTableView(this)), open_(new QPushButton(this)), export_(new QPushButton(this)), typing_(new QTimer(this)) {
  setObjectName(QStringLiteral("verdictHistoryPanel"));
  for (QDateEdit* date : {from_, to_}) {
    date->setCalendarPopup(true);
    date->setDate(QDate::currentDate());
    date->setEnabled(false);
  }
  fromOn_->setObjectName(QStringLiteral("historyFromCheck"));
  toOn_->setObjectName(QStringLiteral("historyToCheck"));
  container_->setObjectName(QStringLiteral("historyContainerEdit"));
  container_->setClearButtonEnabled(true);
  containerLabel_->setBuddy(container_);
  decision_->setObjectName(QStringLiteral("historyDecisionBox"));
  decisionLabel_->setBuddy(decision_);
  decision_->addItem(QString());
  for (const model::Decision d : kDecisions) decision_->addItem(QString(), static_cast<int>(d));
  table_->setObjectName(QStringLiteral("verdictHistoryTable"));
  table_->setModel(model_);
  setUpListTable(table_);
  table_->setSortingEnabled(false);  // always newest first: the rows come a page at a time
  open_->setObjectName(QStringLiteral("historyOpenButton"));
  export_->setObjectName(QStringLiteral("historyExportButton"));

  auto* filters = new QGridLayout;
  filters->addWidget(fromOn_, 0, 0);
  filters->addWidget(from_, 0, 1);
  filters->addWidget(toOn_, 0, 2);
  filters->addWidget(to_, 0, 3);
  filters->addWidget(containerLabel_, 1, 0);
  filters->addWidget(container_, 1, 1);
  filters->addWidget(decisionLabel_, 1, 2);
  filters->addWidget(decision_, 1, 3);
  filters->addWidget(clear_, 1, 4);
  filters->setColumnStretch(1, 1);
  filters->setColumnStretch(3, 1);
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(open_);
  buttons->addWidget(export_);
  buttons->addStretch();
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addLayout(filters);
  layout->addWidget(total_);
  layout->addWidget(table_, 1);
  layout->addLayout(buttons);

  auto changed = [this] {
    if (!settingFilter_) emit filterChanged();
  };
  connect(fromOn_, &QCheckBox::toggled, from_, &QWidget::setEnabled);
  connect(toOn_, &QCheckBox::toggled, to_, &QWidget::setEnabled);
  for (QCheckBox* box : {fromOn_, toOn_}) connect(box, &QCheckBox::toggled, this, changed);
  for (QDateEdit* date : {from_, to_}) connect(date, &QDateEdit::dateChanged, this, changed);
  typing_->setSingleShot(true);
  typing_->setInterval(250);
  connect(typing_, &QTimer::timeout, this, changed);
  connect(container_, &QLineEdit::textChanged, typing_, qOverload<>(&QTimer::start));
  connect(container_, &QLineEdit::returnPressed, this, [this, changed] {
    if (typing_->isActive()) {
      typing_->stop();
      changed();
    }
  });
  connect(decision_, &QComboBox::currentIndexChanged, this, changed);
  connect(clear_, &QPushButton::clicked, this, [this] { setFilter({}); });
  connect(model_, &QAbstractItemModel::modelReset, this, [this] {
    if (model_->rowCount() > 0) table_->selectRow(0);  // Enter opens the newest at once
    updateButtons();
  });
  connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &VerdictHistoryPanel::updateButtons);
  connect(table_, &QTableView::activated, this, [this](const QModelIndex& index) {
    emit openRequested(model_->data(index, VerdictHistoryModel::VerdictIdRole).toString());
  });
  connect(open_, &QPushButton::clicked, this, [this] {
    if (!selectedVerdict().isEmpty()) emit openRequested(selectedVerdict());
  });
  connect(export_, &QPushButton::clicked, this, [this] {
    if (!selectedVerdict().isEmpty()) emit exportRequested(selectedVerdict());
  });
  retranslate();
  updateButtons();
}

VerdictHistoryPanel::Filter VerdictHistoryPanel::filter() const {
  Filter f;
  if (fromOn_->isChecked()) f.from = from_->date();
  if (toOn_->isChecked()) f.to = to_->date();
  f.container = container_->text().trimmed();
  if (decision_->currentIndex() > 0) f.decision = static_cast<model::Decision>(decision_->currentData().toInt());
  return f;
}

void VerdictHistoryPanel::setFilter(const Filter& f) {
  settingFilter_ = true;
  fromOn_->setChecked(f.from.has_value());
  if (f.from) from_->setDate(*f.from);
  toOn_->setChecked(f.to.has_value());
  if (f.to) to_->setDate(*f.to);
  container_->setText(f.container);
  decision_->setCurrentIndex(f.decision ? decision_->findData(static_cast<int>(*f.decision)) : 0);
  settingFilter_ = false;
  typing_->stop();
  emit filterChanged();
}

void VerdictHistoryPanel::setAnalystName(const QString& name) {
  analystName_ = name;
  retranslate();
}

void VerdictHistoryPanel::setTotal(int total) {
  totalCount_ = total;
  total_->setText(tr("%n verdict(s) found", "", total));
}

QString VerdictHistoryPanel::selectedVerdict() const {
  const QModelIndexList rows = table_->selectionModel()->selectedRows();
  return rows.isEmpty() ? QString() : model_->data(rows.first(), VerdictHistoryModel::VerdictIdRole).toString();
}

void VerdictHistoryPanel::select(const QString& verdictId) {
  for (int row = 0; row < model_->rowCount(); ++row)
    if (model_->entry(row).verdictId == verdictId) table_->selectRow(row);
}

void VerdictHistoryPanel::updateButtons() {
  const bool chosen = !selectedVerdict().isEmpty();
  open_->setEnabled(chosen);
  export_->setEnabled(chosen);
}

void VerdictHistoryPanel::retranslate() {
  setWindowTitle(analystName_.isEmpty() ? tr("My verdicts") : tr("My verdicts — %1").arg(analystName_));
  fromOn_->setText(tr("From"));
  toOn_->setText(tr("To"));
  containerLabel_->setText(tr("&Container:"));
  container_->setPlaceholderText(tr("part of a container number"));
  decisionLabel_->setText(tr("D&ecision:"));
  decision_->setItemText(0, tr("Any"));
  for (int i = 0; i < 3; ++i) decision_->setItemText(i + 1, VerdictPanel::decisionName(kDecisions[i]));
  clear_->setText(tr("C&lear filters"));
  open_->setText(tr("&Open read-only"));
  export_->setText(tr("E&xport…"));
  setTotal(totalCount_);
  model_->retranslate();
}

void VerdictHistoryPanel::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

}  // namespace cip::widgets

#include "widgets/JobQueuePanel.h"

#include "widgets/JobQueueDelegate.h"
#include "widgets/JobQueueModel.h"
#include "widgets/JobQueueProxy.h"
#include "widgets/ListTable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <array>

namespace cip::widgets {

namespace {

struct SortChoice {
  const char* key;  ///< as stored in settings
  JobQueueModel::Column column;
};
/// The box's entries in order; urgency (the Deadline column, ties by priority) comes first.
constexpr std::array<SortChoice, 8> kSortChoices{{{"urgency", JobQueueModel::Deadline},
                                                  {"priority", JobQueueModel::Priority},
                                                  {"arrival", JobQueueModel::Arrived},
                                                  {"port", JobQueueModel::Origin},
                                                  {"job", JobQueueModel::JobId},
                                                  {"container", JobQueueModel::Containers},
                                                  {"status", JobQueueModel::Status},
                                                  {"scans", JobQueueModel::Scans}}};

/// The rows measured when deciding whether every column fits (a queue is rarely longer).
constexpr int kRowsMeasured = 100;

}  // namespace

JobQueuePanel::JobQueuePanel(JobQueueModel* model, QWidget* parent)
    : QWidget(parent), model_(model), proxy_(new JobQueueProxy(this)), compactDelegate_(new JobQueueDelegate(this)),
      filter_(new QLineEdit(this)), sortLabel_(new QLabel(this)), sortBox_(new QComboBox(this)), overdueOnly_(new QCheckBox(this)),
      table_(new QTableView(this)), emptyLabel_(new QLabel(this)), stack_(new QStackedWidget(this)) {
  setObjectName(QStringLiteral("jobQueuePanel"));
  proxy_->setSourceModel(model_);

  filter_->setObjectName(QStringLiteral("jobQueueFilter"));
  filter_->setClearButtonEnabled(true);
  connect(filter_, &QLineEdit::textChanged, proxy_, &JobQueueProxy::setSearchText);
  connect(filter_, &QLineEdit::textChanged, this, &JobQueuePanel::updateEmptyState);

  sortBox_->setObjectName(QStringLiteral("jobQueueSort"));
  sortBox_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
  sortLabel_->setBuddy(sortBox_);
  for (const SortChoice& choice : kSortChoices) sortBox_->addItem(QString(), static_cast<int>(choice.column));
  overdueOnly_->setObjectName(QStringLiteral("jobQueueOverdueOnly"));
  connect(overdueOnly_, &QCheckBox::toggled, proxy_, &JobQueueProxy::setOverdueOnly);
  connect(overdueOnly_, &QCheckBox::toggled, this, &JobQueuePanel::updateEmptyState);

  table_->setObjectName(QStringLiteral("jobQueueTable"));
  table_->setModel(proxy_);
  setUpListTable(table_);
  wideRowHeight_ = table_->verticalHeader()->defaultSectionSize();
  table_->installEventFilter(this);
  QHeaderView* header = table_->horizontalHeader();
  connect(header, &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder) {
    showSortInBox(column);
    emit sortChanged(sortKey());
  });
  connect(sortBox_, &QComboBox::activated, this, [this](int entry) {
    table_->sortByColumn(sortBox_->itemData(entry).toInt(), Qt::AscendingOrder);
  });
  table_->sortByColumn(JobQueueModel::Deadline, Qt::AscendingOrder);
  connect(table_, &QTableView::activated, this, [this](const QModelIndex& index) {
    emit jobActivated(index.data(JobQueueModel::JobIdRole).toString());
  });

  emptyLabel_->setAlignment(Qt::AlignCenter);
  emptyLabel_->setWordWrap(true);
  stack_->addWidget(table_);
  stack_->addWidget(emptyLabel_);

  auto* controls = new QHBoxLayout;
  controls->addWidget(sortLabel_);
  controls->addWidget(sortBox_);
  controls->addStretch(1);
  controls->addWidget(overdueOnly_);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addWidget(filter_);
  layout->addLayout(controls);
  layout->addWidget(stack_, 1);

  connect(model_, &QAbstractItemModel::modelReset, this, &JobQueuePanel::updateEmptyState);
  connect(model_, &QAbstractItemModel::modelReset, this, &JobQueuePanel::updateLayoutMode);
  connect(model_, &QAbstractItemModel::dataChanged, this, &JobQueuePanel::updateEmptyState);
  connect(model_, &QAbstractItemModel::dataChanged, this, &JobQueuePanel::updateLayoutMode);
  // The countdowns move with the clock: redraw them often enough that a minute is never stale.
  countdownTimer_.setInterval(10 * 1000);
  connect(&countdownTimer_, &QTimer::timeout, model_, &JobQueueModel::refreshCountdowns);
  countdownTimer_.start();
  retranslate();
  updateEmptyState();
  updateLayoutMode();
}

int JobQueuePanel::visibleRows() const { return proxy_->rowCount(); }

void JobQueuePanel::setFilterText(const QString& text) { filter_->setText(text); }

void JobQueuePanel::setOverdueOnly(bool on) { overdueOnly_->setChecked(on); }

QString JobQueuePanel::sortKey() const {
  const int column = proxy_->sortColumn();
  for (const SortChoice& choice : kSortChoices)
    if (choice.column == column)
      return (proxy_->sortOrder() == Qt::DescendingOrder ? QStringLiteral("-") : QString()) + QLatin1String(choice.key);
  return QLatin1String(kSortChoices.front().key);
}

void JobQueuePanel::setSortKey(const QString& key) {
  const bool descending = key.startsWith(QLatin1Char('-'));
  const QString name = descending ? key.mid(1) : key;
  int column = kSortChoices.front().column;
  for (const SortChoice& choice : kSortChoices)
    if (name == QLatin1String(choice.key)) column = choice.column;
  table_->sortByColumn(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
}

void JobQueuePanel::showSortInBox(int column) {
  const int entry = sortBox_->findData(column);
  if (entry >= 0) sortBox_->setCurrentIndex(entry);
}

void JobQueuePanel::updateEmptyState() {
  const bool filteredOut = model_->rowCount() > 0 && proxy_->rowCount() == 0;
  if (filteredOut && filter_->text().trimmed().isEmpty())
    emptyLabel_->setText(tr("No job is overdue."));
  else if (filteredOut)
    emptyLabel_->setText(tr("No job matches “%1”.").arg(filter_->text()));
  else if (!linkProblem_.isEmpty())
    emptyLabel_->setText(tr("The central system is %1.\nThis workstation holds no job of yours; jobs assigned to you "
                            "arrive when the link returns.").arg(linkProblem_));
  else
    emptyLabel_->setText(tr("No jobs are assigned to you.\nNew jobs appear here as the central system assigns them."));
  stack_->setCurrentWidget(proxy_->rowCount() > 0 ? static_cast<QWidget*>(table_) : emptyLabel_);
}

int JobQueuePanel::widthForAllColumns() const {
  QStyleOptionViewItem option;
  option.initFrom(table_);
  option.widget = table_;
  option.font = table_->font();
  const QFontMetrics headerMetrics(table_->horizontalHeader()->font());
  const QStyle* style = table_->style();
  const int headerPadding = 2 * style->pixelMetric(QStyle::PM_HeaderMargin) + style->pixelMetric(QStyle::PM_HeaderMarkSize) + 8;
  const int rows = std::min(proxy_->rowCount(), kRowsMeasured);
  int width = 2 * table_->frameWidth();
  for (int column = 0; column < JobQueueModel::ColumnCount; ++column) {
    int columnWidth = headerMetrics.horizontalAdvance(model_->headerData(column, Qt::Horizontal).toString()) + headerPadding;
    for (int row = 0; row < rows; ++row)
      columnWidth = std::max(columnWidth, table_->itemDelegate()->sizeHint(option, proxy_->index(row, column)).width());
    width += columnWidth;
  }
  return width;
}

void JobQueuePanel::updateLayoutMode() {
  const int available = table_->width() - table_->verticalScrollBar()->sizeHint().width();
  const bool compact = available < widthForAllColumns();
  if (compact == compact_ && table_->isColumnHidden(JobQueueModel::Priority) == compact) return;
  compact_ = compact;
  for (int column = 0; column < JobQueueModel::ColumnCount; ++column)
    table_->setColumnHidden(column, compact && column != JobQueueModel::JobId);
  table_->setItemDelegateForColumn(JobQueueModel::JobId, compact ? compactDelegate_ : nullptr);
  table_->horizontalHeader()->setVisible(!compact);
  table_->setHorizontalScrollBarPolicy(compact ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
  const int compactRowHeight = 2 * QFontMetrics(table_->font()).height() + 8;
  table_->verticalHeader()->setDefaultSectionSize(compact ? compactRowHeight : wideRowHeight_);
}

bool JobQueuePanel::eventFilter(QObject* watched, QEvent* event) {
  if (watched == table_ && event->type() == QEvent::Resize) updateLayoutMode();
  return QWidget::eventFilter(watched, event);
}

void JobQueuePanel::setLinkProblem(const QString& problem) {
  linkProblem_ = problem;
  updateEmptyState();
}

QString JobQueuePanel::emptyText() const { return emptyLabel_->text(); }

void JobQueuePanel::retranslate() {
  filter_->setPlaceholderText(tr("Filter by job, container, port, declaration…"));
  sortLabel_->setText(tr("Sort by:"));
  const std::array<QString, kSortChoices.size()> labels{tr("urgency"), tr("priority"), tr("arrival"), tr("port"),
                                                         tr("job"),     tr("container"), tr("status"), tr("scans")};
  for (int entry = 0; entry < sortBox_->count(); ++entry) sortBox_->setItemText(entry, labels.at(static_cast<size_t>(entry)));
  sortBox_->setToolTip(tr("Urgency: the nearest deadline first, then the highest priority."));
  overdueOnly_->setText(tr("Overdue only"));
  updateEmptyState();
}

void JobQueuePanel::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

}  // namespace cip::widgets

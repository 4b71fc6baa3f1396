#include "widgets/JobQueuePanel.h"

#include "widgets/JobQueueModel.h"
#include "widgets/ListTable.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace cip::widgets {

JobQueuePanel::JobQueuePanel(JobQueueModel* model, QWidget* parent)
    : QWidget(parent), model_(model), proxy_(new QSortFilterProxyModel(this)),
      filter_(new QLineEdit(this)), table_(new QTableView(this)), emptyLabel_(new QLabel(this)),
      stack_(new QStackedWidget(this)) {
  setObjectName(QStringLiteral("jobQueuePanel"));
  proxy_->setSourceModel(model_);
  proxy_->setSortRole(JobQueueModel::SortRole);
  proxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
  proxy_->setFilterKeyColumn(-1);  // any column: job id, container number, port …

  filter_->setObjectName(QStringLiteral("jobQueueFilter"));
  filter_->setClearButtonEnabled(true);
  connect(filter_, &QLineEdit::textChanged, proxy_, &QSortFilterProxyModel::setFilterFixedString);
  connect(filter_, &QLineEdit::textChanged, this, &JobQueuePanel::updateEmptyState);

  table_->setObjectName(QStringLiteral("jobQueueTable"));
  table_->setModel(proxy_);
  setUpListTable(table_);
  table_->sortByColumn(JobQueueModel::Priority, Qt::AscendingOrder);
  connect(table_, &QTableView::activated, this, [this](const QModelIndex& index) {
    emit jobActivated(index.data(JobQueueModel::JobIdRole).toString());
  });

  emptyLabel_->setAlignment(Qt::AlignCenter);
  emptyLabel_->setWordWrap(true);
  stack_->addWidget(table_);
  stack_->addWidget(emptyLabel_);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addWidget(filter_);
  layout->addWidget(stack_);

  connect(model_, &QAbstractItemModel::modelReset, this, &JobQueuePanel::updateEmptyState);
  retranslate();
  updateEmptyState();
}

int JobQueuePanel::visibleRows() const { return proxy_->rowCount(); }

void JobQueuePanel::setFilterText(const QString& text) { filter_->setText(text); }

void JobQueuePanel::updateEmptyState() {
  const bool filteredOut = model_->rowCount() > 0 && proxy_->rowCount() == 0;
  if (filteredOut)
    emptyLabel_->setText(tr("No job matches “%1”.").arg(filter_->text()));
  else if (!linkProblem_.isEmpty())
    emptyLabel_->setText(tr("The central system is %1.\nThis workstation holds no job of yours; jobs assigned to you "
                            "arrive when the link returns.").arg(linkProblem_));
  else
    emptyLabel_->setText(tr("No jobs are assigned to you.\nNew jobs appear here as the central system assigns them."));
  stack_->setCurrentWidget(proxy_->rowCount() > 0 ? static_cast<QWidget*>(table_) : emptyLabel_);
}

void JobQueuePanel::setLinkProblem(const QString& problem) {
  linkProblem_ = problem;
  updateEmptyState();
}

QString JobQueuePanel::emptyText() const { return emptyLabel_->text(); }

void JobQueuePanel::retranslate() {
  filter_->setPlaceholderText(tr("Filter by job, container, port…"));
  updateEmptyState();
}

void JobQueuePanel::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

}  // namespace cip::widgets

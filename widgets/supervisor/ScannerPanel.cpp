#include "widgets/supervisor/ScannerPanel.h"

#include "widgets/ListTable.h"

#include <QBrush>
#include <QColor>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace cip::widgets {

using model::ScannerStatus;

ScannerStatusModel::ScannerStatusModel(QObject* parent) : QAbstractTableModel(parent) {}

void ScannerStatusModel::setStatuses(QList<ScannerStatus> statuses, const QDateTime& now) {
  beginResetModel();
  statuses_ = std::move(statuses);
  now_ = now;
  endResetModel();
}

int ScannerStatusModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(statuses_.size()); }
int ScannerStatusModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString ScannerStatusModel::stateText(ScannerStatus::State state) {
  switch (state) {
    case ScannerStatus::State::Up: return tr("Up");
    case ScannerStatus::State::Down: return tr("Down");
    case ScannerStatus::State::Unknown: return tr("No report");
  }
  return {};
}

QString ScannerStatusModel::kindText(model::ScannerKind kind) {
  switch (kind) {
    case model::ScannerKind::Cargo: return tr("Cargo");
    case model::ScannerKind::Vehicle: return tr("Vehicle");
    case model::ScannerKind::Baggage: return tr("Baggage");
    case model::ScannerKind::CT: return tr("CT");
  }
  return {};
}

QString ScannerStatusModel::agoText(const QDateTime& now, const QDateTime& then) {
  if (!then.isValid()) return {};
  const qint64 minutes = std::max<qint64>(0, then.secsTo(now)) / 60;
  if (minutes < 1) return tr("just now");
  if (minutes < 60) return tr("%n min ago", nullptr, static_cast<int>(minutes));
  return tr("%1 h %2 min ago").arg(minutes / 60).arg(minutes % 60);
}

QVariant ScannerStatusModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= statuses_.size()) return {};
  const ScannerStatus& s = statuses_[index.row()];
  if (role == Qt::ForegroundRole) {
    if (index.column() == State && s.state != ScannerStatus::State::Up) return QBrush(QColor(0xff, 0x6b, 0x5a));
    if (index.column() == Faults && s.faults > 0) return QBrush(QColor(0xff, 0xb0, 0x3b));
    return {};
  }
  if (role == Qt::ToolTipRole) {
    if (index.column() == Faults && !s.lastFault.isEmpty()) return tr("Latest fault: %1").arg(s.lastFault);
    if (index.column() == Name) return tr("%1 %2 · %3").arg(s.scanner.vendor, s.scanner.model, s.scanner.id);
    if (index.column() == State && s.stateSince.isValid()) return QLocale().toString(s.stateSince.toLocalTime(), QLocale::ShortFormat);
    return {};
  }
  if (role == Qt::TextAlignmentRole && index.column() >= Uptime && index.column() <= Faults) return int(Qt::AlignRight | Qt::AlignVCenter);
  if (role != Qt::DisplayRole) return {};
  switch (index.column()) {
    case Name: return s.scanner.name;
    case Site: return s.scanner.site;
    case Kind: return kindText(s.scanner.kind) + (s.scanner.dualEnergy ? tr(" · dual energy") : QString());
    case State: return s.stateSince.isValid() ? tr("%1 since %2").arg(stateText(s.state), agoText(now_, s.stateSince)) : stateText(s.state);
    case Uptime: return s.uptime < 0 ? QStringLiteral("—") : QStringLiteral("%1 %").arg(QLocale().toString(100.0 * s.uptime, 'f', 0));
    case Scans: return s.scans;
    case Anomalies: return s.anomalies;
    case Faults: return s.faults;
    case LastReport: return agoText(now_, s.lastReport);
    default: return {};
  }
}

QVariant ScannerStatusModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case Name: return tr("Scanner");
    case Site: return tr("Site");
    case Kind: return tr("Kind");
    case State: return tr("State");
    case Uptime: return tr("Uptime");
    case Scans: return tr("Scans (24 h)");
    case Anomalies: return tr("Anomalies (24 h)");
    case Faults: return tr("Faults (24 h)");
    case LastReport: return tr("Last report");
    default: return {};
  }
}

ScannerPanel::ScannerPanel(QWidget* parent)
    : QWidget(parent), model_(new ScannerStatusModel(this)), summary_(new QLabel(this)), table_(new QTableView(this)) {
  setObjectName(QStringLiteral("scannerPanel"));
  auto* proxy = new QSortFilterProxyModel(this);
  proxy->setSourceModel(model_);
  table_->setObjectName(QStringLiteral("scannerTable"));
  table_->setModel(proxy);
  setUpListTable(table_);
  table_->sortByColumn(ScannerStatusModel::Site, Qt::AscendingOrder);
  table_->setMinimumHeight(fontMetrics().height() * 12);  // a centre's scanners at a glance, not two rows of them
  summary_->setObjectName(QStringLiteral("scannerSummary"));
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addWidget(summary_);
  layout->addWidget(table_);
  retranslate();
}

void ScannerPanel::setStatuses(QList<ScannerStatus> statuses, const QDateTime& now) {
  model_->setStatuses(std::move(statuses), now);
  retranslate();
}

QString ScannerPanel::summaryText() const {
  const QList<ScannerStatus>& all = model_->statuses();
  if (all.isEmpty()) return tr("No scanner has reported yet. Telemetry arrives with each pull from the central system.");
  int up = 0, scans = 0, anomalies = 0, faults = 0;
  for (const ScannerStatus& s : all) {
    up += s.state == ScannerStatus::State::Up ? 1 : 0;
    scans += s.scans;
    anomalies += s.anomalies;
    faults += s.faults;
  }
  return tr("%1 of %2 up · in the last 24 h: %3 scans, %4 anomalies, %5 faults")
      .arg(up)
      .arg(all.size())
      .arg(QLocale().toString(scans))
      .arg(QLocale().toString(anomalies))
      .arg(QLocale().toString(faults));
}

void ScannerPanel::retranslate() { summary_->setText(summaryText()); }

void ScannerPanel::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

}  // namespace cip::widgets

#include "widgets/workflow/DeclarationPanel.h"

#include "sync/model/Iso6346.h"
#include "widgets/ScrollablePanel.h"
#include "widgets/workflow/HsChapters.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QScrollArea>
#include <QTableWidget>
#include <QListWidget>
#include <QVBoxLayout>

namespace cip::widgets {

namespace {

QIcon outcomeIcon(model::CheckOutcome outcome) {
  QPixmap pixmap(14, 14);
  pixmap.fill(Qt::transparent);
  QPainter painter(&pixmap);
  painter.setRenderHint(QPainter::Antialiasing);
  painter.setPen(Qt::NoPen);
  painter.setBrush(DeclarationPanel::outcomeColour(outcome));
  painter.drawEllipse(1, 1, 12, 12);
  return QIcon(pixmap);
}

QString escaped(const QString& text) { return text.toHtmlEscaped(); }

QString transportName(model::TransportMode mode) {
  switch (mode) {
    case model::TransportMode::Sea: return DeclarationPanel::tr("sea");
    case model::TransportMode::Road: return DeclarationPanel::tr("road");
    case model::TransportMode::Rail: return DeclarationPanel::tr("rail");
    case model::TransportMode::Air: return DeclarationPanel::tr("air");
  }
  return {};
}

}  // namespace

DeclarationPanel::DeclarationPanel(QWidget* parent)
    : QWidget(parent), header_(new QLabel(this)), checksTitle_(new QLabel(this)), checks_(new QListWidget(this)),
      goodsTitle_(new QLabel(this)), goods_(new QTableWidget(this)), totals_(new QLabel(this)) {
  setObjectName(QStringLiteral("declarationPanel"));
  header_->setObjectName(QStringLiteral("declarationHeader"));
  header_->setWordWrap(true);
  header_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  checks_->setObjectName(QStringLiteral("declarationChecks"));
  checks_->setWordWrap(true);
  checks_->setResizeMode(QListView::Adjust);
  checks_->setSelectionMode(QAbstractItemView::NoSelection);
  checks_->setFocusPolicy(Qt::NoFocus);
  checks_->setMinimumHeight(checks_->fontMetrics().lineSpacing() * 8);  // four checks of two lines each, unscrolled
  goods_->setObjectName(QStringLiteral("goodsTable"));
  goods_->setColumnCount(6);
  goods_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  goods_->setSelectionBehavior(QAbstractItemView::SelectRows);
  goods_->setSelectionMode(QAbstractItemView::SingleSelection);
  goods_->verticalHeader()->hide();
  goods_->horizontalHeader()->setStretchLastSection(false);
  goods_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  goods_->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
  totals_->setObjectName(QStringLiteral("declarationTotals"));
  totals_->setWordWrap(true);
  for (QLabel* title : {checksTitle_, goodsTitle_}) {
    QFont font = title->font();
    font.setBold(true);
    title->setFont(font);
  }
  // A short dock scrolls the whole declaration rather than squeezing its parts over each other.
  auto* content = new QWidget;
  auto* layout = new QVBoxLayout(content);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addWidget(checksTitle_);
  layout->addWidget(checks_, 2);
  layout->addWidget(header_);
  layout->addWidget(goodsTitle_);
  layout->addWidget(goods_, 3);
  layout->addWidget(totals_);
  fillWithScrollArea(*this, content)->setObjectName(QStringLiteral("declarationScroll"));
  connect(goods_, &QTableWidget::itemSelectionChanged, this, [this] { emit goodsLineChosen(currentLine()); });
  retranslate();
}

int DeclarationPanel::currentLine() const {
  const QList<QTableWidgetItem*> selected = goods_->selectedItems();
  return selected.isEmpty() ? 0 : goods_->item(selected.first()->row(), 0)->data(Qt::UserRole).toInt();
}

QString DeclarationPanel::outcomeText(model::CheckOutcome outcome) {
  switch (outcome) {
    case model::CheckOutcome::Pass: return tr("pass");
    case model::CheckOutcome::Warn: return tr("warn");
    case model::CheckOutcome::Fail: return tr("fail");
    case model::CheckOutcome::NotApplicable: break;
  }
  return tr("n/a");
}

QColor DeclarationPanel::outcomeColour(model::CheckOutcome outcome) {
  switch (outcome) {
    case model::CheckOutcome::Pass: return QColor(0x3c, 0xb3, 0x71);
    case model::CheckOutcome::Warn: return QColor(0xf0, 0xa8, 0x30);
    case model::CheckOutcome::Fail: return QColor(0xe0, 0x40, 0x40);
    case model::CheckOutcome::NotApplicable: break;
  }
  return QColor(0x80, 0x80, 0x80);
}

void DeclarationPanel::setDeclaration(const model::Declaration& declaration) {
  declaration_ = declaration;
  fill();
}

void DeclarationPanel::setChecks(const QList<model::DeclarationCheck>& checks) {
  checkList_ = checks;
  checks_->clear();
  for (const model::DeclarationCheck& check : checks) {
    auto* item = new QListWidgetItem(outcomeIcon(check.outcome), tr("%1 — %2: %3").arg(check.title, outcomeText(check.outcome), check.why), checks_);
    item->setToolTip(check.why);
    item->setData(Qt::UserRole, static_cast<int>(check.outcome));
  }
}

void DeclarationPanel::clear() {
  declaration_.reset();
  checkList_.clear();
  checks_->clear();
  fill();
}

void DeclarationPanel::fill() {
  goods_->setRowCount(0);
  if (!declaration_) {
    header_->setText(tr("No job open."));
    totals_->clear();
    return;
  }
  const model::Declaration& d = *declaration_;
  const QLocale locale;
  QStringList containers;
  for (const QString& number : d.containerNumbers) {
    const model::ContainerNumberCheck iso = model::checkContainerNumber(number);
    containers << (iso.valid ? tr("%1 ✔").arg(escaped(iso.normalized))
                             : tr("<span style='color:#e04040'>%1 ✖ %2</span>").arg(escaped(number), escaped(iso.problem)));
  }
  auto row = [](const QString& name, const QString& value) {
    return QStringLiteral("<tr><td style='padding-right:8px'><b>%1</b></td><td>%2</td></tr>").arg(name, value);
  };
  QString html = QStringLiteral("<table>");
  html += row(tr("Declaration"), escaped(d.number) + QStringLiteral(" · ") + locale.toString(d.lodgedAt.toLocalTime(), QLocale::ShortFormat));
  html += row(tr("Declarant"), escaped(d.declarant.name) + (d.declarant.identifier.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(escaped(d.declarant.identifier))));
  html += row(tr("Consignee"), escaped(d.consignee.name));
  html += row(tr("Route"), tr("%1 → %2, entry at %3").arg(escaped(d.originCountry), escaped(d.destinationCountry), escaped(d.portOfEntry)));
  html += row(tr("Transport"), tr("%1: %2 %3").arg(transportName(d.transport.mode), escaped(d.transport.meansId), escaped(d.transport.voyage)));
  html += row(tr("Containers"), containers.isEmpty() ? tr("none declared") : containers.join(QStringLiteral(", ")));
  html += row(tr("Seals"), d.sealNumbers.isEmpty() ? tr("none declared") : escaped(d.sealNumbers.join(QStringLiteral(", "))));
  if (d.declaredEmpty) html += row(tr("Content"), tr("<b>declared empty</b>"));
  html += QStringLiteral("</table>");
  header_->setText(html);

  goods_->setRowCount(static_cast<int>(d.goods.size()));
  for (int i = 0; i < d.goods.size(); ++i) {
    const model::GoodsItem& g = d.goods[i];
    const QString chapter = hsChapterTitle(g.hsCode);
    const QStringList cells{QString::number(g.line), g.hsCode, chapter.isEmpty() ? g.description : QStringLiteral("%1 — %2").arg(g.description, chapter),
                            QStringLiteral("%1 %2").arg(locale.toString(g.quantity), g.unit), locale.toString(g.grossKg, 'f', 0),
                            QStringLiteral("%1 %2").arg(locale.toString(g.value, 'f', 0), g.currency)};
    for (int c = 0; c < cells.size(); ++c) {
      auto* item = new QTableWidgetItem(cells[c]);
      if (c == 0) item->setData(Qt::UserRole, g.line);
      if (c == 1 || c == 2) item->setToolTip(chapter.isEmpty() ? tr("HS chapter %1 is not in the nomenclature").arg(g.hsChapter()) : chapter);
      if (c >= 3) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
      if (c == 4) item->setToolTip(tr("Net %1 kg").arg(locale.toString(g.netKg, 'f', 0)));
      goods_->setItem(i, c, item);
    }
  }
  QStringList values;
  for (const auto& [currency, value] : d.totalValueByCurrency()) values << QStringLiteral("%1 %2").arg(locale.toString(value, 'f', 0), currency);
  totals_->setText(tr("Total: %n line(s), gross %1 kg, net %2 kg, value %3", nullptr, static_cast<int>(d.goods.size()))
                       .arg(locale.toString(d.totalGrossKg(), 'f', 0), locale.toString(d.totalNetKg(), 'f', 0),
                            values.isEmpty() ? tr("none") : values.join(QStringLiteral(", "))));
}

void DeclarationPanel::retranslate() {
  checksTitle_->setText(tr("Image and declaration"));
  goodsTitle_->setText(tr("Goods"));
  goods_->setHorizontalHeaderLabels({tr("Line"), tr("HS code"), tr("Description"), tr("Quantity"), tr("Gross kg"), tr("Value")});
  fill();
}

void DeclarationPanel::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

}  // namespace cip::widgets

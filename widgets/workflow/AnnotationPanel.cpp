#include "widgets/workflow/AnnotationPanel.h"

#include "widgets/ScrollablePanel.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QScrollArea>
#include <QStyle>
#include <QRegularExpression>
#include <QGridLayout>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace cip::widgets {

namespace {

QIcon swatch(const QColor& colour) {
  QPixmap pixmap(12, 12);
  pixmap.fill(colour);
  return QIcon(pixmap);
}

}  // namespace

AnnotationPanel::AnnotationPanel(QWidget* parent)
    : QWidget(parent), tools_(new QWidget(this)), toolGrid_(new QGridLayout(tools_)), list_(new QListWidget(this)), categoryLabel_(new QLabel(this)),
      category_(new QComboBox(this)), lineLabel_(new QLabel(this)), line_(new QComboBox(this)), noteLabel_(new QLabel(this)),
      note_(new QLineEdit(this)), textLabel_(new QLabel(this)), text_(new QLineEdit(this)) {
  setObjectName(QStringLiteral("annotationPanel"));
  list_->setObjectName(QStringLiteral("annotationList"));
  category_->setObjectName(QStringLiteral("annotationCategory"));
  line_->setObjectName(QStringLiteral("annotationLine"));
  note_->setObjectName(QStringLiteral("annotationNote"));
  text_->setObjectName(QStringLiteral("annotationText"));
  tools_->setObjectName(QStringLiteral("annotationTools"));
  toolGrid_->setContentsMargins(0, 0, 0, 0);
  toolGrid_->setSpacing(2);
  auto* form = new QFormLayout;
  form->addRow(categoryLabel_, category_);
  form->addRow(lineLabel_, line_);
  form->addRow(noteLabel_, note_);
  form->addRow(textLabel_, text_);
  // A short dock scrolls the tools, the marks and their properties rather than squeezing them.
  auto* content = new QWidget;
  auto* layout = new QVBoxLayout(content);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addWidget(tools_);
  layout->addWidget(list_, 1);
  layout->addLayout(form);
  fillWithScrollArea(*this, content)->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  connect(list_, &QListWidget::currentRowChanged, this, [this](int row) {
    if (filling_) return;
    showProperties();
    emit selected(row >= 0 && row < rows_.size() ? rows_[row].id : QString());
  });
  connect(category_, &QComboBox::activated, this, [this] { emitEdit(); });
  connect(line_, &QComboBox::activated, this, [this] { emitEdit(); });
  connect(note_, &QLineEdit::editingFinished, this, [this] { emitEdit(); });
  connect(text_, &QLineEdit::editingFinished, this, [this] { emitEdit(); });
  retranslate();
  showProperties();
}

QString AnnotationPanel::categoryName(const QString& code) {
  if (code == QLatin1String("undeclared-goods")) return tr("Undeclared goods");
  if (code == QLatin1String("concealment")) return tr("Concealment");
  if (code == QLatin1String("drugs")) return tr("Drugs");
  if (code == QLatin1String("weapons")) return tr("Weapons");
  if (code == QLatin1String("cigarettes")) return tr("Cigarettes");
  if (code == QLatin1String("currency")) return tr("Currency");
  if (code == QLatin1String("explosives")) return tr("Explosives");
  if (code == QLatin1String("measurement")) return tr("Measurement");
  if (code == QLatin1String("other")) return tr("Other");
  return code;
}

QString AnnotationPanel::categoryCode(const QString& nameOrCode) {
  static const QStringList known{QStringLiteral("undeclared-goods"), QStringLiteral("concealment"), QStringLiteral("drugs"),
                                 QStringLiteral("weapons"),          QStringLiteral("cigarettes"),  QStringLiteral("currency"),
                                 QStringLiteral("explosives"),       QStringLiteral("measurement"), QStringLiteral("other")};
  static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,47}$"));  // as the annotation codec requires
  const QString trimmed = nameOrCode.trimmed();
  for (const QString& code : known)
    if (trimmed.compare(categoryName(code), Qt::CaseInsensitive) == 0) return code;
  const QString code = trimmed.toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
  return pattern.match(code).hasMatch() ? code : QString();
}

QColor AnnotationPanel::categoryColour(const QString& code) {
  static const QColor palette[] = {QColor(255, 80, 80), QColor(255, 170, 0), QColor(0, 220, 220), QColor(200, 120, 255),
                                   QColor(120, 255, 120), QColor(255, 120, 200), QColor(255, 255, 90)};
  if (code == QLatin1String("measurement")) return QColor(230, 230, 230);
  return palette[qHash(code) % std::size(palette)];
}

void AnnotationPanel::setToolActions(const QList<QAction*>& actions) {
  qDeleteAll(toolButtons_);
  toolButtons_.clear();
  for (QAction* action : actions) {
    if (!action) continue;  // the grid groups by position; separators have no place in it
    auto* button = new QToolButton(tools_);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(true);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    toolButtons_.push_back(button);
  }
  toolColumns_ = 0;
  arrangeTools();
}

void AnnotationPanel::arrangeTools() {
  // As many columns as the dock's width holds: every tool stays in sight.
  int widest = 1;
  for (const QToolButton* button : toolButtons_) widest = std::max(widest, button->sizeHint().width());
  tools_->setMinimumWidth(widest);  // one column at the narrowest: the grid never holds the dock wide
  const int room = std::max(widest, width() - 8 - style()->pixelMetric(QStyle::PM_ScrollBarExtent));
  const int columns = std::max(1, std::min(static_cast<int>(toolButtons_.size()), (room + toolGrid_->spacing()) / (widest + toolGrid_->spacing())));
  if (columns == toolColumns_) return;
  toolColumns_ = columns;
  for (QToolButton* button : toolButtons_) toolGrid_->removeWidget(button);
  for (int i = 0; i < toolButtons_.size(); ++i) toolGrid_->addWidget(toolButtons_[i], i / columns, i % columns);
}

void AnnotationPanel::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  arrangeTools();
}

void AnnotationPanel::setCategories(const QStringList& codes) {
  categories_ = codes;
  retranslate();
}

void AnnotationPanel::setDeclarationLines(const QList<std::pair<int, QString>>& lines) {
  lines_ = lines;
  retranslate();
}

QString AnnotationPanel::currentCategory() const { return category_->currentData().toString(); }

void AnnotationPanel::setCurrentCategory(const QString& code) {
  const int index = category_->findData(code);
  if (index >= 0) category_->setCurrentIndex(index);
}

void AnnotationPanel::setRows(const QList<Row>& rows) {
  const QString keep = selectedRow() ? selectedRow()->id : QString();
  filling_ = true;
  rows_ = rows;
  list_->clear();
  for (const Row& r : rows_) list_->addItem(new QListWidgetItem(swatch(r.colour), r.text));
  filling_ = false;
  setSelected(keep);
}

void AnnotationPanel::setSelected(const QString& id) {
  filling_ = true;
  int row = -1;
  for (int i = 0; i < rows_.size(); ++i)
    if (rows_[i].id == id) row = i;
  list_->setCurrentRow(row);
  filling_ = false;
  showProperties();
}

std::optional<AnnotationPanel::Row> AnnotationPanel::selectedRow() const {
  const int row = list_->currentRow();
  if (row < 0 || row >= rows_.size()) return std::nullopt;
  return rows_[row];
}

void AnnotationPanel::showProperties() {
  const std::optional<Row> row = selectedRow();
  filling_ = true;
  for (QWidget* w : std::initializer_list<QWidget*>{line_, note_, text_, lineLabel_, noteLabel_, textLabel_}) w->setEnabled(row.has_value());
  if (row) {
    const int c = category_->findData(row->category);
    if (c < 0) category_->addItem(categoryName(row->category), row->category);
    category_->setCurrentIndex(category_->findData(row->category));
    line_->setCurrentIndex(std::max(0, line_->findData(row->declarationLine)));
    note_->setText(row->note);
    text_->setText(row->label);
    text_->setVisible(!row->label.isEmpty());
    textLabel_->setVisible(!row->label.isEmpty());
  } else {
    note_->clear();
    text_->clear();
    text_->setVisible(false);
    textLabel_->setVisible(false);
  }
  filling_ = false;
}

void AnnotationPanel::emitEdit() {
  if (filling_) return;
  const std::optional<Row> row = selectedRow();
  if (!row) return;  // with nothing chosen the category box only sets what new marks get
  const QString label = row->label.isEmpty() ? QString() : (text_->text().trimmed().isEmpty() ? row->label : text_->text().trimmed());
  const QString category = category_->currentData().toString();
  const int line = line_->currentData().toInt();
  const QString note = note_->text();
  if (category == row->category && line == row->declarationLine && note == row->note && label == row->label) return;
  emit propertiesEdited(row->id, category, note, line, label);
}

void AnnotationPanel::retranslate() {
  const QString current = category_->currentData().toString();
  filling_ = true;
  category_->clear();
  for (const QString& code : categories_) category_->addItem(swatch(categoryColour(code)), categoryName(code), code);
  category_->setCurrentIndex(std::max(0, category_->findData(current)));
  line_->clear();
  line_->addItem(tr("(no line)"), 0);
  for (const auto& [line, text] : lines_) line_->addItem(tr("Line %1: %2").arg(line).arg(text), line);
  filling_ = false;
  categoryLabel_->setText(tr("Category"));
  lineLabel_->setText(tr("Declaration line"));
  noteLabel_->setText(tr("Note"));
  textLabel_->setText(tr("Text"));
  note_->setPlaceholderText(tr("What the mark shows"));
  showProperties();
}

void AnnotationPanel::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

}  // namespace cip::widgets

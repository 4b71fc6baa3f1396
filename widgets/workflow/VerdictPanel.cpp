#include "widgets/workflow/VerdictPanel.h"

#include <QAction>
#include <QButtonGroup>
#include <QCheckBox>
#include <QDockWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSlider>
#include <QStyle>
#include <QVBoxLayout>

namespace cip::widgets {

VerdictPanel::VerdictPanel(QWidget* parent)
    : QWidget(parent), decisions_(new QButtonGroup(this)), release_(new QRadioButton(this)), refer_(new QRadioButton(this)),
      inconclusive_(new QRadioButton(this)), decisionBox_(new QWidget(this)), decisionRow_(new QBoxLayout(QBoxLayout::LeftToRight, decisionBox_)),
      scroll_(new QScrollArea(this)), reasonsLabel_(new QLabel(this)), reasonsColumn_(new QVBoxLayout), confidenceStated_(new QCheckBox(this)),
      confidence_(new QSlider(Qt::Horizontal, this)), confidenceValue_(new QLabel(this)), commentLabel_(new QLabel(this)),
      comment_(new QPlainTextEdit(this)), missing_(new QLabel(this)), submit_(new QPushButton(this)) {
  setObjectName(QStringLiteral("verdictPanel"));
  release_->setObjectName(QStringLiteral("verdictRelease"));
  refer_->setObjectName(QStringLiteral("verdictRefer"));
  inconclusive_->setObjectName(QStringLiteral("verdictInconclusive"));
  scroll_->setObjectName(QStringLiteral("verdictScroll"));
  comment_->setObjectName(QStringLiteral("verdictComment"));
  submit_->setObjectName(QStringLiteral("verdictSubmit"));
  missing_->setObjectName(QStringLiteral("verdictMissing"));
  decisions_->addButton(release_, static_cast<int>(model::Decision::Release));
  decisions_->addButton(refer_, static_cast<int>(model::Decision::ReferToInspection));
  decisions_->addButton(inconclusive_, static_cast<int>(model::Decision::Inconclusive));
  confidence_->setRange(0, 100);
  confidence_->setValue(80);
  confidence_->setEnabled(false);
  comment_->setTabChangesFocus(true);
  comment_->setMinimumHeight(comment_->fontMetrics().lineSpacing() * 3 + 10);
  comment_->setMaximumHeight(comment_->fontMetrics().lineSpacing() * 6 + 10);
  missing_->setWordWrap(true);
  submit_->setDefault(false);
  submit_->setAutoDefault(false);

  // Scrolls when the dock is short: the reasons, the confidence and the comment.
  auto* body = new QWidget(scroll_);
  body->setObjectName(QStringLiteral("verdictBody"));
  auto* confidenceRow = new QHBoxLayout;
  confidenceRow->addWidget(confidenceStated_);
  confidenceRow->addWidget(confidence_, 1);
  confidenceRow->addWidget(confidenceValue_);
  auto* bodyLayout = new QVBoxLayout(body);
  bodyLayout->setContentsMargins(0, 0, 0, 0);
  bodyLayout->setSizeConstraint(QLayout::SetMinimumSize);  // scrolls rather than squeezing the reasons
  bodyLayout->addWidget(reasonsLabel_);
  reasonsColumn_->setSpacing(2);
  bodyLayout->addLayout(reasonsColumn_);
  bodyLayout->addLayout(confidenceRow);
  bodyLayout->addWidget(commentLabel_);
  bodyLayout->addWidget(comment_);
  bodyLayout->addStretch(1);
  scroll_->setWidget(body);
  scroll_->setWidgetResizable(true);
  scroll_->setFrameShape(QFrame::NoFrame);
  scroll_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  scroll_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);  // a steady width: a scroll bar coming and going never covers the reasons

  // Never scrolls: the decision, what is still needed, Submit.
  decisionRow_->setContentsMargins(0, 0, 0, 0);
  for (QRadioButton* b : {release_, refer_, inconclusive_}) decisionRow_->addWidget(b);
  decisionRow_->addStretch(1);
  auto* footer = new QFrame(this);
  footer->setObjectName(QStringLiteral("verdictFooter"));
  footer->setFrameShape(QFrame::StyledPanel);
  auto* footerLayout = new QVBoxLayout(footer);
  footerLayout->setContentsMargins(4, 4, 4, 4);
  footerLayout->addWidget(decisionBox_);
  footerLayout->addWidget(missing_);
  footerLayout->addWidget(submit_);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addWidget(scroll_, 1);
  layout->addWidget(footer);

  auto changed = [this] {
    refusal_.clear();
    emit formChanged();
  };
  connect(decisions_, &QButtonGroup::idClicked, this, changed);
  connect(comment_, &QPlainTextEdit::textChanged, this, changed);
  connect(confidenceStated_, &QCheckBox::toggled, this, [this, changed](bool on) {
    confidence_->setEnabled(on);
    confidenceValue_->setText(on ? QStringLiteral("%1 %").arg(confidence_->value()) : QString());
    changed();
  });
  connect(confidence_, &QSlider::valueChanged, this, [this](int value) {
    if (confidenceStated_->isChecked()) confidenceValue_->setText(QStringLiteral("%1 %").arg(value));
  });
  connect(submit_, &QPushButton::clicked, this, &VerdictPanel::submitRequested);
  // Keys reach the form from anywhere in the window (the workspace adds these actions to it):
  // the analyst's hands stay on the keyboard.
  const std::pair<QKeySequence, model::Decision> keys[] = {{QKeySequence(Qt::Key_F9), model::Decision::Release},
                                                           {QKeySequence(Qt::Key_F10), model::Decision::ReferToInspection},
                                                           {QKeySequence(Qt::Key_F11), model::Decision::Inconclusive}};
  for (const auto& [key, decision] : keys) {
    auto* action = new QAction(this);
    action->setShortcut(key);
    connect(action, &QAction::triggered, this, [this, changed, d = decision] {
      if (!isEnabled()) return;
      setDecision(d);
      changed();
    });
    decisionActions_.push_back(action);
  }
  submitAction_ = new QAction(this);
  submitAction_->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
  // Always answers while a job is open: a refusal says what is missing (see showMissing()).
  connect(submitAction_, &QAction::triggered, this, [this] {
    if (isEnabled()) emit submitRequested();
  });
  retranslate();
  reset(false);
}

QString VerdictPanel::decisionName(model::Decision decision) {
  switch (decision) {
    case model::Decision::Release: return tr("Release");
    case model::Decision::ReferToInspection: return tr("Refer to inspection");
    case model::Decision::Inconclusive: return tr("Inconclusive");
  }
  return {};
}

QString VerdictPanel::reasonName(const QString& code) {
  if (code == QLatin1String("IMAGE_MATCHES_DECLARATION")) return tr("Image matches the declaration");
  if (code == QLatin1String("WEIGHT_MISMATCH")) return tr("Weight does not match");
  if (code == QLatin1String("CONTAINER_NUMBER_MISMATCH")) return tr("Container number does not match");
  if (code == QLatin1String("NOT_EMPTY")) return tr("Declared empty, not empty");
  if (code == QLatin1String("MATERIAL_MISMATCH")) return tr("Materials do not match the goods");
  if (code == QLatin1String("UNDECLARED_GOODS")) return tr("Undeclared goods");
  if (code == QLatin1String("CONCEALMENT")) return tr("Concealment (false wall, compartment)");
  if (code == QLatin1String("DENSE_REGION")) return tr("Dense region hides the contents");
  if (code == QLatin1String("IMAGE_QUALITY")) return tr("Image quality too poor");
  if (code == QLatin1String("OTHER")) return tr("Other (see comment)");
  return code;
}

void VerdictPanel::setReasonCodes(const QStringList& codes) {
  const QStringList checked = checkedReasons();
  qDeleteAll(reasonBoxes_);
  reasonBoxes_.clear();
  codes_ = codes;
  for (const QString& code : codes_) {
    auto* box = new QCheckBox(this);
    box->setObjectName(QStringLiteral("verdictReason_") + code);
    box->setProperty("code", code);
    box->setChecked(checked.contains(code));
    connect(box, &QCheckBox::toggled, this, [this] {
      refusal_.clear();
      emit formChanged();
    });
    reasonsColumn_->addWidget(box);
    reasonBoxes_.push_back(box);
  }
  retranslate();
}

void VerdictPanel::reset(bool enabled) {
  const QSignalBlocker blockComment(comment_);
  decisions_->setExclusive(false);
  for (QAbstractButton* b : decisions_->buttons()) b->setChecked(false);
  decisions_->setExclusive(true);
  for (QCheckBox* box : reasonBoxes_) {
    const QSignalBlocker quiet(box);
    box->setChecked(false);
  }
  comment_->clear();
  confidenceStated_->setChecked(false);
  confidence_->setValue(80);
  setEnabled(enabled);
  refusal_.clear();
  setMissing({});
  scroll_->ensureVisible(0, 0);
}

std::optional<model::Decision> VerdictPanel::decision() const {
  const int id = decisions_->checkedId();
  if (id < 0) return std::nullopt;
  return static_cast<model::Decision>(id);
}

void VerdictPanel::setDecision(model::Decision decision) {
  if (QAbstractButton* b = decisions_->button(static_cast<int>(decision))) b->setChecked(true);
}

QStringList VerdictPanel::checkedReasons() const {
  QStringList out;
  for (const QCheckBox* box : reasonBoxes_)
    if (box->isChecked()) out << box->property("code").toString();
  return out;
}

void VerdictPanel::setReasonChecked(const QString& code, bool checked) {
  for (QCheckBox* box : reasonBoxes_)
    if (box->property("code").toString() == code) box->setChecked(checked);
}

QString VerdictPanel::comment() const { return comment_->toPlainText().trimmed(); }
void VerdictPanel::setComment(const QString& text) { comment_->setPlainText(text); }

std::optional<int> VerdictPanel::confidence() const {
  if (!confidenceStated_->isChecked()) return std::nullopt;
  return confidence_->value();
}

void VerdictPanel::setConfidence(std::optional<int> value) {
  confidenceStated_->setChecked(value.has_value());
  if (value) confidence_->setValue(*value);
}

void VerdictPanel::setMissing(const QStringList& missing) {
  missingList_ = missing;
  if (!refusal_.isEmpty()) {
    missing_->setText(refusal_);
    missing_->setStyleSheet(QStringLiteral("color: #ff6b5e; font-weight: bold; border: 1px solid #ff6b5e; padding: 2px"));
  } else {
    missing_->setText(missing.isEmpty() ? QString() : tr("Still needed: %1").arg(missing.join(QStringLiteral("; "))));
    missing_->setStyleSheet(QStringLiteral("color: #f0a830"));
  }
  missing_->setVisible(!missing_->text().isEmpty());
  submit_->setEnabled(isEnabled());
}

QString VerdictPanel::missingText() const { return missing_->isVisibleTo(this) ? missing_->text() : QString(); }

QWidget* VerdictPanel::fieldWidget(Field field) const {
  switch (field) {
    case Field::Decision: return decisions_->checkedButton() ? decisions_->checkedButton() : release_;
    case Field::Reasons: return reasonBoxes_.isEmpty() ? nullptr : reasonBoxes_.first();
    case Field::Comment: return comment_;
    case Field::None: break;
  }
  return nullptr;
}

void VerdictPanel::showMissing(const QString& reason, Field field) {
  refusal_ = reason;
  setMissing(missingList_);
  // A dock tabbed behind another, or closed, comes to the front first: focus needs a visible field.
  for (QWidget* up = parentWidget(); up; up = up->parentWidget()) {
    if (auto* dock = qobject_cast<QDockWidget*>(up)) {
      dock->show();
      dock->raise();
      break;
    }
  }
  QWidget* target = fieldWidget(field);
  if (!target) target = submit_;
  if (scroll_->widget()->isAncestorOf(target)) {
    // The whole field in view (ensureWidgetVisible() would show a text box's cursor line only).
    const QPoint centre = target->mapTo(scroll_->widget(), target->rect().center());
    scroll_->ensureVisible(centre.x(), centre.y(), target->width() / 2 + 4, target->height() / 2 + 4);
  }
  target->setFocus(Qt::OtherFocusReason);
}

void VerdictPanel::arrangeDecisions() {
  // One row when the three buttons fit the panel's width, one below the other when they do not.
  int rowWidth = decisionRow_->spacing() * 2;
  int widest = 0;
  for (QRadioButton* b : {release_, refer_, inconclusive_}) {
    rowWidth += b->sizeHint().width();
    widest = std::max(widest, b->sizeHint().width());
  }
  decisionBox_->setMinimumWidth(widest);  // the column's width: the row never holds the dock wide
  const int room = width() - 16;
  const auto direction = rowWidth <= room ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
  if (decisionRow_->direction() != direction) decisionRow_->setDirection(direction);
}

void VerdictPanel::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  arrangeDecisions();
}

void VerdictPanel::retranslate() {
  auto key = [](const QAction* a) { return a->shortcut().toString(QKeySequence::NativeText); };
  release_->setText(tr("&Release (%1)").arg(key(decisionActions_[0])));
  refer_->setText(tr("Re&fer (%1)").arg(key(decisionActions_[1])));
  inconclusive_->setText(tr("I&nconclusive (%1)").arg(key(decisionActions_[2])));
  reasonsLabel_->setText(tr("Reasons"));
  confidenceStated_->setText(tr("Confidence"));
  commentLabel_->setText(tr("Comment"));
  comment_->setPlaceholderText(tr("Why — required for a referral without marks, and for inconclusive"));
  submit_->setText(tr("Submit verdict (%1)").arg(submitAction_->shortcut().toString(QKeySequence::NativeText)));
  decisionActions_[0]->setText(tr("Decide: release"));
  decisionActions_[1]->setText(tr("Decide: refer to inspection"));
  decisionActions_[2]->setText(tr("Decide: inconclusive"));
  submitAction_->setText(tr("Submit the verdict"));
  for (QCheckBox* box : reasonBoxes_) box->setText(reasonName(box->property("code").toString()));
  setMissing(missingList_);
  arrangeDecisions();
  // As wide as the longest reason: the body scrolls up and down, never sideways.
  scroll_->setMinimumWidth(scroll_->widget()->minimumSizeHint().width() + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4);
}

void VerdictPanel::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

}  // namespace cip::widgets

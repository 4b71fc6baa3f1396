#include "widgets/workflow/VerdictPanel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QAction>
#include <QSlider>
#include <QVBoxLayout>

namespace cip::widgets {

VerdictPanel::VerdictPanel(QWidget* parent)
    : QWidget(parent), decisions_(new QButtonGroup(this)), release_(new QRadioButton(this)), refer_(new QRadioButton(this)),
      inconclusive_(new QRadioButton(this)), reasonsLabel_(new QLabel(this)), reasons_(new QListWidget(this)),
      confidenceStated_(new QCheckBox(this)), confidence_(new QSlider(Qt::Horizontal, this)), confidenceValue_(new QLabel(this)),
      commentLabel_(new QLabel(this)), comment_(new QPlainTextEdit(this)), missing_(new QLabel(this)), submit_(new QPushButton(this)) {
  setObjectName(QStringLiteral("verdictPanel"));
  release_->setObjectName(QStringLiteral("verdictRelease"));
  refer_->setObjectName(QStringLiteral("verdictRefer"));
  inconclusive_->setObjectName(QStringLiteral("verdictInconclusive"));
  reasons_->setObjectName(QStringLiteral("verdictReasons"));
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
  comment_->setMaximumHeight(90);
  missing_->setWordWrap(true);
  missing_->setStyleSheet(QStringLiteral("color: #f0a830"));
  auto* decisionRow = new QHBoxLayout;
  for (QRadioButton* b : {release_, refer_, inconclusive_}) decisionRow->addWidget(b);
  auto* confidenceRow = new QHBoxLayout;
  confidenceRow->addWidget(confidenceStated_);
  confidenceRow->addWidget(confidence_, 1);
  confidenceRow->addWidget(confidenceValue_);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addLayout(decisionRow);
  layout->addWidget(reasonsLabel_);
  layout->addWidget(reasons_, 1);
  layout->addLayout(confidenceRow);
  layout->addWidget(commentLabel_);
  layout->addWidget(comment_);
  layout->addWidget(missing_);
  layout->addWidget(submit_);

  connect(decisions_, &QButtonGroup::idClicked, this, [this] { emit formChanged(); });
  connect(reasons_, &QListWidget::itemChanged, this, [this] { emit formChanged(); });
  connect(comment_, &QPlainTextEdit::textChanged, this, [this] { emit formChanged(); });
  connect(confidenceStated_, &QCheckBox::toggled, this, [this](bool on) {
    confidence_->setEnabled(on);
    confidenceValue_->setText(on ? QStringLiteral("%1 %").arg(confidence_->value()) : QString());
    emit formChanged();
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
    connect(action, &QAction::triggered, this, [this, d = decision] {
      if (!isEnabled()) return;
      setDecision(d);
      emit formChanged();
    });
    decisionActions_.push_back(action);
  }
  submitAction_ = new QAction(this);
  submitAction_->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
  connect(submitAction_, &QAction::triggered, this, [this] {
    if (isEnabled() && submit_->isEnabled()) emit submitRequested();
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
  codes_ = codes;
  retranslate();
}

void VerdictPanel::reset(bool enabled) {
  const QSignalBlocker blockReasons(reasons_), blockComment(comment_);
  decisions_->setExclusive(false);
  for (QAbstractButton* b : decisions_->buttons()) b->setChecked(false);
  decisions_->setExclusive(true);
  for (int i = 0; i < reasons_->count(); ++i) reasons_->item(i)->setCheckState(Qt::Unchecked);
  comment_->clear();
  confidenceStated_->setChecked(false);
  confidence_->setValue(80);
  setEnabled(enabled);
  setMissing({});
  submit_->setEnabled(false);
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
  for (int i = 0; i < reasons_->count(); ++i)
    if (reasons_->item(i)->checkState() == Qt::Checked) out << reasons_->item(i)->data(Qt::UserRole).toString();
  return out;
}

void VerdictPanel::setReasonChecked(const QString& code, bool checked) {
  for (int i = 0; i < reasons_->count(); ++i)
    if (reasons_->item(i)->data(Qt::UserRole).toString() == code) reasons_->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
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
  missing_->setText(missing.isEmpty() ? QString() : tr("Still needed: %1").arg(missing.join(QStringLiteral("; "))));
  missing_->setVisible(!missing.isEmpty());
  submit_->setEnabled(isEnabled() && decision().has_value() && missing.isEmpty());
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
  const QStringList checked = checkedReasons();
  const QSignalBlocker block(reasons_);
  reasons_->clear();
  for (const QString& code : codes_) {
    auto* item = new QListWidgetItem(reasonName(code), reasons_);
    item->setData(Qt::UserRole, code);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(checked.contains(code) ? Qt::Checked : Qt::Unchecked);
  }
  setMissing(missingList_);
}

void VerdictPanel::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

}  // namespace cip::widgets

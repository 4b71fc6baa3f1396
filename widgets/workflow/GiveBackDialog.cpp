#include "widgets/workflow/GiveBackDialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace cip::widgets {

QString GiveBackDialog::reasonName(model::ReleaseReason reason) {
  switch (reason) {
    case model::ReleaseReason::ImageUnusable: return tr("The image cannot be assessed (unreadable, incomplete, wrong scan)");
    case model::ReleaseReason::ConflictOfInterest: return tr("Conflict of interest");
    case model::ReleaseReason::NeedsSpecialist: return tr("Needs a specialist (goods or image beyond my competence)");
    case model::ReleaseReason::EndOfShift: return tr("End of my shift or an interruption");
    case model::ReleaseReason::Other: return tr("Other (say what in the note)");
  }
  return {};
}

GiveBackDialog::GiveBackDialog(const QString& jobId, QWidget* parent)
    : QDialog(parent), reasons_(new QButtonGroup(this)), noteLabel_(new QLabel(this)), note_(new QPlainTextEdit(this)), missing_(new QLabel(this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Cancel, this)) {
  setObjectName(QStringLiteral("giveBackDialog"));
  setWindowTitle(tr("Give job %1 back").arg(jobId));
  auto* layout = new QVBoxLayout(this);
  auto* intro = new QLabel(tr("Job %1 leaves your queue and goes to another analyst. Why do you give it back? The central system keeps your reason "
                              "for the supervisors.")
                               .arg(jobId),
                           this);
  intro->setWordWrap(true);
  layout->addWidget(intro);
  for (const auto& entry : model::kReleaseReasonNames) {
    auto* button = new QRadioButton(reasonName(entry.value), this);
    button->setObjectName(QStringLiteral("reason-%1").arg(QLatin1String(entry.name)));
    reasons_->addButton(button, static_cast<int>(entry.value));
    layout->addWidget(button);
  }
  noteLabel_->setText(tr("&Note for the supervisor:"));
  noteLabel_->setBuddy(note_);
  note_->setObjectName(QStringLiteral("giveBackNote"));
  note_->setTabChangesFocus(true);
  note_->setPlaceholderText(tr("Optional, except for Other (at most %n character(s))", nullptr, model::kMaxReleaseNoteLength));
  note_->setMaximumHeight(note_->fontMetrics().lineSpacing() * 5);
  missing_->setObjectName(QStringLiteral("giveBackMissing"));
  missing_->setWordWrap(true);
  layout->addWidget(noteLabel_);
  layout->addWidget(note_);
  layout->addWidget(missing_);
  QPushButton* giveBack = buttons_->addButton(tr("&Give back"), QDialogButtonBox::AcceptRole);
  giveBack->setObjectName(QStringLiteral("giveBackButton"));
  layout->addWidget(buttons_);
  connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(reasons_, &QButtonGroup::idClicked, this, [this](int id) {
    if (id == static_cast<int>(model::ReleaseReason::Other)) note_->setFocus();  // what "Other" needs next
    updateAcceptance();
  });
  connect(note_, &QPlainTextEdit::textChanged, this, &GiveBackDialog::updateAcceptance);
  updateAcceptance();
}

model::JobRelease GiveBackDialog::release() const {
  return {static_cast<model::ReleaseReason>(std::max(0, reasons_->checkedId())), note_->toPlainText().trimmed()};
}

void GiveBackDialog::setReason(model::ReleaseReason reason) {
  if (QAbstractButton* button = reasons_->button(static_cast<int>(reason))) button->setChecked(true);
  updateAcceptance();
}

void GiveBackDialog::setNote(const QString& note) { note_->setPlainText(note); }

void GiveBackDialog::updateAcceptance() {
  QString missing;
  const int length = static_cast<int>(note_->toPlainText().trimmed().size());
  if (reasons_->checkedId() < 0)
    missing = tr("Choose a reason.");
  else if (reasons_->checkedId() == static_cast<int>(model::ReleaseReason::Other) && length == 0)
    missing = tr("Say in the note why you give the job back.");
  else if (length > model::kMaxReleaseNoteLength)
    missing = tr("The note is %1 characters long; shorten it to %2.").arg(length).arg(model::kMaxReleaseNoteLength);
  missing_->setText(missing);
  missing_->setVisible(!missing.isEmpty());
  buttons_->button(QDialogButtonBox::Cancel)->setDefault(!missing.isEmpty());
  for (QAbstractButton* button : buttons_->buttons())
    if (buttons_->buttonRole(button) == QDialogButtonBox::AcceptRole) button->setEnabled(missing.isEmpty());
}

}  // namespace cip::widgets

#include "widgets/SignInDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>

namespace cip::widgets {

using model::Role;

SignInDialog::SignInDialog(QWidget* parent)
    : QDialog(parent), userId_(new QLineEdit(this)), password_(new QLineEdit(this)), role_(new QComboBox(this)), problem_(new QLabel(this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
  setWindowTitle(tr("Sign in — CIP Workstation"));
  userId_->setObjectName(QStringLiteral("userId"));
  userId_->setValidator(new QRegularExpressionValidator(
      QRegularExpression(QRegularExpression::anchoredPattern(model::kIdPattern)), userId_));
  userId_->setPlaceholderText(tr("e.g. li.wei"));
  password_->setObjectName(QStringLiteral("password"));
  password_->setEchoMode(QLineEdit::Password);
  role_->setObjectName(QStringLiteral("role"));
  for (const auto& entry : model::kRoleNames) role_->addItem(roleDisplayName(entry.value), static_cast<int>(entry.value));
  problem_->setObjectName(QStringLiteral("problem"));
  buttons_->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));

  auto* form = new QFormLayout(this);
  form->addRow(tr("User:"), userId_);
  form->addRow(tr("Password:"), password_);
  form->addRow(tr("Role:"), role_);
  form->addRow(problem_);
  form->addRow(buttons_);
  connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(userId_, &QLineEdit::textChanged, this, &SignInDialog::validate);
  validate();
}

QString SignInDialog::roleDisplayName(Role role) {
  switch (role) {
    case Role::Analyst: return tr("Analyst");
    case Role::Trainer: return tr("Trainer");
    case Role::Trainee: return tr("Trainee");
    case Role::Supervisor: return tr("Supervisor");
    case Role::Admin: return tr("Administrator");
  }
  return {};
}

void SignInDialog::setUserId(const QString& userId) { userId_->setText(userId); }

void SignInDialog::setRole(Role role) { role_->setCurrentIndex(role_->findData(static_cast<int>(role))); }

model::User SignInDialog::user() const {
  model::User user;
  user.id = userId_->text();
  user.displayName = user.id;
  user.roles = {static_cast<Role>(role_->currentData().toInt())};
  return user;
}

QString SignInDialog::password() const { return password_->text(); }

void SignInDialog::validate() {
  const bool ok = userId_->hasAcceptableInput();
  problem_->setText(ok || userId_->text().isEmpty() ? QString() : tr("Letters, digits and . _ : - only."));
  buttons_->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

}  // namespace cip::widgets

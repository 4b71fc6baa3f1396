#include "widgets/SignInDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QTimer>

namespace cip::widgets {

using model::Role;

SignInDialog::SignInDialog(QWidget* parent)
    : QDialog(parent), notice_(new QLabel(this)), userId_(new QLineEdit(this)), password_(new QLineEdit(this)), role_(new QComboBox(this)),
      problem_(new QLabel(this)), buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)), wait_(new QTimer(this)) {
  setWindowTitle(tr("Sign in — CIP Workstation"));
  notice_->setObjectName(QStringLiteral("notice"));
  notice_->setWordWrap(true);
  notice_->hide();
  userId_->setObjectName(QStringLiteral("userId"));
  userId_->setValidator(new QRegularExpressionValidator(
      QRegularExpression(QRegularExpression::anchoredPattern(model::kIdPattern)), userId_));
  userId_->setPlaceholderText(tr("e.g. li.wei"));
  password_->setObjectName(QStringLiteral("password"));
  password_->setEchoMode(QLineEdit::Password);
  role_->setObjectName(QStringLiteral("role"));
  offerRoles(allRoles());
  problem_->setObjectName(QStringLiteral("problem"));
  problem_->setWordWrap(true);
  problem_->setMinimumWidth(360);
  buttons_->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
  wait_->setSingleShot(true);

  auto* form = new QFormLayout(this);
  form->addRow(notice_);
  form->addRow(tr("User:"), userId_);
  form->addRow(tr("Password:"), password_);
  form->addRow(tr("Role:"), role_);
  form->addRow(problem_);
  form->addRow(buttons_);
  connect(buttons_, &QDialogButtonBox::accepted, this, &SignInDialog::request);
  connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(userId_, &QLineEdit::textChanged, this, &SignInDialog::validate);
  // The roles granted to someone else say nothing about the user now typed.
  connect(userId_, &QLineEdit::textEdited, this, [this] { offerRoles(allRoles()); });
  connect(password_, &QLineEdit::textChanged, this, &SignInDialog::validate);
  connect(wait_, &QTimer::timeout, this, &SignInDialog::validate);
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

QList<Role> SignInDialog::allRoles() {
  QList<Role> roles;
  for (const auto& entry : model::kRoleNames) roles << entry.value;
  return roles;
}

void SignInDialog::offerRoles(const QList<Role>& roles) {
  if (role_->count() == roles.size()) {
    bool same = true;
    for (int i = 0; i < roles.size(); ++i) same = same && role_->itemData(i).toInt() == static_cast<int>(roles[i]);
    if (same) return;
  }
  const Role wanted = role_->count() > 0 ? role() : roles.value(0, Role::Analyst);
  role_->clear();
  for (Role r : roles) role_->addItem(roleDisplayName(r), static_cast<int>(r));
  setRole(wanted);
}

void SignInDialog::setUserId(const QString& userId) { userId_->setText(userId); }

void SignInDialog::setRole(Role role) {
  const int index = role_->findData(static_cast<int>(role));
  if (index >= 0) role_->setCurrentIndex(index);
}

void SignInDialog::setFixedUser(const QString& userId, Role role) {
  setWindowTitle(tr("Sign in again — CIP Workstation"));
  setUserId(userId);
  setRole(role);
  userId_->setReadOnly(true);
  role_->setEnabled(false);
  password_->setFocus();
}

void SignInDialog::setNotice(const QString& text) {
  notice_->setText(text);
  notice_->setVisible(!text.isEmpty());
}

QString SignInDialog::userId() const { return userId_->text(); }

Role SignInDialog::role() const { return static_cast<Role>(role_->currentData().toInt()); }

QString SignInDialog::password() const { return password_->text(); }

void SignInDialog::setBusy(bool busy) {
  busy_ = busy;
  if (busy) problem_->setText(tr("Asking the central system…"));
  password_->setEnabled(!busy);
  validate();
}

void SignInDialog::refuse(const QString& reason, const QList<Role>& grantedRoles, int waitSeconds) {
  busy_ = false;
  password_->setEnabled(true);
  password_->clear();
  password_->setFocus();
  if (!grantedRoles.isEmpty() && role_->isEnabled()) offerRoles(grantedRoles);
  if (waitSeconds > 0) wait_->start(waitSeconds * 1000);
  validate();
  problem_->setText(reason);
}

void SignInDialog::request() {
  if (!buttons_->button(QDialogButtonBox::Ok)->isEnabled()) return;
  setBusy(true);
  emit signInRequested(userId(), password(), role());
}

void SignInDialog::validate() {
  const bool idOk = userId_->hasAcceptableInput();
  if (!busy_) problem_->setText(idOk || userId_->text().isEmpty() ? QString() : tr("Letters, digits and . _ : - only."));
  buttons_->button(QDialogButtonBox::Ok)->setEnabled(idOk && !password_->text().isEmpty() && !busy_ && !wait_->isActive());
}

}  // namespace cip::widgets

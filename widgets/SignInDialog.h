#pragma once

#include "sync/model/User.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace cip::widgets {

/// Sign-in: who is at the workstation, their password and the role to work in. The dialog only
/// asks; whoever shows it has the central system check the answer (signInRequested) and either
/// accepts the dialog or tells it why not (refuse), so a wrong password is retried here and
/// nothing opens on a name someone typed. Also asks for the password again, for a user and role
/// that are fixed, when a session on the central system expired.
class SignInDialog : public QDialog {
  Q_OBJECT
 public:
  explicit SignInDialog(QWidget* parent = nullptr);

  void setUserId(const QString& userId);
  void setRole(model::Role role);
  /// Asks only for the password of this user in this role (the session expired mid-work).
  void setFixedUser(const QString& userId, model::Role role);
  /// A line above the form: why the dialog is shown.
  void setNotice(const QString& text);
  QString userId() const;
  model::Role role() const;
  /// The password as typed; the caller keeps it no longer than it must.
  QString password() const;

  /// While the central system is asked: the form is read-only and says so.
  void setBusy(bool busy);
  /// The sign-in was refused: says why, clears the password and lets the person try again.
  /// `grantedRoles` non-empty: only those roles are offered from now on. `waitSeconds` > 0: the
  /// Sign in button stays disabled that long (too many attempts).
  void refuse(const QString& reason, const QList<model::Role>& grantedRoles = {}, int waitSeconds = 0);

  /// The role's name as shown to people, in the current language.
  static QString roleDisplayName(model::Role role);

 signals:
  void signInRequested(const QString& userId, const QString& password, model::Role role);

 private:
  void validate();
  void request();
  /// Offers these roles in the role list, keeping the chosen one when it is among them.
  void offerRoles(const QList<model::Role>& roles);
  static QList<model::Role> allRoles();

  QLabel* notice_;
  QLineEdit* userId_;
  QLineEdit* password_;
  QComboBox* role_;
  QLabel* problem_;
  QDialogButtonBox* buttons_;
  QTimer* wait_;
  bool busy_ = false;
};

}  // namespace cip::widgets

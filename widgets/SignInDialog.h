#pragma once

#include "sync/model/User.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace cip::widgets {

/// Sign-in: who is at the workstation, in which role, and the password the central system checks.
/// The role chooses the workspace and the saved layout; the central system checks the same roles
/// on every request. Without a link to it the workstation still opens on what it holds.
class SignInDialog : public QDialog {
  Q_OBJECT
 public:
  explicit SignInDialog(QWidget* parent = nullptr);

  void setUserId(const QString& userId);
  void setRole(model::Role role);
  /// The signed-in user (valid after accept()).
  model::User user() const;
  /// The password for the central system; kept in memory only, never stored.
  QString password() const;

  /// The role's name as shown to people, in the current language.
  static QString roleDisplayName(model::Role role);

 private:
  void validate();

  QLineEdit* userId_;
  QLineEdit* password_;
  QComboBox* role_;
  QLabel* problem_;
  QDialogButtonBox* buttons_;
};

}  // namespace cip::widgets

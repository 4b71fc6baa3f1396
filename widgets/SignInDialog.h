#pragma once

#include "sync/model/User.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace cip::widgets {

/// Sign-in: who is at the workstation and in which role. The role chooses the workspace and
/// the saved layout; the central system checks the same roles on every request.
class SignInDialog : public QDialog {
  Q_OBJECT
 public:
  explicit SignInDialog(QWidget* parent = nullptr);

  void setUserId(const QString& userId);
  void setRole(model::Role role);
  /// The signed-in user (valid after accept()).
  model::User user() const;

  /// The role's name as shown to people, in the current language.
  static QString roleDisplayName(model::Role role);

 private:
  void validate();

  QLineEdit* userId_;
  QComboBox* role_;
  QLabel* problem_;
  QDialogButtonBox* buttons_;
};

}  // namespace cip::widgets

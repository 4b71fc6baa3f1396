#pragma once

#include "widgets/Theme.h"

#include <QDialog>

class QComboBox;

namespace cip::widgets {

/// Preferences a person changes at the desk: interface language and colour theme. The app
/// stores them and applies them at once, without a restart.
class SettingsDialog : public QDialog {
  Q_OBJECT
 public:
  explicit SettingsDialog(QWidget* parent = nullptr);

  /// "" follows the system locale; otherwise a code such as "en" or "zh_CN".
  QString language() const;
  void setLanguage(const QString& code);
  Theme theme() const;
  void setTheme(Theme theme);

 private:
  QComboBox* language_;
  QComboBox* theme_;
};

}  // namespace cip::widgets

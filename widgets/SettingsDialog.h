#pragma once

#include "widgets/ShortcutEditor.h"
#include "widgets/Theme.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace cip::widgets {

/// Preferences a person changes at the desk: interface language and colour theme, how scans
/// open, the break reminder, and every workflow key (a page of their own, conflicts refused).
/// The app stores them and applies them at once, without a restart.
class SettingsDialog : public QDialog {
  Q_OBJECT
 public:
  explicit SettingsDialog(QWidget* parent = nullptr);

  /// "" follows the system locale; otherwise a code such as "en" or "zh_CN".
  QString language() const;
  void setLanguage(const QString& code);
  Theme theme() const;
  void setTheme(Theme theme);
  bool openInMaterialColours() const;
  void setOpenInMaterialColours(bool on);
  int breakReminderMinutes() const;
  void setBreakReminderMinutes(int minutes);
  /// The annotation categories offered, as codes (e.g. "concealment"); invalid codes are dropped.
  QStringList annotationCategories() const;
  void setAnnotationCategories(const QStringList& codes);
  ShortcutEditor* shortcuts() const { return shortcuts_; }

 private:
  QComboBox* language_;
  QComboBox* theme_;
  QCheckBox* materialColours_;
  QSpinBox* breakMinutes_;
  class QLineEdit* categories_;
  ShortcutEditor* shortcuts_;
};

}  // namespace cip::widgets

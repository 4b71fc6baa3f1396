#pragma once

#include "widgets/ShortcutEditor.h"
#include "widgets/Theme.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace cip::widgets {

/// Preferences a person changes at the desk: interface language and colour theme, how scans
/// open, the break reminder, every workflow key (a page of their own, conflicts refused), and
/// how much the workstation keeps on disk. The app stores them and applies them at once.
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
  /// The annotation categories offered, as codes (e.g. "concealment"), shown by their names in
  /// the analyst's language; a name or code that cannot be a code is dropped.
  QStringList annotationCategories() const;
  void setAnnotationCategories(const QStringList& codes);
  /// The site's scanner profile file ("" = the default, shown greyed in the empty field).
  QString scannerProfileFile() const;
  void setScannerProfileFile(const QString& path, const QString& defaultPath);
  ShortcutEditor* shortcuts() const { return shortcuts_; }
  /// How much the workstation keeps: the scan cache's size, and how long finished records stay.
  struct Storage {
    int cacheLimitGb = 50;
    int partFileMaxAgeHours = 24;
    int deliveredKeepDays = 90;
    int telemetryKeepDays = 30;
  };
  Storage storage() const;
  void setStorage(const Storage& storage);

 private:
  QComboBox* language_;
  QComboBox* theme_;
  QCheckBox* materialColours_;
  QSpinBox* breakMinutes_;
  class QLineEdit* categories_;
  class QLineEdit* profileFile_;
  ShortcutEditor* shortcuts_;
  QSpinBox* cacheLimitGb_;
  QSpinBox* partHours_;
  QSpinBox* deliveredDays_;
  QSpinBox* telemetryDays_;
};

}  // namespace cip::widgets

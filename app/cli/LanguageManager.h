#pragma once

#include <QLocale>
#include <QObject>
#include <QTranslator>

namespace cip::app {

/// Loads our translations (and Qt's own, for standard dialogs) and switches language at run time:
/// widgets retranslate on QEvent::LanguageChange, so nobody has to restart mid-shift.
class LanguageManager : public QObject {
  Q_OBJECT
 public:
  explicit LanguageManager(QObject* parent = nullptr);

  /// `code` "" follows the system locale. Returns the language actually in effect ("en", "zh_CN").
  QString apply(const QString& code);
  QString current() const { return current_; }
  /// What was asked for last ("" for the system's), from the settings or `--language`: what the
  /// settings' language box shows, so it never says "system" while another language was chosen.
  QString requested() const { return requested_; }
  /// Languages we ship translations for.
  static QStringList available();

 private:
  QTranslator ours_;
  QTranslator qt_;
  QString current_;
  QString requested_;
};

}  // namespace cip::app

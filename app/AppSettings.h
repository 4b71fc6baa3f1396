#pragma once

#include "sync/client/Retention.h"
#include "sync/model/User.h"
#include "widgets/Theme.h"

#include <QByteArray>
#include <QKeySequence>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <optional>

namespace cip::app {

/// Every persisted preference in one place, with its key and default, so no key is spelled twice.
/// Tests point it at a file of their own; the app uses the platform's native settings location.
class AppSettings {
 public:
  AppSettings();                                 ///< the user's settings
  explicit AppSettings(const QString& iniFile);  ///< a given file (tests, portable installs)

  QString language() const;  ///< "" = follow the system
  void setLanguage(const QString& code);
  widgets::Theme theme() const;
  void setTheme(widgets::Theme theme);
  /// Where File → Open scan starts: the folder of the last scan opened.
  QString lastScanFolder() const;
  void setLastScanFolder(const QString& folder);
  QString lastUserId() const;
  model::Role lastRole() const;
  void setLastSignIn(const QString& userId, model::Role role);

  /// Dock layout and window geometry are kept per role: a supervisor's screen is not an analyst's.
  QByteArray windowState(model::Role role) const;
  QByteArray windowGeometry(model::Role role) const;
  void setWindowLayout(model::Role role, const QByteArray& geometry, const QByteArray& state);
  void clearWindowLayout(model::Role role);
  /// The viewer in its own window (second monitor): its geometry, empty when it is docked.
  QByteArray viewerWindowGeometry(model::Role role) const;
  void setViewerWindowGeometry(model::Role role, const QByteArray& geometry);

  /// The annotation categories offered (codes such as "concealment"); a site may add its own.
  QStringList annotationCategories() const;
  void setAnnotationCategories(const QStringList& codes);

  /// Dual-energy scans open in greyscale unless the analyst chose material colours: screeners
  /// detect less when an enhancement is forced on, so the neutral view is the default.
  bool openInMaterialColours() const;
  void setOpenInMaterialColours(bool on);
  /// Minutes of continuous review before a break is suggested; 0 turns the reminder off.
  /// The site's scanner profile file; "" = `scanner-profiles.json` in the configuration folder.
  QString scannerProfileFile() const;
  void setScannerProfileFile(const QString& path);
  int breakReminderMinutes() const;
  void setBreakReminderMinutes(int minutes);
  /// The order of the analyst's queue as the panel names it ("urgency", "-priority" …); "" = the default.
  QString queueSort() const;
  void setQueueSort(const QString& key);
  /// The analyst's own key for an action (by its id), or nothing to keep the default.
  std::optional<QKeySequence> shortcut(const QString& actionId) const;
  void setShortcut(const QString& actionId, const QKeySequence& key);
  void clearShortcuts();

  /// How much the workstation keeps on disk (scan cache size, ages of finished records).
  client::RetentionPolicy retention() const;
  void setRetention(const client::RetentionPolicy& policy);

  /// Where the workstation's database lives unless --db says otherwise.
  static QString defaultDatabasePath();
  void sync() { settings_.sync(); }

 private:
  mutable QSettings settings_;
};

}  // namespace cip::app

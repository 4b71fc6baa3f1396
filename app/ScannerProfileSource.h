#pragma once

#include <QObject>
#include <QString>

namespace cip::store {
class Store;
}

namespace cip::app {

class AppSettings;
class ScanController;

/// Keeps the viewer's scanner profiles current: the central system's, as the last pull stored
/// them, and the site's profile file named in Settings (or `scanner-profiles.json` in the
/// configuration folder). A file that cannot be read is reported and left out whole; the
/// central system's profiles still apply.
class ScannerProfileSource : public QObject {
  Q_OBJECT
 public:
  ScannerProfileSource(store::Store& store, AppSettings& settings, ScanController& scans, QObject* parent = nullptr);

  /// Reads both sources again; the next scan opened is measured with them.
  void reload();

 signals:
  /// The profiles were read again: scans read before are measured with the old ones.
  void reloaded();
  /// The profile file or the store could not be read; the text names the file and field.
  void problem(const QString& message);

 private:
  store::Store& store_;
  AppSettings& settings_;
  ScanController& scans_;
};

}  // namespace cip::app

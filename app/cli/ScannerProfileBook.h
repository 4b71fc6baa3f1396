#pragma once

#include "imaging/core/ScannerProfile.h"
#include "sync/model/ScannerProfile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace cip::app {

/// Every scanner profile a scan may be measured with: the central system's (pulled into the
/// local store) and a site's own profile file. A value, copied into each background read, so
/// workers never share it with the window.
///
/// Which one a scan gets: the central system's profile of its scanner; else the profile file's
/// entry for that scanner id; else, for a file opened from disk (no scanner known), the profile
/// file's entry for the model its file names. The centre manages its scanners, so its word wins.
class ScannerProfileBook {
  Q_DECLARE_TR_FUNCTIONS(ScannerProfileBook)

 public:
  QList<model::ScannerProfile> central;
  QList<model::ScannerProfile> local;
  QString localFile;  ///< where `local` was read ("" = none)

  /// The profile for a scan from `scannerId` (empty when opened from disk) whose file names
  /// `model`, with its source in words; nullopt when none applies.
  std::optional<imaging::ScannerProfile> find(const QString& scannerId, const QString& model) const;

  /// Reads a profile file into `local`. False with `error` naming the file and the field; the
  /// book is then left without local profiles (nothing half-read is used).
  bool loadLocalFile(const QString& path, QString* error);

  /// Where the workstation looks for the site's profile file when none is configured:
  /// `scanner-profiles.json` in the application's configuration folder.
  static QString defaultLocalFile();
};

}  // namespace cip::app

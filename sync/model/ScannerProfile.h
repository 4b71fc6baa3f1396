#pragma once

#include "sync/model/Json.h"

#include <QList>
#include <QString>

#include <optional>

namespace cip::model {

/// How one scanner's images are to be measured and read, as the centre configured it. A scan's
/// file often states its pixel size at the detector, or none at all, and rarely its energies: the
/// centre knows each scanner's geometry and calibration, so its word is what the workstation
/// measures and colours materials with. Every field may be absent (0 or empty): the file's own
/// metadata then decides.
struct ScannerProfile {
  /// The scanner described; in a profile file, the scans of this scanner id get this profile.
  QString scannerId;
  /// In a profile file, a scanner model as files state it (e.g. "Eagle R60"): the profile of
  /// files opened from disk, which carry a model but no scanner id. Matched ignoring case.
  QString model;
  double pixelMmX = 0, pixelMmY = 0;  ///< pixel pitch at the object plane, mm; 0 = not stated
  /// Endpoint energies of the two beams in keV (a linac's 6 MeV = 6000); 0 = not stated.
  double highEnergyKeV = 0, lowEnergyKeV = 0;
  /// The material calibration to colour with, by its name ("cargo-6-4MeV", "baggage-160-80kV").
  QString calibration;

  bool states() const { return pixelMmX > 0 || highEnergyKeV > 0 || lowEnergyKeV > 0 || !calibration.isEmpty(); }
  bool operator==(const ScannerProfile& other) const;
};

/// The range of a pixel pitch at the object plane a profile may state (mm).
constexpr double kMinProfilePixelMm = 0.01, kMaxProfilePixelMm = 100;
/// Beam energies a profile may state (keV): a baggage tube's 20 kV to a linac's 10 MeV.
constexpr double kMinProfileKeV = 20, kMaxProfileKeV = 10000;
/// Most profiles one file or one request holds.
constexpr int kMaxProfiles = 1000;

QJsonObject toJson(const ScannerProfile& profile);
/// Checks every field's range; the high energy must lie above the low one, and a pixel pitch is
/// stated in both directions or not at all.
ScannerProfile readScannerProfile(JsonReader& reader);
Decoded<ScannerProfile> decodeScannerProfile(const QByteArray& json);

/// A site's own profiles (`scanner-profiles.json`): `{"profiles": [{...}, …]}`, each naming a
/// `scannerId` or a `model`. The workstation and `cip-tool` read it for scanners the central
/// system does not describe and for files opened from disk; `cip-central --scanner-profiles`
/// loads the centre's profiles from the same format.
struct ScannerProfileFile {
  QList<ScannerProfile> profiles;
};
QJsonObject toJson(const ScannerProfileFile& file);
Decoded<ScannerProfileFile> decodeScannerProfileFile(const QByteArray& json);

/// The profile of `scannerId` in `profiles`, else the first whose model matches `model`.
std::optional<ScannerProfile> findScannerProfile(const QList<ScannerProfile>& profiles, const QString& scannerId, const QString& model);

}  // namespace cip::model

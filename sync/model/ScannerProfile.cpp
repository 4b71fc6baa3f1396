#include "sync/model/ScannerProfile.h"

#include "sync/model/User.h"

namespace cip::model {

namespace {

const QString kCalibrationPattern = QStringLiteral("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

}  // namespace

bool ScannerProfile::operator==(const ScannerProfile& o) const {
  return scannerId == o.scannerId && model == o.model && pixelMmX == o.pixelMmX && pixelMmY == o.pixelMmY &&
         highEnergyKeV == o.highEnergyKeV && lowEnergyKeV == o.lowEnergyKeV && calibration == o.calibration;
}

QJsonObject toJson(const ScannerProfile& p) {
  QJsonObject object;
  if (!p.scannerId.isEmpty()) object.insert(QStringLiteral("scannerId"), p.scannerId);
  if (!p.model.isEmpty()) object.insert(QStringLiteral("model"), p.model);
  if (p.pixelMmX > 0) object.insert(QStringLiteral("pixelMmX"), p.pixelMmX);
  if (p.pixelMmY > 0) object.insert(QStringLiteral("pixelMmY"), p.pixelMmY);
  if (p.highEnergyKeV > 0) object.insert(QStringLiteral("highEnergyKeV"), p.highEnergyKeV);
  if (p.lowEnergyKeV > 0) object.insert(QStringLiteral("lowEnergyKeV"), p.lowEnergyKeV);
  if (!p.calibration.isEmpty()) object.insert(QStringLiteral("calibration"), p.calibration);
  return object;
}

ScannerProfile readScannerProfile(JsonReader& reader) {
  ScannerProfile p;
  p.scannerId = reader.optionalMatch(QStringLiteral("scannerId"), kIdPattern, QStringLiteral("a scanner id"));
  p.model = reader.optionalString(QStringLiteral("model"), 200);
  p.pixelMmX = reader.optionalNumber(QStringLiteral("pixelMmX"), kMinProfilePixelMm, kMaxProfilePixelMm).value_or(0);
  p.pixelMmY = reader.optionalNumber(QStringLiteral("pixelMmY"), kMinProfilePixelMm, kMaxProfilePixelMm).value_or(0);
  if (reader.ok() && (p.pixelMmX > 0) != (p.pixelMmY > 0))
    reader.fail(p.pixelMmX > 0 ? QStringLiteral("pixelMmY") : QStringLiteral("pixelMmX"),
                QStringLiteral("a pixel pitch is stated in both directions or not at all"));
  p.highEnergyKeV = reader.optionalNumber(QStringLiteral("highEnergyKeV"), kMinProfileKeV, kMaxProfileKeV).value_or(0);
  p.lowEnergyKeV = reader.optionalNumber(QStringLiteral("lowEnergyKeV"), kMinProfileKeV, kMaxProfileKeV).value_or(0);
  if (reader.ok() && p.highEnergyKeV > 0 && p.lowEnergyKeV > 0 && p.lowEnergyKeV >= p.highEnergyKeV)
    reader.fail(QStringLiteral("lowEnergyKeV"), QStringLiteral("must lie below highEnergyKeV (%1 keV)").arg(p.highEnergyKeV));
  p.calibration = reader.optionalMatch(QStringLiteral("calibration"), kCalibrationPattern, QStringLiteral("a calibration name"));
  return p;
}

Decoded<ScannerProfile> decodeScannerProfile(const QByteArray& json) {
  return decodeDocument<ScannerProfile>(json, readScannerProfile);
}

QJsonObject toJson(const ScannerProfileFile& file) {
  QJsonArray profiles;
  for (const ScannerProfile& p : file.profiles) profiles.append(toJson(p));
  return {{QStringLiteral("profiles"), profiles}};
}

Decoded<ScannerProfileFile> decodeScannerProfileFile(const QByteArray& json) {
  return decodeDocument<ScannerProfileFile>(json, [](JsonReader& reader) {
    ScannerProfileFile file;
    // Required, but may be empty: a centre that has described no scanner yet.
    if (!reader.has(QStringLiteral("profiles"))) reader.fail(QStringLiteral("profiles"), QStringLiteral("is required"));
    reader.objectArray(QStringLiteral("profiles"), false, kMaxProfiles, [&](JsonReader& item) {
      ScannerProfile p = readScannerProfile(item);
      if (item.ok() && p.scannerId.isEmpty() && p.model.isEmpty())
        item.fail(QString(), QStringLiteral("names neither a scannerId nor a model, so no scan would get it"));
      file.profiles << p;
    });
    return file;
  });
}

std::optional<ScannerProfile> findScannerProfile(const QList<ScannerProfile>& profiles, const QString& scannerId, const QString& model) {
  if (!scannerId.isEmpty())
    for (const ScannerProfile& p : profiles)
      if (p.scannerId == scannerId) return p;
  if (!model.trimmed().isEmpty())
    for (const ScannerProfile& p : profiles)
      if (!p.model.isEmpty() && p.model.compare(model.trimmed(), Qt::CaseInsensitive) == 0) return p;
  return std::nullopt;
}

}  // namespace cip::model

#include "app/cli/ScannerProfileBook.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace cip::app {

namespace {

imaging::ScannerProfile toImaging(const model::ScannerProfile& p, const QString& source) {
  imaging::ScannerProfile out;
  out.source = source.toStdString();
  out.pixelMmX = p.pixelMmX;
  out.pixelMmY = p.pixelMmY;
  out.highEnergyKeV = p.highEnergyKeV;
  out.lowEnergyKeV = p.lowEnergyKeV;
  out.calibration = p.calibration.toStdString();
  return out;
}

}  // namespace

std::optional<imaging::ScannerProfile> ScannerProfileBook::find(const QString& scannerId, const QString& model) const {
  if (!scannerId.isEmpty())
    if (auto p = model::findScannerProfile(central, scannerId, {}); p && p->states())
      return toImaging(*p, tr("the central system's profile of scanner %1").arg(scannerId));
  const QString fileName = QFileInfo(localFile).fileName();
  if (!scannerId.isEmpty())
    if (auto p = model::findScannerProfile(local, scannerId, {}); p && p->states())
      return toImaging(*p, tr("the profile of scanner %1 in %2").arg(scannerId, fileName));
  if (scannerId.isEmpty())  // a job's scan has a scanner: a model-wide guess is for files from disk
    if (auto p = model::findScannerProfile(local, {}, model); p && p->states())
      return toImaging(*p, tr("the profile of model %1 in %2").arg(p->model, fileName));
  return std::nullopt;
}

bool ScannerProfileBook::loadLocalFile(const QString& path, QString* error) {
  local.clear();
  localFile.clear();
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    if (error) *error = tr("%1: cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
  }
  const model::Decoded<model::ScannerProfileFile> decoded = model::decodeScannerProfileFile(file.read(model::kMaxDocumentBytes + 1));
  if (!decoded.ok()) {
    if (error) *error = tr("%1: %2").arg(QDir::toNativeSeparators(path), decoded.error.toString());
    return false;
  }
  local = decoded.value->profiles;
  localFile = path;
  return true;
}

QString ScannerProfileBook::defaultLocalFile() {
  return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).filePath(QStringLiteral("scanner-profiles.json"));
}

}  // namespace cip::app

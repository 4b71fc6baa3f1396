#include "sync/server/VendorScans.h"

#include "imaging/core/ReaderRegistry.h"
#include "imaging/core/plugins/ScanPlugins.h"
#include "sync/jobimport/JobFolder.h"

#include <QDir>
#include <QFileInfo>

namespace cip::server {

namespace {

model::ScanRef describedFile(model::ScanRef ref, const QString& path) {
  ref.fileName = QFileInfo(path).fileName();
  ref.sizeBytes = QFileInfo(path).size();
  ref.sha256 = jobimport::sha256OfFile(path);
  return ref;
}

}  // namespace

QString convertVendorScans(QList<model::ScanRef>& scans, QStringList& paths, const QString& folder, const QString& document) {
  QList<model::ScanRef> convertedScans;
  QStringList convertedPaths;
  for (int i = 0; i < scans.size(); ++i) {
    const std::string path = paths.value(i).toStdString();
    try {
      std::optional<imaging::ScanPlugins::Converted> converted;
      if (!imaging::ReaderRegistry::standard().select(path)) {  // a built-in format is served as it is
        if (!QDir().mkpath(folder)) return QStringLiteral("%1: %2 cannot be created for the converted scans").arg(document, folder);
        const QString out = QDir(folder).filePath(scans[i].id + QStringLiteral(".dcs"));
        converted = imaging::ScanPlugins::standard().convert(path, out.toStdString(), {});
      }
      if (!converted) {
        convertedScans << scans[i];
        convertedPaths << paths.value(i);
        continue;
      }
      for (std::size_t f = 0; f < converted->files.size(); ++f) {
        const QString file = QString::fromStdString(converted->files[f]);
        model::ScanRef ref = describedFile(scans[i], file);
        if (f > 0) ref.id += QStringLiteral("-low");
        convertedScans << ref;
        convertedPaths << file;
      }
    } catch (const imaging::ScanError& e) {
      return QStringLiteral("%1: scans[%2] (%3): %4").arg(document).arg(i).arg(scans[i].fileName, QString::fromStdString(e.what()));
    }
  }
  scans = convertedScans;
  paths = convertedPaths;
  return {};
}

}  // namespace cip::server

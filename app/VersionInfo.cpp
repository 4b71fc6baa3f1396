#include "app/VersionInfo.h"

#include "imaging/core/LibraryVersions.h"
#include "imaging/render/RenderVersion.h"
#include "sync/store/Database.h"

#include <QtGlobal>

namespace cip::app {

QString applicationVersion() { return QStringLiteral(CIP_VERSION); }

QList<QPair<QString, QString>> componentVersions() {
  return {{QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
          {QStringLiteral("VTK"), QString::fromStdString(render::vtkVersion())},
          {QStringLiteral("DCMTK"), QString::fromStdString(imaging::dcmtkVersion())},
          {QStringLiteral("OpenCV"), QString::fromStdString(imaging::opencvVersion())},
          {QStringLiteral("SQLite"), store::sqliteVersion()}};
}

}  // namespace cip::app

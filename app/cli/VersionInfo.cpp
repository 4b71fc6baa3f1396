#include "app/cli/VersionInfo.h"

#include "imaging/core/LibraryVersions.h"

#include <QtGlobal>

#include <sqlite3.h>

#include <vtkVersionMacros.h>  // the version alone: cip-tool does not load VTK to print it

namespace cip::app {

QString applicationVersion() { return QStringLiteral(CIP_VERSION); }

QList<QPair<QString, QString>> componentVersions() {
  return {{QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
          {QStringLiteral("VTK"), QStringLiteral(VTK_VERSION)},
          {QStringLiteral("DCMTK"), QString::fromStdString(imaging::dcmtkVersion())},
          {QStringLiteral("OpenCV"), QString::fromStdString(imaging::opencvVersion())},
          {QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion())}};
}

}  // namespace cip::app

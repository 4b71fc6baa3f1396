#include "app/cli/WorkstationPaths.h"

#include <QDir>
#include <QStandardPaths>

namespace cip::app {

QString defaultDatabasePath() {
  const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
  QDir().mkpath(dir);
  return QDir(dir).filePath(QStringLiteral("workstation.sqlite"));
}

}  // namespace cip::app

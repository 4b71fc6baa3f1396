#pragma once

#include <QString>

namespace cip::app {

/// The workstation's database in the user's application data folder (created if missing):
/// where cip-workstation keeps it and where cip-tool's commands look by default.
QString defaultDatabasePath();

}  // namespace cip::app

#pragma once

#include <QLoggingCategory>

namespace cip::server {

/// The central server's log category: `cip.server`.
Q_DECLARE_LOGGING_CATEGORY(lcServer)

}  // namespace cip::server

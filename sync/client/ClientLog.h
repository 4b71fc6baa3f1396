#pragma once

#include <QLoggingCategory>

namespace cip::client {

/// The sync client's log category: `cip.client`.
Q_DECLARE_LOGGING_CATEGORY(lcClient)

}  // namespace cip::client

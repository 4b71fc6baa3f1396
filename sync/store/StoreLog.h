#pragma once

#include <QLoggingCategory>

/// Logging category of the local store ("cip.store").
Q_DECLARE_LOGGING_CATEGORY(lcStore)

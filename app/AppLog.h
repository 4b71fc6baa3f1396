#pragma once

#include <QLoggingCategory>

/// Logging category of the application layer ("cip.app").
Q_DECLARE_LOGGING_CATEGORY(lcApp)

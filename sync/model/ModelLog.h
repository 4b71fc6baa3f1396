#pragma once

#include <QLoggingCategory>

/// Logging category of the domain model ("cip.model"); enable with QT_LOGGING_RULES="cip.model.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcModel)

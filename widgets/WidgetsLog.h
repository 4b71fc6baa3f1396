#pragma once

#include <QLoggingCategory>

/// Logging category of the widgets layer ("cip.widgets").
Q_DECLARE_LOGGING_CATEGORY(lcWidgets)

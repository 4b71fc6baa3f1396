#pragma once

#include <QLoggingCategory>

/// Logging category of the command line and what it shares with the workstation ("cip.cli").
Q_DECLARE_LOGGING_CATEGORY(lcCli)

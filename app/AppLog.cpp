#include "app/AppLog.h"

Q_LOGGING_CATEGORY(lcApp, "cip.app", QtInfoMsg)

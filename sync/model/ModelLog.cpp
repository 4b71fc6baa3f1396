#include "sync/model/ModelLog.h"

Q_LOGGING_CATEGORY(lcModel, "cip.model", QtInfoMsg)

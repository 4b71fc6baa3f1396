#include "sync/store/StoreLog.h"

Q_LOGGING_CATEGORY(lcStore, "cip.store", QtInfoMsg)

#include "sync/server/ServerLog.h"

namespace cip::server {

Q_LOGGING_CATEGORY(lcServer, "cip.server", QtInfoMsg)

}  // namespace cip::server

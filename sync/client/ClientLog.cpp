#include "sync/client/ClientLog.h"

namespace cip::client {

Q_LOGGING_CATEGORY(lcClient, "cip.client", QtInfoMsg)

}  // namespace cip::client

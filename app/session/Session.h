#pragma once

#include "sync/model/User.h"

namespace cip::app {

/// Who is working at the workstation, as the central system confirmed them: the only identity
/// a window, a role or a verdict may rest on. A session verified offline (the link was down; the
/// password matched the hash kept from this user's last online sign-in here) says so until the
/// central system confirms the user again.
struct Session {
  model::User user;            ///< id, name and every role the central system grants
  model::Role role = model::Role::Analyst;  ///< the role chosen for this session: one of user.roles
  bool offlineVerified = false;
  qint64 localId = 0;          ///< the store's sessions row (audit, verdict marks)
};

}  // namespace cip::app

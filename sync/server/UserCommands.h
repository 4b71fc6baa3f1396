#pragma once

#include <QString>
#include <QStringList>

namespace cip::server {

/// `cip-central user add|passwd|disable|enable|list …`: the central system's users are
/// provisioned by an operator, in the database of the `--data` folder (a running server sees the
/// change at its next request: a disabled user's tokens stop working at once). Passwords come
/// from the environment variable CIP_PASSWORD or one line of standard input (asked twice without
/// echo on a terminal), never from the command line, where other users of the machine could
/// read them. Returns the process exit code: 0 done, 1 refused, 2 a usage error.
int runUserCommand(const QStringList& arguments, const QString& defaultData);

}  // namespace cip::server

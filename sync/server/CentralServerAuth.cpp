// CentralServer: sign-in (docs/sync-protocol.md, "Signing in") and the bearer tokens of every
// other call.
#include "sync/server/CentralServer.h"

#include "sync/model/Protocol.h"
#include "sync/server/Credentials.h"
#include "sync/server/HttpExchange.h"
#include "sync/server/ServerLog.h"

namespace cip::server {

using model::Role;

QString CentralServer::bearerToken(HttpExchange& x) const {
  const QByteArray auth = x.header("Authorization");
  return auth.startsWith("Bearer ") ? QString::fromLatin1(auth.mid(7).trimmed()) : QString();
}

std::optional<CentralServer::Caller> CentralServer::authenticate(HttpExchange& x) {
  const QString token = bearerToken(x);
  if (!token.isEmpty())
    if (auto session = store_.session(tokenDigest(token), x.now())) return Caller{session->first, session->second};
  x.problem(401, QStringLiteral("unauthorized"), QStringLiteral("Sign-in needed"), QStringLiteral("a valid bearer token is required"));
  return std::nullopt;
}

void CentralServer::login(HttpExchange& x) {
  const model::Decoded<model::LoginRequest> decoded = model::decodeLoginRequest(x.request().body());
  if (!decoded.ok()) return x.problem(400, QStringLiteral("bad-request"), QStringLiteral("Bad request"), decoded.error.toString(), decoded.error.field);
  const model::LoginRequest& request = *decoded.value;
  const QString address = x.peer();
  const qint64 now = uptime_.elapsed();
  if (const qint64 wait = throttle_.retryAfter(request.user, address, now); wait > 0)
    return x.problem(429, QStringLiteral("too-many-attempts"), QStringLiteral("Too many attempts"),
                     QStringLiteral("too many failed sign-ins for this user or from this address; try again in %1 s").arg(wait), {},
                     {{"Retry-After", QByteArray::number(wait)}});

  // An unknown user costs the same work as a wrong password and reads the same.
  const std::optional<UserAccount> account = store_.account(request.user);
  bool passwordRight = false;
  if (account) passwordRight = account->password.matches(request.password);
  else spendPasswordWork(request.password);
  if (!passwordRight) {
    throttle_.failed(request.user, address, now);
    qCInfo(lcServer) << "sign-in failed for" << request.user << "from" << address;
    return x.problem(401, QStringLiteral("sign-in-failed"), QStringLiteral("Sign-in failed"), QStringLiteral("unknown user or wrong password"));
  }
  // From here on the caller knows the password: the account's state may be told.
  if (account->disabled)
    return x.problem(403, QStringLiteral("account-disabled"), QStringLiteral("Account disabled"),
                     QStringLiteral("the account %1 is disabled; ask an administrator").arg(request.user));
  if (!account->user.hasRole(request.role)) {
    QStringList granted;
    for (Role role : account->user.roles) granted << model::roleToString(role);
    return x.problem(model::Problem{QStringLiteral("https://cip.example/problems/role-not-granted"), QStringLiteral("Role not granted"), 403,
                                    QStringLiteral("%1 may not sign in as %2, only as: %3")
                                        .arg(request.user, model::roleToString(request.role), granted.join(QLatin1String(", "))),
                                    QStringLiteral("role"), account->user.roles});
  }
  throttle_.succeeded(request.user);
  if (account->password.iterations < PasswordHash::kIterations) {
    store_.setPassword(account->user.id, PasswordHash::of(request.password));
    qCInfo(lcServer) << account->user.id << "password rehashed from" << account->password.iterations << "to" << PasswordHash::kIterations << "iterations";
  }
  store_.purgeSessions(x.now());
  const QDateTime expires = x.now().addSecs(tokenSeconds_);
  const QString token = newToken();
  store_.createSession(tokenDigest(token), account->user.id, request.role, expires);
  store_.noteSignIn(account->user.id, x.now());
  qCInfo(lcServer) << account->user.id << "signed in as" << model::roleToString(request.role) << "from" << address;
  if (request.role == Role::Analyst) assignPending();
  x.json(200, model::toJson(model::LoginAnswer{token, expires, account->user}));
}

}  // namespace cip::server

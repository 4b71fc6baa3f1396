#include "app/session/Authenticator.h"

#include "app/AppLog.h"
#include "sync/client/CentralClient.h"
#include "sync/store/Store.h"

#include <QPointer>

namespace cip::app {

Authenticator::Authenticator(store::Store& store, client::CentralClient* client, QObject* parent)
    : QObject(parent), store_(store), client_(client) {}

void Authenticator::signIn(const QString& userId, const QString& password, model::Role role, std::function<void(const SignInResult&)> done) {
  if (!client_) return done(signInOffline(userId, password, role, tr("the workstation runs without a central system (--offline)")));
  client_->login(userId, password, role, [this, alive = QPointer<Authenticator>(this), userId, password, role, done](const client::SignInAnswer& answer) {
    if (!alive) return;  // nobody waits for this sign-in any more
    if (answer.outcome == client::SignInAnswer::Unreachable) return done(signInOffline(userId, password, role, answer.error));
    SignInResult result;
    if (!answer.ok()) {
      result.error = answer.error;
      result.grantedRoles = answer.grantedRoles;
      result.retryAfterSeconds = answer.retryAfterSeconds;
      forgetWhatTheCentralSystemRefused(userId, answer);
      return done(result);
    }
    try {
      confirmed(answer.user, password, QStringLiteral("sign-in"));
      result.session = open(answer.user, role, false);
    } catch (const store::StoreError& e) {
      client_->logout();
      result.error = tr("the local database cannot record the sign-in: %1").arg(e.message());
    }
    done(result);
  });
}

void Authenticator::forgetWhatTheCentralSystemRefused(const QString& userId, const client::SignInAnswer& answer) {
  // What the central system no longer accepts must not stay good for an offline sign-in here:
  // a password changed or an account disabled centrally, a role taken away.
  try {
    if (answer.outcome == client::SignInAnswer::Refused || answer.outcome == client::SignInAnswer::Disabled)
      store_.identity().forgetUser(userId);
    else if (answer.outcome == client::SignInAnswer::RoleNotGranted)
      store_.identity().setRoles(userId, answer.grantedRoles);
  } catch (const store::StoreError& e) {
    qCWarning(lcApp) << "offline sign-in record not updated:" << e.message();
  }
}

void Authenticator::confirmed(const model::User& user, const QString& password, const QString& how) {
  const QDateTime now = client_ ? client_->serverNow() : QDateTime::currentDateTimeUtc();
  const store::PasswordHash hash = store::PasswordHash::of(password);  // slow on purpose: outside the transaction
  store::Transaction transaction(store_.database());
  store_.identity().rememberUser(user, hash, now);
  const int confirmedSessions = store_.identity().confirmOfflineSessions(user.id, now);
  if (confirmedSessions > 0)
    store_.audit().append(user.id, QStringLiteral("session.confirm"), QStringLiteral("user"), user.id,
                          {{QStringLiteral("offlineSessions"), confirmedSessions}, {QStringLiteral("by"), how}}, now);
  transaction.commit();
}

SignInResult Authenticator::signInOffline(const QString& userId, const QString& password, model::Role role, const QString& why) {
  SignInResult result;
  try {
    const QDateTime confirmedSince = QDateTime::currentDateTimeUtc().addDays(-kOfflineSignInDays);
    const std::optional<model::User> user = store_.identity().verifyOffline(userId, password, confirmedSince);
    if (!user) {
      result.error = tr("%1. Offline, only a user who signed in on this workstation in the last %n day(s) may sign in, with the same password.",
                        nullptr, kOfflineSignInDays)
                         .arg(why);
      return result;
    }
    if (!user->hasRole(role)) {
      result.grantedRoles = user->roles;
      result.error = tr("%1. Offline, you may sign in only in a role the central system granted you last time.").arg(why);
      return result;
    }
    result.session = open(*user, role, true);
  } catch (const store::StoreError& e) {
    result.error = tr("the local database cannot check the sign-in: %1").arg(e.message());
  }
  return result;
}

Session Authenticator::open(const model::User& user, model::Role role, bool offline) {
  const QDateTime now = client_ ? client_->serverNow() : QDateTime::currentDateTimeUtc();
  Session session{user, role, offline, 0};
  store::Transaction transaction(store_.database());
  session.localId = store_.identity().startSession(user.id, role, offline, now);
  store_.audit().append(user.id, QStringLiteral("session.sign-in"), QStringLiteral("session"), QString::number(session.localId),
                        {{QStringLiteral("role"), model::roleToString(role)},
                         {QStringLiteral("verification"), offline ? QStringLiteral("offline") : QStringLiteral("central-system")}},
                        now);
  transaction.commit();
  qCInfo(lcApp) << user.id << "signed in as" << model::roleToString(role) << (offline ? "(verified offline)" : "(confirmed by the central system)");
  return session;
}

}  // namespace cip::app

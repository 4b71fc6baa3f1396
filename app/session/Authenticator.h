#pragma once

#include "app/session/Session.h"

#include <QList>
#include <QObject>

#include <functional>
#include <optional>

namespace cip::store {
class Store;
}
namespace cip::client {
class CentralClient;
struct SignInAnswer;
}

namespace cip::app {

/// What came of a sign-in: a session, or why not.
struct SignInResult {
  std::optional<Session> session;
  QString error;                          ///< for the person at the workstation
  QList<model::Role> grantedRoles;        ///< the roles to offer instead, when the role asked was not granted
  int retryAfterSeconds = 0;              ///< throttled: when to try again
  bool ok() const { return session.has_value(); }
};

/// Finds out who is signing in. The central system decides: only a user and a role it confirms
/// open a session. When it cannot be reached, a user who signed in here online before may sign
/// in against the slow salted hash kept from that time (for two weeks), in a role it granted
/// then; that session is marked offline-verified. What the central system refuses — a password,
/// an account, a role — stops counting offline too. Every sign-in is written to the audit log
/// with the confirmed id.
class Authenticator : public QObject {
  Q_OBJECT
 public:
  /// `client` null: the workstation runs without a central system (offline sign-in only).
  Authenticator(store::Store& store, client::CentralClient* client, QObject* parent = nullptr);

  void signIn(const QString& userId, const QString& password, model::Role role, std::function<void(const SignInResult&)> done);
  /// The central system confirmed `user` again (a renewed token, or an offline session whose
  /// link came back): the kept hash and roles are refreshed, offline sessions confirmed.
  void confirmed(const model::User& user, const QString& password, const QString& how);

  /// How long an online confirmation here stays good for signing in offline.
  static constexpr int kOfflineSignInDays = 14;

 private:
  void forgetWhatTheCentralSystemRefused(const QString& userId, const client::SignInAnswer& answer);
  SignInResult signInOffline(const QString& userId, const QString& password, model::Role role, const QString& why);
  Session open(const model::User& user, model::Role role, bool offline);

  store::Store& store_;
  client::CentralClient* client_;
};

}  // namespace cip::app

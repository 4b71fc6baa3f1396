#pragma once

#include "app/session/Authenticator.h"

#include <optional>

class QWidget;

namespace cip::app {

/// A session and, for an offline-verified one only, the password that will confirm it with the
/// central system once the link returns (kept in memory, never written anywhere).
struct SignedIn {
  Session session;
  QString pendingPassword;
};

/// What the sign-in dialog proposes: a user and role (the last ones, or the command line's).
struct SignInStart {
  QString userId;
  model::Role role = model::Role::Analyst;
  QString notice;
};

/// Signs a person in: shows the sign-in dialog and has the Authenticator check each attempt
/// until one is confirmed or the person cancels (nothing).
std::optional<SignedIn> signInInteractively(Authenticator& authenticator, const SignInStart& start, QWidget* parent = nullptr);

/// The same check without a dialog, for a password a script gave (CIP_PASSWORD or standard
/// input; never the command line): the result, waited for.
SignInResult signInNow(Authenticator& authenticator, const QString& userId, const QString& password, model::Role role);

}  // namespace cip::app

#pragma once

#include "sync/model/User.h"
#include "sync/store/Database.h"
#include "sync/store/PasswordHash.h"

#include <QDateTime>

#include <optional>

namespace cip::store {

/// A sign-in on this workstation, as the audit log and the outbox refer to it.
struct LocalSession {
  qint64 id = 0;
  QString userId;
  model::Role role = model::Role::Analyst;
  bool offline = false;      ///< verified against the local hash, not by the central system
  QDateTime startedAt;
  QDateTime endedAt;
  QDateTime confirmedAt;     ///< for an offline session: when the central system confirmed the user
  bool awaitingConfirmation() const { return offline && !confirmedAt.isValid(); }
};

/// Who may use this workstation and how each session was verified. Only the central system says
/// who a user is; what is kept here lets a user it confirmed before sign in while the link is
/// down — checked against a slow salted hash of the password, with the roles it last granted —
/// and marks that session until the central system confirms the user again.
class IdentityRepository {
 public:
  explicit IdentityRepository(Database& db) : db_(db) {}

  /// This database's identity, made once at creation: audit anchors on the central system name it.
  QString workstationId() const;

  /// Records a user the central system has just confirmed, with their roles and a fresh hash of
  /// the password they gave (PasswordHash::of, computed before: it is slow on purpose).
  void rememberUser(const model::User& user, const PasswordHash& password, const QDateTime& at);
  /// The central system refused the user (wrong password, disabled account): what was kept for
  /// offline sign-in goes, so a password changed or an account closed centrally is not still
  /// good here.
  void forgetUser(const QString& userId);
  /// The central system now grants the user these roles (and no others).
  void setRoles(const QString& userId, const QList<model::Role>& roles);
  /// The user as the central system last confirmed them, when `password` matches the kept hash
  /// and that confirmation is not older than `confirmedSince`; nothing for a user who never
  /// signed in here online, a stale confirmation or a wrong password.
  std::optional<model::User> verifyOffline(const QString& userId, const QString& password, const QDateTime& confirmedSince) const;

  qint64 startSession(const QString& userId, model::Role role, bool offline, const QDateTime& at);
  void endSession(qint64 sessionId, const QDateTime& at);
  std::optional<LocalSession> session(qint64 sessionId) const;
  /// The central system confirmed `userId`: their offline sessions are confirmed now. Returns how many.
  int confirmOfflineSessions(const QString& userId, const QDateTime& at);

 private:
  Database& db_;
};

}  // namespace cip::store

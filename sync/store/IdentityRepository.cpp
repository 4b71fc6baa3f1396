#include "sync/store/IdentityRepository.h"

#include "sync/store/JsonColumn.h"

namespace cip::store {

QString IdentityRepository::workstationId() const {
  Statement query = db_.prepare("SELECT value FROM workstation WHERE key='id'");
  if (!query.step()) throw StoreError(QStringLiteral("%1: the workstation has no identity (table workstation)").arg(db_.path()));
  return query.text(0);
}

namespace {

QString rolesText(const QList<model::Role>& roles) {
  QStringList names;
  for (model::Role role : roles) names << model::roleToString(role);
  return jsonText(names);
}

}  // namespace

void IdentityRepository::rememberUser(const model::User& user, const PasswordHash& hash, const QDateTime& at) {
  db_.prepare("INSERT INTO local_users (id, display_name, roles, salt, password_hash, iterations, confirmed_at) "
              "VALUES (?1,?2,?3,?4,?5,?6,?7) ON CONFLICT(id) DO UPDATE SET display_name=?2, roles=?3, salt=?4, "
              "password_hash=?5, iterations=?6, confirmed_at=?7")
      .bind(1, user.id).bind(2, user.displayName).bind(3, rolesText(user.roles))
      .bind(4, QString::fromLatin1(hash.salt.toHex())).bind(5, QString::fromLatin1(hash.hash.toHex()))
      .bind(6, hash.iterations).bind(7, model::timestampToString(at))
      .run();
}

void IdentityRepository::forgetUser(const QString& userId) { db_.prepare("DELETE FROM local_users WHERE id=?1").bind(1, userId).run(); }

void IdentityRepository::setRoles(const QString& userId, const QList<model::Role>& roles) {
  db_.prepare("UPDATE local_users SET roles=?2 WHERE id=?1").bind(1, userId).bind(2, rolesText(roles)).run();
}

std::optional<model::User> IdentityRepository::verifyOffline(const QString& userId, const QString& password, const QDateTime& confirmedSince) const {
  Statement query = db_.prepare("SELECT display_name, roles, salt, password_hash, iterations, confirmed_at FROM local_users WHERE id=?1");
  query.bind(1, userId);
  if (!query.step()) {
    PasswordHash::of(password);  // the same work for a stranger: a refusal's timing says nothing about who is known here
    return std::nullopt;
  }
  PasswordHash kept;
  kept.salt = QByteArray::fromHex(query.text(2).toLatin1());
  kept.hash = QByteArray::fromHex(query.text(3).toLatin1());
  kept.iterations = static_cast<int>(query.integer(4));
  if (!kept.matches(password) || timestampColumn(query.text(5)) < confirmedSince) return std::nullopt;
  model::User user;
  user.id = userId;
  user.displayName = query.text(0);
  for (const QString& name : decodeStringList(db_, query.text(1), "local_users.roles", userId))
    if (auto role = model::roleFromString(name)) user.roles << *role;
  return user;
}

qint64 IdentityRepository::startSession(const QString& userId, model::Role role, bool offline, const QDateTime& at) {
  db_.prepare("INSERT INTO sessions (user_id, role, verification, started_at) VALUES (?1,?2,?3,?4)")
      .bind(1, userId).bind(2, model::roleToString(role)).bind(3, QString::fromLatin1(offline ? "offline" : "online"))
      .bind(4, model::timestampToString(at))
      .run();
  return db_.lastInsertRowId();
}

void IdentityRepository::endSession(qint64 sessionId, const QDateTime& at) {
  db_.prepare("UPDATE sessions SET ended_at=?2 WHERE id=?1 AND ended_at IS NULL").bind(1, sessionId).bind(2, model::timestampToString(at)).run();
}

std::optional<LocalSession> IdentityRepository::session(qint64 sessionId) const {
  Statement query = db_.prepare("SELECT user_id, role, verification, started_at, ended_at, confirmed_at FROM sessions WHERE id=?1");
  query.bind(1, sessionId);
  if (!query.step()) return std::nullopt;
  LocalSession s;
  s.id = sessionId;
  s.userId = query.text(0);
  s.role = decodeEnumColumn(db_, model::kRoleNames, query.text(1), "sessions.role", QString::number(sessionId));
  s.offline = query.text(2) == QLatin1String("offline");
  s.startedAt = timestampColumn(query.text(3));
  s.endedAt = timestampColumn(query.text(4));
  s.confirmedAt = timestampColumn(query.text(5));
  return s;
}

int IdentityRepository::confirmOfflineSessions(const QString& userId, const QDateTime& at) {
  Statement count = db_.prepare("SELECT count(*) FROM sessions WHERE user_id=?1 AND verification='offline' AND confirmed_at IS NULL");
  count.bind(1, userId);
  const int n = count.step() ? static_cast<int>(count.integer(0)) : 0;
  if (n > 0)
    db_.prepare("UPDATE sessions SET confirmed_at=?2 WHERE user_id=?1 AND verification='offline' AND confirmed_at IS NULL")
        .bind(1, userId).bind(2, model::timestampToString(at)).run();
  return n;
}

}  // namespace cip::store

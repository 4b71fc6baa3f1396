// CentralStore: users, their password hashes and account state, and sessions (kept as the
// SHA-256 of their token only). Schema: migrations 1 and 3 in CentralStore.cpp.
#include "sync/server/CentralStore.h"

#include "sync/server/StoreSql.h"

#include <QSqlQuery>

namespace cip::server {

namespace {

constexpr const char* kAccountColumns = "document, salt, password_hash, iterations, disabled, last_sign_in";

UserAccount accountOf(const QSqlQuery& query, const QString& path) {
  const model::Decoded<model::User> user = model::decodeUser(query.value(0).toString().toUtf8());
  if (!user.ok()) throw CentralStoreError(QStringLiteral("%1: users.document is damaged: %2").arg(path, user.error.toString()));
  UserAccount account;
  account.user = *user.value;
  account.password = {query.value(1).toByteArray(), query.value(2).toByteArray(), query.value(3).toInt()};
  account.disabled = query.value(4).toInt() != 0;
  account.lastSignIn = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
  return account;
}

}  // namespace

bool CentralStore::addUser(const model::User& user, const PasswordHash& password) {
  const QSqlQuery query = runSql(db(), path_,
                                 QStringLiteral("INSERT INTO users (id, document, salt, password_hash, iterations) VALUES (?,?,?,?,?) "
                                                "ON CONFLICT(id) DO NOTHING"),
                                 {user.id, jsonText(model::toJson(user)), password.salt, password.hash, password.iterations});
  return query.numRowsAffected() == 1;
}

std::optional<UserAccount> CentralStore::account(const QString& userId) const {
  QSqlQuery query = runSql(db(), path_, QStringLiteral("SELECT %1 FROM users WHERE id=?").arg(QLatin1String(kAccountColumns)), {userId});
  if (!query.next()) return std::nullopt;
  return accountOf(query, path_);
}

QList<UserAccount> CentralStore::accounts() const {
  QSqlQuery query = runSql(db(), path_, QStringLiteral("SELECT %1 FROM users ORDER BY id").arg(QLatin1String(kAccountColumns)));
  QList<UserAccount> out;
  while (query.next()) out << accountOf(query, path_);
  return out;
}

int CentralStore::userCount() const {
  QSqlQuery query = runSql(db(), path_, QStringLiteral("SELECT count(*) FROM users"));
  return query.next() ? query.value(0).toInt() : 0;
}

void CentralStore::setPassword(const QString& userId, const PasswordHash& password) {
  runSql(db(), path_, QStringLiteral("UPDATE users SET salt=?, password_hash=?, iterations=? WHERE id=?"),
         {password.salt, password.hash, password.iterations, userId});
}

void CentralStore::setDisabled(const QString& userId, bool disabled) {
  Transaction transaction(db(), path_);
  runSql(db(), path_, QStringLiteral("UPDATE users SET disabled=? WHERE id=?"), {disabled ? 1 : 0, userId});
  if (disabled) runSql(db(), path_, QStringLiteral("DELETE FROM sessions WHERE user_id=?"), {userId});
  transaction.commit(path_);
}

void CentralStore::endSessionsOf(const QString& userId) { runSql(db(), path_, QStringLiteral("DELETE FROM sessions WHERE user_id=?"), {userId}); }

void CentralStore::noteSignIn(const QString& userId, const QDateTime& at) {
  runSql(db(), path_, QStringLiteral("UPDATE users SET last_sign_in=? WHERE id=?"), {model::timestampToString(at), userId});
}

void CentralStore::createSession(const QString& tokenDigest, const QString& userId, model::Role role, const QDateTime& expiresAt) {
  runSql(db(), path_, QStringLiteral("INSERT INTO sessions (token_hash, user_id, role, expires_at) VALUES (?,?,?,?)"),
         {tokenDigest, userId, model::roleToString(role), model::timestampToString(expiresAt)});
}

std::optional<std::pair<model::User, model::Role>> CentralStore::session(const QString& tokenDigest, const QDateTime& now) const {
  QSqlQuery query = runSql(db(), path_,
                           QStringLiteral("SELECT u.document, s.role FROM sessions s JOIN users u ON u.id=s.user_id "
                                          "WHERE s.token_hash=? AND s.expires_at>? AND u.disabled=0"),
                           {tokenDigest, model::timestampToString(now)});
  if (!query.next()) return std::nullopt;
  const model::Decoded<model::User> user = model::decodeUser(query.value(0).toString().toUtf8());
  if (!user.ok()) throw CentralStoreError(QStringLiteral("%1: users.document is damaged: %2").arg(path_, user.error.toString()));
  const std::optional<model::Role> role = model::roleFromString(query.value(1).toString());
  // A role taken away since the sign-in ends the session as well.
  if (!role || !user.value->hasRole(*role)) return std::nullopt;
  return std::make_pair(*user.value, *role);
}

void CentralStore::endSession(const QString& tokenDigest) {
  runSql(db(), path_, QStringLiteral("DELETE FROM sessions WHERE token_hash=?"), {tokenDigest});
}

int CentralStore::purgeSessions(const QDateTime& now) {
  const QSqlQuery query = runSql(db(), path_, QStringLiteral("DELETE FROM sessions WHERE expires_at<=?"), {model::timestampToString(now)});
  return query.numRowsAffected();
}

QStringList CentralStore::signedInAnalysts(const QDateTime& now) const {
  QSqlQuery query = runSql(db(), path_,
                           QStringLiteral("SELECT DISTINCT s.user_id FROM sessions s JOIN users u ON u.id=s.user_id "
                                          "WHERE s.role='analyst' AND s.expires_at>? AND u.disabled=0 ORDER BY s.user_id"),
                           {model::timestampToString(now)});
  QStringList ids;
  while (query.next()) ids << query.value(0).toString();
  return ids;
}

}  // namespace cip::server

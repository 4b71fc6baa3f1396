#include "sync/model/User.h"

namespace cip::model {

QString roleToString(Role role) { return enumToString(kRoleNames, role); }

std::optional<Role> roleFromString(const QString& text) { return enumFromString(kRoleNames, text); }

QJsonObject toJson(const User& user) {
  QJsonArray roles;
  for (Role role : user.roles) roles.append(roleToString(role));
  return {{QStringLiteral("id"), user.id},
          {QStringLiteral("displayName"), user.displayName},
          {QStringLiteral("roles"), roles}};
}

User readUser(JsonReader& reader) {
  User user;
  user.id = reader.requiredMatch(QStringLiteral("id"), kIdPattern, QStringLiteral("a user id"));
  user.displayName = reader.requiredString(QStringLiteral("displayName"), 200);
  const QStringList roles = reader.stringList(QStringLiteral("roles"), true, 5, 32);
  for (int i = 0; i < roles.size() && reader.ok(); ++i) {
    const std::optional<Role> role = roleFromString(roles.at(i));
    if (!role) {
      reader.fail(QStringLiteral("roles[%1]").arg(i),
                  QStringLiteral("'%1' is not one of: %2").arg(roles.at(i), enumChoices(kRoleNames)));
    } else if (!user.roles.contains(*role)) {
      user.roles << *role;
    }
  }
  return user;
}

Decoded<User> decodeUser(const QByteArray& json) { return decodeDocument<User>(json, readUser); }

}  // namespace cip::model

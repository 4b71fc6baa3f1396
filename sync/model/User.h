#pragma once

#include "sync/model/Json.h"

#include <QList>
#include <QString>

namespace cip::model {

/// What a person may do at the workstation; the central system enforces the same roles server-side.
enum class Role { Analyst, Trainer, Trainee, Supervisor, Admin };

inline constexpr std::array<EnumName<Role>, 5> kRoleNames{{{Role::Analyst, "analyst"},
                                                           {Role::Trainer, "trainer"},
                                                           {Role::Trainee, "trainee"},
                                                           {Role::Supervisor, "supervisor"},
                                                           {Role::Admin, "admin"}}};

struct User {
  QString id;           ///< login name, e.g. "li.wei"
  QString displayName;
  QList<Role> roles;
  bool hasRole(Role role) const { return roles.contains(role); }
};

/// Supervisors and administrators watch the scanners and their telemetry: the roles the
/// central system lets read `/scanners` and `/telemetry`, and so those the workstation pulls for.
inline bool watchesScanners(Role role) { return role == Role::Supervisor || role == Role::Admin; }

QString roleToString(Role role);
std::optional<Role> roleFromString(const QString& text);

QJsonObject toJson(const User& user);
User readUser(JsonReader& reader);
Decoded<User> decodeUser(const QByteArray& json);

/// Identifiers (job, scan, user ids …): 1–128 characters of letters, digits and `._:-`.
inline const QString kIdPattern = QStringLiteral("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");
/// A SHA-256 digest as the protocol writes it: 64 lower-case hex digits.
inline const QString kSha256Pattern = QStringLiteral("[0-9a-f]{64}");

}  // namespace cip::model

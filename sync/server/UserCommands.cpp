#include "sync/server/UserCommands.h"

#include "sync/model/User.h"
#include "sync/server/CentralStore.h"
#include "sync/server/Credentials.h"

#include <QCommandLineParser>
#include <QDir>
#include <QRegularExpression>

#include <cstdio>
#include <iostream>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace cip::server {

namespace {

constexpr int kMinPassword = 8;
constexpr int kMaxPassword = 1024;  // what a sign-in accepts (model::LoginRequest)
constexpr int kMaxName = 200;

int fail(const QString& message, int code = 1) {
  std::fprintf(stderr, "cip-central: %s\n", qPrintable(message));
  return code;
}

/// One line of standard input; on a terminal asked for without echo.
std::optional<QString> readLine(const char* prompt) {
  const bool terminal = isatty(STDIN_FILENO) == 1;
  termios saved{};
  if (terminal) {
    std::fprintf(stderr, "%s", prompt);
    tcgetattr(STDIN_FILENO, &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
  }
  std::string line;
  const bool got = static_cast<bool>(std::getline(std::cin, line));
  if (terminal) {
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    std::fprintf(stderr, "\n");
  }
  if (!got) return std::nullopt;
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return QString::fromStdString(line);
}

/// The new password from CIP_PASSWORD or standard input, checked; empty with `error` set if none.
QString newPassword(const QString& userId, QString* error) {
  QString password;
  if (qEnvironmentVariableIsSet("CIP_PASSWORD")) {
    password = qEnvironmentVariable("CIP_PASSWORD");
  } else {
    const std::optional<QString> first = readLine(qPrintable(QStringLiteral("Password for %1: ").arg(userId)));
    if (!first) {
      *error = QStringLiteral("no password: set CIP_PASSWORD or give it as one line on standard input");
      return {};
    }
    password = *first;
    if (isatty(STDIN_FILENO) == 1 && readLine("Again: ") != first) {
      *error = QStringLiteral("the two passwords differ");
      return {};
    }
  }
  if (password.size() < kMinPassword || password.size() > kMaxPassword || password.trimmed().isEmpty()) {
    *error = QStringLiteral("a password is %1 to %2 characters").arg(kMinPassword).arg(kMaxPassword);
    return {};
  }
  return password;
}

int addUser(CentralStore& store, const QCommandLineParser& parser, const QString& id) {
  static const QRegularExpression idPattern(QRegularExpression::anchoredPattern(model::kIdPattern));
  if (!idPattern.match(id).hasMatch()) return fail(QStringLiteral("'%1' is not a user id (letters, digits, ._:-; at most 128)").arg(id));
  model::User user{id, parser.isSet(QStringLiteral("name")) ? parser.value(QStringLiteral("name")).trimmed() : id, {}};
  if (user.displayName.isEmpty() || user.displayName.size() > kMaxName) return fail(QStringLiteral("--name: 1 to %1 characters").arg(kMaxName));
  for (const QString& name : parser.values(QStringLiteral("role"))) {
    const std::optional<model::Role> role = model::roleFromString(name);
    if (!role) return fail(QStringLiteral("--role: '%1' is not one of: %2").arg(name, model::enumChoices(model::kRoleNames)));
    if (!user.roles.contains(*role)) user.roles << *role;
  }
  if (user.roles.isEmpty()) return fail(QStringLiteral("a user needs at least one --role (%1)").arg(model::enumChoices(model::kRoleNames)));
  if (store.account(id)) return fail(QStringLiteral("user %1 exists already (passwd, disable and enable change it)").arg(id));
  QString error;
  const QString password = newPassword(id, &error);
  if (password.isEmpty()) return fail(error);
  if (!store.addUser(user, PasswordHash::of(password))) return fail(QStringLiteral("user %1 exists already").arg(id));
  std::printf("cip-central: user %s added\n", qPrintable(id));
  return 0;
}

int changePassword(CentralStore& store, const QString& id) {
  if (!store.account(id)) return fail(QStringLiteral("no user %1").arg(id));
  QString error;
  const QString password = newPassword(id, &error);
  if (password.isEmpty()) return fail(error);
  store.setPassword(id, PasswordHash::of(password));
  store.endSessionsOf(id);
  std::printf("cip-central: password of %s changed; their sessions are ended\n", qPrintable(id));
  return 0;
}

int setDisabled(CentralStore& store, const QString& id, bool disabled) {
  if (!store.account(id)) return fail(QStringLiteral("no user %1").arg(id));
  store.setDisabled(id, disabled);
  std::printf(disabled ? "cip-central: user %s disabled; their tokens no longer work\n" : "cip-central: user %s enabled\n", qPrintable(id));
  return 0;
}

int listUsers(CentralStore& store) {
  std::printf("%-24s %-9s %-34s %-25s %s\n", "USER", "STATE", "ROLES", "LAST SIGN-IN", "NAME");
  for (const UserAccount& account : store.accounts()) {
    QStringList roles;
    for (model::Role role : account.user.roles) roles << model::roleToString(role);
    std::printf("%-24s %-9s %-34s %-25s %s\n", qPrintable(account.user.id), account.disabled ? "disabled" : "enabled", qPrintable(roles.join(QLatin1Char(','))),
                qPrintable(account.lastSignIn.isValid() ? model::timestampToString(account.lastSignIn) : QStringLiteral("never")),
                qPrintable(account.user.displayName));
  }
  return 0;
}

}  // namespace

int runUserCommand(const QStringList& arguments, const QString& defaultData) {
  QCommandLineParser parser;
  parser.setApplicationDescription(QStringLiteral("Users: add ID --role R…, passwd ID, disable ID, enable ID, list (docs/sync-protocol.md). "
                                                  "Passwords from CIP_PASSWORD or one line of standard input."));
  parser.addHelpOption();
  parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("add, passwd, disable, enable or list"));
  parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("the user (all but list)"));
  parser.addOptions({{QStringLiteral("data"), QStringLiteral("The central system's data folder."), QStringLiteral("dir"), defaultData},
                     {QStringLiteral("role"), QStringLiteral("add: a role granted (repeatable): %1.").arg(model::enumChoices(model::kRoleNames)), QStringLiteral("role")},
                     {QStringLiteral("name"), QStringLiteral("add: the full name shown (default: the id)."), QStringLiteral("name")}});
  parser.process(QStringList{QStringLiteral("cip-central user")} + arguments);
  const QStringList positional = parser.positionalArguments();
  const QString action = positional.value(0);
  const QStringList withId{QStringLiteral("add"), QStringLiteral("passwd"), QStringLiteral("disable"), QStringLiteral("enable")};
  const bool valid = (withId.contains(action) && positional.size() == 2) || (action == QLatin1String("list") && positional.size() == 1);
  if (!valid)
    return fail(QStringLiteral("usage: cip-central user add ID --role R [--role R2 …] [--name \"Full Name\"] | passwd ID | disable ID | enable ID | list  [--data DIR]"),
                2);
  const QString data = parser.value(QStringLiteral("data"));
  if (!QDir().mkpath(data)) return fail(QStringLiteral("%1: cannot be created").arg(data));
  try {
    CentralStore store(QDir(data).filePath(QStringLiteral("central.sqlite")));
    if (action == QLatin1String("list")) return listUsers(store);
    const QString id = positional[1];
    if (action == QLatin1String("add")) return addUser(store, parser, id);
    if (action == QLatin1String("passwd")) return changePassword(store, id);
    return setDisabled(store, id, action == QLatin1String("disable"));
  } catch (const std::exception& e) {
    return fail(QString::fromUtf8(e.what()));
  }
}

}  // namespace cip::server

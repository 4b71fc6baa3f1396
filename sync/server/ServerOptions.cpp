#include "sync/server/ServerOptions.h"

#include <QCommandLineParser>

#include <algorithm>
#include <limits>

namespace cip::server {

namespace {

QCommandLineOption number(const char* name, const QString& what, qint64 fallback) {
  return QCommandLineOption(QString::fromLatin1(name), QStringLiteral("%1 (default %2).").arg(what).arg(fallback), QStringLiteral("n"),
                            QString::number(fallback));
}

/// The flag's whole number within [min, max]; false with `error` set otherwise.
template <class T>
bool readNumber(const QCommandLineParser& parser, const char* name, qint64 min, qint64 max, T* out, QString* error) {
  bool ok = false;
  const qint64 value = parser.value(QString::fromLatin1(name)).toLongLong(&ok);
  if (!ok || value < min || value > max) {
    *error = QStringLiteral("--%1 %2: a whole number from %3 to %4 is needed").arg(QString::fromLatin1(name), parser.value(QString::fromLatin1(name))).arg(min).arg(max);
    return false;
  }
  *out = static_cast<T>(value);
  return true;
}

}  // namespace

void ServerOptions::addTo(QCommandLineParser& parser) {
  const ServerOptions d;
  parser.addOptions({
      QCommandLineOption(QStringLiteral("listen"), QStringLiteral("Address to listen on (default 127.0.0.1; 0.0.0.0 or :: for every interface)."),
                         QStringLiteral("address"), QStringLiteral("127.0.0.1")),
      QCommandLineOption(QStringLiteral("insecure-http"),
                         QStringLiteral("Allow plain HTTP on an address other than loopback (passwords and tokens then cross the network unencrypted).")),
      number("token-seconds", QStringLiteral("Lifetime of a sign-in token in seconds"), d.tokenSeconds),
      number("max-body", QStringLiteral("Largest request body in bytes, a verdict's; a sign-in takes 4 KiB, a review and others 64 KiB"),
             static_cast<qint64>(d.limits.maxBodyBytes)),
      number("max-header-bytes", QStringLiteral("Largest request line and header fields in bytes (431 beyond)"), static_cast<qint64>(d.limits.maxHeadBytes)),
      number("idle-timeout", QStringLiteral("Seconds a quiet keep-alive connection stays open"), d.limits.idleSeconds),
      number("request-timeout", QStringLiteral("Seconds a request or TLS handshake may take from its first byte (408 beyond)"), d.limits.requestSeconds),
      number("max-connections", QStringLiteral("Open connections in all (503 beyond)"), d.limits.maxConnections),
      number("max-connections-per-address", QStringLiteral("Open connections from one client address (503 beyond)"), d.limits.maxConnectionsPerAddress),
      number("max-transfers", QStringLiteral("Scan files sent at once (503 with Retry-After beyond)"), d.limits.maxFileTransfers),
      number("login-user-failures", QStringLiteral("Failed sign-ins of one user id within the window that lock it out"), d.throttle.userFailures),
      number("login-address-failures", QStringLiteral("Failed sign-ins from one address within the window that lock it out"), d.throttle.addressFailures),
      number("login-window", QStringLiteral("Seconds within which failed sign-ins count"), d.throttle.windowSeconds),
      number("login-lockout", QStringLiteral("Seconds of the first lockout; each further one doubles, up to an hour"), d.throttle.lockoutSeconds),
  });
}

bool ServerOptions::read(const QCommandLineParser& parser, bool tls, QString* error) {
  const QString listen = parser.value(QStringLiteral("listen"));
  if (!address.setAddress(listen)) {
    *error = QStringLiteral("--listen %1: not an IPv4 or IPv6 address").arg(listen);
    return false;
  }
  insecureHttp = parser.isSet(QStringLiteral("insecure-http"));
  if (!tls && !address.isLoopback() && !insecureHttp) {
    *error = QStringLiteral("--listen %1: plain HTTP beyond loopback would send passwords and tokens in clear; serve HTTPS (--cert, --key) "
                            "or pass --insecure-http")
                 .arg(listen);
    return false;
  }
  constexpr qint64 kMany = std::numeric_limits<int>::max();
  constexpr qint64 kDay = 86400;
  const bool ok = readNumber(parser, "token-seconds", 1, 30 * kDay, &tokenSeconds, error) &&
         readNumber(parser, "max-body", 0, qint64(1) << 40, &limits.maxBodyBytes, error) &&
         readNumber(parser, "max-header-bytes", 256, 1 << 20, &limits.maxHeadBytes, error) &&
         readNumber(parser, "idle-timeout", 1, kDay, &limits.idleSeconds, error) &&
         readNumber(parser, "request-timeout", 1, kDay, &limits.requestSeconds, error) &&
         readNumber(parser, "max-connections", 1, kMany, &limits.maxConnections, error) &&
         readNumber(parser, "max-connections-per-address", 1, kMany, &limits.maxConnectionsPerAddress, error) &&
         readNumber(parser, "max-transfers", 1, kMany, &limits.maxFileTransfers, error) &&
         readNumber(parser, "login-user-failures", 1, kMany, &throttle.userFailures, error) &&
         readNumber(parser, "login-address-failures", 1, kMany, &throttle.addressFailures, error) &&
         readNumber(parser, "login-window", 1, 30 * kDay, &throttle.windowSeconds, error) &&
         readNumber(parser, "login-lockout", 1, kDay, &throttle.lockoutSeconds, error);
  throttle.maxLockoutSeconds = std::max(throttle.maxLockoutSeconds, throttle.lockoutSeconds);
  return ok;
}

QString ServerOptions::url(bool tls, quint16 port) const {
  const QString host = address.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("[%1]").arg(address.toString()) : address.toString();
  return QStringLiteral("%1://%2:%3").arg(tls ? QStringLiteral("https") : QStringLiteral("http"), host).arg(port);
}

}  // namespace cip::server

#pragma once

#include "sync/server/LoginThrottle.h"
#include "sync/server/ServerLimits.h"

#include <QHostAddress>
#include <QString>

class QCommandLineParser;

namespace cip::server {

/// cip-central's flags for its network side — where it listens, how long a token lives, what a
/// client may cost (ServerLimits) and how failed sign-ins are throttled (ThrottlePolicy) — with
/// their defaults, read and checked in one place so each is documented once (`--help`).
struct ServerOptions {
  QHostAddress address = QHostAddress(QHostAddress::LocalHost);
  bool insecureHttp = false;
  qint64 tokenSeconds = 12 * 3600;
  ServerLimits limits;
  ThrottlePolicy throttle;

  static void addTo(QCommandLineParser& parser);
  /// Reads the flags after parsing; false with `error` naming the flag on a bad value, or when
  /// plain HTTP (`tls` false) would listen beyond loopback without --insecure-http.
  bool read(const QCommandLineParser& parser, bool tls, QString* error);
  /// "http://127.0.0.1:8765", "https://[::1]:8765"
  QString url(bool tls, quint16 port) const;
};

}  // namespace cip::server

#pragma once

#include "sync/server/ServerLimits.h"

#include <QHash>
#include <QSslConfiguration>
#include <QTcpServer>

#include <optional>

namespace cip::server {

/// The listening socket of the central system, standing in front of Qt's HTTP server, which in
/// Qt 6.4 reads whole requests into memory and bounds nothing. Bind it to the
/// QAbstractHttpServer (bind()) after listen(). For every connection it creates the socket
/// itself — a QSslSocket doing the TLS handshake for HTTPS — counts it against the caps in all
/// and per client address (503 and close beyond), and attaches a ConnectionGuard that sees each
/// byte before the HTTP server does: header and body sizes (431, 413, as soon as the head is in),
/// malformed or ambiguous framing (400, 411, 501, 505), a request or handshake that dawdles (408),
/// an idle keep-alive connection (closed).
class GuardedTcpServer : public QTcpServer {
  Q_OBJECT
 public:
  explicit GuardedTcpServer(const ServerLimits& limits, QObject* parent = nullptr);
  /// Serves HTTPS with `configuration` (certificate and key) from the next connection on.
  void setTls(const QSslConfiguration& configuration) { tls_ = configuration; }
  bool tls() const { return tls_.has_value(); }
  int connections() const { return connections_; }

 protected:
  void incomingConnection(qintptr descriptor) override;

 private:
  ServerLimits limits_;
  std::optional<QSslConfiguration> tls_;
  QHash<QString, int> perAddress_;
  int connections_ = 0;
};

}  // namespace cip::server

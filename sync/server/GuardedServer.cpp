#include "sync/server/GuardedServer.h"

#include "sync/model/Protocol.h"
#include "sync/server/HttpExchange.h"
#include "sync/server/RequestFraming.h"
#include "sync/server/ServerLog.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSslSocket>
#include <QTimer>

#include <sys/socket.h>

namespace cip::server {

namespace {

constexpr int kLingerMs = 2000;  ///< after a refusal: time for the reply to leave and the peer to stop sending

QString addressKey(const QHostAddress& address) {
  bool v4 = false;
  const quint32 ip = address.toIPv4Address(&v4);  // an IPv4-mapped IPv6 address counts as the IPv4 one
  return v4 ? QHostAddress(ip).toString() : address.toString();
}

QString problemCode(int status) {
  switch (status) {
    case 408: return QStringLiteral("request-timeout");
    case 411: return QStringLiteral("length-required");
    case 413: return QStringLiteral("body-too-large");
    case 414: return QStringLiteral("target-too-long");
    case 431: return QStringLiteral("header-too-large");
    case 501: return QStringLiteral("not-implemented");
    case 503: return QStringLiteral("too-many-connections");
    case 505: return QStringLiteral("http-version");
    default: return QStringLiteral("bad-request");
  }
}

/// Watches one connection (see GuardedTcpServer). Its readyRead slot is connected before the
/// HTTP server's, so it sees each byte first (peeking, never reading) and can refuse a request
/// before Qt parses it: it then cuts the HTTP server off the socket, answers with a problem
/// document, half-closes once the answer is out, and reads and drops whatever the client still
/// sends for a moment, so the answer is not lost to a reset. Its second slot, connected after the
/// HTTP server's, notes what Qt left unread in the socket's buffer (a pipelined request), so the
/// next peek knows which bytes are new.
class ConnectionGuard : public QObject {
 public:
  ConnectionGuard(QTcpSocket* socket, const ServerLimits& limits, bool handshaking)
      : QObject(socket), socket_(socket), tls_(qobject_cast<QSslSocket*>(socket)), limits_(limits),
        framing_({limits.maxHeadBytes, static_cast<std::size_t>(limits.maxHeaderFields)}), handshaking_(handshaking) {
    clock_.start();
    timer_.setSingleShot(true);
    connect(&timer_, &QTimer::timeout, this, &ConnectionGuard::checkTime);
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::beforeHttp);
    connect(socket, &QTcpSocket::bytesWritten, this, &ConnectionGuard::wrote);
    if (tls_) connect(tls_, &QSslSocket::encryptedBytesWritten, this, &ConnectionGuard::wrote);
    timer_.start(handshaking ? limits.requestSeconds * 1000 : limits.idleSeconds * 1000);
  }

  /// Called once the HTTP server took the socket (its slots are connected now).
  void handedOver(QObject* http) {
    http_ = http;
    handshaking_ = false;
    lastActivity_ = clock_.elapsed();
    connect(socket_, &QTcpSocket::readyRead, this, &ConnectionGuard::afterHttp);
  }

  void refuse(int status, const QString& detail) {
    if (closing_) return;
    closing_ = true;
    if (http_) QObject::disconnect(socket_, nullptr, http_.data(), nullptr);
    qCInfo(lcServer).noquote() << addressKey(socket_->peerAddress()) << "refused with" << status << detail;
    const QJsonObject body = model::toJson(model::Problem{QStringLiteral("https://cip.example/problems/") + problemCode(status), QString::fromLatin1(reasonPhrase(status)),
                                                          status, detail, {}, {}});
    const QByteArray bytes = model::toCompactJson(body);
    socket_->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\nDate: " + httpDate(QDateTime::currentDateTimeUtc()) +
                   "\r\nContent-Type: application/problem+json; charset=utf-8\r\nContent-Length: " + QByteArray::number(bytes.size()) +
                   "\r\nConnection: close\r\n\r\n" + bytes);
    timer_.start(kLingerMs);
    wrote();
  }

 private:
  void beforeHttp() {
    if (closing_) {
      socket_->skip(socket_->bytesAvailable());  // draining: the HTTP server is cut off
      return;
    }
    const qint64 now = clock_.elapsed();
    lastActivity_ = now;
    const QByteArray pending = socket_->peek(socket_->bytesAvailable());
    const qsizetype skip = std::min<qsizetype>(unread_, pending.size());
    std::string_view fresh(pending.constData() + skip, static_cast<std::size_t>(pending.size() - skip));
    bool begun = !framing_.midRequest();
    while (true) {
      std::size_t used = 0;
      const RequestFraming::Event event = framing_.feed(fresh, &used);
      fresh.remove_prefix(used);
      if (event == RequestFraming::Event::NeedMore) break;
      if (event == RequestFraming::Event::HeadComplete) {
        const RequestFraming::Head& head = framing_.head();
        if (framing_.limitBody(limits_.bodyLimit(head.method, head.target))) continue;
      }
      if (event == RequestFraming::Event::RequestComplete) {
        begun = true;
        continue;
      }
      return refuse(framing_.refusal(), QString::fromStdString(framing_.reason()));
    }
    if (framing_.midRequest() && begun) {  // a request began with these bytes: its clock starts
      startedAt_ = now;
      timer_.start(limits_.requestSeconds * 1000);
    }
  }

  void afterHttp() { unread_ = socket_->bytesAvailable(); }

  void wrote() {
    lastActivity_ = clock_.elapsed();
    if (!closing_ || halfClosed_ || socket_->bytesToWrite() > 0) return;
    if (tls_ && tls_->encryptedBytesToWrite() > 0) return;
    halfClosed_ = true;
    ::shutdown(static_cast<int>(socket_->socketDescriptor()), SHUT_WR);  // FIN after the answer; reading goes on
  }

  void checkTime() {
    const qint64 now = clock_.elapsed();
    if (closing_) return socket_->abort();
    if (handshaking_) {
      qCInfo(lcServer).noquote() << addressKey(socket_->peerAddress()) << "closed: no TLS handshake within" << limits_.requestSeconds << "s";
      return socket_->abort();
    }
    if (framing_.midRequest()) {
      const qint64 due = startedAt_ + limits_.requestSeconds * 1000LL;
      if (now >= due) return refuse(408, QStringLiteral("the request was not complete %1 s after its first byte").arg(limits_.requestSeconds));
      return timer_.start(static_cast<int>(due - now));
    }
    const qint64 due = lastActivity_ + limits_.idleSeconds * 1000LL;
    if (now < due) return timer_.start(static_cast<int>(due - now));
    // Quiet for the whole idle time. With an answer still waiting to be written, the client has
    // stopped reading it (a download held open to keep a transfer slot): cut it off rather than
    // wait for a drain that never comes.
    const bool stalled = socket_->bytesToWrite() > 0 || (tls_ && tls_->encryptedBytesToWrite() > 0);
    if (stalled) qCInfo(lcServer).noquote() << addressKey(socket_->peerAddress()) << "closed: stopped reading its answer for" << limits_.idleSeconds << "s";
    return stalled ? socket_->abort() : socket_->disconnectFromHost();
  }

  QTcpSocket* socket_;
  QSslSocket* tls_;  ///< the same socket when it speaks TLS, else null
  ServerLimits limits_;
  RequestFraming framing_;
  QPointer<QObject> http_;
  QElapsedTimer clock_;
  QTimer timer_;
  qint64 startedAt_ = 0;
  qint64 lastActivity_ = 0;
  qsizetype unread_ = 0;
  bool handshaking_;
  bool closing_ = false;
  bool halfClosed_ = false;
};

}  // namespace

GuardedTcpServer::GuardedTcpServer(const ServerLimits& limits, QObject* parent) : QTcpServer(parent), limits_(limits) {}

void GuardedTcpServer::incomingConnection(qintptr descriptor) {
  QTcpSocket* socket = tls_ ? new QSslSocket(this) : new QTcpSocket(this);
  if (!socket->setSocketDescriptor(descriptor)) {
    delete socket;
    return;
  }
  const QString address = addressKey(socket->peerAddress());
  ++connections_;
  ++perAddress_[address];
  connect(socket, &QObject::destroyed, this, [this, address] {
    --connections_;
    if (--perAddress_[address] <= 0) perAddress_.remove(address);
  });
  connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
  auto* guard = new ConnectionGuard(socket, limits_, tls_.has_value());
  const bool full = connections_ > limits_.maxConnections || perAddress_.value(address) > limits_.maxConnectionsPerAddress;
  if (full) {
    qCWarning(lcServer).noquote() << address << "refused: connection cap reached (" << connections_ << "in all," << perAddress_.value(address) << "from it)";
    if (tls_) return socket->abort();  // no handshake is spent on a connection that cannot be served
    return guard->refuse(503, QStringLiteral("too many connections: at most %1 in all and %2 from one address")
                                  .arg(limits_.maxConnections)
                                  .arg(limits_.maxConnectionsPerAddress));
  }
  const auto handOver = [this, socket, guard] {
    addPendingConnection(socket);  // Qt's HTTP server connects its slots now, after the guard's first one
    guard->handedOver(parent());
  };
  if (!tls_) return handOver();
  auto* tls = static_cast<QSslSocket*>(socket);
  tls->setSslConfiguration(*tls_);
  connect(tls, &QSslSocket::encrypted, this, handOver, Qt::SingleShotConnection);
  connect(tls, &QAbstractSocket::errorOccurred, tls, [tls, address](QAbstractSocket::SocketError) {
    if (tls->isEncrypted()) return;
    qCInfo(lcServer).noquote() << address << "TLS handshake failed:" << tls->errorString();
    tls->abort();
  });
  tls->startServerEncryption();
}

}  // namespace cip::server

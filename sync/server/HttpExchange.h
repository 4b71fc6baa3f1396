#pragma once

#include "sync/model/Protocol.h"
#include "sync/server/FaultPlan.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QHttpServerRequest>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>

#include <memory>
#include <optional>

class QTcpSocket;

namespace cip::server {

/// One request and its answer. Replies are written by hand (status line, headers, body) so that
/// every protocol detail — Content-Length, ETag, Content-Range, problem documents — is ours, and
/// so that the fault plan can cut a body short or drop the connection mid-reply.
class HttpExchange {
 public:
  HttpExchange(const QHttpServerRequest& request, QTcpSocket* socket, QDateTime now, FaultPlan::Fault fault);

  const QHttpServerRequest& request() const { return request_; }
  QStringList path() const { return path_; }  ///< segments after /api/v1
  QByteArray header(const QByteArray& name) const;
  QString query(const QString& key) const;
  QDateTime now() const { return now_; }
  /// The request's `Idempotency-Key` (8–128 of letters, digits and `._:-`); when it is missing or
  /// malformed, answers 400 saying whose key (`what`: "the verdict's") and returns nothing.
  std::optional<QString> idempotencyKey(const QString& what);
  /// The client's address (an IPv4-mapped IPv6 address as the IPv4 one), for throttling and logs.
  QString peer() const;

  using Headers = QList<QPair<QByteArray, QByteArray>>;
  void reply(int status, const QByteArray& body, const QByteArray& contentType, const Headers& extra = {});
  void json(int status, const QJsonObject& body, const Headers& extra = {});
  /// An RFC 9457 problem document.
  void problem(int status, const QString& code, const QString& title, const QString& detail, const QString& field = {}, const Headers& extra = {});
  void problem(const model::Problem& problem, const Headers& extra = {});
  void empty(int status, const Headers& extra = {});
  /// `length` bytes of an open file from `from`, read and sent a piece at a time as the socket
  /// drains: a scan of gigabytes never sits in the server's memory. Returns the object doing it,
  /// destroyed when the transfer ends (for counting transfers), or null when nothing is sent.
  QObject* file(int status, std::unique_ptr<QFile> file, qint64 from, qint64 length, const QByteArray& contentType, const Headers& extra = {});
  bool answered() const { return answered_; }

 private:
  const QHttpServerRequest& request_;
  QTcpSocket* socket_;
  QDateTime now_;
  FaultPlan::Fault fault_;
  QStringList path_;
  bool answered_ = false;

  QByteArray head(int status, qint64 length, const QByteArray& contentType, const Headers& extra) const;
};

/// Streams the rest of a file reply as the socket drains (see HttpExchange::file).
class FileSender : public QObject {
  Q_OBJECT
 public:
  FileSender(QTcpSocket* socket, std::unique_ptr<QFile> file, qint64 length, FaultPlan::Fault fault);
  void pump();

 private:
  QTcpSocket* socket_;
  std::unique_ptr<QFile> file_;
  qint64 left_;
  qint64 length_;
  FaultPlan::Fault fault_;
};

/// "Sun, 06 Nov 1994 08:49:37 GMT"
QByteArray httpDate(const QDateTime& time);
/// "Not Found" for 404 …
QByteArray reasonPhrase(int status);

}  // namespace cip::server

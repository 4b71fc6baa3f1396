#include "sync/server/HttpExchange.h"

#include "sync/model/Protocol.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QUrlQuery>

namespace cip::server {

QByteArray reasonPhrase(int status) {
  switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 206: return "Partial Content";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 411: return "Length Required";
    case 413: return "Content Too Large";
    case 414: return "URI Too Long";
    case 416: return "Range Not Satisfiable";
    case 422: return "Unprocessable Content";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    case 505: return "HTTP Version Not Supported";
    default: return "Status";
  }
}

FileSender::FileSender(QTcpSocket* socket, std::unique_ptr<QFile> file, qint64 length, FaultPlan::Fault fault)
    : QObject(socket), socket_(socket), file_(std::move(file)), left_(length), length_(length), fault_(fault) {
  connect(socket, &QTcpSocket::bytesWritten, this, &FileSender::pump);
}

void FileSender::pump() {
  constexpr qint64 kPiece = 1 << 20;    // read from the file at a time
  constexpr qint64 kAhead = 4 << 20;    // kept in the socket's buffer at most
  const qint64 cut = fault_ == FaultPlan::Truncate ? length_ / 2 : length_;  // a truncated reply stops half-way
  while (left_ > 0 && socket_->bytesToWrite() < kAhead) {
    const qint64 sent = length_ - left_;
    QByteArray piece = file_->read(std::min({kPiece, left_, std::max<qint64>(1, cut - sent)}));
    if (piece.isEmpty()) {  // the file shrank or failed under us: cut the reply short
      socket_->disconnectFromHost();
      return deleteLater();
    }
    const qint64 middle = length_ / 2 - sent;
    if (fault_ == FaultPlan::Corrupt && middle >= 0 && middle < piece.size()) piece[middle] = static_cast<char>(piece[middle] ^ 0x5a);
    socket_->write(piece);
    left_ -= piece.size();
    if (length_ - left_ >= cut && left_ > 0) {
      socket_->flush();
      socket_->disconnectFromHost();  // the promised length never arrives
      return deleteLater();
    }
  }
  if (left_ == 0) deleteLater();
}

QByteArray httpDate(const QDateTime& time) {
  return QLocale::c().toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}

HttpExchange::HttpExchange(const QHttpServerRequest& request, QTcpSocket* socket, QDateTime now, FaultPlan::Fault fault)
    : request_(request), socket_(socket), now_(std::move(now)), fault_(fault) {
  QStringList segments = request.url().path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
  if (segments.size() >= 2 && segments[0] == QLatin1String("api") && segments[1] == QLatin1String("v1")) path_ = segments.mid(2);
  else path_ = {QStringLiteral("(outside /api/v1)")};
}

std::optional<QString> HttpExchange::idempotencyKey(const QString& what) {
  const QString key = QString::fromLatin1(header("Idempotency-Key"));
  static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._:-]{8,128}$"));
  if (pattern.match(key).hasMatch()) return key;
  problem(400, QStringLiteral("idempotency-key"), QStringLiteral("Idempotency-Key required"),
          QStringLiteral("send %1 idempotency key (8–128 characters)").arg(what), QStringLiteral("Idempotency-Key"));
  return std::nullopt;
}

QByteArray HttpExchange::header(const QByteArray& name) const {
  for (const auto& [key, value] : request_.headers())
    if (key.compare(name, Qt::CaseInsensitive) == 0) return value;
  return {};
}

QString HttpExchange::query(const QString& key) const { return QUrlQuery(request_.url()).queryItemValue(key); }

QString HttpExchange::peer() const {
  const QHostAddress address = socket_->peerAddress();
  bool v4 = false;
  const quint32 ip = address.toIPv4Address(&v4);
  return v4 ? QHostAddress(ip).toString() : address.toString();
}

QByteArray HttpExchange::head(int status, qint64 length, const QByteArray& contentType, const Headers& extra) const {
  QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
  head += "Date: " + httpDate(now_) + "\r\n";
  head += "Content-Length: " + QByteArray::number(length) + "\r\n";
  if (!contentType.isEmpty()) head += "Content-Type: " + contentType + "\r\n";
  for (const auto& [key, value] : extra) head += key + ": " + value + "\r\n";
  head += "\r\n";
  return head;
}

void HttpExchange::reply(int status, const QByteArray& body, const QByteArray& contentType, const Headers& extra) {
  answered_ = true;
  QByteArray payload = body;
  if (fault_ == FaultPlan::Corrupt && !payload.isEmpty()) payload[payload.size() / 2] = static_cast<char>(payload[payload.size() / 2] ^ 0x5a);
  socket_->write(head(status, payload.size(), contentType, extra));
  if (fault_ == FaultPlan::Truncate && payload.size() > 1) {
    socket_->write(payload.left(payload.size() / 2));  // the promised length never arrives
    socket_->flush();
    socket_->disconnectFromHost();
    return;
  }
  socket_->write(payload);
}

QObject* HttpExchange::file(int status, std::unique_ptr<QFile> file, qint64 from, qint64 length, const QByteArray& contentType, const Headers& extra) {
  answered_ = true;
  socket_->write(head(status, length, contentType, extra));
  if (!file->seek(from)) {
    socket_->disconnectFromHost();  // the client sees a short body and fetches again
    return nullptr;
  }
  // The sender lives as long as the socket (its parent) or until the last byte is handed over.
  auto* sender = new FileSender(socket_, std::move(file), length, fault_);
  sender->pump();
  return sender;
}

void HttpExchange::json(int status, const QJsonObject& body, const Headers& extra) {
  reply(status, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json; charset=utf-8", extra);
}

void HttpExchange::problem(int status, const QString& code, const QString& title, const QString& detail, const QString& field, const Headers& extra) {
  problem(model::Problem{QStringLiteral("https://cip.example/problems/") + code, title, status, detail, field, {}}, extra);
}

void HttpExchange::problem(const model::Problem& problem, const Headers& extra) {
  reply(problem.status, QJsonDocument(model::toJson(problem)).toJson(QJsonDocument::Compact), "application/problem+json; charset=utf-8", extra);
}

void HttpExchange::empty(int status, const Headers& extra) { reply(status, {}, {}, extra); }

}  // namespace cip::server

#include "sync/server/HttpExchange.h"

#include "sync/model/Protocol.h"

#include <QJsonDocument>
#include <QLocale>
#include <QTcpSocket>
#include <QUrlQuery>

namespace cip::server {

namespace {

QByteArray reason(int status) {
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
    case 409: return "Conflict";
    case 413: return "Content Too Large";
    case 416: return "Range Not Satisfiable";
    case 422: return "Unprocessable Content";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Status";
  }
}

}  // namespace

QByteArray httpDate(const QDateTime& time) {
  return QLocale::c().toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}

HttpExchange::HttpExchange(const QHttpServerRequest& request, QTcpSocket* socket, QDateTime now, FaultPlan::Fault fault)
    : request_(request), socket_(socket), now_(std::move(now)), fault_(fault) {
  QStringList segments = request.url().path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
  if (segments.size() >= 2 && segments[0] == QLatin1String("api") && segments[1] == QLatin1String("v1")) path_ = segments.mid(2);
  else path_ = {QStringLiteral("(outside /api/v1)")};
}

QByteArray HttpExchange::header(const QByteArray& name) const {
  for (const auto& [key, value] : request_.headers())
    if (key.compare(name, Qt::CaseInsensitive) == 0) return value;
  return {};
}

QString HttpExchange::query(const QString& key) const { return QUrlQuery(request_.url()).queryItemValue(key); }

void HttpExchange::reply(int status, const QByteArray& body, const QByteArray& contentType, const Headers& extra) {
  answered_ = true;
  QByteArray payload = body;
  if (fault_ == FaultPlan::Corrupt && !payload.isEmpty()) payload[payload.size() / 2] = static_cast<char>(payload[payload.size() / 2] ^ 0x5a);
  QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
  head += "Date: " + httpDate(now_) + "\r\n";
  head += "Content-Length: " + QByteArray::number(payload.size()) + "\r\n";
  if (!contentType.isEmpty()) head += "Content-Type: " + contentType + "\r\n";
  for (const auto& [key, value] : extra) head += key + ": " + value + "\r\n";
  head += "\r\n";
  socket_->write(head);
  if (fault_ == FaultPlan::Truncate && payload.size() > 1) {
    socket_->write(payload.left(payload.size() / 2));  // the promised length never arrives
    socket_->flush();
    socket_->disconnectFromHost();
    return;
  }
  socket_->write(payload);
}

void HttpExchange::json(int status, const QJsonObject& body, const Headers& extra) {
  reply(status, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json; charset=utf-8", extra);
}

void HttpExchange::problem(int status, const QString& code, const QString& title, const QString& detail, const QString& field) {
  const QJsonObject body = model::toJson(model::Problem{QStringLiteral("https://cip.example/problems/") + code, title, status, detail, field});
  reply(status, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/problem+json; charset=utf-8");
}

void HttpExchange::empty(int status, const Headers& extra) { reply(status, {}, {}, extra); }

}  // namespace cip::server

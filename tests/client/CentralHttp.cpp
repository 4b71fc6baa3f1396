#include "CentralHttp.h"

#include "CentralProcess.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>

QByteArray HttpAnswer::header(const QByteArray& name) const {
  for (const auto& [key, value] : headers)
    if (key.compare(name, Qt::CaseInsensitive) == 0) return value;
  return {};
}

QJsonObject HttpAnswer::json() const { return QJsonDocument::fromJson(body).object(); }

QString HttpAnswer::problem() const { return json().value(QStringLiteral("type")).toString().section(QLatin1Char('/'), -1); }

HttpAnswer httpCall(const QUrl& base, const QByteArray& method, const QString& path, const QByteArray& body, const HttpHeaders& headers) {
  static QNetworkAccessManager network;
  QUrl url = base;
  url.setPath(QStringLiteral("/api/v1/") + path.section(QLatin1Char('?'), 0, 0));
  if (path.contains(QLatin1Char('?'))) url.setQuery(path.section(QLatin1Char('?'), 1));
  QNetworkRequest request(url);
  request.setTransferTimeout(30000);
  if (!body.isEmpty()) request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
  for (const auto& [name, value] : headers) request.setRawHeader(name, value);
  QNetworkReply* reply = network.sendCustomRequest(request, method, body);
  waitFor([&] { return reply->isFinished(); }, 30000);
  HttpAnswer answer;
  answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
  answer.body = reply->readAll();
  answer.headers = reply->rawHeaderPairs();
  reply->deleteLater();
  return answer;
}

HttpAnswer signIn(const QUrl& base, const QString& user, const QString& password, const QString& role) {
  const QJsonObject body{{QStringLiteral("user"), user}, {QStringLiteral("password"), password}, {QStringLiteral("role"), role}};
  return httpCall(base, "POST", QStringLiteral("auth/login"), QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QString tokenOf(const QUrl& base, const QString& user, const QString& role, const QString& password) {
  const HttpAnswer answer = signIn(base, user, password, role);
  INFO(user.toStdString() << " as " << role.toStdString() << ": " << answer.status << ' ' << answer.body.toStdString());
  REQUIRE(answer.status == 200);
  return answer.json().value(QStringLiteral("token")).toString();
}

HttpHeaders bearer(const QString& token) { return {{"Authorization", "Bearer " + token.toLatin1()}}; }

int RawExchange::status() const {
  if (!received.startsWith("HTTP/1.1 ")) return 0;
  return received.mid(9, 3).toInt();
}

namespace {

/// Whether `bytes` hold one whole answer: its head and as many body bytes as its Content-Length says.
bool wholeAnswer(const QByteArray& bytes) {
  const qsizetype end = bytes.indexOf("\r\n\r\n");
  if (end < 0) return false;
  const QRegularExpressionMatch length = QRegularExpression(QStringLiteral("\r\nContent-Length: *(\\d+)"), QRegularExpression::CaseInsensitiveOption)
                                             .match(QString::fromLatin1(bytes.left(end)));
  return bytes.size() - end - 4 >= (length.hasMatch() ? length.captured(1).toLongLong() : 0);
}

}  // namespace

RawExchange rawExchange(const QUrl& base, const QList<QByteArray>& pieces, int ms, bool untilClosed) {
  QTcpSocket socket;
  socket.connectToHost(base.host(), static_cast<quint16>(base.port()));
  RawExchange result;
  if (!waitFor([&] { return socket.state() == QAbstractSocket::ConnectedState || socket.state() == QAbstractSocket::UnconnectedState; }, ms)) return result;
  for (const QByteArray& piece : pieces) {
    if (socket.state() != QAbstractSocket::ConnectedState) break;
    socket.write(piece);
    socket.flush();
  }
  waitFor(
      [&] {
        result.received += socket.readAll();
        return socket.state() == QAbstractSocket::UnconnectedState || (!untilClosed && wholeAnswer(result.received));
      },
      ms);
  result.received += socket.readAll();
  result.closedByServer = socket.state() == QAbstractSocket::UnconnectedState;
  return result;
}

CentralRun runCentral(const QStringList& arguments, const QByteArray& input, const QProcessEnvironment& environment) {
  QProcess process;
  process.setProcessEnvironment(environment);
  process.start(QStringLiteral(CIP_CENTRAL_PATH), arguments);
  REQUIRE(process.waitForStarted(10000));
  process.write(input);
  process.closeWriteChannel();
  REQUIRE(process.waitForFinished(60000));
  return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, QString::fromUtf8(process.readAllStandardOutput()),
          QString::fromUtf8(process.readAllStandardError())};
}

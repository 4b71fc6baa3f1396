#include "sync/client/CentralClient.h"

#include "sync/client/ClientLog.h"
#include "sync/model/Protocol.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QHostAddress>
#include <QNetworkRequest>

namespace cip::client {

namespace {

struct Text {
  Q_DECLARE_TR_FUNCTIONS(CentralClient)
};

/// The problem document's detail (and field), or the start of whatever the body was.
QString problemDetail(const QByteArray& body) {
  const model::Decoded<model::Problem> problem = model::decodeProblem(body);
  if (!problem.ok()) return QString::fromUtf8(body.left(200));
  const QString detail = problem.value->detail.isEmpty() ? problem.value->title : problem.value->detail;
  return problem.value->field.isEmpty() ? detail : QStringLiteral("%1 (%2)").arg(detail, problem.value->field);
}

}  // namespace

QString connectivityName(Connectivity state) {
  switch (state) {
    case Connectivity::Online: return Text::tr("online");
    case Connectivity::Offline: return Text::tr("offline");
    case Connectivity::SignInNeeded: return Text::tr("sign-in needed");
    case Connectivity::ServerError: return Text::tr("server error");
  }
  return {};
}

CentralClient::CentralClient(const QUrl& base, QObject* parent) : QObject(parent), base_(base) {
  network_.setAutoDeleteReplies(false);
}

QNetworkRequest CentralClient::request(const QString& path, const QList<QPair<QByteArray, QByteArray>>& headers) const {
  QUrl url = base_;
  url.setPath(QStringLiteral("/api/v1/") + path.section(QLatin1Char('?'), 0, 0));
  if (path.contains(QLatin1Char('?'))) url.setQuery(path.section(QLatin1Char('?'), 1));
  QNetworkRequest request(url);
  request.setTransferTimeout(timeoutMs_);
  request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
  if (url.scheme() == QLatin1String("https")) request.setSslConfiguration(tls_);
  if (!token_.isEmpty()) request.setRawHeader("Authorization", "Bearer " + token_.toLatin1());
  for (const auto& [key, value] : headers) request.setRawHeader(key, value);
  return request;
}

void CentralClient::setTrustedCertificates(const QList<QSslCertificate>& authorities) {
  tls_ = QSslConfiguration::defaultConfiguration();
  tls_.addCaCertificates(authorities);
}

void CentralClient::call(QByteArray method, const QString& path, const QByteArray& body, const QList<QPair<QByteArray, QByteArray>>& headers,
                         std::function<void(const Reply&)> done) {
  QNetworkRequest r = request(path, headers);
  if (!body.isEmpty()) r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
  QNetworkReply* reply = network_.sendCustomRequest(r, method, body);
  connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
    const Reply result = finish(reply);
    done(result);
  });
}

QNetworkReply* CentralClient::stream(const QString& path, const QList<QPair<QByteArray, QByteArray>>& headers) {
  return network_.get(request(path, headers));
}

Reply CentralClient::finish(QNetworkReply* reply) {
  reply->deleteLater();
  Reply result;
  result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
  result.error = reply->error();
  result.etag = reply->rawHeader("ETag");
  result.retryAfterSeconds = std::clamp(reply->rawHeader("Retry-After").toInt(), 0, 24 * 3600);
  if (reply->isOpen()) result.body = reply->readAll();
  if (result.status == 0) result.errorText = reply->errorString();
  if (reply->error() == QNetworkReply::SslHandshakeFailedError)
    result.errorText = Text::tr("the central system's certificate is not trusted (%1); start the workstation with --ca and the site's CA certificate")
                           .arg(reply->errorString());
  else if (!result.ok() && result.status != 304) result.errorText = problemDetail(result.body);
  // A reply cut short (fewer bytes than its Content-Length) is a failed transfer, whatever the status line said.
  if (result.status != 0 && reply->error() != QNetworkReply::NoError && reply->error() < QNetworkReply::ContentAccessDenied) {
    result.status = 0;
    result.errorText = reply->errorString();
  }
  note(result);
  return result;
}

void CentralClient::note(const Reply& reply) {
  if (reply.error == QNetworkReply::SslHandshakeFailedError) setConnectivity(Connectivity::ServerError, reply.errorText);
  else if (reply.status == 0) setConnectivity(Connectivity::Offline, reply.errorText);
  else if (reply.status == 401) setConnectivity(Connectivity::SignInNeeded, reply.errorText);
  else if (reply.status >= 500) setConnectivity(Connectivity::ServerError, reply.errorText);
  else setConnectivity(Connectivity::Online, {});
}

void CentralClient::setConnectivity(Connectivity state, const QString& detail) {
  if (state == connectivity_ && detail == detail_) return;
  const bool changed = state != connectivity_;
  connectivity_ = state;
  detail_ = detail;
  if (changed) qCInfo(lcClient) << "central system" << base_.toString() << connectivityName(state) << detail;
  emit connectivityChanged(state, detail);
}

bool CentralClient::mayCarryCredentials(const QUrl& base) {
  if (base.scheme() == QLatin1String("https")) return true;
  const QString host = base.host();
  if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) return true;
  const QHostAddress address(host);
  return !address.isNull() && address.isLoopback();
}

namespace {

SignInAnswer refusal(const Reply& reply) {
  SignInAnswer answer;
  const model::Decoded<model::Problem> problem = model::decodeProblem(reply.body);
  const QString code = problem.ok() ? problem.value->type.section(QLatin1Char('/'), -1) : QString();
  if (reply.error == QNetworkReply::SslHandshakeFailedError) {
    answer.outcome = SignInAnswer::Failed;  // something answered, and it is not a central system this workstation trusts
    answer.error = reply.errorText;
  } else if (reply.status == 0) {
    answer.outcome = SignInAnswer::Unreachable;
    answer.error = Text::tr("the central system cannot be reached (%1)").arg(reply.errorText);
  } else if (reply.status == 401) {
    answer.outcome = SignInAnswer::Refused;
    answer.error = Text::tr("the central system does not know this user name with this password");
  } else if (reply.status == 403 && code == QLatin1String("role-not-granted")) {
    answer.outcome = SignInAnswer::RoleNotGranted;
    answer.grantedRoles = problem.value->roles;
    QStringList names;
    for (model::Role role : answer.grantedRoles) names << model::roleToString(role);
    answer.error = names.isEmpty() ? Text::tr("the central system grants this user no role at all")
                                   : Text::tr("the central system does not grant this user that role (granted: %1)").arg(names.join(QLatin1String(", ")));
  } else if (reply.status == 403 && code == QLatin1String("account-disabled")) {
    answer.outcome = SignInAnswer::Disabled;
    answer.error = Text::tr("this account is disabled on the central system; ask an administrator");
  } else if (reply.status == 429) {
    answer.outcome = SignInAnswer::Throttled;
    answer.retryAfterSeconds = std::max(1, reply.retryAfterSeconds);
    answer.error = Text::tr("too many sign-in attempts; try again in %n second(s)", nullptr, answer.retryAfterSeconds);
  } else {
    answer.outcome = SignInAnswer::Failed;
    answer.error = reply.errorText.isEmpty() ? Text::tr("sign-in refused (%1)").arg(reply.status) : reply.errorText;
  }
  return answer;
}

}  // namespace

void CentralClient::login(const QString& user, const QString& password, model::Role role, std::function<void(const SignInAnswer&)> done) {
  token_.clear();
  userId_.clear();
  if (!mayCarryCredentials(base_)) {
    SignInAnswer answer;
    answer.outcome = SignInAnswer::Insecure;
    answer.error = Text::tr("%1 is plain HTTP to another machine: a password is sent only over HTTPS (or to this machine)").arg(base_.toString());
    done(answer);
    return;
  }
  const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("user"), user},
                                                    {QStringLiteral("password"), password},
                                                    {QStringLiteral("role"), model::roleToString(role)}})
                              .toJson(QJsonDocument::Compact);
  call("POST", QStringLiteral("auth/login"), body, {}, [this, role, done](const Reply& reply) {
    if (!reply.ok()) return done(refusal(reply));
    const model::Decoded<model::LoginAnswer> answer = model::decodeLoginAnswer(reply.body);
    if (!answer.ok() || !answer.value->user.hasRole(role)) {
      SignInAnswer failed;
      failed.error = answer.ok() ? Text::tr("the central system signed this user in without the role asked for")
                                 : Text::tr("the sign-in answer is malformed: %1").arg(answer.error.toString());
      setConnectivity(Connectivity::ServerError, failed.error);
      return done(failed);
    }
    token_ = answer.value->token;
    userId_ = answer.value->user.id;
    role_ = role;
    SignInAnswer signedIn;
    signedIn.outcome = SignInAnswer::SignedIn;
    signedIn.user = answer.value->user;
    // The server's clock against ours, from the midpoint of a short exchange.
    const QDateTime asked = QDateTime::currentDateTimeUtc();
    call("GET", QStringLiteral("time"), {}, {}, [this, asked, done, signedIn](const Reply& time) {
      const QDateTime now = QDateTime::currentDateTimeUtc();
      const model::Decoded<model::ServerTime> server = model::decodeServerTime(time.body);
      if (time.ok() && server.ok()) offsetMs_ = asked.addMSecs(asked.msecsTo(now) / 2).msecsTo(server.value->now);
      done(signedIn);
    });
  });
}

void CentralClient::logout(std::function<void()> done) {
  if (token_.isEmpty()) {
    if (done) done();
    return;
  }
  QNetworkRequest r = request(QStringLiteral("auth/logout"), {});
  token_.clear();  // forgotten at once, whatever the server answers
  userId_.clear();
  QNetworkReply* reply = network_.post(r, QByteArray());
  connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
    reply->deleteLater();
    if (done) done();
  });
}

}  // namespace cip::client

#pragma once

#include "sync/model/User.h"

#include <QDateTime>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>

namespace cip::client {

/// How the link to the central system stands, as the status bar shows it.
enum class Connectivity { Offline, Online, SignInNeeded, ServerError };

/// One finished HTTP exchange.
struct Reply {
  int status = 0;                  ///< 0 when no HTTP answer came (network error, timeout)
  QByteArray body;
  QNetworkReply::NetworkError error = QNetworkReply::NoError;
  QString errorText;               ///< the network error, or the problem document's detail
  QByteArray etag;
  int retryAfterSeconds = 0;       ///< the server's Retry-After (429, 503), in seconds
  bool ok() const { return status >= 200 && status < 300; }
  /// Worth trying again later: no answer, 408, 429 or a 5xx.
  bool transient() const { return status == 0 || status == 408 || status == 429 || status >= 500; }
};

/// What the central system said to a sign-in.
struct SignInAnswer {
  enum Outcome {
    SignedIn,        ///< `user` is who the central system says this is, with every role it grants
    Refused,         ///< unknown user or wrong password (the server does not say which)
    RoleNotGranted,  ///< the password is right; `grantedRoles` are the roles the user may take
    Disabled,        ///< the account is disabled
    Throttled,       ///< too many attempts: try again after `retryAfterSeconds`
    Unreachable,     ///< no answer: network down, server not running (offline sign-in may apply)
    Insecure,        ///< not sent: plain HTTP to a host other than this machine
    Failed,          ///< any other failure (server error, untrusted certificate, malformed answer)
  };
  Outcome outcome = Failed;
  model::User user;
  QList<model::Role> grantedRoles;
  int retryAfterSeconds = 0;
  QString error;   ///< what to tell the person, in the current language
  bool ok() const { return outcome == SignedIn; }
};

/// The workstation's side of docs/sync-protocol.md at the HTTP level: one QNetworkAccessManager,
/// the bearer token (in memory only, never on disk), timeouts, problem documents, the
/// connectivity state and the offset of the server's clock. Everything is asynchronous.
class CentralClient : public QObject {
  Q_OBJECT
 public:
  explicit CentralClient(const QUrl& base, QObject* parent = nullptr);

  /// Signs in as `user` in `role`. Credentials never travel over plain HTTP to another machine:
  /// such an address is refused before anything is sent (SignInAnswer::Insecure).
  void login(const QString& user, const QString& password, model::Role role, std::function<void(const SignInAnswer&)> done);
  /// Ends the session on the central system (best effort) and forgets the token at once.
  void logout(std::function<void()> done = {});
  bool signedIn() const { return !token_.isEmpty(); }
  /// The signed-in user's id as the central system spells it.
  QString userId() const { return userId_; }
  model::Role role() const { return role_; }
  /// Sends a request; `done` gets the reply (also for errors). `body` empty: no body.
  void call(QByteArray method, const QString& path, const QByteArray& body, const QList<QPair<QByteArray, QByteArray>>& headers,
            std::function<void(const Reply&)> done);
  /// A request whose body arrives in pieces (downloads); the caller handles readyRead.
  QNetworkReply* stream(const QString& path, const QList<QPair<QByteArray, QByteArray>>& headers);
  /// Feeds a finished stream's outcome into the connectivity state.
  Reply finish(QNetworkReply* reply);

  Connectivity connectivity() const { return connectivity_; }
  QString connectivityDetail() const { return detail_; }
  /// Server time minus local time, measured at each sign-in from the midpoint of a GET /time.
  qint64 clockOffsetMs() const { return offsetMs_; }
  QDateTime serverNow() const { return QDateTime::currentDateTimeUtc().addMSecs(offsetMs_); }
  void setTimeoutMs(int ms) { timeoutMs_ = ms; }
  /// Certificate authorities trusted for an https central system besides the system's own:
  /// a CIP centre usually runs its own site CA, which no workstation's system store knows.
  void setTrustedCertificates(const QList<QSslCertificate>& authorities);
  QUrl base() const { return base_; }
  /// Whether credentials may be sent to `base`: over HTTPS, or plain HTTP to this machine only.
  static bool mayCarryCredentials(const QUrl& base);

 signals:
  void connectivityChanged(cip::client::Connectivity state, const QString& detail);

 private:
  QNetworkRequest request(const QString& path, const QList<QPair<QByteArray, QByteArray>>& headers) const;
  void note(const Reply& reply);
  void setConnectivity(Connectivity state, const QString& detail);

  QUrl base_;
  QNetworkAccessManager network_;
  QString token_;
  QString userId_;
  model::Role role_ = model::Role::Analyst;
  Connectivity connectivity_ = Connectivity::Offline;
  QString detail_;
  qint64 offsetMs_ = 0;
  int timeoutMs_ = 15000;
  QSslConfiguration tls_ = QSslConfiguration::defaultConfiguration();
};

QString connectivityName(Connectivity state);

}  // namespace cip::client

#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

/// Plain HTTP against a cip-central, below the workstation's client: the server's own answers —
/// status, headers, problem documents — exactly as sent, for the tests of sign-in, roles and
/// limits.
struct HttpAnswer {
  int status = 0;  ///< 0: no HTTP answer (connection refused, closed, timed out)
  QByteArray body;
  QList<QPair<QByteArray, QByteArray>> headers;
  QByteArray header(const QByteArray& name) const;
  QJsonObject json() const;
  /// The problem document's code: "sign-in-failed" of ".../problems/sign-in-failed".
  QString problem() const;
};

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

/// `method base/api/v1/path` with `body` and `headers`; waits for the answer (at most 30 s).
HttpAnswer httpCall(const QUrl& base, const QByteArray& method, const QString& path, const QByteArray& body = {}, const HttpHeaders& headers = {});
/// The answer to a sign-in of `user` as `role` (a role name, so a wrong one can be sent too).
HttpAnswer signIn(const QUrl& base, const QString& user, const QString& password, const QString& role);
/// The token of a sign-in that must succeed.
QString tokenOf(const QUrl& base, const QString& user, const QString& role, const QString& password = QStringLiteral("demo"));
HttpHeaders bearer(const QString& token);

/// Bytes written as they are on one raw TCP connection, and whatever comes back until the server
/// closes it (or, `untilClosed` false, until one whole answer is in) or `ms` pass: for requests
/// no HTTP client would send.
struct RawExchange {
  QByteArray received;
  bool closedByServer = false;
  int status() const;  ///< of the first status line received, 0 if none
};
RawExchange rawExchange(const QUrl& base, const QList<QByteArray>& pieces, int ms = 10000, bool untilClosed = true);

/// Runs `cip-central ARGS` to its end with `input` on stdin and `environment`; exit code, stdout, stderr.
struct CentralRun {
  int exitCode = -1;
  QString out;
  QString err;
};
CentralRun runCentral(const QStringList& arguments, const QByteArray& input = {},
                      const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());

#pragma once

#include "sync/model/Case.h"
#include "sync/model/Job.h"
#include "sync/model/Scanner.h"
#include "sync/model/User.h"
#include "sync/model/Verdict.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace cip::model {

/// The envelopes of docs/sync-protocol.md around the domain documents: what the central system
/// answers, read with the same strict codecs (a malformed answer is an error naming the field,
/// never a half-read list) and written by the reference server.

/// `POST /auth/login` → the session.
struct LoginAnswer {
  QString token;
  QDateTime expiresAt;
  User user;
};
QJsonObject toJson(const LoginAnswer& answer);
Decoded<LoginAnswer> decodeLoginAnswer(const QByteArray& json);

/// `GET /time`.
struct ServerTime {
  QDateTime now;
  int apiVersion = 1;
  QString server;
};
QJsonObject toJson(const ServerTime& time);
Decoded<ServerTime> decodeServerTime(const QByteArray& json);

/// `GET /jobs`.
struct JobList {
  QList<Job> jobs;
};
QJsonObject toJson(const JobList& list);
Decoded<JobList> decodeJobList(const QByteArray& json);

/// `GET /cases?since=` — changed cases and where to continue.
struct CasePage {
  QList<Case> cases;
  QDateTime next;
};
QJsonObject toJson(const CasePage& page);
Decoded<CasePage> decodeCasePage(const QByteArray& json);

/// `GET /scanners`.
struct ScannerList {
  QList<Scanner> scanners;
};
QJsonObject toJson(const ScannerList& list);
Decoded<ScannerList> decodeScannerList(const QByteArray& json);

/// `GET /telemetry?since=`.
struct TelemetryPage {
  QList<TelemetryEvent> events;
  qint64 next = 0;
};
QJsonObject toJson(const TelemetryPage& page);
Decoded<TelemetryPage> decodeTelemetryPage(const QByteArray& json);

/// `POST /verdicts` → the receipt.
struct VerdictReceiptDocument {
  QString verdict;
  QDateTime receivedAt;
};
QJsonObject toJson(const VerdictReceiptDocument& receipt);
Decoded<VerdictReceiptDocument> decodeVerdictReceipt(const QByteArray& json);

/// An RFC 9457 problem document (every error answer).
struct Problem {
  QString type;
  QString title;
  int status = 0;
  QString detail;
  QString field;
  /// Extension member of a `role-not-granted` sign-in refusal: the roles the central system
  /// does grant this user, so the workstation can offer exactly those.
  QList<Role> roles;
};
QJsonObject toJson(const Problem& problem);
Decoded<Problem> decodeProblem(const QByteArray& json);

/// `POST /auth/login` ← the credentials. Bounded, so an oversized field is refused by name
/// before any password work is spent on it.
struct LoginRequest {
  static constexpr int kMaxUser = 128;
  static constexpr int kMaxPassword = 1024;
  QString user;
  QString password;
  Role role = Role::Analyst;
};
QJsonObject toJson(const LoginRequest& request);
Decoded<LoginRequest> decodeLoginRequest(const QByteArray& json);

/// `POST /review/verdicts/{id}` ← a supervisor's review: the verdict confirmed, or overridden
/// with another decision.
struct ReviewRequest {
  static constexpr int kMaxComment = 4000;
  std::optional<Decision> newDecision;  ///< set exactly when the verdict is overridden
  QString comment;
};
QJsonObject toJson(const ReviewRequest& request);
Decoded<ReviewRequest> decodeReviewRequest(const QByteArray& json);

}  // namespace cip::model

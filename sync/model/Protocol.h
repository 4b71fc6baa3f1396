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
};
QJsonObject toJson(const Problem& problem);
Decoded<Problem> decodeProblem(const QByteArray& json);

}  // namespace cip::model

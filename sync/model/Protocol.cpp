#include "sync/model/Protocol.h"

#include <QJsonArray>

namespace cip::model {

namespace {

constexpr int kMaxListItems = 10000;

/// A list that must be there but may be empty (an analyst with no jobs, no new cases).
template <class F>
void listOf(JsonReader& r, const QString& key, F readItem) {
  if (!r.has(key)) r.fail(key, QStringLiteral("is required"));
  r.objectArray(key, false, kMaxListItems, readItem);
}

template <class T>
QJsonArray arrayOf(const QList<T>& items) {
  QJsonArray out;
  for (const T& item : items) out.append(toJson(item));
  return out;
}

}  // namespace

QJsonObject toJson(const LoginAnswer& a) {
  return {{QStringLiteral("token"), a.token}, {QStringLiteral("expiresAt"), timestampToString(a.expiresAt)}, {QStringLiteral("user"), toJson(a.user)}};
}

Decoded<LoginAnswer> decodeLoginAnswer(const QByteArray& json) {
  return decodeDocument<LoginAnswer>(json, [](JsonReader& r) {
    LoginAnswer a;
    a.token = r.requiredMatch(QStringLiteral("token"), QStringLiteral("[A-Za-z0-9._~+/=-]{16,512}"), QStringLiteral("an opaque token"));
    a.expiresAt = r.requiredTimestamp(QStringLiteral("expiresAt"));
    JsonReader user = r.child(QStringLiteral("user"));
    a.user = readUser(user);
    return a;
  });
}

QJsonObject toJson(const ServerTime& t) {
  return {{QStringLiteral("now"), timestampToString(t.now)}, {QStringLiteral("apiVersion"), t.apiVersion}, {QStringLiteral("server"), t.server}};
}

Decoded<ServerTime> decodeServerTime(const QByteArray& json) {
  return decodeDocument<ServerTime>(json, [](JsonReader& r) {
    ServerTime t;
    t.now = r.requiredTimestamp(QStringLiteral("now"));
    t.apiVersion = static_cast<int>(r.requiredInteger(QStringLiteral("apiVersion"), 1, 1000));
    t.server = r.optionalString(QStringLiteral("server"), 200);
    return t;
  });
}

QJsonObject toJson(const JobList& list) { return {{QStringLiteral("jobs"), arrayOf(list.jobs)}}; }

Decoded<JobList> decodeJobList(const QByteArray& json) {
  return decodeDocument<JobList>(json, [](JsonReader& r) {
    JobList list;
    listOf(r, QStringLiteral("jobs"), [&](JsonReader& item) { list.jobs.append(readJob(item)); });
    return list;
  });
}

QJsonObject toJson(const CasePage& page) { return {{QStringLiteral("cases"), arrayOf(page.cases)}, {QStringLiteral("next"), timestampToString(page.next)}}; }

Decoded<CasePage> decodeCasePage(const QByteArray& json) {
  return decodeDocument<CasePage>(json, [](JsonReader& r) {
    CasePage page;
    listOf(r, QStringLiteral("cases"), [&](JsonReader& item) { page.cases.append(readCase(item)); });
    page.next = r.requiredTimestamp(QStringLiteral("next"));
    return page;
  });
}

QJsonObject toJson(const ScannerList& list) { return {{QStringLiteral("scanners"), arrayOf(list.scanners)}}; }

Decoded<ScannerList> decodeScannerList(const QByteArray& json) {
  return decodeDocument<ScannerList>(json, [](JsonReader& r) {
    ScannerList list;
    listOf(r, QStringLiteral("scanners"), [&](JsonReader& item) { list.scanners.append(readScanner(item)); });
    return list;
  });
}

QJsonObject toJson(const TelemetryPage& page) {
  return {{QStringLiteral("events"), arrayOf(page.events)}, {QStringLiteral("next"), static_cast<double>(page.next)}};
}

Decoded<TelemetryPage> decodeTelemetryPage(const QByteArray& json) {
  return decodeDocument<TelemetryPage>(json, [](JsonReader& r) {
    TelemetryPage page;
    listOf(r, QStringLiteral("events"), [&](JsonReader& item) { page.events.append(readTelemetryEvent(item)); });
    page.next = r.requiredInteger(QStringLiteral("next"), 0, (1LL << 53));
    return page;
  });
}

QJsonObject toJson(const VerdictReceiptDocument& receipt) {
  return {{QStringLiteral("verdict"), receipt.verdict}, {QStringLiteral("receivedAt"), timestampToString(receipt.receivedAt)}};
}

Decoded<VerdictReceiptDocument> decodeVerdictReceipt(const QByteArray& json) {
  return decodeDocument<VerdictReceiptDocument>(json, [](JsonReader& r) {
    VerdictReceiptDocument receipt;
    receipt.verdict = r.requiredMatch(QStringLiteral("verdict"), kIdPattern, QStringLiteral("a verdict id"));
    receipt.receivedAt = r.requiredTimestamp(QStringLiteral("receivedAt"));
    return receipt;
  });
}

QJsonObject toJson(const Problem& p) {
  QJsonObject object{{QStringLiteral("type"), p.type}, {QStringLiteral("title"), p.title}, {QStringLiteral("status"), p.status},
                     {QStringLiteral("detail"), p.detail}};
  if (!p.field.isEmpty()) object.insert(QStringLiteral("field"), p.field);
  if (!p.roles.isEmpty()) {
    QJsonArray roles;
    for (Role role : p.roles) roles.append(roleToString(role));
    object.insert(QStringLiteral("roles"), roles);
  }
  return object;
}

Decoded<Problem> decodeProblem(const QByteArray& json) {
  return decodeDocument<Problem>(json, [](JsonReader& r) {
    Problem p;
    p.type = r.optionalString(QStringLiteral("type"), 500);
    p.title = r.requiredString(QStringLiteral("title"), 500);
    p.status = static_cast<int>(r.requiredInteger(QStringLiteral("status"), 100, 599));
    p.detail = r.optionalString(QStringLiteral("detail"), 4000);
    p.field = r.optionalString(QStringLiteral("field"), 500);
    // Roles this workstation does not know (a newer server) are left out, not an error.
    for (const QString& name : r.stringList(QStringLiteral("roles"), false, 16, 64))
      if (const std::optional<Role> role = roleFromString(name)) p.roles << *role;
    return p;
  });
}


QJsonObject toJson(const LoginRequest& request) {
  return {{QStringLiteral("user"), request.user}, {QStringLiteral("password"), request.password}, {QStringLiteral("role"), roleToString(request.role)}};
}

Decoded<LoginRequest> decodeLoginRequest(const QByteArray& json) {
  return decodeDocument<LoginRequest>(json, [](JsonReader& r) {
    LoginRequest request;
    request.user = r.requiredString(QStringLiteral("user"), LoginRequest::kMaxUser);
    request.password = r.requiredString(QStringLiteral("password"), LoginRequest::kMaxPassword);
    request.role = r.requiredEnum(QStringLiteral("role"), kRoleNames);
    return request;
  });
}

QJsonObject toJson(const ReviewRequest& request) {
  QJsonObject object{{QStringLiteral("decision"), request.newDecision ? QStringLiteral("override") : QStringLiteral("confirm")},
                     {QStringLiteral("comment"), request.comment}};
  if (request.newDecision) object.insert(QStringLiteral("newDecision"), decisionToString(*request.newDecision));
  return object;
}

Decoded<ReviewRequest> decodeReviewRequest(const QByteArray& json) {
  return decodeDocument<ReviewRequest>(json, [](JsonReader& r) {
    ReviewRequest request;
    const QString decision = r.requiredString(QStringLiteral("decision"), 16);
    if (r.ok() && decision == QLatin1String("override")) request.newDecision = r.requiredEnum(QStringLiteral("newDecision"), kDecisionNames);
    else if (r.ok() && decision != QLatin1String("confirm")) r.fail(QStringLiteral("decision"), QStringLiteral("is confirm or override"));
    request.comment = r.optionalString(QStringLiteral("comment"), ReviewRequest::kMaxComment);
    return request;
  });
}

}  // namespace cip::model

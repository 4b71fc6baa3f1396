#include "sync/server/CentralServer.h"

#include "sync/model/Protocol.h"
#include "sync/server/AuditAnchorQuery.h"
#include "sync/server/Escalations.h"
#include "sync/server/JobReleases.h"
#include "sync/server/ScannerProfiles.h"
#include "sync/server/ByteRange.h"
#include "sync/server/HttpExchange.h"
#include "sync/server/ServerLog.h"
#include "sync/server/StoreSql.h"
#include "sync/server/TelemetryIngest.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QCryptographicHash>

namespace cip::server {

using model::Role;

namespace {

constexpr int kPageLimit = 500;

/// Exams are trainers' business: they, their trainees and administrators see exam questions
/// (and their images); analysts and supervisors use the library for reference images only.
bool seesExamQuestions(Role role) { return role == Role::Trainer || role == Role::Trainee || role == Role::Admin; }
/// The answers of an exam stay with those who set and score it, never with a trainee.
bool seesExamAnswers(Role role) { return role == Role::Trainer || role == Role::Admin; }

}  // namespace

CentralServer::CentralServer(CentralStore& store, QObject* parent)
    : QAbstractHttpServer(parent), store_(store), clock_([] { return QDateTime::currentDateTimeUtc(); }) {
  uptime_.start();
  purge_.setInterval(60 * 1000);
  connect(&purge_, &QTimer::timeout, this, [this] {
    try {
      store_.purgeSessions(clock_());
    } catch (const std::exception& e) {
      qCWarning(lcServer) << "expired sessions could not be purged:" << e.what();
    }
  });
  purge_.start();
}

void CentralServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) {
  HttpExchange x(request, socket, clock_(), FaultPlan::None);
  x.problem(404, QStringLiteral("not-found"), QStringLiteral("Not found"), QStringLiteral("no such resource: %1").arg(request.url().path()));
}

bool CentralServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) {
  ++requests_;
  const bool file = request.url().path().endsWith(QLatin1String("/file"));
  const FaultPlan::Fault fault = faults_.draw(file);
  switch (fault) {
    case FaultPlan::Hang: return true;  // never answered: the client's timeout must cope
    case FaultPlan::Drop: socket->abort(); return true;
    default: break;
  }
  HttpExchange x(request, socket, clock_(), fault);
  if (fault == FaultPlan::Error500) {
    x.problem(500, QStringLiteral("injected"), QStringLiteral("Internal server error"), QStringLiteral("an injected fault"));
    return true;
  }
  if (fault == FaultPlan::Error503) {
    x.reply(503, QByteArray(R"({"type":"https://cip.example/problems/unavailable","title":"Unavailable","status":503})"),
            "application/problem+json", {{"Retry-After", "1"}});
    return true;
  }
  try {
    route(x);
  } catch (const std::exception& e) {
    if (!x.answered()) internalError(x, QString::fromUtf8(e.what()));
  }
  if (!x.answered()) x.problem(404, QStringLiteral("not-found"), QStringLiteral("Not found"), QStringLiteral("no such resource"));
  return true;
}

void CentralServer::internalError(HttpExchange& x, const QString& what) {
  // The detail (a path, a statement) is for the operator's log only; the client gets an id to quote.
  const QString incident = newIncidentId();
  qCCritical(lcServer).noquote() << "incident" << incident << x.request().url().path() << what;
  x.problem(500, QStringLiteral("internal"), QStringLiteral("Internal server error"),
            QStringLiteral("the central system failed to answer; incident %1 is in its log").arg(incident));
}

bool CentralServer::requireRole(HttpExchange& x, const Caller& caller, std::initializer_list<Role> roles) {
  for (Role r : roles)
    if (caller.role == r) return true;
  x.problem(403, QStringLiteral("forbidden"), QStringLiteral("Forbidden"),
            QStringLiteral("the role %1 may not call %2").arg(model::roleToString(caller.role), x.request().url().path()));
  return false;
}

std::optional<model::Job> CentralServer::ownJob(HttpExchange& x, const Caller& caller, const QString& jobId) {
  std::optional<model::Job> job = store_.job(jobId);
  // Someone else's job is 403 like a missing one would be to a prober: nothing is learnt either way.
  if (!job || job->assignedTo != caller.user.id) {
    x.problem(403, QStringLiteral("forbidden"), QStringLiteral("Forbidden"), QStringLiteral("job %1 is not assigned to %2").arg(jobId, caller.user.id));
    return std::nullopt;
  }
  return job;
}

bool CentralServer::mayReadScan(const Caller& caller, const StoredScan& scan) {
  if (!scan.caseId.isEmpty()) {  // the case library is open to every role, but an exam's images only to exams' roles
    const std::optional<model::Case> entry = store_.caseEntry(scan.caseId);
    return entry && (entry->kind != model::CaseKind::ExamQuestion || seesExamQuestions(caller.role));
  }
  if (caller.role == Role::Supervisor) return true;  // reviews every verdict, so every job's scans
  const std::optional<model::Job> job = store_.job(scan.jobId);
  return job && caller.role == Role::Analyst && job->assignedTo == caller.user.id;
}

void CentralServer::route(HttpExchange& x) {
  const QStringList p = x.path();
  const auto method = x.request().method();
  using M = QHttpServerRequest::Method;
  const QString first = p.value(0);
  if (first == QLatin1String("time") && method == M::Get) {
    x.json(200, model::toJson(model::ServerTime{x.now(), 1, QStringLiteral("cip-central 0.1.0")}));
    return;
  }
  if (p == QStringList{QStringLiteral("auth"), QStringLiteral("login")} && method == M::Post) return login(x);
  // Scanners' calls take a scanner's credential, never a user's token (and a scanner's credential nothing else).
  if (TelemetryIngest::handles(x)) return TelemetryIngest(store_).serve(x);
  const std::optional<Caller> caller = authenticate(x);
  if (!caller) return;
  if (p == QStringList{QStringLiteral("auth"), QStringLiteral("logout")} && method == M::Post) {
    store_.endSession(tokenDigest(bearerToken(x)));
    return x.empty(204);
  }
  if (first == QLatin1String("jobs")) {
    if (!requireRole(x, *caller, {Role::Analyst})) return;
    if (p.size() == 1 && method == M::Get) return listJobs(x, *caller);
    if (p.size() == 2 && method == M::Get) {
      if (auto job = ownJob(x, *caller, p[1])) x.json(200, model::toJson(*job));
      return;
    }
    if (p.size() == 3 && method == M::Post && (p[2] == QLatin1String("claim") || p[2] == QLatin1String("release")))
      return claimOrRelease(x, *caller, p[1], p[2] == QLatin1String("claim"));
  }
  if (first == QLatin1String("declarations") && p.size() == 2 && method == M::Get) {
    if (!requireRole(x, *caller, {Role::Analyst, Role::Supervisor})) return;
    const std::optional<model::Declaration> d = store_.declaration(p[1]);
    const bool mine = caller->role == Role::Supervisor || store_.declarationOf(p[1], caller->user.id);
    if (!d || !mine)
      return x.problem(403, QStringLiteral("forbidden"), QStringLiteral("Forbidden"), QStringLiteral("declaration %1 is not of your jobs").arg(p[1]));
    return x.json(200, model::toJson(*d));
  }
  if (first == QLatin1String("scans") && (p.size() == 2 || (p.size() == 3 && p[2] == QLatin1String("file"))) && method == M::Get) {
    const std::optional<StoredScan> scan = store_.scan(p[1]);
    if (!scan || !mayReadScan(*caller, *scan))
      return x.problem(403, QStringLiteral("forbidden"), QStringLiteral("Forbidden"), QStringLiteral("scan %1 is not yours to read").arg(p[1]));
    if (p.size() == 2) return x.json(200, model::toJson(scan->ref));
    return sendScanFile(x, *scan);
  }
  if (first == QLatin1String("verdicts") && p.size() == 1 && method == M::Post) {
    if (!requireRole(x, *caller, {Role::Analyst})) return;
    return receiveVerdict(x, *caller);
  }
  if (first == QLatin1String("escalations") && p.size() == 1 && method == M::Post) {
    if (!requireRole(x, *caller, {Role::Analyst})) return;
    return Escalations(store_).receive(x, caller->user.id);
  }
  if (first == QLatin1String("review")) {
    if (!requireRole(x, *caller, {Role::Supervisor})) return;
    if (p == QStringList{QStringLiteral("review"), QStringLiteral("escalations")} && method == M::Get) return Escalations(store_).list(x);
    if (p == QStringList{QStringLiteral("review"), QStringLiteral("releases")} && method == M::Get) return JobReleases(store_).list(x);
    if (p == QStringList{QStringLiteral("review"), QStringLiteral("verdicts")} && method == M::Get) return listVerdicts(x);
    if (p.size() == 3 && p[1] == QLatin1String("verdicts") && method == M::Post) return review(x, *caller, p[2]);
  }
  if (first == QLatin1String("cases") && p.size() == 1 && method == M::Get) return listCases(x, *caller);
  if (first == QLatin1String("scanners") && p.size() == 1 && method == M::Get) {
    if (!requireRole(x, *caller, {Role::Supervisor, Role::Admin})) return;
    QList<model::Scanner> scanners = store_.scanners();
    const QList<model::ScannerProfile> profiles = ScannerProfiles(store_).all();
    for (model::Scanner& scanner : scanners)
      scanner.profile = model::findScannerProfile(profiles, scanner.id, {}).value_or(model::ScannerProfile());
    return x.json(200, model::toJson(model::ScannerList{scanners}));
  }
  if (first == QLatin1String("scanner-profiles")) {
    // Every role measures what it looks at; only an administrator says how a scanner measures.
    if (p.size() == 1 && method == M::Get) return ScannerProfiles(store_).list(x);
    if (p.size() == 2 && method == M::Put) {
      if (!requireRole(x, *caller, {Role::Admin})) return;
      return ScannerProfiles(store_).put(x, p[1]);
    }
  }
  if (first == QLatin1String("telemetry") && p.size() == 1 && method == M::Get) {
    if (!requireRole(x, *caller, {Role::Supervisor, Role::Admin})) return;
    const qint64 since = x.query(QStringLiteral("since")).toLongLong();
    const int limit = std::clamp(x.query(QStringLiteral("limit")).isEmpty() ? kPageLimit : x.query(QStringLiteral("limit")).toInt(), 1, kPageLimit);
    model::TelemetryPage page{store_.telemetrySince(since, limit), since};
    if (!page.events.isEmpty()) page.next = page.events.last().sequence;
    return x.json(200, model::toJson(page));
  }
  if (p == QStringList{QStringLiteral("audit"), QStringLiteral("anchors")} && method == M::Get) return listAnchors(x, *caller);
}

void CentralServer::listAnchors(HttpExchange& x, const Caller& caller) {
  // Supervisors and administrators audit every workstation; an analyst may fetch the anchors of
  // their own verdicts, so a workstation can check its chain for the analyst signed in.
  if (!requireRole(x, caller, {Role::Supervisor, Role::Admin, Role::Analyst})) return;
  const QString workstation = x.query(QStringLiteral("workstation"));
  static const QRegularExpression idPattern(QRegularExpression::anchoredPattern(model::kIdPattern));
  if (!workstation.isEmpty() && !idPattern.match(workstation).hasMatch())
    return x.problem(400, QStringLiteral("bad-request"), QStringLiteral("Bad request"), QStringLiteral("'%1' is not a workstation id").arg(workstation.left(64)),
                     QStringLiteral("workstation"));
  x.json(200, model::toJson(listAuditAnchors(store_, workstation, caller.role == Role::Analyst ? caller.user.id : QString())));
}

void CentralServer::listCases(HttpExchange& x, const Caller& caller) {
  const QString sinceText = x.query(QStringLiteral("since"));
  const QDateTime since = sinceText.isEmpty() ? QDateTime() : QDateTime::fromString(sinceText, Qt::ISODateWithMs);
  using model::CaseKind;
  const QList<CaseKind> kinds = seesExamQuestions(caller.role) ? QList<CaseKind>{CaseKind::StandardImage, CaseKind::SeizureCase, CaseKind::ExamQuestion}
                                                                      : QList<CaseKind>{CaseKind::StandardImage, CaseKind::SeizureCase};
  QList<model::Case> cases = store_.casesSince(since, kPageLimit, kinds);
  if (!seesExamAnswers(caller.role))
    for (model::Case& entry : cases)
      if (entry.kind == CaseKind::ExamQuestion) {
        entry.groundTruthDecision.reset();
        entry.groundTruthAnnotations.clear();
        entry.answerWithheld = true;
      }
  x.json(200, model::toJson(model::CasePage{cases, x.now()}));
}

void CentralServer::assignPending() {
  const QStringList analysts = store_.signedInAnalysts(clock_());
  if (analysts.isEmpty()) return;
  for (const QString& jobId : store_.unassignedJobs())
    store_.assign(jobId, analysts[static_cast<int>(dice_() % static_cast<unsigned>(analysts.size()))]);
}

void CentralServer::listJobs(HttpExchange& x, const Caller& caller) {
  const QJsonObject body = model::toJson(model::JobList{store_.jobsFor(caller.user.id)});
  const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
  const QByteArray etag = '"' + QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(32) + '"';
  if (x.header("If-None-Match") == etag) return x.empty(304, {{"ETag", etag}});
  x.reply(200, bytes, "application/json; charset=utf-8", {{"ETag", etag}});
}

void CentralServer::claimOrRelease(HttpExchange& x, const Caller& caller, const QString& jobId, bool claim) {
  const std::optional<model::Job> job = ownJob(x, caller, jobId);
  if (!job) return;
  if (job->status == model::JobStatus::Decided)
    return x.problem(409, QStringLiteral("decided"), QStringLiteral("Already decided"), QStringLiteral("job %1 has its verdict").arg(jobId));
  if (claim) {
    store_.setJobStatus(jobId, model::JobStatus::InProgress);
    return x.json(200, {{QStringLiteral("job"), model::toJson(*store_.job(jobId))}});
  }
  // Given back, with the analyst's reason: to another analyst signed in now, at random; with
  // nobody else there it waits, unassigned, for the next sign-in rather than going straight back.
  const std::optional<model::JobRelease> release = JobReleases::read(x);
  if (!release) return;
  QStringList others = store_.signedInAnalysts(clock_());
  others.removeAll(caller.user.id);
  Transaction transaction(store_.database(), store_.path());
  JobReleases(store_).record(jobId, caller.user.id, *release, x.now());
  store_.assign(jobId, others.isEmpty() ? QString() : others[static_cast<int>(dice_() % static_cast<unsigned>(others.size()))]);
  transaction.commit(store_.path());
  x.empty(204);
}

void CentralServer::sendScanFile(HttpExchange& x, const StoredScan& scan) {
  if (transfers_ >= maxTransfers_)
    return x.problem(503, QStringLiteral("busy"), QStringLiteral("Busy"), QStringLiteral("%1 scan files are being sent; try again shortly").arg(transfers_),
                     {}, {{"Retry-After", "1"}});
  // Files are served where they were imported: what stands there now must still be that scan's
  // file — never a link put in its place, never a file of another size.
  const QFileInfo info(scan.path);
  if (info.isSymLink() || !info.isFile() || info.size() != scan.ref.sizeBytes)
    return internalError(x, QStringLiteral("scan %1: %2 is no longer the file imported (a link, missing, or %3 bytes instead of %4)")
                                .arg(scan.ref.id, scan.path)
                                .arg(info.size())
                                .arg(scan.ref.sizeBytes));
  auto file = std::make_unique<QFile>(scan.path);
  if (!file->open(QIODevice::ReadOnly)) return internalError(x, QStringLiteral("scan %1: %2: %3").arg(scan.ref.id, scan.path, file->errorString()));
  const qint64 size = file->size();
  const QByteArray etag = '"' + scan.ref.sha256.toLatin1() + '"';
  const QByteArray ifRange = x.header("If-Range");
  const ByteRange range = ifRange.isEmpty() || ifRange == etag ? parseByteRange(x.header("Range").toStdString(), size) : ByteRange{};
  if (range.kind == ByteRange::Unsatisfiable)
    return x.reply(416, {}, {}, {{"Content-Range", "bytes */" + QByteArray::number(size)}, {"ETag", etag}});
  const bool partial = range.kind == ByteRange::Part;
  const qint64 from = partial ? range.first : 0;
  const qint64 to = partial ? range.last : size - 1;
  HttpExchange::Headers headers{{"ETag", etag}, {"Accept-Ranges", "bytes"}};
  if (partial) headers.append({"Content-Range", "bytes " + QByteArray::number(from) + '-' + QByteArray::number(to) + '/' + QByteArray::number(size)});
  if (QObject* transfer = x.file(partial ? 206 : 200, std::move(file), from, to - from + 1, "application/octet-stream", headers)) {
    ++transfers_;
    connect(transfer, &QObject::destroyed, this, [this] { --transfers_; });
  }
}

void CentralServer::receiveVerdict(HttpExchange& x, const Caller& caller) {
  const std::optional<QString> idempotencyKey = x.idempotencyKey(QStringLiteral("the verdict's"));
  if (!idempotencyKey) return;
  const QString& key = *idempotencyKey;
  const model::Decoded<model::Verdict> verdict = model::decodeVerdict(x.request().body());
  if (!verdict.ok())
    return x.problem(400, QStringLiteral("invalid-document"), QStringLiteral("Invalid verdict"), verdict.error.toString(), verdict.error.field);
  if (verdict.value->analyst != caller.user.id)
    return x.problem(403, QStringLiteral("forbidden"), QStringLiteral("Forbidden"), QStringLiteral("a verdict is submitted by its own analyst"), QStringLiteral("analyst"));
  const VerdictReceipt receipt = store_.receiveVerdict(*verdict.value, key, x.now());
  const QJsonObject body = model::toJson(model::VerdictReceiptDocument{receipt.verdictId, receipt.receivedAt});
  switch (receipt.outcome) {
    case VerdictReceipt::Stored: return x.json(201, body);
    case VerdictReceipt::Replayed: return x.json(200, body);
    case VerdictReceipt::KeyReused:
      return x.problem(422, QStringLiteral("key-reused"), QStringLiteral("Idempotency key reused"), QStringLiteral("this key was sent with another verdict"));
    case VerdictReceipt::AlreadyDecided:
      return x.problem(409, QStringLiteral("decided"), QStringLiteral("Already decided"),
                       QStringLiteral("job %1 has verdict %2; a new one must supersede it").arg(verdict.value->jobId, receipt.verdictId));
    case VerdictReceipt::NotYours:
      return x.problem(403, QStringLiteral("forbidden"), QStringLiteral("Forbidden"), QStringLiteral("job %1 is not assigned to you").arg(verdict.value->jobId));
  }
}

void CentralServer::listVerdicts(HttpExchange& x) {
  QJsonArray items;
  qint64 next = x.query(QStringLiteral("since")).toLongLong();
  for (const StoredVerdict& v : store_.verdictsSince(next, kPageLimit)) {
    QJsonObject item{{QStringLiteral("cursor"), static_cast<double>(v.cursor)}, {QStringLiteral("verdict"), model::toJson(v.verdict)},
                     {QStringLiteral("receivedAt"), model::timestampToString(v.receivedAt)}};
    if (!v.review.isEmpty()) item.insert(QStringLiteral("review"), v.review);
    items.append(item);
    next = v.cursor;
  }
  x.json(200, {{QStringLiteral("verdicts"), items}, {QStringLiteral("next"), static_cast<double>(next)}});
}

void CentralServer::review(HttpExchange& x, const Caller& caller, const QString& verdictId) {
  const std::optional<StoredVerdict> v = store_.verdict(verdictId);
  if (!v) return x.problem(404, QStringLiteral("not-found"), QStringLiteral("Not found"), QStringLiteral("no verdict %1").arg(verdictId));
  if (!v->review.isEmpty()) return x.problem(409, QStringLiteral("reviewed"), QStringLiteral("Already reviewed"), QStringLiteral("verdict %1 has its review").arg(verdictId));
  const model::Decoded<model::ReviewRequest> request = model::decodeReviewRequest(x.request().body());
  if (!request.ok())
    return x.problem(400, QStringLiteral("invalid-document"), QStringLiteral("Invalid review"), request.error.toString(), request.error.field);
  QJsonObject review = model::toJson(*request.value);
  review.insert(QStringLiteral("supervisor"), caller.user.id);
  review.insert(QStringLiteral("at"), model::timestampToString(x.now()));
  store_.saveReview(verdictId, review);
  x.json(200, review);
}

}  // namespace cip::server

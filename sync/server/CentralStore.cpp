#include "sync/server/CentralStore.h"

#include "sync/server/ServerLog.h"
#include "sync/server/StoreSql.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace cip::server {

namespace {

// Numbered migrations; PRAGMA user_version records the last one applied.
constexpr const char* kMigrations[] = {
    // 1: users, sessions, jobs, declarations, scans, verdicts, reviews, cases, scanners, telemetry
    R"sql(
CREATE TABLE users (id TEXT PRIMARY KEY, document TEXT NOT NULL, salt BLOB NOT NULL, password_hash BLOB NOT NULL);
CREATE TABLE sessions (token TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id), role TEXT NOT NULL, expires_at TEXT NOT NULL);
CREATE TABLE declarations (id TEXT PRIMARY KEY, document TEXT NOT NULL);
CREATE TABLE jobs (id TEXT PRIMARY KEY, document TEXT NOT NULL, declaration_id TEXT NOT NULL REFERENCES declarations(id),
                   assigned_to TEXT, status TEXT NOT NULL, deadline TEXT NOT NULL);
CREATE INDEX jobs_assigned ON jobs(assigned_to, status);
CREATE INDEX jobs_declaration ON jobs(declaration_id);
CREATE TABLE cases (id TEXT PRIMARY KEY, document TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE TABLE scans (id TEXT PRIMARY KEY, document TEXT NOT NULL, path TEXT NOT NULL,
                    job_id TEXT REFERENCES jobs(id), case_id TEXT REFERENCES cases(id));
CREATE TABLE verdicts (cursor INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, job_id TEXT NOT NULL REFERENCES jobs(id),
                       idempotency_key TEXT NOT NULL UNIQUE, body_hash TEXT NOT NULL, document TEXT NOT NULL, received_at TEXT NOT NULL,
                       review TEXT);
CREATE INDEX verdicts_job ON verdicts(job_id);
CREATE TABLE scanners (id TEXT PRIMARY KEY, document TEXT NOT NULL);
CREATE TABLE telemetry (sequence INTEGER PRIMARY KEY AUTOINCREMENT, scanner_id TEXT NOT NULL, document TEXT NOT NULL);
)sql",
    // 2: scanner credentials (a hash of the secret only; what provisioning pinned), the keys of
    // telemetry batches already stored, and verdicts found by the audit anchor they carry
    R"sql(
CREATE TABLE scanner_credentials (scanner_id TEXT PRIMARY KEY, secret_hash TEXT NOT NULL UNIQUE, model TEXT, site TEXT, kind TEXT,
                                  created_at TEXT NOT NULL, disabled_at TEXT);
CREATE TABLE telemetry_batches (scanner_id TEXT NOT NULL REFERENCES scanner_credentials(scanner_id), idempotency_key TEXT NOT NULL,
                                body_hash TEXT NOT NULL, first_sequence INTEGER NOT NULL, last_sequence INTEGER NOT NULL, received_at TEXT NOT NULL,
                                PRIMARY KEY (scanner_id, idempotency_key));
CREATE INDEX telemetry_batches_received ON telemetry_batches(received_at);
CREATE INDEX verdicts_audit_head ON verdicts(json_extract(document, '$.auditHead.workstation'), json_extract(document, '$.auditHead.sequence'));
)sql",
    // 3: users' PBKDF2 iteration counts (every hash so far was made with 20,000), disabled
    // accounts and last sign-in; sessions kept as the SHA-256 of their token only (tokens issued
    // before are void: everyone signs in again)
    R"sql(
ALTER TABLE users ADD COLUMN iterations INTEGER NOT NULL DEFAULT 20000;
ALTER TABLE users ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN last_sign_in TEXT;
DROP TABLE sessions;
CREATE TABLE sessions (token_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id), role TEXT NOT NULL, expires_at TEXT NOT NULL);
CREATE INDEX sessions_expiry ON sessions(expires_at);
CREATE INDEX sessions_user ON sessions(user_id);
)sql",
    // 4: refused verdicts their analysts handed to supervisors, with the central system's reason
    // and the analyst's note, kept by idempotency key like verdicts
    R"sql(
CREATE TABLE escalations (cursor INTEGER PRIMARY KEY AUTOINCREMENT, idempotency_key TEXT NOT NULL UNIQUE, body_hash TEXT NOT NULL,
                          analyst TEXT NOT NULL, job_id TEXT NOT NULL, verdict_id TEXT NOT NULL, document TEXT NOT NULL,
                          received_at TEXT NOT NULL);
CREATE INDEX escalations_job ON escalations(job_id);
)sql",
    // 5: why analysts gave jobs back, for supervisors
    R"sql(
CREATE TABLE job_releases (cursor INTEGER PRIMARY KEY AUTOINCREMENT, job_id TEXT NOT NULL REFERENCES jobs(id), analyst TEXT NOT NULL,
                           reason TEXT NOT NULL, note TEXT NOT NULL, released_at TEXT NOT NULL);
CREATE INDEX job_releases_job ON job_releases(job_id);
)sql",
    // 6: the centre's profile of each scanner (pixel pitch, energies, calibration), kept apart from
    // the description a scanner sends of itself
    R"sql(
CREATE TABLE scanner_profiles (scanner_id TEXT PRIMARY KEY, document TEXT NOT NULL);
)sql",
};

QJsonObject objectOf(const QString& json) { return QJsonDocument::fromJson(json.toUtf8()).object(); }

template <class T, class Read>
T decodeOrThrow(const QString& json, Read read, const QString& where) {
  model::Decoded<T> decoded = model::decodeDocument<T>(json.toUtf8(), read);
  if (!decoded.ok()) throw CentralStoreError(QStringLiteral("%1 is damaged: %2").arg(where, decoded.error.toString()));
  return std::move(*decoded.value);
}

}  // namespace

CentralStore::CentralStore(const QString& path) : connection_(QUuid::createUuid().toString()), path_(path) {
  QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection_);
  database.setDatabaseName(path);
  if (!database.open()) throw CentralStoreError(QStringLiteral("%1: cannot be opened: %2").arg(path, database.lastError().text()));
  QSqlQuery pragma(database);
  for (const char* statement : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=5000"})
    pragma.exec(QString::fromLatin1(statement));
  migrate();
}

CentralStore::~CentralStore() {
  { QSqlDatabase::database(connection_).close(); }
  QSqlDatabase::removeDatabase(connection_);
}

QSqlDatabase CentralStore::db() const { return QSqlDatabase::database(connection_); }

void CentralStore::migrate() {
  QSqlQuery version = runSql(db(), path_, QStringLiteral("PRAGMA user_version"));
  const int current = version.next() ? version.value(0).toInt() : 0;
  version.finish();  // an open statement would lock the tables a migration drops
  const int latest = static_cast<int>(std::size(kMigrations));
  if (current > latest) throw CentralStoreError(QStringLiteral("%1: schema %2 is newer than this server knows (%3)").arg(path_).arg(current).arg(latest));
  for (int v = current + 1; v <= latest; ++v) {
    Transaction transaction(db(), path_);
    for (const QString& statement : QString::fromLatin1(kMigrations[v - 1]).split(QLatin1Char(';'), Qt::SkipEmptyParts))
      if (!statement.trimmed().isEmpty()) runSql(db(), path_, statement);
    runSql(db(), path_, QStringLiteral("PRAGMA user_version=%1").arg(v));
    transaction.commit(path_);
    qCInfo(lcServer) << path_ << "migrated to schema" << v;
  }
}

// Users and sessions: CentralStoreUsers.cpp.

void CentralStore::saveJob(const model::Job& job, const model::Declaration& declaration, const QStringList& scanPaths) {
  Transaction transaction(db(), path_);
  runSql(db(), path_, QStringLiteral("INSERT INTO declarations (id, document) VALUES (?,?) ON CONFLICT(id) DO UPDATE SET document=excluded.document"),
         {declaration.id, jsonText(model::toJson(declaration))});
  runSql(db(), path_,
         QStringLiteral("INSERT INTO jobs (id, document, declaration_id, assigned_to, status, deadline) VALUES (?,?,?,?,?,?) "
                        "ON CONFLICT(id) DO UPDATE SET document=excluded.document, deadline=excluded.deadline"),
         {job.id, jsonText(model::toJson(job)), job.declarationId, job.assignedTo.isEmpty() ? QVariant() : QVariant(job.assignedTo),
          model::jobStatusToString(job.status), model::timestampToString(job.deadline)});
  for (int i = 0; i < job.scans.size(); ++i)
    runSql(db(), path_,
           QStringLiteral("INSERT INTO scans (id, document, path, job_id) VALUES (?,?,?,?) ON CONFLICT(id) DO UPDATE SET "
                          "document=excluded.document, path=excluded.path, job_id=excluded.job_id"),
           {job.scans[i].id, jsonText(model::toJson(job.scans[i])), scanPaths.value(i), job.id});
  transaction.commit(path_);
}

std::optional<model::Job> CentralStore::job(const QString& id) const {
  QSqlQuery query = runSql(db(), path_, QStringLiteral("SELECT document, assigned_to, status FROM jobs WHERE id=?"), {id});
  if (!query.next()) return std::nullopt;
  model::Job job = decodeOrThrow<model::Job>(query.value(0).toString(), model::readJob, QStringLiteral("jobs.document of %1").arg(id));
  job.assignedTo = query.value(1).toString();
  if (auto status = model::enumFromString(model::kJobStatusNames, query.value(2).toString())) job.status = *status;
  return job;
}

QList<model::Job> CentralStore::jobsFor(const QString& analyst) const {
  QSqlQuery query = runSql(db(), path_, QStringLiteral("SELECT id FROM jobs WHERE assigned_to=? AND status IN ('assigned','in-progress') ORDER BY deadline"),
                           {analyst});
  QStringList ids;
  while (query.next()) ids << query.value(0).toString();
  QList<model::Job> jobs;
  for (const QString& id : ids)
    if (auto j = job(id)) jobs << *j;
  return jobs;
}

QStringList CentralStore::unassignedJobs() const {
  QSqlQuery query = runSql(db(), path_, QStringLiteral("SELECT id FROM jobs WHERE assigned_to IS NULL AND status='assigned' ORDER BY deadline"));
  QStringList ids;
  while (query.next()) ids << query.value(0).toString();
  return ids;
}

void CentralStore::assign(const QString& jobId, const QString& analyst) {
  runSql(db(), path_, QStringLiteral("UPDATE jobs SET assigned_to=?, status='assigned' WHERE id=?"),
         {analyst.isEmpty() ? QVariant() : QVariant(analyst), jobId});
}

void CentralStore::setJobStatus(const QString& jobId, model::JobStatus status) {
  runSql(db(), path_, QStringLiteral("UPDATE jobs SET status=? WHERE id=?"), {model::jobStatusToString(status), jobId});
}

std::optional<model::Declaration> CentralStore::declaration(const QString& id) const {
  QSqlQuery query = runSql(db(), path_, QStringLiteral("SELECT document FROM declarations WHERE id=?"), {id});
  if (!query.next()) return std::nullopt;
  return decodeOrThrow<model::Declaration>(query.value(0).toString(), model::readDeclaration, QStringLiteral("declaration %1").arg(id));
}

bool CentralStore::declarationOf(const QString& id, const QString& analyst) const {
  QSqlQuery query = runSql(db(), path_, QStringLiteral("SELECT 1 FROM jobs WHERE declaration_id=? AND assigned_to=? LIMIT 1"), {id, analyst});
  return query.next();
}

std::optional<StoredScan> CentralStore::scan(const QString& id) const {
  QSqlQuery query = runSql(db(), path_, QStringLiteral("SELECT document, path, job_id, case_id FROM scans WHERE id=?"), {id});
  if (!query.next()) return std::nullopt;
  StoredScan s;
  s.ref = decodeOrThrow<model::ScanRef>(query.value(0).toString(), model::readScanRef, QStringLiteral("scan %1").arg(id));
  s.path = query.value(1).toString();
  s.jobId = query.value(2).toString();
  s.caseId = query.value(3).toString();
  return s;
}

VerdictReceipt CentralStore::receiveVerdict(const model::Verdict& verdict, const QString& key, const QDateTime& now) {
  const QString bodyHash = QString::fromLatin1(QCryptographicHash::hash(model::toCompactJson(model::toJson(verdict)), QCryptographicHash::Sha256).toHex());
  Transaction transaction(db(), path_);
  QSqlQuery seen = runSql(db(), path_, QStringLiteral("SELECT id, body_hash, received_at, cursor FROM verdicts WHERE idempotency_key=?"), {key});
  if (seen.next()) {
    VerdictReceipt receipt{seen.value(1).toString() == bodyHash ? VerdictReceipt::Replayed : VerdictReceipt::KeyReused, seen.value(0).toString(),
                           QDateTime::fromString(seen.value(2).toString(), Qt::ISODateWithMs), seen.value(3).toLongLong()};
    return receipt;
  }
  QSqlQuery owner = runSql(db(), path_, QStringLiteral("SELECT assigned_to FROM jobs WHERE id=?"), {verdict.jobId});
  if (!owner.next() || owner.value(0).toString() != verdict.analyst) return {VerdictReceipt::NotYours, {}, {}, 0};
  QSqlQuery decided = runSql(db(), path_,
                             QStringLiteral("SELECT id FROM verdicts WHERE job_id=? AND id NOT IN (SELECT json_extract(document,'$.supersedes') FROM verdicts "
                                            "WHERE json_extract(document,'$.supersedes') <> '')"),
                             {verdict.jobId});
  while (decided.next())
    if (decided.value(0).toString() != verdict.supersedes) return {VerdictReceipt::AlreadyDecided, decided.value(0).toString(), {}, 0};
  QSqlQuery inserted = runSql(db(), path_,
                              QStringLiteral("INSERT INTO verdicts (id, job_id, idempotency_key, body_hash, document, received_at) VALUES (?,?,?,?,?,?)"),
                              {verdict.id, verdict.jobId, key, bodyHash, jsonText(model::toJson(verdict)), model::timestampToString(now)});
  const qint64 cursor = inserted.lastInsertId().toLongLong();
  runSql(db(), path_, QStringLiteral("UPDATE jobs SET status='decided' WHERE id=?"), {verdict.jobId});
  transaction.commit(path_);
  return {VerdictReceipt::Stored, verdict.id, now, cursor};
}

QList<StoredVerdict> CentralStore::verdictsSince(qint64 cursor, int limit) const {
  QSqlQuery query = runSql(db(), path_, QStringLiteral("SELECT cursor, document, received_at, review FROM verdicts WHERE cursor>? ORDER BY cursor LIMIT ?"),
                           {cursor, limit});
  QList<StoredVerdict> out;
  while (query.next())
    out.push_back({query.value(0).toLongLong(), decodeOrThrow<model::Verdict>(query.value(1).toString(), model::readVerdict, QStringLiteral("a verdict")),
                   QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs), objectOf(query.value(3).toString())});
  return out;
}

std::optional<StoredVerdict> CentralStore::verdict(const QString& id) const {
  QSqlQuery query = runSql(db(), path_, QStringLiteral("SELECT cursor, document, received_at, review FROM verdicts WHERE id=?"), {id});
  if (!query.next()) return std::nullopt;
  return StoredVerdict{query.value(0).toLongLong(), decodeOrThrow<model::Verdict>(query.value(1).toString(), model::readVerdict, id),
                       QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs), objectOf(query.value(3).toString())};
}

void CentralStore::saveReview(const QString& verdictId, const QJsonObject& review) {
  runSql(db(), path_, QStringLiteral("UPDATE verdicts SET review=? WHERE id=?"), {jsonText(review), verdictId});
}

int CentralStore::verdictCount() const {
  QSqlQuery query = runSql(db(), path_, QStringLiteral("SELECT count(*) FROM verdicts"));
  return query.next() ? query.value(0).toInt() : 0;
}

void CentralStore::saveCase(const model::Case& entry, const QStringList& scanPaths, const QDateTime& at) {
  Transaction transaction(db(), path_);
  runSql(db(), path_,
         QStringLiteral("INSERT INTO cases (id, document, updated_at) VALUES (?,?,?) ON CONFLICT(id) DO UPDATE SET document=excluded.document, "
                        "updated_at=excluded.updated_at"),
         {entry.id, jsonText(model::toJson(entry)), model::timestampToString(at)});
  for (int i = 0; i < entry.scans.size(); ++i)
    runSql(db(), path_,
           QStringLiteral("INSERT INTO scans (id, document, path, case_id) VALUES (?,?,?,?) ON CONFLICT(id) DO UPDATE SET document=excluded.document, "
                          "path=excluded.path, case_id=excluded.case_id"),
           {entry.scans[i].id, jsonText(model::toJson(entry.scans[i])), scanPaths.value(i), entry.id});
  transaction.commit(path_);
}

std::optional<model::Case> CentralStore::caseEntry(const QString& id) const {
  QSqlQuery query = runSql(db(), path_, QStringLiteral("SELECT document FROM cases WHERE id=?"), {id});
  if (!query.next()) return std::nullopt;
  return decodeOrThrow<model::Case>(query.value(0).toString(), model::readCase, QStringLiteral("case %1").arg(id));
}

QList<model::Case> CentralStore::casesSince(const QDateTime& since, int limit, const QList<model::CaseKind>& kinds) const {
  // An invalid `since` means everything (a null would compare as unknown and select nothing).
  const QString from = since.isValid() ? model::timestampToString(since) : QStringLiteral("0000");
  QJsonArray names;
  for (model::CaseKind kind : kinds) names.append(model::enumToString(model::kCaseKindNames, kind));
  QSqlQuery query = runSql(db(), path_,
                           QStringLiteral("SELECT document FROM cases WHERE updated_at>? AND json_extract(document, '$.kind') IN (SELECT value FROM json_each(?)) "
                                          "ORDER BY updated_at, id LIMIT ?"),
                           {from, QString::fromUtf8(QJsonDocument(names).toJson(QJsonDocument::Compact)), limit});
  QList<model::Case> out;
  while (query.next()) out << decodeOrThrow<model::Case>(query.value(0).toString(), model::readCase, QStringLiteral("a case"));
  return out;
}

void CentralStore::saveScanner(const model::Scanner& scanner) {
  runSql(db(), path_, QStringLiteral("INSERT INTO scanners (id, document) VALUES (?,?) ON CONFLICT(id) DO UPDATE SET document=excluded.document"),
         {scanner.id, jsonText(model::toJson(scanner))});
}

QList<model::Scanner> CentralStore::scanners() const {
  QSqlQuery query = runSql(db(), path_, QStringLiteral("SELECT document FROM scanners ORDER BY id"));
  QList<model::Scanner> out;
  while (query.next()) out << decodeOrThrow<model::Scanner>(query.value(0).toString(), model::readScanner, QStringLiteral("a scanner"));
  return out;
}

qint64 CentralStore::addTelemetry(const model::TelemetryEvent& event) {
  model::TelemetryEvent stored = event;
  stored.sequence = 1;  // the row id replaces it; the document must decode on its own
  QSqlQuery query = runSql(db(), path_, QStringLiteral("INSERT INTO telemetry (scanner_id, document) VALUES (?,?)"),
                           {event.scannerId, jsonText(model::toJson(stored))});
  return query.lastInsertId().toLongLong();
}

QList<model::TelemetryEvent> CentralStore::telemetrySince(qint64 sequence, int limit) const {
  QSqlQuery query = runSql(db(), path_, QStringLiteral("SELECT sequence, document FROM telemetry WHERE sequence>? ORDER BY sequence LIMIT ?"),
                           {sequence, limit});
  QList<model::TelemetryEvent> out;
  while (query.next()) {
    model::TelemetryEvent e = decodeOrThrow<model::TelemetryEvent>(query.value(1).toString(), model::readTelemetryEvent, QStringLiteral("telemetry"));
    e.sequence = query.value(0).toLongLong();
    out << e;
  }
  return out;
}

}  // namespace cip::server

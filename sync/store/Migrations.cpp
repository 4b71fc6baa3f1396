#include "sync/store/Migrations.h"

#include "sync/store/StoreLog.h"

#include <iterator>

namespace cip::store {

namespace {

struct Migration {
  int version;
  const char* description;
  const char* sql;
};

// 1: the workstation's working set: jobs with their scans, declarations with goods lines,
//    annotations and verdicts. Submitted verdicts are immutable.
constexpr const char* kMigration1 = R"sql(
CREATE TABLE declarations (
  id TEXT PRIMARY KEY,
  number TEXT NOT NULL,
  lodged_at TEXT NOT NULL,
  declarant TEXT NOT NULL,          -- JSON party
  consignee TEXT NOT NULL,          -- JSON party
  origin_country TEXT NOT NULL,
  destination_country TEXT NOT NULL,
  port_of_entry TEXT,
  container_numbers TEXT NOT NULL,  -- JSON array
  seal_numbers TEXT NOT NULL,       -- JSON array
  transport_mode TEXT NOT NULL,
  transport_means TEXT NOT NULL,
  transport_voyage TEXT,
  declared_empty INTEGER NOT NULL CHECK (declared_empty IN (0, 1))
);
CREATE TABLE goods_items (
  declaration_id TEXT NOT NULL REFERENCES declarations(id) ON DELETE CASCADE,
  line INTEGER NOT NULL CHECK (line > 0),
  hs_code TEXT NOT NULL,
  description TEXT NOT NULL,
  quantity REAL NOT NULL,
  unit TEXT NOT NULL,
  gross_kg REAL NOT NULL,
  net_kg REAL NOT NULL,
  value REAL NOT NULL,
  currency TEXT NOT NULL,
  PRIMARY KEY (declaration_id, line)
);
CREATE INDEX goods_items_hs_code ON goods_items(hs_code);
CREATE TABLE jobs (
  id TEXT PRIMARY KEY,
  priority INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 5),
  status TEXT NOT NULL,
  created_at TEXT NOT NULL,
  deadline TEXT NOT NULL,
  scanner_id TEXT NOT NULL,
  port TEXT NOT NULL,
  assigned_to TEXT,
  declaration_id TEXT NOT NULL,
  container_numbers TEXT NOT NULL   -- JSON array, as read at the scanner
);
CREATE INDEX jobs_queue ON jobs(status, priority, deadline);
CREATE TABLE scans (
  id TEXT PRIMARY KEY,
  job_id TEXT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
  file_name TEXT NOT NULL,
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  size_bytes INTEGER NOT NULL CHECK (size_bytes > 0),
  modality TEXT NOT NULL,
  scanner_id TEXT NOT NULL,
  acquired_at TEXT NOT NULL,
  local_path TEXT                   -- set only once the file is downloaded and its SHA-256 verified
);
CREATE INDEX scans_job ON scans(job_id);
CREATE TABLE verdicts (
  id TEXT PRIMARY KEY,
  job_id TEXT NOT NULL REFERENCES jobs(id),
  decision TEXT NOT NULL,
  analyst TEXT NOT NULL,
  opened_at TEXT NOT NULL,
  submitted_at TEXT NOT NULL,
  supersedes TEXT REFERENCES verdicts(id),
  document TEXT NOT NULL            -- the verdict exactly as submitted (JSON)
);
CREATE INDEX verdicts_job ON verdicts(job_id);
CREATE TRIGGER verdicts_are_final BEFORE UPDATE ON verdicts
BEGIN SELECT RAISE(ABORT, 'a submitted verdict is final; submit a superseding verdict'); END;
CREATE TABLE annotations (
  id TEXT PRIMARY KEY,
  job_id TEXT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
  scan_id TEXT NOT NULL,
  verdict_id TEXT REFERENCES verdicts(id),  -- set when submitted with a verdict; then frozen
  document TEXT NOT NULL,           -- the annotation (JSON)
  updated_at TEXT NOT NULL
);
CREATE INDEX annotations_job ON annotations(job_id);
)sql";

// 2: the verdict outbox (what must still reach the central system), the hash-chained audit log,
//    and when the analyst opened each job (verdict timings).
constexpr const char* kMigration2 = R"sql(
CREATE TABLE verdict_outbox (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  verdict_id TEXT NOT NULL UNIQUE REFERENCES verdicts(id),
  idempotency_key TEXT NOT NULL UNIQUE,
  payload TEXT NOT NULL,
  created_at TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  last_error TEXT,
  sent_at TEXT
);
CREATE INDEX verdict_outbox_due ON verdict_outbox(sent_at, next_attempt_at);
CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  details TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
ALTER TABLE jobs ADD COLUMN opened_at TEXT;
)sql";

// 3: the case library (reference images, seizure cases, exam questions), found by HS code.
constexpr const char* kMigration3 = R"sql(
CREATE TABLE cases (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  title TEXT NOT NULL,
  document TEXT NOT NULL,           -- the case as received (JSON)
  updated_at TEXT NOT NULL
);
CREATE TABLE case_hs_codes (
  case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  hs_code TEXT NOT NULL,
  PRIMARY KEY (case_id, hs_code)
);
CREATE INDEX case_hs_codes_code ON case_hs_codes(hs_code);
CREATE TABLE case_scans (
  scan_id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  sha256 TEXT NOT NULL,
  local_path TEXT                   -- set once the file is here and verified
);
)sql";

// 4: the scanners supervisors watch and their telemetry, in the central system's sequence.
constexpr const char* kMigration4 = R"sql(
CREATE TABLE scanners (
  id TEXT PRIMARY KEY,
  document TEXT NOT NULL            -- the scanner as received (JSON)
);
CREATE TABLE telemetry_events (
  sequence INTEGER PRIMARY KEY,     -- the central system's cursor: never repeated
  scanner_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  at TEXT NOT NULL,
  count INTEGER NOT NULL,
  detail TEXT NOT NULL
);
CREATE INDEX telemetry_events_at ON telemetry_events(at);
CREATE INDEX telemetry_events_scanner_kind ON telemetry_events(scanner_id, kind, at);
)sql";

// 5: whose data is whose, and nothing silently lost. The workstation's own identity (audit
//    anchors name it); the users who signed in here online, with a slow salted hash of their
//    password and the roles last granted (offline sign-in); each session and how it was
//    verified; verdicts the server refused and what became of them; jobs the server withdrew;
//    claims and releases still to reach the server; which user received each case; when each
//    cached scan was last used (least-recently-used eviction).
constexpr const char* kMigration5 = R"sql(
CREATE TABLE workstation (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
INSERT INTO workstation (key, value) VALUES ('id', 'ws-' || lower(hex(randomblob(8))));
CREATE TRIGGER workstation_no_update BEFORE UPDATE ON workstation
BEGIN SELECT RAISE(ABORT, 'the workstation''s identity never changes'); END;
CREATE TRIGGER workstation_no_delete BEFORE DELETE ON workstation
BEGIN SELECT RAISE(ABORT, 'the workstation''s identity never changes'); END;
CREATE TABLE local_users (
  id TEXT PRIMARY KEY,
  display_name TEXT NOT NULL,
  roles TEXT NOT NULL,              -- JSON array: the roles the central system granted last time
  salt TEXT NOT NULL,               -- hex
  password_hash TEXT NOT NULL,      -- PBKDF2-HMAC-SHA256 of the password, hex
  iterations INTEGER NOT NULL CHECK (iterations >= 100000),
  confirmed_at TEXT NOT NULL        -- the last online sign-in
);
CREATE TABLE sessions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  user_id TEXT NOT NULL,
  role TEXT NOT NULL,
  verification TEXT NOT NULL CHECK (verification IN ('online', 'offline')),
  started_at TEXT NOT NULL,
  ended_at TEXT,
  confirmed_at TEXT                 -- an offline session, once the central system confirmed the user
);
CREATE INDEX sessions_user ON sessions(user_id);
ALTER TABLE verdict_outbox ADD COLUMN session_id INTEGER REFERENCES sessions(id);
ALTER TABLE verdict_outbox ADD COLUMN refused_at TEXT;
ALTER TABLE verdict_outbox ADD COLUMN resolved_at TEXT;
ALTER TABLE verdict_outbox ADD COLUMN resolution TEXT;        -- 'decided-again' or 'handed-to-supervisor'
ALTER TABLE verdict_outbox ADD COLUMN resolution_note TEXT;   -- the analyst's words to the supervisor
ALTER TABLE verdict_outbox ADD COLUMN escalated_at TEXT;      -- when the central system took the hand-over
-- rows an earlier version parked for good after a refusal become refused verdicts to deal with
UPDATE verdict_outbox SET refused_at = created_at WHERE sent_at IS NULL AND next_attempt_at >= '9999';
ALTER TABLE jobs ADD COLUMN withdrawn_at TEXT;
ALTER TABLE jobs ADD COLUMN pending_call TEXT CHECK (pending_call IN ('claim', 'release'));
CREATE INDEX jobs_assigned ON jobs(assigned_to, status);
CREATE TABLE case_recipients (
  case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  user_id TEXT NOT NULL,
  PRIMARY KEY (case_id, user_id)
);
ALTER TABLE scans ADD COLUMN used_at TEXT;
ALTER TABLE case_scans ADD COLUMN used_at TEXT;
)sql";

// 6: an analyst's own verdicts found without reading the others' (My verdicts: newest first, by
//    date or by decision), and the verdict that superseded one found without a scan of them all.
constexpr const char* kMigration6 = R"sql(
CREATE INDEX verdicts_analyst_submitted ON verdicts(analyst, submitted_at, id);
CREATE INDEX verdicts_analyst_decision ON verdicts(analyst, decision, submitted_at, id);
CREATE INDEX verdicts_supersedes ON verdicts(supersedes);
)sql";

// 7: the reason given with a job given back, kept with the pending release until the central
// system has it. Releases recorded before the workstation asked for one say so.
constexpr const char* kMigration7 = R"sql(
ALTER TABLE jobs ADD COLUMN release_body TEXT;
UPDATE jobs SET release_body = '{"reason":"other","note":"given back before the workstation asked for a reason"}'
  WHERE pending_call = 'release';
)sql";

// 8: the centre's scanner profiles (pixel pitch, energies, calibration), which every role's
//    viewer measures and colours scans with.
constexpr const char* kMigration8 = R"sql(
CREATE TABLE scanner_profiles (scanner_id TEXT PRIMARY KEY, document TEXT NOT NULL);
)sql";

constexpr Migration kMigrations[] = {
    {1, "jobs, scans, declarations, annotations, verdicts", kMigration1},
    {2, "verdict outbox, audit log, job opening time", kMigration2},
    {3, "case library", kMigration3},
    {4, "scanners and telemetry", kMigration4},
    {5, "workstation identity, local users and sessions, refused verdicts, withdrawn jobs, case recipients, cache use", kMigration5},
    {6, "verdicts by analyst, submission time and decision, superseding verdicts", kMigration6},
    {7, "reasons of jobs given back", kMigration7},
    {8, "scanner profiles", kMigration8},
};

}  // namespace

int latestSchemaVersion() { return std::end(kMigrations)[-1].version; }

void migrate(Database& db, int targetVersion) {
  const int latest = latestSchemaVersion();
  if (targetVersion < 0) targetVersion = latest;
  const int current = db.userVersion();
  if (current > latest)
    throw StoreError(QStringLiteral("%1: schema version %2 is newer than this program knows (%3); "
                                    "use a newer CIP Workstation")
                         .arg(db.path()).arg(current).arg(latest));
  for (const Migration& migration : kMigrations) {
    if (migration.version <= current || migration.version > targetVersion) continue;
    Transaction transaction(db);
    db.execScript(migration.sql);
    db.setUserVersion(migration.version);
    transaction.commit();
    qCInfo(lcStore) << db.path() << "migrated to schema" << migration.version << "-"
                    << migration.description;
  }
}

}  // namespace cip::store

#pragma once

#include "sync/model/Case.h"
#include "sync/model/Declaration.h"
#include "sync/model/Job.h"
#include "sync/model/Scanner.h"
#include "sync/model/User.h"
#include "sync/model/Verdict.h"
#include "sync/server/Credentials.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <stdexcept>

namespace cip::server {

/// A failed store operation, with the file and what went wrong.
class CentralStoreError : public std::runtime_error {
 public:
  explicit CentralStoreError(const QString& message) : std::runtime_error(message.toStdString()) {}
  QString message() const { return QString::fromUtf8(what()); }
};

/// A user as the central system keeps them: the document (id, name, roles granted), the
/// password hash and the account's state.
struct UserAccount {
  model::User user;
  PasswordHash password;
  bool disabled = false;
  QDateTime lastSignIn;  ///< invalid when never
};

/// A scan file the server can hand out.
struct StoredScan {
  model::ScanRef ref;
  QString path;      ///< where the bytes are on the server
  QString jobId;     ///< empty for a case library scan
  QString caseId;
};

/// What a verdict POST came to: stored now, or the same idempotent request seen before.
struct VerdictReceipt {
  enum Outcome { Stored, Replayed, KeyReused, AlreadyDecided, NotYours };
  Outcome outcome = Stored;
  QString verdictId;
  QDateTime receivedAt;
  qint64 cursor = 0;
};

struct StoredVerdict {
  qint64 cursor = 0;
  model::Verdict verdict;
  QDateTime receivedAt;
  QJsonObject review;  ///< empty until a supervisor reviewed it
};

/// The central system's own database (Qt SQL over SQLite, WAL, numbered migrations): users and
/// their tokens, jobs with their declarations and scans, verdicts with their idempotency keys,
/// supervisor reviews, the case library, scanners and their telemetry.
class CentralStore {
 public:
  explicit CentralStore(const QString& path);
  ~CentralStore();
  CentralStore(const CentralStore&) = delete;
  CentralStore& operator=(const CentralStore&) = delete;

  // users and sessions
  /// Adds a user; false (and nothing changed) when the id is taken.
  bool addUser(const model::User& user, const PasswordHash& password);
  std::optional<UserAccount> account(const QString& userId) const;
  QList<UserAccount> accounts() const;  ///< by id
  int userCount() const;
  /// Replaces a user's password hash (a new password, or the same one at a higher count).
  void setPassword(const QString& userId, const PasswordHash& password);
  /// Disabling ends every session of the user at once: their tokens stop working.
  void setDisabled(const QString& userId, bool disabled);
  void endSessionsOf(const QString& userId);
  void noteSignIn(const QString& userId, const QDateTime& at);
  /// Sessions are found by the SHA-256 of their token (tokenDigest()); the token itself is
  /// never stored.
  void createSession(const QString& tokenDigest, const QString& userId, model::Role role, const QDateTime& expiresAt);
  /// The user and role a token stands for, if it is valid at `now` and the user not disabled.
  std::optional<std::pair<model::User, model::Role>> session(const QString& tokenDigest, const QDateTime& now) const;
  void endSession(const QString& tokenDigest);
  /// Deletes the sessions expired at `now`; how many.
  int purgeSessions(const QDateTime& now);
  /// Analysts with a valid token at `now` and an enabled account: those jobs can be assigned to.
  QStringList signedInAnalysts(const QDateTime& now) const;

  // jobs, declarations, scans
  void saveJob(const model::Job& job, const model::Declaration& declaration, const QStringList& scanPaths);
  std::optional<model::Job> job(const QString& id) const;
  QList<model::Job> jobsFor(const QString& analyst) const;  ///< assigned or in progress
  QStringList unassignedJobs() const;
  void assign(const QString& jobId, const QString& analyst);
  void setJobStatus(const QString& jobId, model::JobStatus status);
  std::optional<model::Declaration> declaration(const QString& id) const;
  /// Whether a job assigned to `analyst` carries declaration `id`.
  bool declarationOf(const QString& id, const QString& analyst) const;
  std::optional<StoredScan> scan(const QString& id) const;

  // verdicts
  VerdictReceipt receiveVerdict(const model::Verdict& verdict, const QString& idempotencyKey, const QDateTime& now);
  QList<StoredVerdict> verdictsSince(qint64 cursor, int limit) const;
  std::optional<StoredVerdict> verdict(const QString& id) const;
  void saveReview(const QString& verdictId, const QJsonObject& review);
  int verdictCount() const;

  // case library
  void saveCase(const model::Case& entry, const QStringList& scanPaths, const QDateTime& at);
  std::optional<model::Case> caseEntry(const QString& id) const;
  /// Cases changed after `since`, of the given kinds only.
  QList<model::Case> casesSince(const QDateTime& since, int limit, const QList<model::CaseKind>& kinds) const;

  // scanners and telemetry
  void saveScanner(const model::Scanner& scanner);
  QList<model::Scanner> scanners() const;
  qint64 addTelemetry(const model::TelemetryEvent& event);
  QList<model::TelemetryEvent> telemetrySince(qint64 sequence, int limit) const;

  /// The connection and the file, for the parts of the store kept in files of their own
  /// (ScannerCredentials, AuditAnchorQuery): one database, one schema, one transaction scope.
  QSqlDatabase database() const { return db(); }
  const QString& path() const { return path_; }

 private:
  void migrate();
  QSqlDatabase db() const;
  QString connection_;
  QString path_;
};

}  // namespace cip::server

#pragma once

#include "sync/model/Verdict.h"
#include "sync/store/Database.h"

#include <QDateTime>
#include <QJsonObject>

namespace cip::store {

/// One event in the audit log: who did what to which record, when.
struct AuditEntry {
  qint64 seq = 0;
  QDateTime at;
  QString actor;     ///< user id, or "system"
  QString action;    ///< e.g. "verdict.submit", "annotation.delete"
  QString entity;    ///< e.g. "verdict", "job"
  QString entityId;
  QJsonObject details;
  QString prevHash;
  QString hash;
};

/// Outcome of walking the chain from the first row to the last.
struct AuditChainCheck {
  bool ok = true;
  qint64 rowsChecked = 0;
  qint64 firstBadSeq = 0;  ///< the first row whose hash or link does not match
  QString problem;
};

/// Append-only, hash-chained log: each row stores the SHA-256 of its own content and of the row
/// before it, so editing or deleting any row breaks the chain from there on. Triggers refuse
/// UPDATE and DELETE; the chain catches whoever goes around them with another SQLite client.
/// (Removing rows from the very end, or rewriting every later hash, needs an external anchor:
/// the central system keeps the head hash it last received.)
class AuditLog {
 public:
  explicit AuditLog(Database& db) : db_(db) {}

  /// Appends inside the caller's transaction when there is one.
  AuditEntry append(const QString& actor, const QString& action, const QString& entity,
                    const QString& entityId, const QJsonObject& details, const QDateTime& at);
  QList<AuditEntry> entries(qint64 afterSeq = 0, int limit = 1000) const;
  QString headHash() const;
  AuditChainCheck verify() const;

  /// The hash of the row before the first one.
  static QString genesisHash();

 private:
  Database& db_;
};

/// Checks the audit chain of `db`; the check `cip-tool db check` runs.
AuditChainCheck verifyAuditChain(const Database& db);

/// Compares the chain with the anchors the central system kept (each verdict's audit head as it
/// arrived there): a chain rewritten and re-hashed after the fact passes verifyAuditChain but not
/// this. Anchors of other workstations are skipped. Returns one problem per anchor that does not
/// match, naming the row.
QStringList checkAuditAnchors(const Database& db, const QString& workstationId, const QList<model::AuditAnchor>& anchors);

}  // namespace cip::store

#pragma once

#include "sync/store/AnnotationRepository.h"
#include "sync/store/AuditLog.h"
#include "sync/store/CaseRepository.h"
#include "sync/store/Database.h"
#include "sync/store/DeclarationRepository.h"
#include "sync/store/IdentityRepository.h"
#include "sync/store/JobRepository.h"
#include "sync/store/OutboxRepository.h"
#include "sync/store/ScannerRepository.h"
#include "sync/store/VerdictRepository.h"

#include <QStringList>

#include <memory>

namespace cip::store {

/// The workstation's local database, opened and migrated, with one repository per aggregate.
/// It is the source of truth: the UI reads from it, the sync client fills and drains it.
class Store {
 public:
  /// Opens (creating if needed) and migrates to the latest schema. Throws StoreError.
  static std::unique_ptr<Store> open(const QString& path);

  Database& database() { return *db_; }
  JobRepository& jobs() { return jobs_; }
  DeclarationRepository& declarations() { return declarations_; }
  AnnotationRepository& annotations() { return annotations_; }
  VerdictRepository& verdicts() { return verdicts_; }
  OutboxRepository& outbox() { return outbox_; }
  AuditLog& audit() { return audit_; }
  CaseRepository& cases() { return cases_; }
  ScannerRepository& scanners() { return scanners_; }
  IdentityRepository& identity() { return identity_; }

 private:
  explicit Store(std::unique_ptr<Database> db);
  std::unique_ptr<Database> db_;
  JobRepository jobs_;
  DeclarationRepository declarations_;
  AnnotationRepository annotations_;
  VerdictRepository verdicts_;
  OutboxRepository outbox_;
  AuditLog audit_;
  CaseRepository cases_;
  ScannerRepository scanners_;
  IdentityRepository identity_;
};

/// What `cip-tool db check` reports.
struct DatabaseHealth {
  bool ok = false;
  int schemaVersion = 0;
  qint64 auditRows = 0;
  int anchorsChecked = 0;  ///< the central system's anchors that are this workstation's
  QStringList problems;  ///< each names the file and what is wrong
};

/// Opens `path` read-only and runs SQLite's integrity and foreign-key checks, the schema version
/// check and the audit-chain check, and compares the chain with `anchors` (the central system's
/// record of it) when given. Never modifies the file; never throws.
DatabaseHealth checkDatabase(const QString& path, const QList<model::AuditAnchor>& anchors = {});

}  // namespace cip::store

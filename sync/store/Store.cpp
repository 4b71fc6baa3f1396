#include "sync/store/Store.h"

#include "sync/store/Migrations.h"

#include <QFileInfo>

namespace cip::store {

Store::Store(std::unique_ptr<Database> db)
    : db_(std::move(db)), jobs_(*db_), declarations_(*db_), annotations_(*db_), verdicts_(*db_),
      outbox_(*db_), audit_(*db_), cases_(*db_), scanners_(*db_), identity_(*db_) {}

std::unique_ptr<Store> Store::open(const QString& path) {
  std::unique_ptr<Database> db = Database::open(path);
  migrate(*db);
  return std::unique_ptr<Store>(new Store(std::move(db)));
}

DatabaseHealth checkDatabase(const QString& path, const QList<model::AuditAnchor>& anchors) {
  DatabaseHealth health;
  if (!QFileInfo::exists(path)) {
    health.problems << QStringLiteral("%1: no such file").arg(path);
    return health;
  }
  try {
    std::unique_ptr<Database> db = Database::open(path, Database::Mode::ReadOnly);
    Statement integrity = db->prepare("PRAGMA integrity_check");
    while (integrity.step())
      if (integrity.text(0) != QLatin1String("ok"))
        health.problems << QStringLiteral("%1: integrity: %2").arg(path, integrity.text(0));
    Statement foreignKeys = db->prepare("PRAGMA foreign_key_check");
    while (foreignKeys.step())
      health.problems << QStringLiteral("%1: table %2 row %3 refers to a missing row of %4")
                             .arg(path, foreignKeys.text(0), foreignKeys.text(1), foreignKeys.text(2));
    health.schemaVersion = db->userVersion();
    if (health.schemaVersion > latestSchemaVersion())
      health.problems << QStringLiteral("%1: schema version %2 is newer than this program (%3)")
                             .arg(path).arg(health.schemaVersion).arg(latestSchemaVersion());
    if (health.schemaVersion >= 2) {
      const AuditChainCheck chain = verifyAuditChain(*db);
      health.auditRows = chain.rowsChecked;
      if (!chain.ok) health.problems << QStringLiteral("%1: audit log: %2").arg(path, chain.problem);
    }
    if (!anchors.isEmpty()) {
      if (health.schemaVersion < 5) {
        health.problems << QStringLiteral("%1: schema %2 keeps no workstation identity to match the anchors against").arg(path).arg(health.schemaVersion);
      } else {
        const QString workstation = IdentityRepository(*db).workstationId();
        for (const model::AuditAnchor& anchor : anchors) health.anchorsChecked += anchor.workstation == workstation ? 1 : 0;
        for (const QString& problem : checkAuditAnchors(*db, workstation, anchors))
          health.problems << QStringLiteral("%1: audit log: %2").arg(path, problem);
      }
    }
  } catch (const StoreError& error) {
    health.problems << error.message();
  }
  health.ok = health.problems.isEmpty();
  return health;
}

}  // namespace cip::store

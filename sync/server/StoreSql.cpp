#include "sync/server/StoreSql.h"

#include "sync/server/CentralStore.h"

#include <QSqlError>

namespace cip::server {

QSqlQuery runSql(const QSqlDatabase& db, const QString& path, const QString& sql, const QVariantList& values) {
  QSqlQuery query(db);
  if (!query.prepare(sql)) throw CentralStoreError(QStringLiteral("%1: %2 in: %3").arg(path, query.lastError().text(), sql.left(80)));
  for (const QVariant& v : values) query.addBindValue(v);
  if (!query.exec()) throw CentralStoreError(QStringLiteral("%1: %2 in: %3").arg(path, query.lastError().text(), sql.left(80)));
  return query;
}

Transaction::Transaction(QSqlDatabase db, const QString& path) : db_(std::move(db)) { runSql(db_, path, QStringLiteral("BEGIN IMMEDIATE")); }

Transaction::~Transaction() {
  if (!done_) QSqlQuery(db_).exec(QStringLiteral("ROLLBACK"));
}

void Transaction::commit(const QString& path) {
  runSql(db_, path, QStringLiteral("COMMIT"));
  done_ = true;
}

}  // namespace cip::server

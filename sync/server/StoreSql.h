#pragma once

#include "sync/model/Json.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace cip::server {

/// Prepares, binds in order and runs; throws CentralStoreError naming the database and the
/// statement. Every query of the central system's database goes through here, so no value is
/// ever spliced into SQL.
QSqlQuery runSql(const QSqlDatabase& db, const QString& path, const QString& sql, const QVariantList& values = {});

/// BEGIN IMMEDIATE … COMMIT, rolled back when it goes out of scope uncommitted.
class Transaction {
 public:
  Transaction(QSqlDatabase db, const QString& path);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit(const QString& path);

 private:
  QSqlDatabase db_;
  bool done_ = false;
};

/// A document as the compact JSON text the database keeps.
inline QString jsonText(const QJsonObject& object) { return QString::fromUtf8(model::toCompactJson(object)); }

}  // namespace cip::server

#include "sync/store/JsonColumn.h"

namespace cip::store {

QStringList decodeStringList(const Database& db, const QString& text, const char* where, const QString& key) {
  const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
  QStringList list;
  bool ok = document.isArray();
  for (const QJsonValue& value : document.array()) {
    ok = ok && value.isString();
    list << value.toString();
  }
  if (!ok) throw StoreError(QStringLiteral("%1: %2 of '%3' is not a list of strings").arg(db.path(), QLatin1String(where), key));
  return list;
}

}  // namespace cip::store

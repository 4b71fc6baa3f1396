#pragma once

#include "sync/model/Json.h"
#include "sync/store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cip::store {

/// JSON text kept in a column (value objects, string lists, submitted documents).
inline QString jsonText(const QJsonObject& object) { return QString::fromUtf8(model::toCompactJson(object)); }
inline QString jsonText(const QStringList& list) {
  return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

/// Decodes a JSON column with a model reader; a damaged row is reported with its table and key
/// instead of being shown half-read.
template <class T, class ReadFn>
T decodeColumn(const Database& db, const QString& text, ReadFn read, const char* where, const QString& key) {
  model::Decoded<T> decoded = model::decodeDocument<T>(text.toUtf8(), read);
  if (!decoded.ok())
    throw StoreError(QStringLiteral("%1: %2 of '%3' is damaged: %4")
                         .arg(db.path(), QLatin1String(where), key, decoded.error.toString()));
  return std::move(*decoded.value);
}

QStringList decodeStringList(const Database& db, const QString& text, const char* where, const QString& key);

template <class E, std::size_t N>
E decodeEnumColumn(const Database& db, const std::array<model::EnumName<E>, N>& table,
                   const QString& text, const char* where, const QString& key) {
  if (auto value = model::enumFromString(table, text)) return *value;
  throw StoreError(QStringLiteral("%1: %2 of '%3' has unknown value '%4'")
                       .arg(db.path(), QLatin1String(where), key, text));
}

inline QDateTime timestampColumn(const QString& text) {
  return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

}  // namespace cip::store

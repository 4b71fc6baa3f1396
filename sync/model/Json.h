#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <utility>

namespace cip::model {

/// Why a document was rejected. `field` is a path such as `goods[2].hsCode` so that whoever
/// produced the document (a server, a vendor, a hand-edited file) can find the problem at once.
struct DecodeError {
  QString field;
  QString message;
  QString toString() const;
};

/// The outcome of decoding: a value, or the first error found. Never a partially filled value.
template <class T>
struct Decoded {
  std::optional<T> value;
  DecodeError error;
  bool ok() const { return value.has_value(); }
};

/// Largest JSON document any codec accepts; a larger one is refused before parsing.
constexpr qsizetype kMaxDocumentBytes = 32 * 1024 * 1024;

/// A name for each value of an enum, shared by the codecs and the database so both spell it alike.
template <class E>
struct EnumName {
  E value;
  const char* name;
};

template <class E, std::size_t N>
QString enumToString(const std::array<EnumName<E>, N>& table, E value) {
  for (const auto& entry : table)
    if (entry.value == value) return QString::fromLatin1(entry.name);
  return {};
}

template <class E, std::size_t N>
std::optional<E> enumFromString(const std::array<EnumName<E>, N>& table, const QString& text) {
  for (const auto& entry : table)
    if (text == QLatin1String(entry.name)) return entry.value;
  return std::nullopt;
}

template <class E, std::size_t N>
QString enumChoices(const std::array<EnumName<E>, N>& table) {
  QStringList names;
  for (const auto& entry : table) names << QString::fromLatin1(entry.name);
  return names.join(QLatin1String(", "));
}

/// Timestamps on the wire are ISO 8601 in UTC with milliseconds ("2026-11-23T08:15:00.000Z").
QString timestampToString(const QDateTime& time);

/// Reads one JSON object field by field, checking type, presence and range. The first problem is
/// recorded with its full path; after that every call returns a default and does nothing, so a
/// decoder reads straight through without an `if` after each field and cannot crash on bad input.
class JsonReader {
 public:
  JsonReader(QJsonObject object, QString path, DecodeError* error);

  bool ok() const { return error_->message.isEmpty(); }
  /// Records a problem with `key` (or with the object itself when `key` is empty).
  void fail(const QString& key, const QString& message);
  QString pathOf(const QString& key) const;

  QString requiredString(const QString& key, int maxLength = 1024);
  QString optionalString(const QString& key, int maxLength = 1024);
  /// A string that must match `pattern` in full; `what` describes it in the error.
  QString requiredMatch(const QString& key, const QString& pattern, const QString& what);
  QString optionalMatch(const QString& key, const QString& pattern, const QString& what);
  double requiredNumber(const QString& key, double min, double max);
  std::optional<double> optionalNumber(const QString& key, double min, double max);
  qint64 requiredInteger(const QString& key, qint64 min, qint64 max);
  std::optional<qint64> optionalInteger(const QString& key, qint64 min, qint64 max);
  bool optionalBool(const QString& key, bool fallback);
  QDateTime requiredTimestamp(const QString& key);
  QDateTime optionalTimestamp(const QString& key);
  QStringList stringList(const QString& key, bool required, int maxItems, int maxLength = 256);
  std::optional<QJsonObject> optionalObject(const QString& key);
  QJsonObject requiredObject(const QString& key);

  template <class E, std::size_t N>
  E requiredEnum(const QString& key, const std::array<EnumName<E>, N>& table) {
    const QString text = requiredString(key, 64);
    if (!ok()) return table[0].value;
    if (auto value = enumFromString(table, text)) return *value;
    fail(key, QStringLiteral("'%1' is not one of: %2").arg(text, enumChoices(table)));
    return table[0].value;
  }

  /// Calls `readItem(JsonReader&)` for each object of the array `key`, stopping at the first error.
  template <class F>
  void objectArray(const QString& key, bool required, int maxItems, F readItem) {
    const QJsonArray items = array(key, required, maxItems);
    for (int i = 0; i < items.size() && ok(); ++i) {
      const QString itemPath = pathOf(key) + QStringLiteral("[%1]").arg(i);
      if (!items.at(i).isObject()) {
        fail(key, QStringLiteral("item %1 must be an object").arg(i));
        return;
      }
      JsonReader item(items.at(i).toObject(), itemPath, error_);
      readItem(item);
    }
  }

  QJsonArray array(const QString& key, bool required, int maxItems);
  /// A reader for the nested object `key` reporting into the same error; empty when absent.
  JsonReader child(const QString& key, bool required = true);
  bool has(const QString& key) const;
  const QJsonObject& object() const { return object_; }

 private:
  bool present(const QString& key, bool required);

  QJsonObject object_;
  QString path_;
  DecodeError* error_;
};

/// Parses a JSON document that must be an object; syntax errors name the byte offset.
std::optional<QJsonObject> parseObject(const QByteArray& bytes, DecodeError* error);
QByteArray toCompactJson(const QJsonObject& object);

/// Parses `bytes` as a JSON object and hands it to `read`; syntax errors and oversize documents
/// become DecodeErrors like any other.
template <class T, class ReadFn>
Decoded<T> decodeDocument(const QByteArray& bytes, ReadFn read) {
  Decoded<T> result;
  std::optional<QJsonObject> root = parseObject(bytes, &result.error);
  if (!root) return result;
  JsonReader reader(*root, QString(), &result.error);
  T value = read(reader);
  if (reader.ok()) result.value = std::move(value);
  return result;
}

}  // namespace cip::model

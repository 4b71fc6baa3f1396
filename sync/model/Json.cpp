#include "sync/model/Json.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <cmath>

namespace cip::model {

QString DecodeError::toString() const {
  if (field.isEmpty()) return message;
  return QStringLiteral("%1: %2").arg(field, message);
}

QString timestampToString(const QDateTime& time) {
  return time.toUTC().toString(Qt::ISODateWithMs);
}

JsonReader::JsonReader(QJsonObject object, QString path, DecodeError* error)
    : object_(std::move(object)), path_(std::move(path)), error_(error) {}

QString JsonReader::pathOf(const QString& key) const {
  if (key.isEmpty()) return path_;
  return path_.isEmpty() ? key : path_ + QLatin1Char('.') + key;
}

void JsonReader::fail(const QString& key, const QString& message) {
  if (!ok()) return;
  error_->field = pathOf(key);
  error_->message = message;
}

bool JsonReader::present(const QString& key, bool required) {
  if (!ok()) return false;
  const auto it = object_.constFind(key);
  if (it == object_.constEnd() || it->isNull() || it->isUndefined()) {
    if (required) fail(key, QStringLiteral("is required"));
    return false;
  }
  return true;
}

namespace {

QString readString(JsonReader& reader, const QJsonValue& value, const QString& key, int maxLength,
                   bool required) {
  if (!value.isString()) {
    reader.fail(key, QStringLiteral("must be a string"));
    return {};
  }
  QString text = value.toString();
  if (text.size() > maxLength) {
    reader.fail(key, QStringLiteral("is longer than %1 characters").arg(maxLength));
    return {};
  }
  if (required && text.trimmed().isEmpty()) {
    reader.fail(key, QStringLiteral("must not be empty"));
    return {};
  }
  return text;
}

}  // namespace

QString JsonReader::requiredString(const QString& key, int maxLength) {
  if (!present(key, true)) return {};
  return readString(*this, object_.value(key), key, maxLength, true);
}

QString JsonReader::optionalString(const QString& key, int maxLength) {
  if (!present(key, false)) return {};
  return readString(*this, object_.value(key), key, maxLength, false);
}

namespace {
bool matchesFully(const QString& text, const QString& pattern) {
  const QRegularExpression re(QRegularExpression::anchoredPattern(pattern));
  return re.match(text).hasMatch();
}
}  // namespace

QString JsonReader::requiredMatch(const QString& key, const QString& pattern, const QString& what) {
  const QString text = requiredString(key, 256);
  if (ok() && !matchesFully(text, pattern)) {
    fail(key, QStringLiteral("'%1' is not %2").arg(text.left(64), what));
    return {};
  }
  return text;
}

QString JsonReader::optionalMatch(const QString& key, const QString& pattern, const QString& what) {
  const QString text = optionalString(key, 256);
  if (ok() && !text.isEmpty() && !matchesFully(text, pattern)) {
    fail(key, QStringLiteral("'%1' is not %2").arg(text.left(64), what));
    return {};
  }
  return text;
}

std::optional<double> JsonReader::optionalNumber(const QString& key, double min, double max) {
  if (!present(key, false)) return std::nullopt;
  const QJsonValue value = object_.value(key);
  if (!value.isDouble() || !std::isfinite(value.toDouble())) {
    fail(key, QStringLiteral("must be a number"));
    return std::nullopt;
  }
  const double number = value.toDouble();
  if (number < min || number > max) {
    fail(key, QStringLiteral("%1 is outside %2 … %3").arg(number).arg(min).arg(max));
    return std::nullopt;
  }
  return number;
}

double JsonReader::requiredNumber(const QString& key, double min, double max) {
  if (!present(key, true)) return 0.0;
  return optionalNumber(key, min, max).value_or(0.0);
}

std::optional<qint64> JsonReader::optionalInteger(const QString& key, qint64 min, qint64 max) {
  const std::optional<double> number =
      optionalNumber(key, static_cast<double>(min), static_cast<double>(max));
  if (!number) return std::nullopt;
  if (std::floor(*number) != *number) {
    fail(key, QStringLiteral("must be a whole number"));
    return std::nullopt;
  }
  return static_cast<qint64>(*number);
}

qint64 JsonReader::requiredInteger(const QString& key, qint64 min, qint64 max) {
  if (!present(key, true)) return 0;
  return optionalInteger(key, min, max).value_or(0);
}

bool JsonReader::optionalBool(const QString& key, bool fallback) {
  if (!present(key, false)) return fallback;
  const QJsonValue value = object_.value(key);
  if (!value.isBool()) {
    fail(key, QStringLiteral("must be true or false"));
    return fallback;
  }
  return value.toBool();
}

QDateTime JsonReader::optionalTimestamp(const QString& key) {
  const QString text = optionalString(key, 64);
  if (!ok() || text.isEmpty()) return {};
  // A timestamp without a zone would silently shift by the reader's local offset: refuse it.
  static const QRegularExpression zone(QStringLiteral("(Z|[+-]\\d\\d:\\d\\d)$"));
  const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
  if (!time.isValid() || !zone.match(text).hasMatch()) {
    fail(key, QStringLiteral("'%1' is not an ISO 8601 timestamp with a time zone").arg(text.left(64)));
    return {};
  }
  return time.toUTC();
}

QDateTime JsonReader::requiredTimestamp(const QString& key) {
  if (!present(key, true)) return {};
  return optionalTimestamp(key);
}

QJsonArray JsonReader::array(const QString& key, bool required, int maxItems) {
  if (!present(key, required)) return {};
  const QJsonValue value = object_.value(key);
  if (!value.isArray()) {
    fail(key, QStringLiteral("must be an array"));
    return {};
  }
  QJsonArray items = value.toArray();
  if (items.size() > maxItems) {
    fail(key, QStringLiteral("has %1 items, at most %2 allowed").arg(items.size()).arg(maxItems));
    return {};
  }
  if (required && items.isEmpty()) {
    fail(key, QStringLiteral("must not be empty"));
    return {};
  }
  return items;
}

QStringList JsonReader::stringList(const QString& key, bool required, int maxItems, int maxLength) {
  const QJsonArray items = array(key, required, maxItems);
  QStringList result;
  for (int i = 0; i < items.size() && ok(); ++i) {
    const QString itemKey = key + QStringLiteral("[%1]").arg(i);
    if (!items.at(i).isString() || items.at(i).toString().trimmed().isEmpty() ||
        items.at(i).toString().size() > maxLength) {
      fail(itemKey, QStringLiteral("must be a non-empty string of at most %1 characters").arg(maxLength));
      return {};
    }
    result << items.at(i).toString();
  }
  return result;
}

std::optional<QJsonObject> JsonReader::optionalObject(const QString& key) {
  if (!present(key, false)) return std::nullopt;
  const QJsonValue value = object_.value(key);
  if (!value.isObject()) {
    fail(key, QStringLiteral("must be an object"));
    return std::nullopt;
  }
  return value.toObject();
}

QJsonObject JsonReader::requiredObject(const QString& key) {
  if (!present(key, true)) return {};
  return optionalObject(key).value_or(QJsonObject());
}

JsonReader JsonReader::child(const QString& key, bool required) {
  QJsonObject nested;
  if (required) {
    nested = requiredObject(key);
  } else if (auto object = optionalObject(key)) {
    nested = *object;
  }
  return JsonReader(nested, pathOf(key), error_);
}

bool JsonReader::has(const QString& key) const {
  const auto it = object_.constFind(key);
  return it != object_.constEnd() && !it->isNull() && !it->isUndefined();
}

std::optional<QJsonObject> parseObject(const QByteArray& bytes, DecodeError* error) {
  if (bytes.size() > kMaxDocumentBytes) {
    error->message = QStringLiteral("document is %1 bytes, at most %2 allowed")
                         .arg(bytes.size()).arg(kMaxDocumentBytes);
    return std::nullopt;
  }
  QJsonParseError parseError;
  const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
  if (parseError.error != QJsonParseError::NoError) {
    error->message = QStringLiteral("invalid JSON at byte %1: %2")
                         .arg(parseError.offset).arg(parseError.errorString());
    return std::nullopt;
  }
  if (!document.isObject()) {
    error->message = QStringLiteral("document must be a JSON object");
    return std::nullopt;
  }
  return document.object();
}

QByteArray toCompactJson(const QJsonObject& object) {
  return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

}  // namespace cip::model

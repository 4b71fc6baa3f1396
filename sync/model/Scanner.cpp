#include "sync/model/Scanner.h"

#include "sync/model/User.h"

namespace cip::model {

QJsonObject toJson(const Scanner& s) {
  QJsonObject object{{QStringLiteral("id"), s.id},
          {QStringLiteral("name"), s.name},
          {QStringLiteral("vendor"), s.vendor},
          {QStringLiteral("model"), s.model},
          {QStringLiteral("site"), s.site},
          {QStringLiteral("kind"), enumToString(kScannerKindNames, s.kind)},
          {QStringLiteral("dualEnergy"), s.dualEnergy}};
  if (s.profile.states()) object.insert(QStringLiteral("profile"), toJson(s.profile));
  return object;
}

Scanner readScanner(JsonReader& reader) {
  Scanner s;
  s.id = reader.requiredMatch(QStringLiteral("id"), kIdPattern, QStringLiteral("a scanner id"));
  s.name = reader.requiredString(QStringLiteral("name"), 200);
  s.vendor = reader.requiredString(QStringLiteral("vendor"), 200);
  s.model = reader.optionalString(QStringLiteral("model"), 200);
  s.site = reader.requiredString(QStringLiteral("site"), 64);
  s.kind = reader.requiredEnum(QStringLiteral("kind"), kScannerKindNames);
  s.dualEnergy = reader.optionalBool(QStringLiteral("dualEnergy"), false);
  if (reader.has(QStringLiteral("profile"))) {
    JsonReader profile = reader.child(QStringLiteral("profile"));
    s.profile = readScannerProfile(profile);
    s.profile.scannerId = s.id;  // the scanner it is nested in
  }
  return s;
}

Decoded<Scanner> decodeScanner(const QByteArray& json) {
  return decodeDocument<Scanner>(json, readScanner);
}

QJsonObject toJson(const TelemetryEvent& e) {
  return {{QStringLiteral("sequence"), static_cast<double>(e.sequence)},
          {QStringLiteral("scannerId"), e.scannerId},
          {QStringLiteral("kind"), enumToString(kTelemetryKindNames, e.kind)},
          {QStringLiteral("at"), timestampToString(e.at)},
          {QStringLiteral("count"), e.count},
          {QStringLiteral("detail"), e.detail}};
}

QJsonObject toReportJson(const TelemetryEvent& e) {
  QJsonObject object = toJson(e);
  object.remove(QStringLiteral("sequence"));
  return object;
}

TelemetryEvent readReportedTelemetryEvent(JsonReader& reader) {
  TelemetryEvent e;
  e.scannerId = reader.requiredMatch(QStringLiteral("scannerId"), kIdPattern, QStringLiteral("a scanner id"));
  e.kind = reader.requiredEnum(QStringLiteral("kind"), kTelemetryKindNames);
  e.at = reader.requiredTimestamp(QStringLiteral("at"));
  e.count = static_cast<int>(reader.optionalInteger(QStringLiteral("count"), 0, 1000000).value_or(1));
  e.detail = reader.optionalString(QStringLiteral("detail"), 2000);
  return e;
}

TelemetryEvent readTelemetryEvent(JsonReader& reader) {
  // JSON numbers are doubles: sequences stay below 2^53 so they survive the round trip exactly.
  const qint64 sequence = reader.requiredInteger(QStringLiteral("sequence"), 0, (1LL << 53));
  TelemetryEvent e = readReportedTelemetryEvent(reader);
  e.sequence = sequence;
  return e;
}

Decoded<TelemetryEvent> decodeTelemetryEvent(const QByteArray& json) {
  return decodeDocument<TelemetryEvent>(json, readTelemetryEvent);
}

}  // namespace cip::model

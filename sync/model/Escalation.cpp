#include "sync/model/Escalation.h"

namespace cip::model {

namespace {

constexpr int kMaxPage = 500;
constexpr qint64 kMaxCursor = 1LL << 53;  // exact in a JSON number

Escalation readEscalation(JsonReader& r) {
  Escalation e;
  JsonReader verdict = r.child(QStringLiteral("verdict"));
  e.verdict = readVerdict(verdict);
  e.refusal = r.optionalString(QStringLiteral("refusal"), 2000);
  e.note = r.optionalString(QStringLiteral("note"), 4000);
  return e;
}

}  // namespace

QJsonObject toJson(const Escalation& e) {
  return {{QStringLiteral("verdict"), toJson(e.verdict)}, {QStringLiteral("refusal"), e.refusal}, {QStringLiteral("note"), e.note}};
}

Decoded<Escalation> decodeEscalation(const QByteArray& json) { return decodeDocument<Escalation>(json, readEscalation); }

QJsonObject toJson(const EscalationPage& page) {
  QJsonArray items;
  for (const EscalationRecord& record : page.escalations) {
    QJsonObject item = toJson(record.escalation);
    item.insert(QStringLiteral("cursor"), static_cast<double>(record.cursor));
    item.insert(QStringLiteral("receivedAt"), timestampToString(record.receivedAt));
    items.append(item);
  }
  return {{QStringLiteral("escalations"), items}, {QStringLiteral("next"), static_cast<double>(page.next)}};
}

Decoded<EscalationPage> decodeEscalationPage(const QByteArray& json) {
  return decodeDocument<EscalationPage>(json, [](JsonReader& r) {
    EscalationPage page;
    r.objectArray(QStringLiteral("escalations"), true, kMaxPage, [&](JsonReader& item) {
      EscalationRecord record;
      record.escalation = readEscalation(item);
      record.cursor = item.requiredInteger(QStringLiteral("cursor"), 1, kMaxCursor);
      record.receivedAt = item.requiredTimestamp(QStringLiteral("receivedAt"));
      page.escalations.append(record);
    });
    page.next = r.requiredInteger(QStringLiteral("next"), 0, kMaxCursor);
    return page;
  });
}

}  // namespace cip::model

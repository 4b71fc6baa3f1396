#include "sync/model/AuditAnchors.h"

#include "sync/model/User.h"

namespace cip::model {

namespace {
constexpr qint64 kMaxAuditSequence = 1LL << 53;  // exact in a JSON number
// One per verdict over a workstation's life; the 32 MiB document limit bounds it first.
constexpr int kMaxAnchors = 1000000;
}  // namespace

QJsonObject toJson(const AuditAnchor& a) {
  return {{QStringLiteral("workstation"), a.workstation},
          {QStringLiteral("sequence"), static_cast<double>(a.sequence)},
          {QStringLiteral("hash"), a.hash}};
}

AuditAnchor readAuditAnchor(JsonReader& reader) {
  AuditAnchor a;
  a.workstation = reader.requiredMatch(QStringLiteral("workstation"), kIdPattern, QStringLiteral("a workstation id"));
  a.sequence = reader.requiredInteger(QStringLiteral("sequence"), 1, kMaxAuditSequence);
  a.hash = reader.requiredMatch(QStringLiteral("hash"), kSha256Pattern, QStringLiteral("a SHA-256 in lower-case hex"));
  return a;
}

QJsonObject toJson(const AuditAnchorList& list) {
  QJsonArray anchors;
  for (const AuditAnchorRecord& r : list.anchors) {
    QJsonObject item = toJson(r.anchor);
    item.insert(QStringLiteral("verdict"), r.verdict);
    item.insert(QStringLiteral("receivedAt"), timestampToString(r.receivedAt));
    anchors.append(item);
  }
  return {{QStringLiteral("anchors"), anchors}};
}

Decoded<AuditAnchorList> decodeAuditAnchorList(const QByteArray& json) {
  return decodeDocument<AuditAnchorList>(json, [](JsonReader& r) {
    AuditAnchorList list;
    if (!r.has(QStringLiteral("anchors"))) r.fail(QStringLiteral("anchors"), QStringLiteral("is required"));
    r.objectArray(QStringLiteral("anchors"), false, kMaxAnchors, [&](JsonReader& item) {
      AuditAnchorRecord record;
      record.anchor = readAuditAnchor(item);
      record.verdict = item.requiredMatch(QStringLiteral("verdict"), kIdPattern, QStringLiteral("a verdict id"));
      record.receivedAt = item.requiredTimestamp(QStringLiteral("receivedAt"));
      list.anchors.append(record);
    });
    return list;
  });
}

}  // namespace cip::model

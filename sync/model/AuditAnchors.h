#pragma once

#include "sync/model/Json.h"
#include "sync/model/Verdict.h"

#include <QDateTime>
#include <QList>

namespace cip::model {

/// `auditHead` of a verdict as JSON, and read back with the same rules everywhere it appears.
QJsonObject toJson(const AuditAnchor& anchor);
AuditAnchor readAuditAnchor(JsonReader& reader);

/// One audit anchor the central system holds: where a workstation's audit chain stood when it
/// wrote `verdict`, and when the central system received that verdict.
struct AuditAnchorRecord {
  AuditAnchor anchor;
  QString verdict;
  QDateTime receivedAt;
};

/// `GET /audit/anchors` and `cip-central anchors`: what an auditor copies to a workstation to
/// check that its local chain still passes through every head it once reported
/// (`cip-tool db check --anchors FILE`). Ordered by workstation, then sequence.
struct AuditAnchorList {
  QList<AuditAnchorRecord> anchors;
};
QJsonObject toJson(const AuditAnchorList& list);
Decoded<AuditAnchorList> decodeAuditAnchorList(const QByteArray& json);

}  // namespace cip::model

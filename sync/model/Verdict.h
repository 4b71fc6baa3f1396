#pragma once

#include "sync/model/Annotation.h"
#include "sync/model/Json.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cip::model {

enum class Decision { Release, ReferToInspection, Inconclusive };
inline constexpr std::array<EnumName<Decision>, 3> kDecisionNames{
    {{Decision::Release, "release"},
     {Decision::ReferToInspection, "refer-to-inspection"},
     {Decision::Inconclusive, "inconclusive"}}};

/// The analyst's decision on a job. Once submitted it is final: a correction is a new verdict
/// whose `supersedes` names the old one, so the audit trail keeps both.
/// Where this workstation's audit chain stood when the verdict was written (the verdict's own
/// audit row). The central system keeps it, so a local chain rewritten afterwards no longer
/// matches what the server holds (`cip-tool db check --anchors`).
struct AuditAnchor {
  QString workstation;  ///< the local database's identity
  qint64 sequence = 0;  ///< audit_log.seq of the row
  QString hash;         ///< that row's hash (SHA-256, lower-case hex)
  bool operator==(const AuditAnchor& other) const {
    return workstation == other.workstation && sequence == other.sequence && hash == other.hash;
  }
};

struct Verdict {
  QString id;
  QString jobId;
  Decision decision = Decision::Release;
  QStringList reasonCodes;   ///< e.g. "WEIGHT_MISMATCH", "DENSE_REGION"
  QString comment;
  QList<Annotation> annotations;
  QString analyst;           ///< user id
  QDateTime openedAt;        ///< when the analyst opened the job
  QDateTime submittedAt;
  qint64 activeMs = 0;       ///< time actually spent on the job (pauses excluded)
  std::optional<int> confidence;  ///< 0–100, optional
  QString supersedes;        ///< id of the verdict this one replaces, or empty
  std::optional<AuditAnchor> auditHead;  ///< the local audit chain's head after this verdict

  /// Rules a verdict must satisfy whatever its source: a referral needs evidence (an annotation
  /// or a written reason). Returns the problem as a DecodeError, empty message when valid.
  DecodeError validate() const;
};

QString decisionToString(Decision decision);

QJsonObject toJson(const Verdict& verdict);
Verdict readVerdict(JsonReader& reader);
Decoded<Verdict> decodeVerdict(const QByteArray& json);

}  // namespace cip::model

#include "sync/model/Verdict.h"

#include "sync/model/AuditAnchors.h"
#include "sync/model/User.h"

namespace cip::model {

namespace {
const QString kReasonCode = QStringLiteral("[A-Z][A-Z0-9_]{0,31}");
constexpr qint64 kMaxActiveMs = 7LL * 24 * 3600 * 1000;
}  // namespace

QString decisionToString(Decision decision) { return enumToString(kDecisionNames, decision); }

DecodeError Verdict::validate() const {
  if (submittedAt.isValid() && openedAt.isValid() && submittedAt < openedAt)
    return {QStringLiteral("submittedAt"), QStringLiteral("is before openedAt")};
  if (decision == Decision::ReferToInspection && annotations.isEmpty() && comment.trimmed().isEmpty())
    return {QStringLiteral("annotations"),
            QStringLiteral("a referral needs at least one annotation or a written comment")};
  if (!supersedes.isEmpty() && supersedes == id)
    return {QStringLiteral("supersedes"), QStringLiteral("a verdict cannot supersede itself")};
  for (int i = 0; i < annotations.size(); ++i)
    if (annotations.at(i).jobId != jobId)
      return {QStringLiteral("annotations[%1].jobId").arg(i),
              QStringLiteral("belongs to job '%1', not '%2'").arg(annotations.at(i).jobId, jobId)};
  return {};
}

QJsonObject toJson(const Verdict& v) {
  QJsonArray annotations;
  for (const Annotation& a : v.annotations) annotations.append(toJson(a));
  QJsonObject object{{QStringLiteral("id"), v.id},
                     {QStringLiteral("jobId"), v.jobId},
                     {QStringLiteral("decision"), decisionToString(v.decision)},
                     {QStringLiteral("reasonCodes"), QJsonArray::fromStringList(v.reasonCodes)},
                     {QStringLiteral("comment"), v.comment},
                     {QStringLiteral("annotations"), annotations},
                     {QStringLiteral("analyst"), v.analyst},
                     {QStringLiteral("openedAt"), timestampToString(v.openedAt)},
                     {QStringLiteral("submittedAt"), timestampToString(v.submittedAt)},
                     {QStringLiteral("activeMs"), static_cast<double>(v.activeMs)}};
  if (v.confidence) object.insert(QStringLiteral("confidence"), *v.confidence);
  if (!v.supersedes.isEmpty()) object.insert(QStringLiteral("supersedes"), v.supersedes);
  if (v.auditHead) object.insert(QStringLiteral("auditHead"), toJson(*v.auditHead));
  return object;
}

Verdict readVerdict(JsonReader& reader) {
  Verdict v;
  v.id = reader.requiredMatch(QStringLiteral("id"), kIdPattern, QStringLiteral("a verdict id"));
  v.jobId = reader.requiredMatch(QStringLiteral("jobId"), kIdPattern, QStringLiteral("a job id"));
  v.decision = reader.requiredEnum(QStringLiteral("decision"), kDecisionNames);
  v.reasonCodes = reader.stringList(QStringLiteral("reasonCodes"), false, 32, 32);
  for (int i = 0; i < v.reasonCodes.size() && reader.ok(); ++i)
    if (!QRegularExpression(QRegularExpression::anchoredPattern(kReasonCode)).match(v.reasonCodes.at(i)).hasMatch())
      reader.fail(QStringLiteral("reasonCodes[%1]").arg(i),
                  QStringLiteral("'%1' is not a reason code (A-Z, 0-9, _)").arg(v.reasonCodes.at(i)));
  v.comment = reader.optionalString(QStringLiteral("comment"), 8000);
  reader.objectArray(QStringLiteral("annotations"), false, 1000,
                     [&](JsonReader& item) { v.annotations.append(readAnnotation(item)); });
  v.analyst = reader.requiredMatch(QStringLiteral("analyst"), kIdPattern, QStringLiteral("a user id"));
  v.openedAt = reader.requiredTimestamp(QStringLiteral("openedAt"));
  v.submittedAt = reader.requiredTimestamp(QStringLiteral("submittedAt"));
  v.activeMs = reader.requiredInteger(QStringLiteral("activeMs"), 0, kMaxActiveMs);
  if (reader.has(QStringLiteral("confidence")))
    v.confidence = static_cast<int>(reader.requiredInteger(QStringLiteral("confidence"), 0, 100));
  v.supersedes = reader.optionalMatch(QStringLiteral("supersedes"), kIdPattern, QStringLiteral("a verdict id"));
  if (reader.has(QStringLiteral("auditHead"))) {
    JsonReader head = reader.child(QStringLiteral("auditHead"));
    v.auditHead = readAuditAnchor(head);
  }
  if (reader.ok()) {
    const DecodeError problem = v.validate();
    if (!problem.message.isEmpty()) reader.fail(problem.field, problem.message);
  }
  return v;
}

Decoded<Verdict> decodeVerdict(const QByteArray& json) {
  return decodeDocument<Verdict>(json, readVerdict);
}

}  // namespace cip::model

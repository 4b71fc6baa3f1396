#include "sync/model/Case.h"

#include "sync/model/User.h"

namespace cip::model {

QJsonObject toJson(const Case& c) {
  QJsonArray scans;
  for (const ScanRef& scan : c.scans) scans.append(toJson(scan));
  QJsonArray truth;
  for (const Annotation& a : c.groundTruthAnnotations) truth.append(toJson(a));
  QJsonObject object{{QStringLiteral("id"), c.id},
                     {QStringLiteral("title"), c.title},
                     {QStringLiteral("kind"), enumToString(kCaseKindNames, c.kind)},
                     {QStringLiteral("description"), c.description},
                     {QStringLiteral("scans"), scans},
                     {QStringLiteral("groundTruthAnnotations"), truth},
                     {QStringLiteral("hsCodes"), QJsonArray::fromStringList(c.hsCodes)},
                     {QStringLiteral("tags"), QJsonArray::fromStringList(c.tags)}};
  if (c.declaration) object.insert(QStringLiteral("declaration"), toJson(*c.declaration));
  if (c.groundTruthDecision)
    object.insert(QStringLiteral("groundTruthDecision"), decisionToString(*c.groundTruthDecision));
  if (c.answerWithheld) object.insert(QStringLiteral("answerWithheld"), true);
  return object;
}

Case readCase(JsonReader& reader) {
  Case c;
  c.id = reader.requiredMatch(QStringLiteral("id"), kIdPattern, QStringLiteral("a case id"));
  c.title = reader.requiredString(QStringLiteral("title"), 300);
  c.kind = reader.requiredEnum(QStringLiteral("kind"), kCaseKindNames);
  c.description = reader.optionalString(QStringLiteral("description"), 8000);
  reader.objectArray(QStringLiteral("scans"), true, 64,
                     [&](JsonReader& item) { c.scans.append(readScanRef(item)); });
  if (reader.has(QStringLiteral("declaration"))) {
    JsonReader declaration = reader.child(QStringLiteral("declaration"));
    c.declaration = readDeclaration(declaration);
  }
  if (reader.has(QStringLiteral("groundTruthDecision")))
    c.groundTruthDecision = reader.requiredEnum(QStringLiteral("groundTruthDecision"), kDecisionNames);
  reader.objectArray(QStringLiteral("groundTruthAnnotations"), false, 1000,
                     [&](JsonReader& item) { c.groundTruthAnnotations.append(readAnnotation(item)); });
  c.hsCodes = reader.stringList(QStringLiteral("hsCodes"), false, 100, 10);
  c.tags = reader.stringList(QStringLiteral("tags"), false, 100, 64);
  c.answerWithheld = reader.optionalBool(QStringLiteral("answerWithheld"), false);
  if (reader.ok() && c.kind == CaseKind::ExamQuestion && !c.groundTruthDecision && !c.answerWithheld)
    reader.fail(QStringLiteral("groundTruthDecision"), QStringLiteral("an exam question needs its answer"));
  return c;
}

Decoded<Case> decodeCase(const QByteArray& json) { return decodeDocument<Case>(json, readCase); }

}  // namespace cip::model

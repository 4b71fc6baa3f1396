#pragma once

#include "sync/model/Annotation.h"
#include "sync/model/Declaration.h"
#include "sync/model/Job.h"
#include "sync/model/Verdict.h"

#include <optional>

namespace cip::model {

enum class CaseKind { StandardImage, SeizureCase, ExamQuestion };
inline constexpr std::array<EnumName<CaseKind>, 3> kCaseKindNames{
    {{CaseKind::StandardImage, "standard-image"},
     {CaseKind::SeizureCase, "seizure-case"},
     {CaseKind::ExamQuestion, "exam-question"}}};

/// An entry of a training case library: a reference image of typical goods, a past seizure, or
/// an exam question. Exam questions carry ground truth so a trainee's answer can be scored.
struct Case {
  QString id;
  QString title;
  CaseKind kind = CaseKind::StandardImage;
  QString description;
  QList<ScanRef> scans;
  std::optional<Declaration> declaration;
  std::optional<Decision> groundTruthDecision;
  QList<Annotation> groundTruthAnnotations;
  /// An exam question sent to a trainee comes without its answer (ground truth), and says so.
  bool answerWithheld = false;
  QStringList hsCodes;  ///< goods this case shows; used to offer reference images next to a job
  QStringList tags;
};

QJsonObject toJson(const Case& entry);
Case readCase(JsonReader& reader);
Decoded<Case> decodeCase(const QByteArray& json);

}  // namespace cip::model

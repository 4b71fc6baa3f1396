#include "sync/model/Annotation.h"

#include "sync/model/User.h"

namespace cip::model {

namespace {
constexpr int kMaxVertices = 100000;
constexpr double kMaxCoordinate = 1.0e7;  // larger than any scan, even a 20 m vehicle at 0.5 mm
}  // namespace

QString shapeProblem(ShapeKind shape, const QList<QPointF>& points) {
  const int n = static_cast<int>(points.size());
  switch (shape) {
    case ShapeKind::Rectangle:
    case ShapeKind::Ellipse:
    case ShapeKind::Arrow:
    case ShapeKind::Ruler:
    case ShapeKind::AreaMeasure:
      return n == 2 ? QString() : QStringLiteral("needs exactly 2 points, has %1").arg(n);
    case ShapeKind::Point:
    case ShapeKind::Text:
      return n == 1 ? QString() : QStringLiteral("needs exactly 1 point, has %1").arg(n);
    case ShapeKind::Polygon:
      return n >= 3 ? QString() : QStringLiteral("needs at least 3 points, has %1").arg(n);
    case ShapeKind::Polyline:
      return n >= 2 ? QString() : QStringLiteral("needs at least 2 points, has %1").arg(n);
  }
  return QStringLiteral("unknown shape");
}

QJsonObject toJson(const Annotation& a) {
  QJsonArray points;
  for (const QPointF& p : a.points) points.append(QJsonArray{p.x(), p.y()});
  QJsonObject object{{QStringLiteral("id"), a.id},
                     {QStringLiteral("jobId"), a.jobId},
                     {QStringLiteral("scanId"), a.scanId},
                     {QStringLiteral("shape"), enumToString(kShapeKindNames, a.shape)},
                     {QStringLiteral("points"), points},
                     {QStringLiteral("text"), a.text},
                     {QStringLiteral("category"), a.category},
                     {QStringLiteral("note"), a.note},
                     {QStringLiteral("author"), a.author},
                     {QStringLiteral("createdAt"), timestampToString(a.createdAt)}};
  if (a.declarationLine) object.insert(QStringLiteral("declarationLine"), *a.declarationLine);
  return object;
}

Annotation readAnnotation(JsonReader& reader) {
  Annotation a;
  a.id = reader.requiredMatch(QStringLiteral("id"), kIdPattern, QStringLiteral("an annotation id"));
  a.jobId = reader.requiredMatch(QStringLiteral("jobId"), kIdPattern, QStringLiteral("a job id"));
  a.scanId = reader.requiredMatch(QStringLiteral("scanId"), kIdPattern, QStringLiteral("a scan id"));
  a.shape = reader.requiredEnum(QStringLiteral("shape"), kShapeKindNames);
  const QJsonArray points = reader.array(QStringLiteral("points"), true, kMaxVertices);
  for (int i = 0; i < points.size() && reader.ok(); ++i) {
    const QJsonArray xy = points.at(i).toArray();
    const bool numeric = points.at(i).isArray() && xy.size() == 2 && xy.at(0).isDouble() &&
                         xy.at(1).isDouble();
    if (!numeric || std::abs(xy.at(0).toDouble()) > kMaxCoordinate ||
        std::abs(xy.at(1).toDouble()) > kMaxCoordinate) {
      reader.fail(QStringLiteral("points[%1]").arg(i),
                  QStringLiteral("must be [x, y] with |x|, |y| ≤ %1 pixels").arg(kMaxCoordinate));
      break;
    }
    a.points.append(QPointF(xy.at(0).toDouble(), xy.at(1).toDouble()));
  }
  if (reader.ok()) {
    const QString problem = shapeProblem(a.shape, a.points);
    if (!problem.isEmpty()) reader.fail(QStringLiteral("points"), problem);
  }
  a.text = reader.optionalString(QStringLiteral("text"), 500);
  if (reader.ok() && a.shape == ShapeKind::Text && a.text.trimmed().isEmpty())
    reader.fail(QStringLiteral("text"), QStringLiteral("a text annotation needs its text"));
  a.category = reader.requiredMatch(QStringLiteral("category"), kCategoryPattern,
                                    QStringLiteral("a category code such as 'concealment'"));
  a.note = reader.optionalString(QStringLiteral("note"), 4000);
  a.author = reader.requiredMatch(QStringLiteral("author"), kIdPattern, QStringLiteral("a user id"));
  a.createdAt = reader.requiredTimestamp(QStringLiteral("createdAt"));
  if (reader.has(QStringLiteral("declarationLine")))
    a.declarationLine = static_cast<int>(reader.requiredInteger(QStringLiteral("declarationLine"), 1, 10000));
  return a;
}

Decoded<Annotation> decodeAnnotation(const QByteArray& json) {
  return decodeDocument<Annotation>(json, readAnnotation);
}

}  // namespace cip::model

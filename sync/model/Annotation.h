#pragma once

#include "sync/model/Json.h"

#include <QDateTime>
#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

namespace cip::model {

enum class ShapeKind { Rectangle, Ellipse, Polygon, Polyline, Arrow, Point, Text, Ruler, AreaMeasure };
inline constexpr std::array<EnumName<ShapeKind>, 9> kShapeKindNames{
    {{ShapeKind::Rectangle, "rectangle"},
     {ShapeKind::Ellipse, "ellipse"},
     {ShapeKind::Polygon, "polygon"},
     {ShapeKind::Polyline, "polyline"},
     {ShapeKind::Arrow, "arrow"},
     {ShapeKind::Point, "point"},
     {ShapeKind::Text, "text"},
     {ShapeKind::Ruler, "ruler"},
     {ShapeKind::AreaMeasure, "area-measure"}}};

/// A mark an analyst (or trainer) put on a scan. Geometry is in the scan's image pixel
/// coordinates, so it stays put whatever the zoom and can be exported to a DICOS TDR as is.
/// Rectangle, ellipse and area measurement: two opposite corners of the bounding box; arrow: tail
/// then head; ruler: its two ends (a measurement, not a mark of suspicion);
/// point and text: the anchor; polygon and polyline: the vertices in order.
struct Annotation {
  QString id;
  QString jobId;
  QString scanId;
  ShapeKind shape = ShapeKind::Rectangle;
  QList<QPointF> points;
  QString text;          ///< the label of a text annotation
  QString category;      ///< e.g. "concealment", "undeclared-goods"; the list is configurable
  QString note;
  QString author;        ///< user id
  QDateTime createdAt;
  std::optional<int> declarationLine;  ///< the goods line this mark refers to, if any
};

/// Why `points` does not fit `shape` (too few or too many vertices), or empty when it fits.
QString shapeProblem(ShapeKind shape, const QList<QPointF>& points);

QJsonObject toJson(const Annotation& annotation);
Annotation readAnnotation(JsonReader& reader);
Decoded<Annotation> decodeAnnotation(const QByteArray& json);

inline const QString kCategoryPattern = QStringLiteral("[a-z0-9][a-z0-9-]{0,47}");

}  // namespace cip::model

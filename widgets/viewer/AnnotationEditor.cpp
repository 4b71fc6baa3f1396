#include "widgets/viewer/AnnotationEditor.h"

#include "widgets/viewer/RadiographView.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace cip::widgets {

using imaging::Shape;
using imaging::ShapeType;

namespace {

constexpr double kGripWidgetPixels = 6;
constexpr double kMinDragWidgetPixels = 4;

}  // namespace

ShapeType shapeTypeOf(AnnotationTool tool) {
  switch (tool) {
    case AnnotationTool::Rectangle: return ShapeType::Rectangle;
    case AnnotationTool::Ellipse: return ShapeType::Ellipse;
    case AnnotationTool::Polygon:
    case AnnotationTool::Freehand: return ShapeType::Polygon;
    case AnnotationTool::Arrow: return ShapeType::Arrow;
    case AnnotationTool::Text: return ShapeType::Text;
    case AnnotationTool::Ruler: return ShapeType::Ruler;
    case AnnotationTool::AreaMeasure: return ShapeType::AreaMeasure;
    case AnnotationTool::Select: break;
  }
  return ShapeType::Rectangle;
}

AnnotationEditor::AnnotationEditor(RadiographView& view) : QObject(&view), view_(view) {}

void AnnotationEditor::setTool(AnnotationTool tool) {
  if (readOnly_ && tool != AnnotationTool::Select) return;
  cancelDraft();
  tool_ = tool;
  view_.setCursor(tool == AnnotationTool::Select ? Qt::ArrowCursor : Qt::CrossCursor);
  emit toolChanged(tool);
}

void AnnotationEditor::setReadOnly(bool on) {
  if (on) setTool(AnnotationTool::Select);
  readOnly_ = on;
}

void AnnotationEditor::setAnnotations(std::vector<DisplayedAnnotation> annotations) {
  annotations_ = std::move(annotations);
  if (!selected_.isEmpty() && !find(selected_)) {
    selected_.clear();
    emit selectionChanged(selected_);
  }
  emit repaintNeeded();
}

void AnnotationEditor::select(const QString& id) {
  if (id == selected_) return;
  selected_ = find(id) ? id : QString();
  emit selectionChanged(selected_);
  emit repaintNeeded();
}

const DisplayedAnnotation* AnnotationEditor::find(const QString& id) const {
  for (const DisplayedAnnotation& a : annotations_)
    if (a.id == id) return &a;
  return nullptr;
}

cv::Point2d AnnotationEditor::imagePoint(const QPointF& widgetPosition) const { return view_.widgetToImage(widgetPosition); }
QPointF AnnotationEditor::widgetPoint(const cv::Point2d& imagePoint) const { return view_.imageToWidget(imagePoint); }

double AnnotationEditor::tolerance() const {
  const cv::Point2d a = imagePoint({0, 0}), b = imagePoint({kGripWidgetPixels, 0});
  return std::hypot(b.x - a.x, b.y - a.y);
}

bool AnnotationEditor::mousePress(QMouseEvent* event) {
  if (event->button() != Qt::LeftButton || event->modifiers() != Qt::NoModifier || !view_.scan()) return false;
  const cv::Point2d p = imagePoint(event->position());
  if (tool_ == AnnotationTool::Select) {
    // The selected shape's grips first, then any shape from the top of the pile.
    std::vector<const DisplayedAnnotation*> order;
    if (const DisplayedAnnotation* s = find(selected_)) order.push_back(s);
    for (auto it = annotations_.rbegin(); it != annotations_.rend(); ++it) order.push_back(&*it);
    for (const DisplayedAnnotation* a : order) {
      const imaging::ShapeHit hit = imaging::hitTest(a->shape, p, tolerance());
      if (hit.part == imaging::ShapeHit::None) continue;
      select(a->id);
      if (readOnly_) return true;  // looked at, never moved
      editing_ = a->id;
      editBefore_ = editNow_ = a->shape;
      editHandle_ = hit.part == imaging::ShapeHit::Handle ? hit.handle : -1;
      editStart_ = p;
      return true;
    }
    select({});
    return false;  // empty image: the view pans
  }
  if (tool_ == AnnotationTool::Text) {
    emit textRequested(QPointF(p.x, p.y));
    return true;
  }
  if (tool_ == AnnotationTool::Polygon) {
    if (draft_.points.empty()) draft_.type = ShapeType::Polygon;
    draft_.points.push_back(p);
    hover_ = p;
    emit repaintNeeded();
    return true;
  }
  draft_ = Shape{shapeTypeOf(tool_), {p, p}};
  if (tool_ == AnnotationTool::Freehand) draft_.points = {p};
  dragging_ = true;
  emit repaintNeeded();
  return true;
}

bool AnnotationEditor::mouseMove(QMouseEvent* event) {
  const cv::Point2d p = imagePoint(event->position());
  if (!editing_.isEmpty()) {
    editNow_ = editHandle_ < 0 ? imaging::translated(editBefore_, p - editStart_) : imaging::withHandleMoved(editBefore_, editHandle_, p);
    for (DisplayedAnnotation& a : annotations_)
      if (a.id == editing_) a.shape = editNow_;
    emit repaintNeeded();
    return true;
  }
  if (dragging_) {
    if (tool_ == AnnotationTool::Freehand) {
      const QPointF last = widgetPoint(draft_.points.back());
      if (QLineF(last, event->position()).length() >= 3) draft_.points.push_back(p);
    } else {
      draft_.points[1] = p;
    }
    emit repaintNeeded();
    return true;
  }
  if (tool_ == AnnotationTool::Polygon && !draft_.points.empty()) {
    hover_ = p;
    emit repaintNeeded();
    return false;  // the view still reports the cursor
  }
  return false;
}

bool AnnotationEditor::mouseRelease(QMouseEvent* event) {
  if (event->button() != Qt::LeftButton) return false;
  if (!editing_.isEmpty()) {
    const QString id = editing_;
    editing_.clear();
    const bool moved = editNow_.points != editBefore_.points;
    if (moved) emit changed(id, editBefore_, editNow_);
    return true;
  }
  if (!dragging_) return tool_ == AnnotationTool::Polygon && !draft_.points.empty();
  dragging_ = false;
  finishDraft();
  return true;
}

bool AnnotationEditor::mouseDoubleClick(QMouseEvent* event) {
  if (tool_ != AnnotationTool::Polygon || event->button() != Qt::LeftButton) return false;
  // The double click's second press already added a vertex at the same place: drop it.
  if (draft_.points.size() > 1) draft_.points.pop_back();
  finishDraft();
  return true;
}

bool AnnotationEditor::keyPress(QKeyEvent* event) {
  switch (event->key()) {
    case Qt::Key_Escape:
      if (drawing()) {
        cancelDraft();
      } else if (tool_ != AnnotationTool::Select) {
        setTool(AnnotationTool::Select);
      } else if (!selected_.isEmpty()) {
        select({});
      } else {
        return false;
      }
      return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
      if (tool_ != AnnotationTool::Polygon || draft_.points.empty()) return false;
      finishDraft();
      return true;
    case Qt::Key_Backspace:
      if (tool_ == AnnotationTool::Polygon && !draft_.points.empty()) {
        draft_.points.pop_back();
        emit repaintNeeded();
        return true;
      }
      [[fallthrough]];
    case Qt::Key_Delete:
      if (selected_.isEmpty() || drawing() || readOnly_) return false;
      emit deleteRequested(selected_);
      return true;
    default:
      return false;
  }
}

void AnnotationEditor::finishDraft() {
  Shape shape = draft_;
  cancelDraft();
  if (shape.points.empty()) return;
  if (tool_ == AnnotationTool::Freehand) shape.points = imaging::simplified(shape.points, std::max(0.5, tolerance() / 4));
  if (imaging::isTwoPoint(shape.type)) {
    if (QLineF(widgetPoint(shape.points[0]), widgetPoint(shape.points[1])).length() < kMinDragWidgetPixels) return;  // a click, not a drag
  } else if (shape.type == ShapeType::Polygon && shape.points.size() < 3) {
    return;
  }
  emit created(shape);
}

void AnnotationEditor::cancelDraft() {
  draft_ = Shape{};
  dragging_ = false;
  hover_ = {-1, -1};
  emit repaintNeeded();
}

void AnnotationEditor::paint(QPainter& painter) const {
  auto path = [this](const Shape& s, bool closed) {
    QPolygonF polygon;
    for (const cv::Point2d& p : imaging::outline(s)) polygon << widgetPoint(p);
    if (closed && !polygon.isEmpty()) polygon << polygon.first();
    return polygon;
  };
  auto drawShape = [&](const Shape& s, const QColor& colour, bool selected, const QString& label) {
    painter.setPen(QPen(colour, selected ? 3 : 2, s.type == ShapeType::AreaMeasure || s.type == ShapeType::Ruler ? Qt::DashLine : Qt::SolidLine));
    painter.setBrush(Qt::NoBrush);
    if (s.type == ShapeType::Text || s.type == ShapeType::Point) {
      const QPointF at = widgetPoint(s.points.front());
      painter.drawEllipse(at, 3, 3);
    } else {
      painter.drawPolyline(path(s, imaging::encloses(s.type)));
    }
    if ((s.type == ShapeType::Arrow || s.type == ShapeType::Ruler) && s.points.size() == 2) {
      const QPointF a = widgetPoint(s.points[0]), b = widgetPoint(s.points[1]);
      const QLineF line(b, a);
      for (double turn : {-25.0, 25.0}) {  // arrow head, or ruler end ticks
        QLineF wing = line;
        wing.setLength(12);
        wing.setAngle(line.angle() + (s.type == ShapeType::Arrow ? turn : 90 + turn * 3.6));
        painter.drawLine(wing);
        if (s.type == ShapeType::Ruler) painter.drawLine(QLineF(a, a + (wing.p2() - wing.p1())));
      }
    }
    if (selected)
      for (const cv::Point2d& grip : imaging::handles(s)) {
        const QPointF at = widgetPoint(grip);
        painter.fillRect(QRectF(at.x() - 4, at.y() - 4, 8, 8), colour);
      }
    if (!label.isEmpty()) {
      const QRectF box = path(s, false).boundingRect();
      const QRectF text = painter.fontMetrics().boundingRect(label).adjusted(-3, -1, 3, 1);
      const QRectF where(box.left(), box.bottom() + 2, text.width(), text.height());
      painter.fillRect(where, QColor(0, 0, 0, 170));
      painter.setPen(colour);
      painter.drawText(where, Qt::AlignCenter, label);
    }
  };
  for (const DisplayedAnnotation& a : annotations_) drawShape(a.shape, a.colour, a.id == selected_, a.label);
  if (!draft_.points.empty()) {
    Shape preview = draft_;
    if (tool_ == AnnotationTool::Polygon && hover_.x >= 0) preview.points.push_back(hover_);
    if (tool_ == AnnotationTool::Polygon) preview.type = ShapeType::Polyline;
    drawShape(preview, QColor(255, 255, 255), false, {});
  }
}

}  // namespace cip::widgets

#pragma once

#include "imaging/core/view/AnnotationGeometry.h"

#include <QColor>
#include <QObject>
#include <QPointF>
#include <QString>

#include <functional>
#include <vector>

class QKeyEvent;
class QMouseEvent;
class QPainter;

namespace cip::widgets {

class RadiographView;

enum class AnnotationTool { Select, Rectangle, Ellipse, Polygon, Freehand, Arrow, Text, Ruler, AreaMeasure };

/// One mark as the viewer draws it: geometry in scan pixels, its category's colour and a label
/// (category, measurement) the controller wrote.
struct DisplayedAnnotation {
  QString id;
  imaging::Shape shape;
  QColor colour;
  QString label;
};

/// The annotation tools' input adapter: turns mouse and key input on a RadiographView into
/// finished shapes and edits (created / changed / delete requested), and paints the marks into
/// the view's frame so they follow zoom, pan and rotation. It owns no annotation: the controller
/// applies each edit (undoably, to the store) and hands the list back with setAnnotations().
/// With the Select tool a press on empty image falls through to the view (pan), so the analyst
/// never has to leave a tool to move around.
class AnnotationEditor : public QObject {
  Q_OBJECT
 public:
  explicit AnnotationEditor(RadiographView& view);

  void setTool(AnnotationTool tool);
  AnnotationTool tool() const { return tool_; }
  /// Marks that may be looked at and selected but never drawn, moved or deleted (a verdict
  /// already submitted, reopened from the history). Read-only keeps the Select tool.
  void setReadOnly(bool on);
  bool readOnly() const { return readOnly_; }
  void setAnnotations(std::vector<DisplayedAnnotation> annotations);
  const std::vector<DisplayedAnnotation>& annotations() const { return annotations_; }
  QString selectedId() const { return selected_; }
  void select(const QString& id);
  /// True while a shape is being drawn (a polygon waits for more vertices).
  bool drawing() const { return !draft_.points.empty(); }

  /// Event hooks the view calls first; true when the editor used the event.
  bool mousePress(QMouseEvent* event);
  bool mouseMove(QMouseEvent* event);
  bool mouseRelease(QMouseEvent* event);
  bool mouseDoubleClick(QMouseEvent* event);
  bool keyPress(QKeyEvent* event);
  void paint(QPainter& painter) const;

 signals:
  void created(const imaging::Shape& shape);
  /// The Text tool was clicked here; the controller asks for the words.
  void textRequested(const QPointF& imagePoint);
  void changed(const QString& id, const imaging::Shape& before, const imaging::Shape& after);
  void deleteRequested(const QString& id);
  void selectionChanged(const QString& id);
  void toolChanged(cip::widgets::AnnotationTool tool);
  /// The marks changed on screen (a drag, a selection): the view paints its overlay again.
  void repaintNeeded();

 private:
  cv::Point2d imagePoint(const QPointF& widgetPosition) const;
  QPointF widgetPoint(const cv::Point2d& imagePoint) const;
  double tolerance() const;  ///< grip size in scan pixels at the current zoom
  void finishDraft();
  void cancelDraft();
  const DisplayedAnnotation* find(const QString& id) const;

  RadiographView& view_;
  AnnotationTool tool_ = AnnotationTool::Select;
  bool readOnly_ = false;
  std::vector<DisplayedAnnotation> annotations_;
  QString selected_;
  imaging::Shape draft_;      ///< the shape being drawn
  bool dragging_ = false;     ///< a two-point shape or freehand stroke in progress
  QString editing_;           ///< id of the shape being moved or resized
  imaging::Shape editBefore_;
  imaging::Shape editNow_;
  int editHandle_ = -1;       ///< -1: moving the whole shape
  cv::Point2d editStart_;
  cv::Point2d hover_{-1, -1}; ///< image point under the cursor while drawing a polygon
};

/// The shape type a tool draws.
imaging::ShapeType shapeTypeOf(AnnotationTool tool);

}  // namespace cip::widgets

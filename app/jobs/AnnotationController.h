#pragma once

#include "imaging/core/view/AnnotationGeometry.h"
#include "sync/model/Annotation.h"
#include "sync/model/User.h"
#include "widgets/viewer/AnnotationEditor.h"

#include <QObject>
#include <QUndoStack>

#include <functional>
#include <map>
#include <optional>

class QAction;

namespace cip::store {
class Store;
}
namespace cip::widgets {
class AnnotationPanel;
class RadiographView;
}  // namespace cip::widgets

namespace cip::app {

class JobController;
class ScanController;

/// The current job's annotations: every edit from the viewer's tools or the annotations panel
/// becomes an undoable command (QUndoStack) that writes the store at once, so a crash loses
/// nothing and undo/redo reach the database too. Owns the tool actions (with their keys).
class AnnotationController : public QObject {
  Q_OBJECT
 public:
  AnnotationController(store::Store& store, model::User user, JobController& jobs, ScanController& scans, widgets::RadiographView& view,
                       widgets::AnnotationPanel& panel, QStringList categories, QObject* parent = nullptr);

  QUndoStack& undoStack() { return undo_; }
  /// Tool bar order: the tools, a separator (nullptr), delete, undo, redo.
  QList<QAction*> actions() const { return actions_; }
  QAction* toolAction(widgets::AnnotationTool tool) const { return tools_.at(tool); }
  QAction* deleteAction() const { return delete_; }
  const QList<model::Annotation>& annotations() const { return annotations_; }
  /// Asks for a text annotation's words (a dialog; tests answer directly).
  void setTextPrompt(std::function<std::optional<QString>(const QPointF&)> prompt) { textPrompt_ = std::move(prompt); }
  void setClock(std::function<QDateTime()> clock) { clock_ = std::move(clock); }

  /// Adds a mark of the current category (what the tools call; also for scripted use).
  void create(const imaging::Shape& shape, const QString& text = {});
  /// Applies one state change — `before` to `after`, either may be absent — to the store and the
  /// views. The undo commands call it both ways.
  bool apply(const std::optional<model::Annotation>& before, const std::optional<model::Annotation>& after);

 signals:
  void annotationsChanged(int count);
  void errorOccurred(const QString& message);

 private:
  void loadJob();
  void clear();
  void refreshViews();
  void push(const std::optional<model::Annotation>& before, const std::optional<model::Annotation>& after, const QString& text);
  std::optional<model::Annotation> find(const QString& id) const;
  /// The list's line for a mark; `figures` is its measurement (computed once per refresh).
  QString describe(const model::Annotation& a, const QString& figures) const;
  QString measurement(const model::Annotation& a) const;

  store::Store& store_;
  model::User user_;
  JobController& jobs_;
  ScanController& scans_;
  widgets::RadiographView& view_;
  widgets::AnnotationPanel& panel_;
  QStringList categories_;
  QUndoStack undo_;
  std::map<widgets::AnnotationTool, QAction*> tools_;
  QAction* delete_ = nullptr;
  QList<QAction*> actions_;
  QList<model::Annotation> annotations_;
  std::function<std::optional<QString>(const QPointF&)> textPrompt_;
  std::function<QDateTime()> clock_;
};

imaging::Shape shapeOf(const model::Annotation& annotation);
void setShape(model::Annotation& annotation, const imaging::Shape& shape);

}  // namespace cip::app

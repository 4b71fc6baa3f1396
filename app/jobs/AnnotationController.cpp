#include "app/jobs/AnnotationController.h"

#include "app/AppLog.h"
#include "app/ScanController.h"
#include "app/jobs/JobController.h"
#include "imaging/core/analysis/RegionStatistics.h"
#include "sync/store/Store.h"
#include "widgets/viewer/MaterialNames.h"
#include "widgets/viewer/RadiographView.h"
#include "widgets/workflow/AnnotationPanel.h"

#include <QAction>
#include <QInputDialog>
#include <QUndoCommand>
#include <QUuid>

namespace cip::app {

namespace {

/// One edit of one annotation, both ways. Redo and undo write the store through the controller.
class AnnotationEditCommand : public QUndoCommand {
 public:
  AnnotationEditCommand(AnnotationController& controller, std::optional<model::Annotation> before, std::optional<model::Annotation> after,
                        const QString& text)
      : QUndoCommand(text), controller_(controller), before_(std::move(before)), after_(std::move(after)) {}
  void redo() override {
    if (!controller_.apply(before_, after_)) setObsolete(true);
  }
  void undo() override {
    if (!controller_.apply(after_, before_)) setObsolete(true);
  }

 private:
  AnnotationController& controller_;
  std::optional<model::Annotation> before_, after_;
};

}  // namespace

imaging::Shape shapeOf(const model::Annotation& a) {
  imaging::Shape shape;
  shape.type = static_cast<imaging::ShapeType>(static_cast<int>(a.shape));  // the two enums list the same shapes in the same order
  for (const QPointF& p : a.points) shape.points.emplace_back(p.x(), p.y());
  return shape;
}

void setShape(model::Annotation& a, const imaging::Shape& shape) {
  a.shape = static_cast<model::ShapeKind>(static_cast<int>(shape.type));
  a.points.clear();
  for (const cv::Point2d& p : shape.points) a.points << QPointF(p.x, p.y);
}

AnnotationController::AnnotationController(store::Store& store, model::User user, JobController& jobs, ScanController& scans,
                                           widgets::RadiographView& view, widgets::AnnotationPanel& panel, QStringList categories,
                                           QObject* parent)
    : QObject(parent), store_(store), user_(std::move(user)), jobs_(jobs), scans_(scans), view_(view), panel_(panel),
      categories_(std::move(categories)), clock_([] { return QDateTime::currentDateTimeUtc(); }) {
  using widgets::AnnotationTool;
  const std::pair<AnnotationTool, std::pair<const char*, QKeySequence>> tools[] = {
      {AnnotationTool::Select, {QT_TR_NOOP("Select"), QKeySequence(Qt::Key_S)}},
      {AnnotationTool::Rectangle, {QT_TR_NOOP("Rectangle"), QKeySequence(Qt::Key_B)}},
      {AnnotationTool::Ellipse, {QT_TR_NOOP("Ellipse"), QKeySequence(Qt::Key_O)}},
      {AnnotationTool::Polygon, {QT_TR_NOOP("Polygon"), QKeySequence(Qt::Key_Y)}},
      {AnnotationTool::Freehand, {QT_TR_NOOP("Freehand"), QKeySequence(Qt::Key_D)}},
      {AnnotationTool::Arrow, {QT_TR_NOOP("Arrow"), QKeySequence(Qt::Key_A)}},
      {AnnotationTool::Text, {QT_TR_NOOP("Text"), QKeySequence(Qt::Key_X)}},
      {AnnotationTool::Ruler, {QT_TR_NOOP("Ruler"), QKeySequence(Qt::Key_U)}},
      {AnnotationTool::AreaMeasure, {QT_TR_NOOP("Area"), QKeySequence(Qt::Key_Z)}}};
  auto* group = new QActionGroup(this);
  for (const auto& [tool, spec] : tools) {
    auto* action = new QAction(tr(spec.first), this);
    action->setObjectName(QStringLiteral("tool_%1").arg(QString::fromLatin1(spec.first).toLower()));
    action->setCheckable(true);
    action->setShortcut(spec.second);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(action->text(), spec.second.toString(QKeySequence::NativeText)));
    action->setChecked(tool == AnnotationTool::Select);
    group->addAction(action);
    connect(action, &QAction::triggered, this, [this, t = tool] { view_.annotationEditor().setTool(t); });
    tools_[tool] = action;
    actions_ << action;
  }
  actions_ << nullptr;
  delete_ = new QAction(tr("Delete mark"), this);
  delete_->setObjectName(QStringLiteral("tool_delete"));
  connect(delete_, &QAction::triggered, this, [this] {
    if (auto a = find(view_.annotationEditor().selectedId())) push(a, std::nullopt, tr("Delete mark"));
  });
  QAction* undo = undo_.createUndoAction(this, tr("Undo"));
  undo->setObjectName(QStringLiteral("tool_undo"));
  undo->setShortcut(QKeySequence::Undo);
  QAction* redo = undo_.createRedoAction(this, tr("Redo"));
  redo->setObjectName(QStringLiteral("tool_redo"));
  redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
  actions_ << delete_ << undo << redo;
  panel_.setToolActions(actions_);
  panel_.setCategories(categories_);

  widgets::AnnotationEditor& editor = view_.annotationEditor();
  connect(&editor, &widgets::AnnotationEditor::toolChanged, this, [this](widgets::AnnotationTool t) { tools_.at(t)->setChecked(true); });
  connect(&editor, &widgets::AnnotationEditor::created, this, [this](const imaging::Shape& shape) { create(shape); });
  connect(&editor, &widgets::AnnotationEditor::textRequested, this, [this](const QPointF& at) {
    const std::optional<QString> text = textPrompt_ ? textPrompt_(at) : [this]() -> std::optional<QString> {
      bool ok = false;
      const QString words = QInputDialog::getText(&view_, tr("Text mark"), tr("Text:"), QLineEdit::Normal, {}, &ok);
      return ok && !words.trimmed().isEmpty() ? std::optional<QString>(words.trimmed()) : std::nullopt;
    }();
    if (text) create(imaging::Shape{imaging::ShapeType::Text, {{at.x(), at.y()}}}, *text);
  });
  connect(&editor, &widgets::AnnotationEditor::changed, this, [this](const QString& id, const imaging::Shape&, const imaging::Shape& after) {
    std::optional<model::Annotation> before = find(id);
    if (!before) return;
    model::Annotation moved = *before;
    setShape(moved, after);
    push(before, moved, tr("Move mark"));
  });
  connect(&editor, &widgets::AnnotationEditor::deleteRequested, this, [this](const QString& id) {
    if (auto a = find(id)) push(a, std::nullopt, tr("Delete mark"));
  });
  connect(&editor, &widgets::AnnotationEditor::selectionChanged, &panel_, &widgets::AnnotationPanel::setSelected);
  connect(&panel_, &widgets::AnnotationPanel::selected, &editor, &widgets::AnnotationEditor::select);
  connect(&panel_, &widgets::AnnotationPanel::propertiesEdited, this,
          [this](const QString& id, const QString& category, const QString& note, int line, const QString& label) {
            std::optional<model::Annotation> before = find(id);
            if (!before) return;
            model::Annotation edited = *before;
            edited.category = category;
            edited.note = note;
            edited.declarationLine = line > 0 ? std::optional<int>(line) : std::nullopt;
            if (edited.shape == model::ShapeKind::Text && !label.isEmpty()) edited.text = label;
            push(before, edited, tr("Edit mark"));
          });
  connect(&jobs_, &JobController::jobOpened, this, &AnnotationController::loadJob);
  connect(&jobs_, &JobController::jobClosed, this, &AnnotationController::clear);
}

std::optional<model::Annotation> AnnotationController::find(const QString& id) const {
  for (const model::Annotation& a : annotations_)
    if (a.id == id) return a;
  return std::nullopt;
}

void AnnotationController::create(const imaging::Shape& shape, const QString& text) {
  const std::optional<model::Job>& job = jobs_.currentJob();
  if (!job) {
    emit errorOccurred(tr("Open a job before marking the scan."));
    return;
  }
  model::Annotation a;
  a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
  a.jobId = job->id;
  a.scanId = job->scans.isEmpty() ? job->id : job->scans.first().id;
  setShape(a, shape);
  a.text = text;
  const bool measure = shape.type == imaging::ShapeType::Ruler || shape.type == imaging::ShapeType::AreaMeasure;
  a.category = measure ? QStringLiteral("measurement") : panel_.currentCategory();
  if (a.category.isEmpty()) a.category = QStringLiteral("other");
  a.author = user_.id;
  a.createdAt = clock_();
  push(std::nullopt, a, tr("Add mark"));
  view_.annotationEditor().select(a.id);
}

void AnnotationController::push(const std::optional<model::Annotation>& before, const std::optional<model::Annotation>& after,
                                const QString& text) {
  undo_.push(new AnnotationEditCommand(*this, before, after, text));
}

bool AnnotationController::apply(const std::optional<model::Annotation>& before, const std::optional<model::Annotation>& after) {
  try {
    if (after) {
      store_.annotations().save(*after, clock_(), user_.id);
    } else if (before) {
      store_.annotations().remove(before->id, clock_(), user_.id);
    }
  } catch (const store::StoreError& e) {
    qCWarning(lcApp) << "annotation not saved:" << e.message();
    emit errorOccurred(tr("The mark could not be saved: %1").arg(e.message()));
    return false;
  }
  const QString id = after ? after->id : before ? before->id : QString();
  int index = -1;
  for (int i = 0; i < annotations_.size(); ++i)
    if (annotations_[i].id == id) index = i;
  if (after && index >= 0) annotations_[index] = *after;
  else if (after) annotations_ << *after;
  else if (index >= 0) annotations_.removeAt(index);
  refreshViews();
  return true;
}

void AnnotationController::loadJob() {
  undo_.clear();
  annotations_.clear();
  if (const std::optional<model::Job>& job = jobs_.currentJob()) {
    try {
      annotations_ = store_.annotations().drafts(job->id);  // marks made before a restart come back
    } catch (const store::StoreError& e) {
      emit errorOccurred(e.message());
    }
  }
  QList<std::pair<int, QString>> lines;
  if (const std::optional<model::Declaration>& d = jobs_.currentDeclaration())
    for (const model::GoodsItem& g : d->goods) lines.append({g.line, g.description.left(40)});
  panel_.setDeclarationLines(lines);
  view_.annotationEditor().setTool(widgets::AnnotationTool::Select);
  refreshViews();
}

void AnnotationController::clear() {
  undo_.clear();
  annotations_.clear();
  panel_.setDeclarationLines({});
  refreshViews();
}

QString AnnotationController::measurement(const model::Annotation& a) const {
  const std::shared_ptr<const imaging::Scan>& scan = view_.scan();
  if (!scan) return {};
  const double sx = scan->meta.spacingX, sy = scan->meta.spacingY > 0 ? scan->meta.spacingY : scan->meta.spacingX;
  const imaging::Shape shape = shapeOf(a);
  if (a.shape == model::ShapeKind::Ruler)
    return sx > 0 ? tr("%1 m").arg(imaging::lengthMm(shape, sx, sy) / 1000, 0, 'f', 2) : tr("%1 px").arg(imaging::lengthMm(shape, 1, 1), 0, 'f', 0);
  if (!imaging::encloses(shape.type)) return {};
  const QString area = sx > 0 ? tr("%1 m²").arg(imaging::areaMm2(shape, sx, sy) / 1e6, 0, 'f', 2) : tr("%1 px²").arg(imaging::areaMm2(shape, 1, 1), 0, 'f', 0);
  if (a.shape != model::ShapeKind::AreaMeasure) return area;
  try {
    const cv::Mat mask = imaging::regionMask(shape, {scan->width, scan->height});
    const imaging::RegionStatistics stats =
        imaging::regionStatistics(*scan, mask, *scans_.calibration(), *scans_.classifier());
    QString text = area + tr(", attenuation %1").arg(stats.meanAttenuationHigh, 0, 'f', 2);
    if (stats.meanMassThickness >= 0) text += tr(", %1 g/cm² %2").arg(stats.meanMassThickness, 0, 'f', 1).arg(widgets::MaterialNames::name(stats.dominantClass));
    if (stats.estimatedMassKg >= 0) text += tr(", about %1 kg").arg(stats.estimatedMassKg, 0, 'f', 0);
    return text;
  } catch (const std::exception&) {  // a scan the statistics cannot take: the area alone
    return area;
  }
}

QString AnnotationController::describe(const model::Annotation& a, const QString& figures) const {
  QString kind;
  switch (a.shape) {
    case model::ShapeKind::Rectangle: kind = tr("rectangle"); break;
    case model::ShapeKind::Ellipse: kind = tr("ellipse"); break;
    case model::ShapeKind::Polygon: kind = tr("outline"); break;
    case model::ShapeKind::Polyline: kind = tr("line"); break;
    case model::ShapeKind::Arrow: kind = tr("arrow"); break;
    case model::ShapeKind::Point: kind = tr("point"); break;
    case model::ShapeKind::Text: kind = tr("text “%1”").arg(a.text); break;
    case model::ShapeKind::Ruler: kind = tr("ruler"); break;
    case model::ShapeKind::AreaMeasure: kind = tr("area"); break;
  }
  return tr("%1 — %2").arg(widgets::AnnotationPanel::categoryName(a.category), figures.isEmpty() ? kind : kind + QStringLiteral(", ") + figures);
}

void AnnotationController::refreshViews() {
  std::vector<widgets::DisplayedAnnotation> shown;
  QList<widgets::AnnotationPanel::Row> rows;
  for (const model::Annotation& a : annotations_) {
    const QColor colour = widgets::AnnotationPanel::categoryColour(a.category);
    const QString figures = measurement(a);
    const QString label = a.shape == model::ShapeKind::Text ? a.text
                          : figures.isEmpty() ? widgets::AnnotationPanel::categoryName(a.category)
                          : a.category == QLatin1String("measurement") ? figures
                                                                        : widgets::AnnotationPanel::categoryName(a.category) + QStringLiteral(" · ") + figures;
    shown.push_back({a.id, shapeOf(a), colour, label});
    rows.push_back({a.id, describe(a, figures), colour, a.category, a.note, a.shape == model::ShapeKind::Text ? a.text : QString(), a.declarationLine.value_or(0)});
  }
  view_.annotationEditor().setAnnotations(std::move(shown));
  panel_.setRows(rows);
  panel_.setSelected(view_.annotationEditor().selectedId());
  emit annotationsChanged(static_cast<int>(annotations_.size()));
}

}  // namespace cip::app

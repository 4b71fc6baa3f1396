#include "widgets/viewer/RadiographView.h"

#include "widgets/WidgetsLog.h"
#include "widgets/viewer/AnnotationEditor.h"
#include "widgets/viewer/MaterialNames.h"
#include "widgets/viewer/ViewerKeyMap.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPointer>
#include <QThreadPool>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace cip::widgets {

using namespace cip::imaging;

namespace {

/// The threads that make the 2D views' frames: apart from the global pool, so a frame never
/// waits behind the next job's analysis.
QThreadPool& framePool() {
  static QPointer<QThreadPool> pool;  // owned by the application, which waits for it when it goes
  if (!pool) {
    pool = new QThreadPool(QCoreApplication::instance());
    pool->setMaxThreadCount(2);
    pool->setExpiryTimeout(-1);
  }
  return *pool;
}

QImage toScreenImage(const cv::Mat& bgr, double devicePixelRatio) {
  const QImage frame(bgr.data, bgr.cols, bgr.rows, static_cast<qsizetype>(bgr.step), QImage::Format_BGR888);
  QImage image = frame.convertToFormat(QImage::Format_RGB32);  // own the pixels, in the format the screen is painted in
  image.setDevicePixelRatio(devicePixelRatio);
  return image;
}

}  // namespace

RadiographView::RadiographView(QWidget* parent) : FrameView(parent), annotations_(new AnnotationEditor(*this)) {
  connect(annotations_, &AnnotationEditor::repaintNeeded, this, [this] { redraw(); });
  settle_.setSingleShot(true);
  settle_.setInterval(200);
  connect(&settle_, &QTimer::timeout, this, [this] { setInteractive(false); });
  connect(&baseRender_, &QFutureWatcher<RenderedBase>::finished, this, [this] {
    RenderedBase done = baseRender_.result();
    if (done.generation > shown_) {  // not overtaken by a frame made at once meanwhile
      base_ = std::move(done.image);
      baseGeometry_ = done.geometry;
      baseScan_ = std::move(done.scan);
      shown_ = done.generation;
    }
    // The whole-image work the worker did is kept here, where it still fits the view.
    const bool wasSettled = renderer_.settled();
    renderer_.adoptCaches(done.renderer);
    update();  // shows it, and starts the next image if the view changed meanwhile
    if (!wasSettled && renderer_.settled()) emit viewChanged();  // the preset's window is known now
  });
  setMinimumSize(200, 150);
}

RadiographView::~RadiographView() {
  // The worker still rendering for this view is waited for here, while the process still has
  // everything it uses: left running, it could outlive the application and free into a heap
  // that is being torn down.
  baseRender_.waitForFinished();
}

void RadiographView::setScan(std::shared_ptr<const Scan> scan, std::shared_ptr<const MaterialClassifier> classifier) {
  renderer_.setMaterialClassifier(std::move(classifier), 5);
  renderer_.setScan(std::move(scan));
  regions_.clear();
  clearDetectorFaults();
  profile_ = QLineF();
  if (renderer_.scan()) {
    geometry_ = ViewGeometry{};
    geometry_.image = {renderer_.scan()->width, renderer_.scan()->height};
    fitPending_ = true;  // the viewport size is known at the first frame
    applyPreset(defaultPreset(*renderer_.scan()));
  }
  changed();
}

void RadiographView::setPreparedScan(ViewportRenderer renderer) {
  renderer_ = std::move(renderer);
  regions_.clear();
  clearDetectorFaults();
  profile_ = QLineF();
  if (renderer_.scan()) {
    geometry_ = ViewGeometry{};
    geometry_.image = {renderer_.scan()->width, renderer_.scan()->height};
    fitPending_ = true;
  }
  changed();
}

void RadiographView::replaceImage(std::shared_ptr<const Scan> scan) {
  // Another plane of the same volume: same size, same window, same place on screen.
  const DisplaySettings settings = renderer_.settings();
  const ViewGeometry geometry = geometry_;
  renderer_.setScan(std::move(scan));
  renderer_.setSettings(settings);
  if (renderer_.scan() && cv::Size(renderer_.scan()->width, renderer_.scan()->height) == geometry.image) {
    geometry_ = geometry;
  } else if (renderer_.scan()) {
    geometry_.image = {renderer_.scan()->width, renderer_.scan()->height};
    fitPending_ = true;
  }
  changed();
}

void RadiographView::clearDetectorFaults() {
  faultRegions_.clear();
  faultsRead_.reset();
  faultsFilled_.reset();
  faultsAsRead_ = false;
}

void RadiographView::setDetectorFaults(std::shared_ptr<const Scan> asRead, std::shared_ptr<const Scan> filled, std::vector<cv::Rect> regions) {
  faultsRead_ = std::move(asRead);
  faultsFilled_ = std::move(filled);
  faultRegions_ = std::move(regions);
  faultsAsRead_ = faultsRead_ && renderer_.scan() == faultsRead_;
  redraw();
}

void RadiographView::setCrosshair(const QPointF& imagePoint) {
  crosshair_ = imagePoint;
  redraw();
}

void RadiographView::setOverlayRegions(std::vector<OverlayRegion> regions) {
  regions_ = std::move(regions);
  redraw();
}

void RadiographView::showRegion(const QRectF& r) {
  if (r.isEmpty() || geometry_.viewport.area() == 0) return;
  const double margin = 1.6;
  const bool sideways = geometry_.quarterTurns % 2 == 1;
  const double w = (sideways ? r.height() : r.width()) * margin, h = (sideways ? r.width() : r.height()) * margin;
  geometry_.setZoom(std::min(geometry_.viewport.width / w, geometry_.viewport.height / h));
  geometry_.center = {r.center().x(), r.center().y()};
  fitPending_ = false;
  changed();
}

void RadiographView::applyPreset(Preset preset) {
  if (!renderer_.scan()) return;
  // The file's window again: its next one (a CT stores brain, bone, lung …).
  const std::size_t windows = renderer_.scan()->meta.windows.size();
  fileWindow_ = preset == Preset::File && lastPreset_ == Preset::File && windows > 0 ? (fileWindow_ + 1) % windows : 0;
  lastPreset_ = preset;
  renderer_.applyPreset(preset, fileWindow_);
  changed();
}

const DisplaySettings& RadiographView::settledDisplaySettings() {
  renderer_.working();
  return renderer_.settings();
}

void RadiographView::setDisplaySettings(const DisplaySettings& settings) {
  renderer_.setSettings(settings);
  changed();
}

void RadiographView::setChannelView(ChannelView view) {
  renderer_.setChannelView(view);
  changed();
}

void RadiographView::redraw() { requestRender(); }

void RadiographView::rerender() {
  baseDirty_ = true;
  redraw();
}

void RadiographView::changed() {
  rerender();
  emit viewChanged();
}

cv::Point2d RadiographView::toDevice(const QPointF& p) const { return {p.x() * devicePixelRatioF(), p.y() * devicePixelRatioF()}; }

QImage RadiographView::currentPicture() {
  const int w = static_cast<int>(width() * devicePixelRatioF() + 0.5), h = static_cast<int>(height() * devicePixelRatioF() + 0.5);
  const cv::Size viewport(std::max(1, w), std::max(1, h));
  if (viewport != geometry_.viewport) {
    baseDirty_ = true;
    geometry_.viewport = viewport;
  }
  if (fitPending_ && renderer_.scan()) {
    geometry_.fit();
    fitPending_ = false;
    baseDirty_ = true;
  }
  const bool now = !renderOnWorker_ || !isVisible() || grabbing() || synchronous_;
  if (now && shown_ != requested_) baseDirty_ = true;  // the worker's image is not in yet: made here instead
  if (baseDirty_) {
    if (now) {
      renderBase(viewport);
    } else {
      startBaseRender(viewport);
      // Until the new scan's first image is done, never the previous scan's picture.
      if (baseScan_ != renderer_.scan()) return {};
    }
  }
  return base_;
}

void RadiographView::paintOverlay(QPainter& painter, const QSize& size) {
  // Marks, cursor and profile change far more often than the image: they are painted over it
  // on each frame, for the geometry the image was made for (while a newer one is being made,
  // they stay on it).
  const ViewGeometry current = geometry_;
  geometry_ = baseGeometry_;
  paintOverlays(painter, size);
  geometry_ = current;
}

ViewGeometry RadiographView::frameGeometryFor(const cv::Size& viewport) const {
  // While the user drags or spins the wheel, frames are made at half resolution (a quarter of the
  // pixels to window and colour) and magnified; the full frame follows when they stop.
  ViewGeometry g = geometry_;
  if (interactive_) {
    g.viewport = cv::Size(std::max(1, viewport.width / 2), std::max(1, viewport.height / 2));
    g.zoom = geometry_.zoom * g.viewport.width / viewport.width;
  }
  return g;
}

void RadiographView::renderBase(const cv::Size& viewport) {
  baseDirty_ = false;
  const ViewGeometry g = frameGeometryFor(viewport);
  base_ = toScreenImage(renderer_.render(g), devicePixelRatioF() * g.viewport.width / viewport.width);
  baseGeometry_ = geometry_;
  baseScan_ = renderer_.scan();
  shown_ = ++requested_;  // a worker's older image arriving later is dropped
}

void RadiographView::startBaseRender(const cv::Size& viewport) {
  if (baseRender_.isRunning()) return;  // baseDirty_ stays set: the next image starts when this one is done
  baseDirty_ = false;
  const ViewGeometry g = frameGeometryFor(viewport);
  const double dpr = devicePixelRatioF() * g.viewport.width / viewport.width;
  // The worker works on a copy (the scan and the caches are shared, not copied): whole-image work
  // still to do — a preset's window, the log image, pyramid levels, material classes — is done
  // there too, and adopted when the image is in.
  baseRender_.setFuture(QtConcurrent::run(&framePool(), [renderer = renderer_, g, dpr, full = geometry_, generation = ++requested_]() mutable {
    renderer.prepare(g);
    if (renderer.canShowMaterials()) renderer.materialClasses();  // what the cursor readout names
    QImage image = toScreenImage(renderer.renderPrepared(g), dpr);
    std::shared_ptr<const Scan> scan = renderer.scan();
    return RenderedBase{std::move(image), full, std::move(scan), generation, std::move(renderer)};
  }));
}

QImage RadiographView::snapshot() {
  if (interactive_ || base_.isNull() || base_.width() != geometry_.viewport.width || shown_ != requested_) {
    interactive_ = false;
    rerender();
  }
  synchronous_ = true;
  const QImage picture = currentPicture();
  synchronous_ = false;
  QImage frame(geometry_.viewport.width, geometry_.viewport.height, QImage::Format_RGB32);  // device pixels, as currentPicture() set them
  frame.setDevicePixelRatio(devicePixelRatioF());
  QPainter painter(&frame);
  paintFrame(painter, picture);
  return frame;
}

void RadiographView::setInteractive(bool on) {
  if (on) {
    interactive_ = true;
    settle_.start();
  } else if (interactive_ && dragButton_ == Qt::NoButton) {
    interactive_ = false;
    rerender();  // the full-resolution image after the half-resolution ones of the gesture
  }
}

QRect RadiographView::visibleRegion() const {
  const cv::Rect r = geometry_.visibleImageRect();
  return {r.x, r.y, r.width, r.height};
}

void RadiographView::setProfileLine(const QLineF& line) {
  profile_ = line;
  redraw();
  emit profileChanged(profile_);
}

cv::Point2d RadiographView::widgetToImage(const QPointF& widgetPosition) const { return geometry_.screenToImage(toDevice(widgetPosition)); }

QPointF RadiographView::imageToWidget(const cv::Point2d& imagePoint) const {
  const cv::Point2d s = geometry_.imageToScreen(imagePoint);
  const double dpr = devicePixelRatioF();
  return {s.x / dpr, s.y / dpr};
}

void RadiographView::mouseDoubleClickEvent(QMouseEvent* event) {
  if (annotations_->mouseDoubleClick(event)) return redraw();
  FrameView::mouseDoubleClickEvent(event);
}

void RadiographView::mousePressEvent(QMouseEvent* event) {
  if (annotations_->mousePress(event)) return redraw();
  if (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ControlModifier) && renderer_.scan()) {
    const cv::Point2d p = geometry_.screenToImage(toDevice(event->position()));
    emit pointPicked(QPointF(p.x, p.y));
    return;
  }
  if (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier) && renderer_.scan()) {
    const cv::Point2d p = geometry_.screenToImage(toDevice(event->position()));
    drawingProfile_ = true;
    setProfileLine(QLineF(p.x, p.y, p.x, p.y));
    return;
  }
  dragButton_ = event->button();
  if (dragButton_ == Qt::LeftButton || dragButton_ == Qt::RightButton) setInteractive(true);
  dragStart_ = event->position();
  if (dragButton_ == Qt::RightButton) renderer_.working();  // a window drag starts from the preset's window, measured now if it is not yet
  dragSettings_ = renderer_.settings();
  if (dragButton_ == Qt::LeftButton) setCursor(Qt::ClosedHandCursor);
}

void RadiographView::mouseMoveEvent(QMouseEvent* event) {
  const QPointF previous = cursor_;
  cursor_ = event->position();
  if (annotations_->mouseMove(event)) {
    redraw();
    emit cursorInfo(describe(cursor_));
    return;
  }
  if (drawingProfile_) {
    const cv::Point2d p = geometry_.screenToImage(toDevice(cursor_));
    setProfileLine(QLineF(profile_.p1(), QPointF(p.x, p.y)));
    emit cursorInfo(describe(cursor_));
    return;
  }
  if (dragButton_ == Qt::LeftButton && previous.x() >= 0) {
    const cv::Point2d now = toDevice(cursor_), before = toDevice(previous);
    geometry_.pan(now - before);
    fitPending_ = false;
    changed();
  } else if (dragButton_ == Qt::RightButton) {
    // Window/level as radiologists know it: horizontal drag widens, vertical drag moves the level.
    const QPointF d = event->position() - dragStart_;
    DisplaySettings s = dragSettings_;
    s.windowWidth = std::max(dragSettings_.windowWidth * std::exp(d.x() / 200.0), 1e-6);
    s.windowCenter = dragSettings_.windowCenter - dragSettings_.windowWidth * d.y() / 300.0;
    if (s.voiLut) {  // a file's table has no width to change: the drag starts a window over its input range
      s.voiLut.reset();
      s.function = VoiFunction::LinearExact;
    }
    renderer_.setSettings(s);
    changed();
  } else if (magnifier_) {
    redraw();
  }
  emit cursorInfo(describe(cursor_));
}

void RadiographView::mouseReleaseEvent(QMouseEvent* event) {
  if (annotations_->mouseRelease(event)) return redraw();
  drawingProfile_ = false;
  dragButton_ = Qt::NoButton;
  settle_.start();  // full resolution shortly after the drag ends
  unsetCursor();
}

void RadiographView::wheelEvent(QWheelEvent* event) {
  const double notches = event->angleDelta().y() / 120.0;
  if (notches == 0) return;
  setInteractive(true);
  geometry_.zoomAt(toDevice(event->position()), std::pow(1.25, notches));
  fitPending_ = false;
  changed();
}

void RadiographView::leaveEvent(QEvent* event) {
  cursor_ = {-1, -1};
  if (magnifier_) redraw();
  FrameView::leaveEvent(event);
}

bool RadiographView::event(QEvent* event) { return ViewerKeyMap::claimShortcut(event, ViewerContext::Image) || FrameView::event(event); }

void RadiographView::keyPressEvent(QKeyEvent* event) {
  if (annotations_->keyPress(event)) return redraw();
  ViewerAction action;
  if (!ViewerKeyMap::find(ViewerContext::Image, event->key(), event->modifiers(), &action)) return FrameView::keyPressEvent(event);
  trigger(static_cast<int>(action));
}

void RadiographView::trigger(int actionId) {
  const auto action = static_cast<ViewerAction>(actionId);
  const double step = std::max(geometry_.viewport.width, geometry_.viewport.height) / 8.0;
  DisplaySettings s = renderer_.settings();
  switch (action) {
    case ViewerAction::Preset1: case ViewerAction::Preset2: case ViewerAction::Preset3: case ViewerAction::Preset4:
    case ViewerAction::Preset5: case ViewerAction::Preset6: case ViewerAction::Preset7: case ViewerAction::Preset8:
      return applyPreset(displayPresets().at(static_cast<std::size_t>(actionId - static_cast<int>(ViewerAction::Preset1))).preset);
    case ViewerAction::DetectorFaults:
      if (!faultsRead_ || !faultsFilled_) return;
      faultsAsRead_ = !faultsAsRead_;
      return replaceImage(faultsAsRead_ ? faultsRead_ : faultsFilled_);
    case ViewerAction::Fit: geometry_.fit(); break;
    case ViewerAction::ActualSize: geometry_.actualSize(); break;
    case ViewerAction::ZoomIn: geometry_.zoomAt({geometry_.viewport.width / 2.0, geometry_.viewport.height / 2.0}, 1.25); break;
    case ViewerAction::ZoomOut: geometry_.zoomAt({geometry_.viewport.width / 2.0, geometry_.viewport.height / 2.0}, 0.8); break;
    case ViewerAction::PanLeft: geometry_.pan({step, 0}); break;
    case ViewerAction::PanRight: geometry_.pan({-step, 0}); break;
    case ViewerAction::PanUp: geometry_.pan({0, step}); break;
    case ViewerAction::PanDown: geometry_.pan({0, -step}); break;
    case ViewerAction::RotateClockwise: geometry_.rotateClockwise(); geometry_.fit(); break;
    case ViewerAction::FlipHorizontal: geometry_.flipHorizontal = !geometry_.flipHorizontal; break;
    case ViewerAction::FlipVertical: geometry_.flipVertical = !geometry_.flipVertical; break;
    case ViewerAction::Invert: s.invert = !s.invert; break;
    case ViewerAction::LogDisplay: {
      s.logTransmission = !s.logTransmission;
      s.windowWidth = 0;  // the units change: start again from the automatic window
      s.function = VoiFunction::LinearExact;
      s.voiLut.reset();
      break;
    }
    case ViewerAction::Clahe: s.equalization = s.equalization == Equalization::Clahe ? Equalization::None : Equalization::Clahe; break;
    case ViewerAction::Edge: s.unsharpAmount = s.unsharpAmount > 0 ? 0 : 1.0; break;
    case ViewerAction::NextColorTable: s.colors = static_cast<ColorTable>((static_cast<int>(s.colors) + 1) % 6); break;
    case ViewerAction::NextChannelView: {
      const ChannelView order[] = {ChannelView::High, ChannelView::Low, ChannelView::Material, ChannelView::Blend};
      int i = static_cast<int>(renderer_.channelView());
      for (int tries = 0; tries < 4; ++tries) {
        i = (i + 1) % 4;
        renderer_.setChannelView(order[i]);
        if (renderer_.channelView() == order[i]) break;
      }
      break;
    }
    case ViewerAction::Magnifier: magnifier_ = !magnifier_; break;
    case ViewerAction::Findings: showRegions_ = !showRegions_; break;
    case ViewerAction::Help: help_ = !help_; break;
    default: return;  // a 3D view's action
  }
  if (action == ViewerAction::Fit || action == ViewerAction::RotateClockwise) fitPending_ = false;
  renderer_.setSettings(s);
  changed();
}

QString RadiographView::describe(const QPointF& widgetPosition) {
  const std::shared_ptr<const Scan>& scan = renderer_.scan();
  if (!scan || widgetPosition.x() < 0) return {};
  const cv::Point2d p = geometry_.screenToImage(toDevice(widgetPosition));
  const int x = static_cast<int>(std::floor(p.x)), y = static_cast<int>(std::floor(p.y));
  if (x < 0 || y < 0 || x >= scan->width || y >= scan->height) return {};
  QString text = tr("x %1, y %2").arg(x).arg(y);
  if (scan->meta.spacingX > 0)
    text += tr(" (%1 × %2 m)").arg(x * scan->meta.spacingX / 1000.0, 0, 'f', 3).arg(y * scan->meta.spacingY / 1000.0, 0, 'f', 3);
  for (std::size_t c = 0; c < scan->channels.size(); ++c) {
    const cv::Mat pixels = scan->slice(c, renderer_.slice());
    cv::Mat value;
    pixels(cv::Rect(x, y, 1, 1)).convertTo(value, CV_64F);
    text += QStringLiteral("   %1 %2").arg(MaterialNames::channel(scan->channels[c].role)).arg(value.at<double>(0, 0));
  }
  // The classes are made with the frames, on a worker: named once they are in.
  const cv::Mat& classes = renderer_.materialClassesIfMade();
  if (renderer_.canShowMaterials() && !classes.empty())
    text += QStringLiteral("   ") + tr("material: %1").arg(MaterialNames::name(static_cast<MaterialClass>(classes.at<unsigned char>(y, x))));
  return text;
}

}  // namespace cip::widgets

#include "widgets/viewer/RadiographView.h"

#include "widgets/WidgetsLog.h"
#include "widgets/viewer/AnnotationEditor.h"
#include "widgets/viewer/MaterialNames.h"
#include "widgets/viewer/ViewerKeyMap.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <vtkRenderer.h>


#include <algorithm>
#include <cmath>

namespace cip::widgets {

using namespace cip::imaging;

RadiographView::RadiographView(QWidget* parent) : VtkRenderWidget(parent), annotations_(new AnnotationEditor(*this)) {
  connect(annotations_, &AnnotationEditor::repaintNeeded, this, [this] { redraw(); });
  layer_.attach(renderer());
  renderer()->SetBackground(0.11, 0.11, 0.11);
  settle_.setSingleShot(true);
  settle_.setInterval(200);
  connect(&settle_, &QTimer::timeout, this, [this] { setInteractive(false); });
  setMinimumSize(200, 150);
}

RadiographView::~RadiographView() = default;

void RadiographView::setScan(std::shared_ptr<const Scan> scan, std::shared_ptr<const MaterialClassifier> classifier) {
  renderer_.setMaterialClassifier(std::move(classifier), 5);
  renderer_.setScan(std::move(scan));
  regions_.clear();
  profile_ = QLineF();
  if (renderer_.scan()) {
    geometry_ = ViewGeometry{};
    geometry_.image = {renderer_.scan()->width, renderer_.scan()->height};
    fitPending_ = true;  // the viewport size is known at the first frame
    applyPreset(Preset::Auto);
  }
  changed();
}

void RadiographView::setPreparedScan(ViewportRenderer renderer) {
  renderer_ = std::move(renderer);
  regions_.clear();
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

void RadiographView::setCrosshair(const QPointF& imagePoint) {
  crosshair_ = imagePoint;
  redraw();
}

void RadiographView::setOverlayRegions(std::vector<OverlayRegion> regions) {
  regions_ = std::move(regions);
  changed();
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
  renderer_.applyPreset(preset);
  changed();
}

void RadiographView::setDisplaySettings(const DisplaySettings& settings) {
  renderer_.setSettings(settings);
  changed();
}

void RadiographView::setChannelView(ChannelView view) {
  renderer_.setChannelView(view);
  changed();
}

void RadiographView::redraw() {
  frameDirty_ = true;
  requestRender();
}

void RadiographView::rerender() {
  baseDirty_ = true;
  redraw();
}

void RadiographView::changed() {
  rerender();
  emit viewChanged();
}

cv::Point2d RadiographView::toDevice(const QPointF& p) const { return {p.x() * devicePixelRatioF(), p.y() * devicePixelRatioF()}; }

void RadiographView::prepareFrame() {
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
  if (!frameDirty_ && !baseDirty_) return;  // a repaint for Qt's sake: the texture is still right
  frameDirty_ = false;
  if (baseDirty_) renderBase(viewport);
  // Marks, cursor and profile change far more often than the image: they are painted on a copy.
  frame_ = base_.copy();
  paintOverlays(frame_);
  layer_.setFrame(frame_.constBits(), frame_.width(), frame_.height(), frame_.bytesPerLine(), viewport.width, viewport.height);
}

void RadiographView::renderBase(const cv::Size& viewport) {
  baseDirty_ = false;
  // While the user drags or spins the wheel, frames are made at half resolution (a quarter of the
  // pixels to window, colour and upload) and magnified; the full frame follows when they stop.
  const double scale = interactive_ ? 0.5 : 1.0;
  ViewGeometry frameGeometry = geometry_;
  if (scale < 1) {
    frameGeometry.viewport = cv::Size(std::max(1, static_cast<int>(viewport.width * scale)), std::max(1, static_cast<int>(viewport.height * scale)));
    frameGeometry.zoom = geometry_.zoom * frameGeometry.viewport.width / viewport.width;
  }
  cv::Mat bgr = renderer_.render(frameGeometry);
  QImage frame(bgr.data, bgr.cols, bgr.rows, static_cast<qsizetype>(bgr.step), QImage::Format_BGR888);
  base_ = frame.convertToFormat(QImage::Format_RGBX8888);  // own the pixels; RGBA uploads without conversion
  base_.setDevicePixelRatio(devicePixelRatioF() * bgr.cols / viewport.width);
}

QImage RadiographView::snapshot() {
  if (interactive_ || frame_.isNull() || frame_.width() != geometry_.viewport.width) {
    interactive_ = false;
    rerender();
    grabFramebuffer();  // paints: a full frame
  }
  return frame_;
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
  VtkRenderWidget::mouseDoubleClickEvent(event);
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
  VtkRenderWidget::leaveEvent(event);
}

bool RadiographView::event(QEvent* event) { return ViewerKeyMap::claimShortcut(event, ViewerContext::Image) || VtkRenderWidget::event(event); }

void RadiographView::keyPressEvent(QKeyEvent* event) {
  if (annotations_->keyPress(event)) return redraw();
  ViewerAction action;
  if (!ViewerKeyMap::find(ViewerContext::Image, event->key(), event->modifiers(), &action)) return VtkRenderWidget::keyPressEvent(event);
  trigger(static_cast<int>(action));
}

void RadiographView::trigger(int actionId) {
  const auto action = static_cast<ViewerAction>(actionId);
  const double step = std::max(geometry_.viewport.width, geometry_.viewport.height) / 8.0;
  DisplaySettings s = renderer_.settings();
  switch (action) {
    case ViewerAction::Preset1: case ViewerAction::Preset2: case ViewerAction::Preset3: case ViewerAction::Preset4:
    case ViewerAction::Preset5: case ViewerAction::Preset6: case ViewerAction::Preset7:
      return applyPreset(displayPresets().at(static_cast<std::size_t>(actionId - static_cast<int>(ViewerAction::Preset1))).preset);
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
  if (renderer_.canShowMaterials() && !renderer_.materialClasses().empty())
    text += QStringLiteral("   ") + tr("material: %1").arg(MaterialNames::name(static_cast<MaterialClass>(renderer_.materialClasses().at<unsigned char>(y, x))));
  return text;
}

}  // namespace cip::widgets

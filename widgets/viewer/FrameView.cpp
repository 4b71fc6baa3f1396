#include "widgets/viewer/FrameView.h"

#include <QPainter>

#include <cmath>

namespace cip::widgets {

namespace {
const QColor kMat(28, 28, 28);  ///< behind the picture before the first frame
}

FrameView::FrameView(QWidget* parent) : QWidget(parent) {
  setFocusPolicy(Qt::StrongFocus);
  setMouseTracking(true);
  setAttribute(Qt::WA_OpaquePaintEvent);  // every pixel is painted: Qt need not clear first
}

QImage FrameView::grabFrame() {
  grabbing_ = true;
  QImage frame = grab().toImage();
  grabbing_ = false;
  return frame;
}

void FrameView::paintOverlay(QPainter&, const QSize&) {}

void FrameView::paintFrame(QPainter& painter, const QImage& picture) {
  const QRectF all(QPointF(0, 0), QSizeF(size()));
  if (picture.isNull()) {
    painter.fillRect(all, kMat);
    return;
  }
  const QSizeF shown = picture.deviceIndependentSize();
  // A reduced picture is magnified smoothly; a full one is copied pixel for pixel.
  const bool scaled = std::abs(shown.width() - width()) > 0.5 || std::abs(shown.height() - height()) > 0.5 ||
                      picture.devicePixelRatio() != devicePixelRatioF();
  painter.setRenderHint(QPainter::SmoothPixmapTransform, scaled);
  painter.drawImage(all, picture);
  paintOverlay(painter, size());
}

void FrameView::paintEvent(QPaintEvent*) {
  const QImage picture = currentPicture();
  QPainter painter(this);
  paintFrame(painter, picture);
  ++frames_;
  emit frameRendered();
}

}  // namespace cip::widgets

#include "widgets/viewer/FrameView.h"

#include <QPainter>
#include <QPaintEvent>

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

void FrameView::paintEvent(QPaintEvent* event) {
  const QImage frame = currentFrame();
  QPainter painter(this);
  if (frame.isNull()) {
    painter.fillRect(event->rect(), kMat);
  } else {
    const QSizeF shown = frame.deviceIndependentSize();
    // A reduced frame is magnified smoothly; a full one is copied pixel for pixel.
    if (std::abs(shown.width() - width()) > 0.5 || std::abs(shown.height() - height()) > 0.5 ||
        frame.devicePixelRatio() != devicePixelRatioF())
      painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(QRectF(rect()), frame);
  }
  ++frames_;
  emit frameRendered();
}

}  // namespace cip::widgets

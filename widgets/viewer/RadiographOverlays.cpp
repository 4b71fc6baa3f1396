// The painted layer of RadiographView: regions, scale bar, magnifier and the key help.
#include "widgets/viewer/RadiographView.h"
#include "widgets/viewer/AnnotationEditor.h"
#include "widgets/viewer/ViewerKeyMap.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace cip::widgets {

using namespace cip::imaging;

void RadiographView::paintOverlays(QPainter& painter, const QSize& size) {
  painter.save();
  painter.setRenderHint(QPainter::Antialiasing);
  const double dpr = devicePixelRatioF();  // geometry_ speaks full-resolution device pixels
  if (showRegions_) {
    QFont font = painter.font();
    font.setPointSizeF(9);
    painter.setFont(font);
    std::vector<QRectF> labels;  // placed so far: a label never covers another
    const auto freeSpot = [&labels, &size](const QRectF& box, const QSizeF& text) {
      // Above the box, else below it, else inside its top edge, else stepped down until clear;
      // always kept inside the view.
      const double left = std::clamp(box.left(), 0.0, std::max(0.0, size.width() - text.width()));
      const double bottom = std::max(0.0, size.height() - text.height());
      std::vector<double> tops = {box.top() - text.height(), box.bottom(), box.top()};
      for (int step = 1; step <= 8; ++step) tops.push_back(box.top() + step * text.height());
      for (const double top : tops) {
        const QRectF spot(left, std::clamp(top, 0.0, bottom), text.width(), text.height());
        if (std::none_of(labels.begin(), labels.end(), [&spot](const QRectF& other) { return other.intersects(spot); })) return spot;
      }
      return QRectF(left, std::clamp(tops.front(), 0.0, bottom), text.width(), text.height());
    };
    for (const OverlayRegion& r : regions_) {
      // The region's corners on screen (rotation and flips included), in widget coordinates.
      QPolygonF outline;
      for (const QPointF corner : {r.imageRect.topLeft(), r.imageRect.topRight(), r.imageRect.bottomRight(), r.imageRect.bottomLeft()}) {
        const cv::Point2d s = geometry_.imageToScreen({corner.x(), corner.y()});
        outline << QPointF(s.x / dpr, s.y / dpr);
      }
      painter.setPen(QPen(r.colour, 2));
      painter.setBrush(Qt::NoBrush);
      painter.drawPolygon(outline);
      const QRectF box = outline.boundingRect();
      if (!r.label.isEmpty()) {
        const QRectF text = painter.fontMetrics().boundingRect(r.label).adjusted(-3, -1, 3, 1);
        const QRectF label = freeSpot(box, text.size());
        labels.push_back(label);
        painter.fillRect(label, QColor(0, 0, 0, 170));
        painter.setPen(r.colour);
        painter.drawText(label, Qt::AlignCenter, r.label);
      }
    }
  }
  paintDetectorFaults(painter);
  paintProfileLine(painter);
  annotations_->paint(painter);
  if (crosshair_.x() >= 0) {
    const cv::Point2d c = geometry_.imageToScreen({crosshair_.x(), crosshair_.y()});
    const QPointF at(c.x / dpr, c.y / dpr);
    painter.setPen(QPen(QColor(0, 255, 120, 200), 1, Qt::DashLine));
    painter.drawLine(QPointF(0, at.y()), QPointF(size.width(), at.y()));
    painter.drawLine(QPointF(at.x(), 0), QPointF(at.x(), size.height()));
  }
  paintScaleBar(painter, size);
  if (magnifier_ && cursor_.x() >= 0) paintMagnifier(painter);
  if (help_) paintHelp(painter, size);
  painter.restore();
}

void RadiographView::paintDetectorFaults(QPainter& painter) {
  if (faultRegions_.empty()) return;
  const double dpr = devicePixelRatioF();
  // As read: hatched, so that nobody takes the dead pixels for an object. Filled in: outlined,
  // so that nobody takes the interpolated pixels for a measurement.
  const QColor amber(255, 176, 0);
  painter.setPen(QPen(amber, 1, faultsAsRead_ ? Qt::SolidLine : Qt::DashLine));
  painter.setBrush(faultsAsRead_ ? QBrush(amber, Qt::BDiagPattern) : QBrush(Qt::NoBrush));
  for (const cv::Rect& r : faultRegions_) {
    QPolygonF outline;
    for (const cv::Point2d corner : {cv::Point2d(r.x, r.y), cv::Point2d(r.x + r.width, r.y), cv::Point2d(r.x + r.width, r.y + r.height),
                                     cv::Point2d(r.x, r.y + r.height)}) {
      const cv::Point2d s = geometry_.imageToScreen(corner);
      outline << QPointF(s.x / dpr, s.y / dpr);
    }
    painter.drawPolygon(outline);
  }
}

void RadiographView::paintProfileLine(QPainter& painter) {
  if (profile_.isNull()) return;
  const double dpr = devicePixelRatioF();
  auto screen = [&](const QPointF& p) {
    const cv::Point2d s = geometry_.imageToScreen({p.x(), p.y()});
    return QPointF(s.x / dpr, s.y / dpr);
  };
  const QLineF line(screen(profile_.p1()), screen(profile_.p2()));
  painter.setPen(QPen(QColor(0, 0, 0, 180), 4));
  painter.drawLine(line);
  painter.setPen(QPen(QColor(255, 230, 0), 2));
  painter.drawLine(line);
  for (const QPointF& end : {line.p1(), line.p2()}) painter.drawEllipse(end, 4, 4);
}

void RadiographView::paintScaleBar(QPainter& painter, const QSize& size) {
  const std::shared_ptr<const Scan>& scan = renderer_.scan();
  if (!scan || scan->meta.spacingX <= 0) return;
  // The longest round length (1, 2 or 5 × 10ⁿ mm) that fits in a fifth of the view.
  const double mmPerWidgetPixel = scan->meta.spacingX / geometry_.zoom * devicePixelRatioF();
  const double target = size.width() / 5.0 * mmPerWidgetPixel;
  double length = std::pow(10.0, std::floor(std::log10(target)));
  for (double m : {5.0, 2.0})
    if (length * m <= target) {
      length *= m;
      break;
    }
  const double pixels = length / mmPerWidgetPixel;
  const QString label = length >= 1000 ? tr("%1 m").arg(length / 1000) : length >= 10 ? tr("%1 cm").arg(length / 10) : tr("%1 mm").arg(length);
  const QPointF start(16, size.height() - 18);
  painter.setPen(QPen(QColor(0, 0, 0, 200), 5));
  painter.drawLine(start, start + QPointF(pixels, 0));
  painter.setPen(QPen(Qt::white, 2));
  painter.drawLine(start, start + QPointF(pixels, 0));
  // White on a dark halo: readable over air (white) and dense cargo (black) alike.
  const QRectF text = QRectF(painter.fontMetrics().boundingRect(label)).adjusted(-3, -1, 3, 1).translated(start + QPointF(0, -10));
  painter.fillRect(text, QColor(0, 0, 0, 170));
  painter.drawText(text, Qt::AlignCenter, label);
}

void RadiographView::paintMagnifier(QPainter& painter) {
  // A 4× loupe of what is under the cursor, rendered from the data (not the screen's pixels).
  const double dpr = devicePixelRatioF();
  const int side = static_cast<int>(180 * dpr);
  ViewGeometry loupe = geometry_;
  loupe.viewport = {side, side};
  loupe.center = geometry_.screenToImage(toDevice(cursor_));
  loupe.setZoom(geometry_.zoom * 4);
  const cv::Mat bgr = renderer_.render(loupe);
  QImage picture = QImage(bgr.data, bgr.cols, bgr.rows, static_cast<qsizetype>(bgr.step), QImage::Format_BGR888).copy();
  picture.setDevicePixelRatio(dpr);
  const QRectF target(cursor_ + QPointF(24, 24), QSizeF(180, 180));
  QPainterPath circle;
  circle.addEllipse(target);
  painter.save();
  painter.setClipPath(circle);
  painter.drawImage(target, picture);
  painter.restore();
  painter.setPen(QPen(QColor(255, 255, 255, 200), 2));
  painter.drawEllipse(target);
  painter.drawLine(target.center() - QPointF(6, 0), target.center() + QPointF(6, 0));
  painter.drawLine(target.center() - QPointF(0, 6), target.center() + QPointF(0, 6));
}

void RadiographView::paintHelp(QPainter& painter, const QSize& size) {
  // Every key of the viewer, the 3D view's included: one table, one help.
  const std::vector<ViewerKey>& keys = ViewerKeyMap::keys();
  QFont font = painter.font();
  font.setPointSizeF(10);
  painter.setFont(font);
  const int line = painter.fontMetrics().height() + 2;
  // One column when it fits, else two side by side.
  const int rowsAvailable = std::max(4, (size.height() - 40) / line - 3);
  const int columns = static_cast<int>(keys.size()) > rowsAvailable ? 2 : 1;
  const int rows = (static_cast<int>(keys.size()) + columns - 1) / columns;
  const double columnWidth = std::min(480.0, (size.width() - 40.0) / columns);
  const QRectF panel((size.width() - columnWidth * columns) / 2, 20, columnWidth * columns, line * (rows + 2.5));
  painter.fillRect(panel, QColor(0, 0, 0, 215));
  painter.setPen(Qt::white);
  painter.drawText(QRectF(panel.left() + 12, panel.top() + 4, panel.width() - 24, line * 1.5), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("Keys (? closes) — mouse: left-drag pans, right-drag window/level, wheel zooms"));
  for (int i = 0; i < static_cast<int>(keys.size()); ++i) {
    const double x = panel.left() + 12 + (i / rows) * columnWidth, y = panel.top() + line * (2.5 + i % rows);
    painter.drawText(QPointF(x, y), keys[static_cast<std::size_t>(i)].key.toString(QKeySequence::NativeText));
    painter.drawText(QPointF(x + 60, y), ViewerKeyMap::description(keys[static_cast<std::size_t>(i)]));
  }
}

}  // namespace cip::widgets

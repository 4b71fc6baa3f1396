#pragma once

#include "imaging/core/view/ViewportRenderer.h"
#include "widgets/viewer/FrameView.h"

#include <QColor>
#include <QFutureWatcher>
#include <QImage>
#include <QLineF>
#include <QRect>
#include <QRectF>
#include <QTimer>


#include <memory>
#include <vector>


namespace cip::widgets {

class AnnotationEditor;

/// A region drawn over the scan: an automatic finding, a TDR threat object, a region of interest.
struct OverlayRegion {
  QRectF imageRect;  ///< scan pixels
  QColor colour;
  QString label;
};

/// The 2D scan view: a radiograph (or one CT slice) at any zoom, rendered for the screen by the
/// imaging core's ViewportRenderer and put on screen by Qt's raster engine (FrameView says why). Right-drag sets window/level, left-drag
/// pans, the wheel zooms at the cursor; every other function has a key (ViewerKeyMap, `?`).
/// Overlays — regions, marks, scale bar, magnifier, help — are painted over the image on each
/// frame, and into a snapshot, so a snapshot is exactly what the analyst saw.
class RadiographView : public FrameView {
  Q_OBJECT
 public:
  explicit RadiographView(QWidget* parent = nullptr);
  ~RadiographView() override;

  /// Shows `scan` fitted, with the automatic preset. `classifier` enables material colours.
  void setScan(std::shared_ptr<const imaging::Scan> scan, std::shared_ptr<const imaging::MaterialClassifier> classifier = nullptr);
  /// The same, from a renderer prepared elsewhere (scan, window and caches ready): the next
  /// job's prefetch made the first frame's whole-image work on a worker thread.
  void setPreparedScan(imaging::ViewportRenderer renderer);
  const std::shared_ptr<const imaging::Scan>& scan() const { return renderer_.scan(); }
  /// Shows another image of the same kind (the next CT plane) keeping window, zoom and position.
  void replaceImage(std::shared_ptr<const imaging::Scan> scan);
  /// A cross through this image point (the linked cursor of the CT planes); negative: none.
  void setCrosshair(const QPointF& imagePoint);
  void setOverlayRegions(std::vector<OverlayRegion> regions);
  /// Zooms to `imageRect` with a margin and centres it (a click in the findings list).
  void showRegion(const QRectF& imageRect);

  /// The scan's detector faults. The view shows `filled` (faults interpolated over, outlined);
  /// the detector-faults key switches to `asRead` (the file's pixels, faults hatched) and back.
  /// Cleared by setScan()/setPreparedScan().
  void setDetectorFaults(std::shared_ptr<const imaging::Scan> asRead, std::shared_ptr<const imaging::Scan> filled, std::vector<cv::Rect> regions);
  bool showsFaultsAsRead() const { return faultsAsRead_; }

  void applyPreset(imaging::Preset preset);
  void setDisplaySettings(const imaging::DisplaySettings& settings);
  /// The window shown; just after a preset, the previous one until the preset's window is
  /// measured on a worker (settled() says when; viewChanged() is emitted then).
  const imaging::DisplaySettings& displaySettings() const { return renderer_.settings(); }
  bool settled() const { return renderer_.settled(); }
  /// The window shown, measured now if it is not yet.
  const imaging::DisplaySettings& settledDisplaySettings();
  void setChannelView(imaging::ChannelView view);
  imaging::ChannelView channelView() const { return renderer_.channelView(); }
  /// Performs a keyboard action (also what the key does).
  void trigger(int action);
  const imaging::ViewGeometry& geometry() const { return geometry_; }

  /// Whether frames are made on a worker thread while the view is on screen (the default): the
  /// GUI thread then only paints the last finished one. Off, each frame is made in the paint
  /// (what the frame-rate benchmark measures). Snapshots and grabs are always made at once.
  void setRenderOnWorker(bool on) { renderOnWorker_ = on; }
  /// Reduced-resolution frames while the user interacts; false makes the next frame full again.
  void setInteractive(bool on);
  bool interactive() const { return interactive_; }
  bool magnifierShown() const { return magnifier_; }
  bool helpShown() const { return help_; }
  /// The view with its overlays at full device resolution (rendered anew if the last frame was
  /// a reduced one during interaction).
  QImage snapshot();
  /// What the cursor is over: position, each channel's value, material class.
  QString describe(const QPointF& widgetPosition);
  /// The working image of the channel on screen (values in the window's units).
  const imaging::WorkingImage& workingImage() { return renderer_.working(); }
  /// The part of the scan in view (scan pixels).
  QRect visibleRegion() const;
  /// The profile line (scan pixels); empty when none is drawn. Shift + left-drag draws one.
  QLineF profileLine() const { return profile_; }
  void setProfileLine(const QLineF& line);
  /// The annotation tools working on this view (painted over its picture on each frame).
  AnnotationEditor& annotationEditor() { return *annotations_; }
  /// Scan pixel under a widget position, and back (rotation, flips and device pixels included).
  cv::Point2d widgetToImage(const QPointF& widgetPosition) const;
  QPointF imageToWidget(const cv::Point2d& imagePoint) const;

 signals:
  void cursorInfo(const QString& text);
  void viewChanged();
  void profileChanged(const QLineF& imageLine);
  /// Ctrl + click: the analyst points at this image position (e.g. to link the CT planes).
  void pointPicked(const QPointF& imagePoint);

 protected:
  QImage currentPicture() override;
  void paintOverlay(QPainter& painter, const QSize& size) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;
  void mouseDoubleClickEvent(QMouseEvent* event) override;
  void wheelEvent(QWheelEvent* event) override;
  void keyPressEvent(QKeyEvent* event) override;
  /// The view's own keys win over the window's shortcuts while it has the focus.
  bool event(QEvent* event) override;
  void leaveEvent(QEvent* event) override;

 private:
  void clearDetectorFaults();
  void changed();   ///< the view changed: re-render and tell listeners
  void rerender();  ///< the image itself must be made again (window, zoom, resolution)
  void redraw();    ///< only the painted layer changed (marks, cursor, magnifier): the image is reused
  /// The image for `viewport` made here and now.
  void renderBase(const cv::Size& viewport);
  /// The same made on a worker; base_ stays until it is done. One at a time, the latest wins.
  void startBaseRender(const cv::Size& viewport);
  imaging::ViewGeometry frameGeometryFor(const cv::Size& viewport) const;
  void paintOverlays(QPainter& painter, const QSize& size);
  void paintScaleBar(class QPainter& painter, const QSize& size);
  void paintProfileLine(class QPainter& painter);
  void paintDetectorFaults(class QPainter& painter);
  void paintMagnifier(class QPainter& painter);
  void paintHelp(class QPainter& painter, const QSize& size);
  cv::Point2d toDevice(const QPointF& widgetPosition) const;

  imaging::ViewportRenderer renderer_;
  imaging::Preset lastPreset_ = imaging::Preset::Auto;
  std::size_t fileWindow_ = 0;  ///< which of the file's windows Preset::File showed last
  std::vector<cv::Rect> faultRegions_;
  std::shared_ptr<const imaging::Scan> faultsRead_, faultsFilled_;
  bool faultsAsRead_ = false;
  imaging::ViewGeometry geometry_;
  std::vector<OverlayRegion> regions_;
  QLineF profile_;
  QPointF crosshair_{-1, -1};
  bool drawingProfile_ = false;
  AnnotationEditor* annotations_;
  /// An image made on a worker, with what it was made of.
  struct RenderedBase {
    QImage image;
    imaging::ViewGeometry geometry;
    std::shared_ptr<const imaging::Scan> scan;
    long generation = 0;
    imaging::ViewportRenderer renderer;  ///< the copy that made it, with the whole-image work it did
  };
  QFutureWatcher<RenderedBase> baseRender_;
  long requested_ = 0;  ///< the newest image asked for, counted
  long shown_ = 0;      ///< which of them base_ is
  imaging::ViewGeometry baseGeometry_;  ///< the geometry base_ was made for: overlays are drawn for it
  std::shared_ptr<const imaging::Scan> baseScan_;  ///< the scan base_ shows
  bool renderOnWorker_ = true;
  bool synchronous_ = false;  ///< a snapshot is being made
  QImage base_;  ///< the rendered image without overlays, reused while only they change
  QPointF cursor_{-1, -1};   ///< widget coordinates; negative: outside
  QPointF dragStart_;
  Qt::MouseButton dragButton_ = Qt::NoButton;
  imaging::DisplaySettings dragSettings_;
  bool magnifier_ = false;
  bool help_ = false;
  bool showRegions_ = true;
  bool fitPending_ = true;
  bool baseDirty_ = true;
  bool interactive_ = false;
  QTimer settle_;
};

}  // namespace cip::widgets

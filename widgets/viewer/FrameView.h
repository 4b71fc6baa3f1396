#pragma once

#include <QImage>
#include <QWidget>

class QPainter;

namespace cip::widgets {

/// A view whose picture is made on the CPU — the 2D viewer's windowing, colours and zoom are
/// OpenCV work — and put on screen by Qt's raster engine, with what lies over it (marks,
/// cursor, scale bar) painted on top by QPainter on each frame: the picture itself is never
/// copied to draw a mark.
///
/// Deliberately not a QOpenGLWidget: one OpenGL widget anywhere in a window, even a hidden one,
/// makes Qt compose the whole window through OpenGL on every frame, however little changed. On a
/// software OpenGL (the virtual desktops many centres run, Xvfb) that costs about 18 ms for a
/// one-label change against under 1 ms raster, and it was most of the analyst's waiting in
/// bench/bench_analyst_session. VTK keeps the 3D volume view (VolumeView), which is made only
/// when a CT is opened.
class FrameView : public QWidget {
  Q_OBJECT
 public:
  explicit FrameView(QWidget* parent = nullptr);

  /// Schedules one repaint; several requests before it happens coalesce into one frame.
  void requestRender() { update(); }
  /// Frames painted so far: for tests and the frame-rate benchmark.
  long framesRendered() const { return frames_; }
  /// Paints a frame now and returns it in device pixels: exactly what the screen shows.
  QImage grabFrame();

 signals:
  /// A new frame was painted: what a test waits for after asking for a render.
  void frameRendered();

 protected:
  /// Brings the picture up to date and returns it, in device pixels with its device pixel
  /// ratio set; null while there is none yet (the empty mat is shown). A smaller picture (a
  /// reduced frame during a drag) is magnified smoothly.
  virtual QImage currentPicture() = 0;
  /// Paints what lies over the picture, in widget coordinates over `size`.
  virtual void paintOverlay(QPainter& painter, const QSize& size);
  /// Paints `picture` and the overlay over the whole of `painter`'s device (the widget, or a
  /// snapshot image of the widget's size).
  void paintFrame(QPainter& painter, const QImage& picture);
  void paintEvent(QPaintEvent* event) override;
  /// True while grabFrame() paints: the frame must be made now, not later on a worker.
  bool grabbing() const { return grabbing_; }

 private:
  long frames_ = 0;
  bool grabbing_ = false;
};

}  // namespace cip::widgets

#pragma once

#include <QOpenGLWidget>

#include <vtkNew.h>

class vtkGenericOpenGLRenderWindow;
class vtkGenericRenderWindowInteractor;
class vtkObject;
class vtkRenderer;

namespace cip::widgets {

/// VTK rendering inside a Qt 6 widget. Debian's QVTKOpenGLNativeWidget is built for Qt 5 and
/// cannot be linked here, so this small bridge lets a vtkGenericOpenGLRenderWindow draw into
/// Qt's own OpenGL context: VTK renders into its framebuffer, which is blitted into the
/// widget's. It renders only when asked (`requestRender()`) or when Qt repaints.
///
/// Input stays with the Qt side: subclasses handle mouse and keys as tools do; `forwardEvents`
/// hands them to VTK's interactor instead (e.g. for a 3D trackball).
class VtkRenderWidget : public QOpenGLWidget {
  Q_OBJECT
 public:
  explicit VtkRenderWidget(QWidget* parent = nullptr);
  ~VtkRenderWidget() override;

  vtkRenderer* renderer() const;
  vtkGenericOpenGLRenderWindow* renderWindow() const;
  vtkGenericRenderWindowInteractor* interactor() const;

  /// Schedules one repaint; several requests before it happens coalesce into one frame.
  void requestRender();
  /// When true, mouse, wheel and key events go to VTK's interactor (and its style).
  void setForwardEvents(bool forward) { forwardEvents_ = forward; }
  /// Frames rendered so far: for tests and the frame-rate benchmark.
  long framesRendered() const { return frames_; }

 signals:
  /// A new frame is in Qt's framebuffer: what a test waits for after asking for a render.
  void frameRendered();

 protected:
  void initializeGL() override;
  void resizeGL(int width, int height) override;
  void paintGL() override;

  void mousePressEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void wheelEvent(QWheelEvent* event) override;
  void keyPressEvent(QKeyEvent* event) override;
  void keyReleaseEvent(QKeyEvent* event) override;
  void enterEvent(QEnterEvent* event) override;
  void leaveEvent(QEvent* event) override;

  /// Called in paintGL just before VTK renders: subclasses bring their scene up to date here.
  virtual void prepareFrame() {}

 private:
  void onWindowEvent(vtkObject* caller, unsigned long eventId, void* callData);
  void releaseGraphics();
  void syncSize();
  void setEventInformation(const QPointF& position, Qt::KeyboardModifiers modifiers, char key = 0, int repeat = 0,
                           const char* keySym = nullptr);

  /// Installs VTK's message routing once, before the first VTK object below is made.
  static bool routeVtkMessages();

  bool vtkMessagesRouted_ = routeVtkMessages();
  vtkNew<vtkGenericOpenGLRenderWindow> window_;
  vtkNew<vtkGenericRenderWindowInteractor> interactor_;
  vtkNew<vtkRenderer> renderer_;
  bool forwardEvents_ = false;
  bool painting_ = false;
  long frames_ = 0;
};

}  // namespace cip::widgets

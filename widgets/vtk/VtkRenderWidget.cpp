#include "widgets/vtk/VtkRenderWidget.h"


#include "widgets/WidgetsLog.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QOpenGLContext>
#include <qopengl.h>  // GL names for the blit (Qt's, not GLEW: the two cannot meet in one file)
#include <QWheelEvent>

#include <cstring>

#include <vtkCallbackCommand.h>
#include <vtkCommand.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkGenericRenderWindowInteractor.h>
#include <vtkLogger.h>
#include <vtkObjectFactory.h>
#include <vtkOpenGLState.h>
#include <vtkOutputWindow.h>
#include <vtkRenderer.h>

namespace cip::widgets {

namespace {

/// VTK's messages in our log (category cip.widgets) instead of its own console logger. One
/// warning is expected and dropped: without the InteractionStyle module (not linked, see
/// CMakeLists.txt) VTK's placeholder style says so when asked for its interactor.
class VtkMessagesToQtLog : public vtkOutputWindow {
 public:
  static VtkMessagesToQtLog* New();
  vtkTypeMacro(VtkMessagesToQtLog, vtkOutputWindow)
  void DisplayText(const char* text) override { qCInfo(lcWidgets, "VTK: %s", text); }
  void DisplayErrorText(const char* text) override { qCWarning(lcWidgets, "VTK error: %s", text); }
  void DisplayWarningText(const char* text) override {
    if (!std::strstr(text, "Link to vtkInteractionStyle")) qCWarning(lcWidgets, "VTK warning: %s", text);
  }
  void DisplayGenericWarningText(const char* text) override { DisplayWarningText(text); }
  void DisplayDebugText(const char* text) override { qCDebug(lcWidgets, "VTK: %s", text); }
};
vtkStandardNewMacro(VtkMessagesToQtLog);

}  // namespace

bool VtkRenderWidget::routeVtkMessages() {
  static const bool installed = [] {
    vtkNew<VtkMessagesToQtLog> window;
    vtkOutputWindow::SetInstance(window);
    vtkLogger::SetStderrVerbosity(vtkLogger::VERBOSITY_OFF);  // the same messages, printed a second time
    return true;
  }();
  return installed;
}

VtkRenderWidget::VtkRenderWidget(QWidget* parent) : QOpenGLWidget(parent) {
  setFocusPolicy(Qt::StrongFocus);
  setMouseTracking(true);
  window_->SetReadyForRendering(false);  // nothing renders before Qt's context exists
  window_->SetFrameBlitModeToNoBlit();   // we blit into Qt's framebuffer ourselves
  window_->SetMultiSamples(0);
  window_->AddRenderer(renderer_);
  interactor_->SetRenderWindow(window_);
  interactor_->EnableRenderOff();        // Qt decides when to paint
  interactor_->SetInteractorStyle(nullptr);  // our tools drive the camera; a style is set only where wanted

  // VTK asks Qt about the context through these events.
  for (unsigned long id : {vtkCommand::WindowMakeCurrentEvent, vtkCommand::WindowIsCurrentEvent, vtkCommand::WindowFrameEvent}) {
    vtkNew<vtkCallbackCommand> callback;
    callback->SetClientData(this);
    callback->SetCallback([](vtkObject* caller, unsigned long eventId, void* client, void* callData) {
      static_cast<VtkRenderWidget*>(client)->onWindowEvent(caller, eventId, callData);
    });
    window_->AddObserver(id, callback);
  }
}

VtkRenderWidget::~VtkRenderWidget() {
  // QOpenGLWidget destroys the context after our members are gone: stop listening first.
  if (context()) disconnect(context(), nullptr, this, nullptr);
  makeCurrent();
  releaseGraphics();
  doneCurrent();
}

vtkRenderer* VtkRenderWidget::renderer() const { return renderer_; }
vtkGenericOpenGLRenderWindow* VtkRenderWidget::renderWindow() const { return window_; }
vtkGenericRenderWindowInteractor* VtkRenderWidget::interactor() const { return interactor_; }

void VtkRenderWidget::requestRender() { update(); }

void VtkRenderWidget::releaseGraphics() {
  if (!window_->GetReadyForRendering()) return;
  window_->Finalize();  // VTK frees its GL objects while the context still exists
  window_->SetReadyForRendering(false);
}

void VtkRenderWidget::onWindowEvent(vtkObject*, unsigned long eventId, void* callData) {
  QOpenGLContext* ctx = context();
  switch (eventId) {
    case vtkCommand::WindowMakeCurrentEvent:
      // Not QOpenGLWidget::makeCurrent(): that rebinds Qt's framebuffer behind VTK's cached state.
      if (ctx && QOpenGLContext::currentContext() != ctx) ctx->makeCurrent(ctx->surface());
      break;
    case vtkCommand::WindowIsCurrentEvent:
      *static_cast<bool*>(callData) = ctx && QOpenGLContext::currentContext() == ctx && ctx->surface() == QOpenGLContext::currentContext()->surface();
      break;
    case vtkCommand::WindowFrameEvent:
      if (!painting_) update();
      break;
    default:
      break;
  }
}

void VtkRenderWidget::initializeGL() {
  connect(context(), &QOpenGLContext::aboutToBeDestroyed, this, [this] {
    makeCurrent();
    releaseGraphics();
    doneCurrent();
  });
  window_->SetOwnContext(false);
  window_->SetReadyForRendering(true);
  window_->OpenGLInitContext();
  qCDebug(lcWidgets) << "VTK render window adopted Qt's OpenGL context" << context()->format().majorVersion() << context()->format().minorVersion();
}

void VtkRenderWidget::syncSize() {
  const int w = static_cast<int>(width() * devicePixelRatioF() + 0.5), h = static_cast<int>(height() * devicePixelRatioF() + 0.5);
  int* current = window_->GetSize();
  if (current[0] != w || current[1] != h) {
    window_->SetSize(w, h);
    interactor_->SetSize(w, h);
    interactor_->UpdateSize(w, h);
  }
}

void VtkRenderWidget::resizeGL(int, int) { syncSize(); }

void VtkRenderWidget::paintGL() {
  if (!window_->GetReadyForRendering()) return;
  syncSize();  // a hidden widget (grabFramebuffer) may never have had resizeGL
  painting_ = true;
  prepareFrame();
  window_->Render();
  painting_ = false;
  ++frames_;

  // Blit VTK's frame into Qt's framebuffer, then make it opaque (Mesa composes alpha).
  vtkOpenGLState* state = window_->GetState();
  state->PushDrawFramebufferBinding();
  state->vtkglBindFramebuffer(GL_DRAW_FRAMEBUFFER, defaultFramebufferObject());
  state->vtkglDisable(GL_SCISSOR_TEST);
  const int* size = window_->GetSize();
  window_->BlitDisplayFramebuffer(0, 0, 0, size[0], size[1], 0, 0, size[0], size[1], GL_COLOR_BUFFER_BIT, GL_NEAREST);
  state->vtkglColorMask(GL_FALSE, GL_FALSE, GL_FALSE, GL_TRUE);
  state->vtkglClearColor(0, 0, 0, 1);
  state->vtkglClear(GL_COLOR_BUFFER_BIT);
  state->vtkglColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
  state->PopDrawFramebufferBinding();
  emit frameRendered();
}

void VtkRenderWidget::setEventInformation(const QPointF& position, Qt::KeyboardModifiers modifiers, char key, int repeat, const char* keySym) {
  const double dpr = devicePixelRatioF();
  interactor_->SetEventInformationFlipY(static_cast<int>(position.x() * dpr), static_cast<int>(position.y() * dpr),
                                        (modifiers & Qt::ControlModifier) ? 1 : 0, (modifiers & Qt::ShiftModifier) ? 1 : 0, key, repeat, keySym);
  interactor_->SetAltKey((modifiers & Qt::AltModifier) ? 1 : 0);
}

void VtkRenderWidget::mousePressEvent(QMouseEvent* event) {
  if (!forwardEvents_) return QOpenGLWidget::mousePressEvent(event);
  setEventInformation(event->position(), event->modifiers(), 0, event->type() == QEvent::MouseButtonDblClick ? 1 : 0);
  const unsigned long id = event->button() == Qt::LeftButton    ? vtkCommand::LeftButtonPressEvent
                           : event->button() == Qt::RightButton ? vtkCommand::RightButtonPressEvent
                                                                : vtkCommand::MiddleButtonPressEvent;
  interactor_->InvokeEvent(id, event);
  update();
}

void VtkRenderWidget::mouseReleaseEvent(QMouseEvent* event) {
  if (!forwardEvents_) return QOpenGLWidget::mouseReleaseEvent(event);
  setEventInformation(event->position(), event->modifiers());
  const unsigned long id = event->button() == Qt::LeftButton    ? vtkCommand::LeftButtonReleaseEvent
                           : event->button() == Qt::RightButton ? vtkCommand::RightButtonReleaseEvent
                                                                : vtkCommand::MiddleButtonReleaseEvent;
  interactor_->InvokeEvent(id, event);
  update();
}

void VtkRenderWidget::mouseMoveEvent(QMouseEvent* event) {
  if (!forwardEvents_) return QOpenGLWidget::mouseMoveEvent(event);
  setEventInformation(event->position(), event->modifiers());
  interactor_->InvokeEvent(vtkCommand::MouseMoveEvent, event);
  if (event->buttons() != Qt::NoButton) update();
}

void VtkRenderWidget::wheelEvent(QWheelEvent* event) {
  if (!forwardEvents_) return QOpenGLWidget::wheelEvent(event);
  setEventInformation(event->position(), event->modifiers());
  const int delta = event->angleDelta().y();
  if (delta != 0) interactor_->InvokeEvent(delta > 0 ? vtkCommand::MouseWheelForwardEvent : vtkCommand::MouseWheelBackwardEvent, event);
  update();
}

void VtkRenderWidget::keyPressEvent(QKeyEvent* event) {
  if (!forwardEvents_) return QOpenGLWidget::keyPressEvent(event);
  const QByteArray text = event->text().toLatin1();
  const char key = text.isEmpty() ? 0 : text.front();
  setEventInformation(mapFromGlobal(QCursor::pos()), event->modifiers(), key, event->isAutoRepeat() ? 1 : 0);
  interactor_->InvokeEvent(vtkCommand::KeyPressEvent, event);
  if (key) interactor_->InvokeEvent(vtkCommand::CharEvent, event);
  update();
}

void VtkRenderWidget::keyReleaseEvent(QKeyEvent* event) {
  if (!forwardEvents_) return QOpenGLWidget::keyReleaseEvent(event);
  const QByteArray text = event->text().toLatin1();
  setEventInformation(mapFromGlobal(QCursor::pos()), event->modifiers(), text.isEmpty() ? 0 : text.front());
  interactor_->InvokeEvent(vtkCommand::KeyReleaseEvent, event);
}

void VtkRenderWidget::enterEvent(QEnterEvent* event) {
  if (forwardEvents_) interactor_->InvokeEvent(vtkCommand::EnterEvent, event);
  QOpenGLWidget::enterEvent(event);
}

void VtkRenderWidget::leaveEvent(QEvent* event) {
  if (forwardEvents_) interactor_->InvokeEvent(vtkCommand::LeaveEvent, event);
  QOpenGLWidget::leaveEvent(event);
}

}  // namespace cip::widgets

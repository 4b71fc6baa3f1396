#pragma once

#include "imaging/render/VolumeScene.h"
#include "widgets/vtk/VtkRenderWidget.h"

#include <QPointF>

namespace cip::widgets {

/// The 3D view of a CT volume: left-drag turns it, the wheel zooms; keys O (organic), M (metal),
/// X (maximum intensity) and F (front view) as in the 2D view's help.
class VolumeView : public VtkRenderWidget {
  Q_OBJECT
 public:
  explicit VolumeView(QWidget* parent = nullptr);
  void setVolume(std::shared_ptr<const imaging::Scan> volume);
  render::VolumeScene& scene() { return scene_; }

 protected:
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void wheelEvent(QWheelEvent* event) override;
  void keyPressEvent(QKeyEvent* event) override;
  /// The view's own keys win over the window's shortcuts while it has the focus.
  bool event(QEvent* event) override;

 private:
  render::VolumeScene scene_;
  QPointF last_;
};

}  // namespace cip::widgets

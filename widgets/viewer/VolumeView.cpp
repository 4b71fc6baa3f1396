#include "widgets/viewer/VolumeView.h"

#include "widgets/viewer/ViewerKeyMap.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QWheelEvent>

#include <vtkRenderer.h>

#include <cmath>

namespace cip::widgets {

VolumeView::VolumeView(QWidget* parent) : VtkRenderWidget(parent) {
  scene_.attach(renderer());
  renderer()->SetBackground(0.08, 0.08, 0.10);
  setMinimumSize(200, 150);
}

void VolumeView::setVolume(std::shared_ptr<const imaging::Scan> volume) {
  scene_.setVolume(std::move(volume));
  requestRender();
}

void VolumeView::mousePressEvent(QMouseEvent* event) { last_ = event->position(); }

void VolumeView::mouseMoveEvent(QMouseEvent* event) {
  if (!(event->buttons() & Qt::LeftButton)) return;
  const QPointF d = event->position() - last_;
  last_ = event->position();
  // A full turn per two widths of drag, as trackballs feel.
  scene_.rotate(-d.x() * 180.0 / std::max(1, width()), d.y() * 180.0 / std::max(1, height()));
  requestRender();
}

void VolumeView::wheelEvent(QWheelEvent* event) {
  scene_.zoom(std::pow(1.1, event->angleDelta().y() / 120.0));
  requestRender();
}

bool VolumeView::event(QEvent* event) { return ViewerKeyMap::claimShortcut(event, ViewerContext::Volume) || VtkRenderWidget::event(event); }

void VolumeView::keyPressEvent(QKeyEvent* event) {
  ViewerAction action;
  if (!ViewerKeyMap::find(ViewerContext::Volume, event->key(), event->modifiers(), &action)) return VtkRenderWidget::keyPressEvent(event);
  switch (action) {
    case ViewerAction::VolumeOrganic: scene_.setPreset(render::VolumePreset::Organic); break;
    case ViewerAction::VolumeMetal: scene_.setPreset(render::VolumePreset::Metal); break;
    case ViewerAction::VolumeMaximumIntensity: scene_.setPreset(render::VolumePreset::MaximumIntensity); break;
    case ViewerAction::VolumeFront: scene_.resetCamera(); break;
    default: return;
  }
  requestRender();
}

}  // namespace cip::widgets

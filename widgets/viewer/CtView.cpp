#include "widgets/viewer/CtView.h"

#include "widgets/viewer/RadiographView.h"
#include "widgets/viewer/VolumeView.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QSlider>
#include <QVBoxLayout>

namespace cip::widgets {

using imaging::Plane;

CtView::CtView(QWidget* parent) : QWidget(parent), volumeView_(new VolumeView(this)), volumeLabel_(new QLabel(this)) {
  setObjectName(QStringLiteral("ctView"));
  auto* grid = new QGridLayout(this);
  grid->setContentsMargins(0, 0, 0, 0);
  grid->setSpacing(2);
  for (Plane plane : {Plane::Axial, Plane::Coronal, Plane::Sagittal}) {
    const auto i = static_cast<std::size_t>(plane);
    auto* cell = new QWidget(this);
    auto* column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(1);
    labels_[i] = new QLabel(cell);
    planes_[i] = new RadiographView(cell);
    sliders_[i] = new QSlider(Qt::Horizontal, cell);
    sliders_[i]->setObjectName(QStringLiteral("slider_") + QLatin1String(imaging::toString(plane)));
    column->addWidget(labels_[i]);
    column->addWidget(planes_[i], 1);
    column->addWidget(sliders_[i]);
    grid->addWidget(cell, static_cast<int>(i) / 2, static_cast<int>(i) % 2);
    connect(sliders_[i], &QSlider::valueChanged, this, [this, plane](int value) { setIndex(plane, value); });
    connect(planes_[i], &RadiographView::pointPicked, this, [this, plane](const QPointF& p) { pick(plane, p); });
  }
  auto* cell = new QWidget(this);
  auto* column = new QVBoxLayout(cell);
  column->setContentsMargins(0, 0, 0, 0);
  column->addWidget(volumeLabel_);
  column->addWidget(volumeView_, 1);
  grid->addWidget(cell, 1, 1);
  for (int i = 0; i < 2; ++i) {  // four equal quarters, whatever the planes' shapes
    grid->setColumnStretch(i, 1);
    grid->setRowStretch(i, 1);
  }
  retranslate();
}

void CtView::retranslate() {
  labels_[0]->setText(tr("Axial (Ctrl + click links the planes)"));
  labels_[1]->setText(tr("Coronal"));
  labels_[2]->setText(tr("Sagittal"));
  volumeLabel_->setText(tr("3D — drag turns, wheel zooms, O organic, M metal, X maximum intensity, F front"));
}

void CtView::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

void CtView::setVolume(std::shared_ptr<const imaging::Scan> volume) {
  volume_ = std::move(volume);
  if (!volume_) return;
  for (Plane plane : {Plane::Axial, Plane::Coronal, Plane::Sagittal}) {
    const auto i = static_cast<std::size_t>(plane);
    index_[i] = imaging::planeCount(*volume_, plane) / 2;
    const QSignalBlocker block(sliders_[i]);
    sliders_[i]->setRange(0, imaging::planeCount(*volume_, plane) - 1);
    sliders_[i]->setValue(index_[i]);
    planes_[i]->setScan(std::make_shared<const imaging::Scan>(imaging::volumePlane(*volume_, plane, index_[i])));
  }
  // One window for all three planes: the axial plane's automatic one.
  planes_[1]->setDisplaySettings(planes_[0]->displaySettings());
  planes_[2]->setDisplaySettings(planes_[0]->displaySettings());
  volumeView_->setVolume(volume_);
  updateCrosshairs();
}

void CtView::setIndex(Plane plane, int value) {
  if (!volume_) return;
  const auto i = static_cast<std::size_t>(plane);
  value = std::clamp(value, 0, imaging::planeCount(*volume_, plane) - 1);
  if (value == index_[i] && planes_[i]->scan()) return;
  index_[i] = value;
  {
    const QSignalBlocker block(sliders_[i]);
    sliders_[i]->setValue(value);
  }
  planes_[i]->replaceImage(std::make_shared<const imaging::Scan>(imaging::volumePlane(*volume_, plane, value)));
  updateCrosshairs();
}

void CtView::pick(Plane plane, const QPointF& p) {
  // Plane coordinates → voxel: axial (x, y), coronal (x, z), sagittal (y, z).
  const int u = static_cast<int>(p.x()), v = static_cast<int>(p.y());
  switch (plane) {
    case Plane::Axial: return focusVoxel(u, v, index(Plane::Axial));
    case Plane::Coronal: return focusVoxel(u, index(Plane::Coronal), v);
    case Plane::Sagittal: return focusVoxel(index(Plane::Sagittal), u, v);
  }
}

void CtView::focusVoxel(int x, int y, int z) {
  setIndex(Plane::Axial, z);
  setIndex(Plane::Coronal, y);
  setIndex(Plane::Sagittal, x);
  updateCrosshairs();
}

void CtView::updateCrosshairs() {
  const double x = index(Plane::Sagittal) + 0.5, y = index(Plane::Coronal) + 0.5, z = index(Plane::Axial) + 0.5;
  planes_[0]->setCrosshair({x, y});
  planes_[1]->setCrosshair({x, z});
  planes_[2]->setCrosshair({y, z});
}

}  // namespace cip::widgets

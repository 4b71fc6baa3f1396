#include "widgets/viewer/CtView.h"

#include "widgets/viewer/RadiographView.h"
#include "widgets/viewer/VolumeView.h"

#include <QEvent>
#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cip::widgets {

using imaging::Plane;

CtView::CtView(QWidget* parent)
    : QWidget(parent), volumeLabel_(new QLabel(this)), slabLabel_(new QLabel(this)),
      slabBox_(new QSpinBox(this)), cropBox_(new QCheckBox(this)) {
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
  volumeColumn_ = column;
  column->setContentsMargins(0, 0, 0, 0);
  column->addWidget(volumeLabel_);
  column->addStretch(1);  // where the 3D view goes when the first volume comes
  auto* tools = new QHBoxLayout;
  slabBox_->setObjectName(QStringLiteral("slabBox"));
  slabBox_->setRange(1, 99);
  slabBox_->setSingleStep(2);
  cropBox_->setObjectName(QStringLiteral("cropBox"));
  tools->addWidget(slabLabel_);
  tools->addWidget(slabBox_);
  tools->addSpacing(16);
  tools->addWidget(cropBox_);
  tools->addStretch(1);
  column->addLayout(tools);
  connect(slabBox_, qOverload<int>(&QSpinBox::valueChanged), this, &CtView::setSlab);
  connect(cropBox_, &QCheckBox::toggled, this, &CtView::cropToViews);
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
  slabLabel_->setText(tr("Slab (MIP), planes:"));
  cropBox_->setText(tr("Crop 3D to the planes' views"));
}

void CtView::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

VolumeView& CtView::ensureVolumeView() {
  if (!volumeView_) {
    volumeView_ = new VolumeView(this);
    delete volumeColumn_->takeAt(1);  // the stretch that held its place
    volumeColumn_->insertWidget(1, volumeView_, 1);
  }
  return *volumeView_;
}

void CtView::setVolume(std::shared_ptr<const imaging::Scan> volume) {
  volume_ = std::move(volume);
  regions_.clear();
  if (volumeView_) volumeView_->scene().setBoxes({});
  if (!volume_) return;
  for (Plane plane : {Plane::Axial, Plane::Coronal, Plane::Sagittal}) {
    const auto i = static_cast<std::size_t>(plane);
    index_[i] = imaging::planeCount(*volume_, plane) / 2;
    const QSignalBlocker block(sliders_[i]);
    sliders_[i]->setRange(0, imaging::planeCount(*volume_, plane) - 1);
    sliders_[i]->setValue(index_[i]);
    showPlane(plane, false);
  }
  // One window for all three planes: the axial plane's automatic one.
  const imaging::DisplaySettings window = planes_[0]->settledDisplaySettings();
  planes_[1]->setDisplaySettings(window);
  planes_[2]->setDisplaySettings(window);
  ensureVolumeView().setVolume(volume_);
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
  showPlane(plane, true);
  updateCrosshairs();
}

void CtView::showPlane(Plane plane, bool keepView) {
  const auto i = static_cast<std::size_t>(plane);
  auto image = std::make_shared<const imaging::Scan>(imaging::volumePlane(*volume_, plane, index_[i], slab_));
  if (keepView)
    planes_[i]->replaceImage(std::move(image));
  else
    planes_[i]->setScan(std::move(image));
}

void CtView::setSlab(int planes) {
  slab_ = std::max(1, planes);
  {
    const QSignalBlocker block(slabBox_);
    slabBox_->setValue(slab_);
  }
  if (!volume_) return;
  for (Plane plane : {Plane::Axial, Plane::Coronal, Plane::Sagittal}) showPlane(plane, true);
}

std::array<int, 6> CtView::viewRegion() const {
  if (!volume_) return {};
  const QRect xy = planes_[0]->visibleRegion(), xz = planes_[1]->visibleRegion();
  return {xy.left(), xy.right() + 1, xy.top(), xy.bottom() + 1, xz.top(), xz.bottom() + 1};
}

void CtView::cropToViews(bool crop) {
  {
    const QSignalBlocker block(cropBox_);
    cropBox_->setChecked(crop);
  }
  if (!volume_ || !volumeView_) return;
  volumeView_->scene().setCropBox(crop ? viewRegion() : std::array<int, 6>{});
  volumeView_->requestRender();
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

void CtView::setRegions(std::vector<VolumeRegion> regions) {
  regions_ = std::move(regions);
  std::vector<render::VolumeScene::Box> boxes;
  for (const VolumeRegion& r : regions_)
    boxes.push_back({{r.box.x0, r.box.x1, r.box.y0, r.box.y1, r.box.z0, r.box.z1}, {r.colour.redF(), r.colour.greenF(), r.colour.blueF()}});
  if (volumeView_) {
    volumeView_->scene().setBoxes(boxes);
    volumeView_->requestRender();
  }
  updateRegions();
}

void CtView::showRegion(const imaging::VoxelBox& box) {
  focusVoxel(static_cast<int>((box.x0 + box.x1) / 2), static_cast<int>((box.y0 + box.y1) / 2), static_cast<int>((box.z0 + box.z1) / 2));
  planes_[0]->showRegion(QRectF(box.x0, box.y0, box.x1 - box.x0, box.y1 - box.y0));
}

void CtView::updateRegions() {
  // Each plane shows the regions it cuts, as the rectangle of their cross-section.
  std::array<std::vector<OverlayRegion>, 3> overlays;
  const double x = index(Plane::Sagittal) + 0.5, y = index(Plane::Coronal) + 0.5, z = index(Plane::Axial) + 0.5;
  for (const VolumeRegion& r : regions_) {
    const imaging::VoxelBox& b = r.box;
    if (z >= b.z0 && z < b.z1) overlays[0].push_back({QRectF(b.x0, b.y0, b.x1 - b.x0, b.y1 - b.y0), r.colour, r.label});
    if (y >= b.y0 && y < b.y1) overlays[1].push_back({QRectF(b.x0, b.z0, b.x1 - b.x0, b.z1 - b.z0), r.colour, r.label});
    if (x >= b.x0 && x < b.x1) overlays[2].push_back({QRectF(b.y0, b.z0, b.y1 - b.y0, b.z1 - b.z0), r.colour, r.label});
  }
  for (std::size_t i = 0; i < 3; ++i) planes_[i]->setOverlayRegions(std::move(overlays[i]));
}

void CtView::updateCrosshairs() {
  const double x = index(Plane::Sagittal) + 0.5, y = index(Plane::Coronal) + 0.5, z = index(Plane::Axial) + 0.5;
  planes_[0]->setCrosshair({x, y});
  planes_[1]->setCrosshair({x, z});
  planes_[2]->setCrosshair({y, z});
  updateRegions();
}

}  // namespace cip::widgets

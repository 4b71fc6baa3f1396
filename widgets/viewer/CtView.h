#pragma once

#include "imaging/core/Findings.h"
#include "imaging/core/view/VolumePlanes.h"

#include <QColor>

#include <QWidget>

#include <array>
#include <memory>
#include <vector>

class QCheckBox;
class QLabel;
class QSlider;
class QSpinBox;

namespace cip::widgets {

class RadiographView;
class VolumeView;

/// A box in a CT volume drawn in every view that cuts it: a threat report's object, a finding.
struct VolumeRegion {
  imaging::VoxelBox box;
  QColor colour;
  QString label;
};

/// A CT volume in four views: axial, coronal and sagittal planes (each a full 2D view, with
/// window/level, zoom, profile …) and the 3D rendering. Ctrl + click in a plane moves the other
/// two planes through that point and marks it in all three.
class CtView : public QWidget {
  Q_OBJECT
 public:
  explicit CtView(QWidget* parent = nullptr);

  void setVolume(std::shared_ptr<const imaging::Scan> volume);
  const std::shared_ptr<const imaging::Scan>& volume() const { return volume_; }
  RadiographView* planeView(imaging::Plane plane) const { return planes_[static_cast<std::size_t>(plane)]; }
  /// The 3D view; made with the first volume shown, because an OpenGL widget in a window makes
  /// Qt compose all of it through OpenGL from then on (FrameView says what that costs).
  VolumeView* volumeView() const { return volumeView_; }
  int index(imaging::Plane plane) const { return index_[static_cast<std::size_t>(plane)]; }
  void setIndex(imaging::Plane plane, int index);
  /// The linked cursor: all three planes through voxel (x, y, z).
  void focusVoxel(int x, int y, int z);
  /// Planes as thick slabs (maximum intensity over `planes` planes); 1: single planes.
  void setSlab(int planes);
  int slab() const { return slab_; }
  /// The box of voxels the plane views show: x and y from the axial view, z from the coronal
  /// view, as (x0, x1, y0, y1, z0, z1) with exclusive ends. The 3D region an annotation drawn on
  /// a plane is tied to, and what "Crop 3D" keeps.
  std::array<int, 6> viewRegion() const;
  /// Restricts the 3D view to viewRegion(); `false` shows the whole volume again.
  void cropToViews(bool crop);
  /// Regions drawn in the planes that pass through them and as boxes in 3D.
  void setRegions(std::vector<VolumeRegion> regions);
  /// Planes through the region's centre, the axial view zoomed to it.
  void showRegion(const imaging::VoxelBox& box);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void pick(imaging::Plane plane, const QPointF& imagePoint);
  void showPlane(imaging::Plane plane, bool keepView);
  void updateCrosshairs();
  void updateRegions();
  void retranslate();
  VolumeView& ensureVolumeView();

  std::shared_ptr<const imaging::Scan> volume_;
  std::array<RadiographView*, 3> planes_{};
  std::array<QSlider*, 3> sliders_{};
  std::array<QLabel*, 3> labels_{};
  std::array<int, 3> index_{};
  VolumeView* volumeView_ = nullptr;
  class QVBoxLayout* volumeColumn_;
  QLabel* volumeLabel_;
  QLabel* slabLabel_;
  QSpinBox* slabBox_;
  QCheckBox* cropBox_;
  int slab_ = 1;
  std::vector<VolumeRegion> regions_;
};

}  // namespace cip::widgets

#pragma once

#include "imaging/core/Scan.h"

#include <vtkNew.h>
#include <vtkSmartPointer.h>

#include <array>
#include <memory>
#include <vector>

class vtkActor;
class vtkColorTransferFunction;
class vtkGPUVolumeRayCastMapper;
class vtkImageData;
class vtkPiecewiseFunction;
class vtkRenderer;
class vtkVolume;
class vtkVolumeProperty;

namespace cip::render {

/// How a CT volume is rendered: organic materials (clothes, food, drugs, explosives) in warm
/// translucent tones with metal faint, metal (weapons, wires) bright with organics faint, or the
/// maximum intensity along each ray.
enum class VolumePreset { Organic, Metal, MaximumIntensity };

/// A CT volume ray-cast on the GPU (VTK's OpenGL mapper; Mesa's llvmpipe in CI). The voxels are
/// the scan's own: VTK reads the channel's memory, no copy is made here.
class VolumeScene {
 public:
  VolumeScene();
  ~VolumeScene();
  VolumeScene(const VolumeScene&) = delete;
  VolumeScene& operator=(const VolumeScene&) = delete;

  void attach(vtkRenderer* renderer);
  /// Shows channel 0 of `volume` (which must stay alive: it is shared). Throws std::invalid_argument
  /// for a scan that is not a volume or has a sample type the mapper cannot take.
  void setVolume(std::shared_ptr<const imaging::Scan> volume);
  void setPreset(VolumePreset preset);
  VolumePreset preset() const { return preset_; }
  /// Crop box in voxel indices (x0, x1, y0, y1, z0, z1); an empty box switches cropping off.
  void setCropBox(const std::array<int, 6>& box);
  /// Camera in front of the volume, all of it in view.
  void resetCamera();
  /// Turns the camera around the volume (degrees), as a trackball does.
  void rotate(double azimuth, double elevation);
  void zoom(double factor);
  /// Wire boxes in voxel indices (x0, x1, y0, y1, z0, z1), e.g. threat report objects.
  struct Box {
    std::array<double, 6> voxels;
    std::array<double, 3> rgb;
  };
  void setBoxes(const std::vector<Box>& boxes);
  /// The values the transfer functions are set in (HU for CT that states it, else the data's).
  std::array<double, 2> valueRange() const { return range_; }

 private:
  void applyPreset();

  std::shared_ptr<const imaging::Scan> scan_;
  vtkNew<vtkImageData> image_;
  vtkNew<vtkGPUVolumeRayCastMapper> mapper_;
  vtkNew<vtkVolumeProperty> property_;
  vtkNew<vtkColorTransferFunction> colours_;
  vtkNew<vtkPiecewiseFunction> opacity_;
  vtkNew<vtkVolume> volume_;
  vtkRenderer* renderer_ = nullptr;
  std::vector<vtkSmartPointer<vtkActor>> boxes_;
  VolumePreset preset_ = VolumePreset::Organic;
  std::array<double, 2> range_{0, 1};
  std::array<double, 3> percentiles_{0, 0, 1};  ///< 50th, 99th, 99.9th
};

}  // namespace cip::render

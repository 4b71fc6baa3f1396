#include "imaging/render/VolumeScene.h"

#include "imaging/core/processing/Percentile.h"

#include <opencv2/core.hpp>

#include <vtkActor.h>
#include <vtkCamera.h>
#include <vtkCellArray.h>
#include <vtkColorTransferFunction.h>
#include <vtkFloatArray.h>
#include <vtkGPUVolumeRayCastMapper.h>
#include <vtkImageData.h>
#include <vtkPiecewiseFunction.h>
#include <vtkPointData.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>
#include <vtkShortArray.h>
#include <vtkUnsignedCharArray.h>
#include <vtkUnsignedShortArray.h>
#include <vtkVolume.h>
#include <vtkVolumeProperty.h>

#include <algorithm>
#include <stdexcept>
#include <vector>

namespace cip::render {

namespace {

/// Wraps the scan's contiguous voxels in a VTK array without copying (VTK never frees them).
template <typename Array, typename T>
vtkSmartPointer<vtkDataArray> wrap(const cv::Mat& pixels) {
  auto array = vtkSmartPointer<Array>::New();
  array->SetArray(reinterpret_cast<T*>(const_cast<unsigned char*>(pixels.data)), static_cast<vtkIdType>(pixels.total()), 1);
  return array;
}

/// 50th, 99th and 99.9th percentile of a sample of the voxels: where the transfer functions go.
std::array<double, 3> percentiles(const cv::Mat& pixels) {
  cv::Mat values;
  pixels.reshape(1, 1).convertTo(values, CV_32F);
  std::vector<float> sample;
  const std::size_t step = std::max<std::size_t>(1, values.total() / 200000);
  for (std::size_t i = 0; i < values.total(); i += step) sample.push_back(values.at<float>(0, static_cast<int>(i)));
  return {imaging::percentileOf(sample, 0.5), imaging::percentileOf(sample, 0.99), imaging::percentileOf(sample, 0.999)};
}

}  // namespace

VolumeScene::VolumeScene() {
  mapper_->SetInputData(image_);
  mapper_->SetBlendModeToComposite();
  mapper_->SetUseJittering(true);  // breaks up the wood-grain rings of regular ray sampling
  property_->SetColor(colours_);
  property_->SetScalarOpacity(opacity_);
  property_->SetInterpolationTypeToLinear();
  property_->ShadeOn();
  property_->SetAmbient(0.3);
  property_->SetDiffuse(0.7);
  property_->SetSpecular(0.2);
  volume_->SetMapper(mapper_);
  volume_->SetProperty(property_);
  volume_->SetVisibility(false);  // nothing to ray-cast until a volume is set
}

VolumeScene::~VolumeScene() = default;

void VolumeScene::attach(vtkRenderer* renderer) {
  renderer_ = renderer;
  renderer_->AddVolume(volume_);
}

void VolumeScene::setVolume(std::shared_ptr<const imaging::Scan> volume) {
  if (!volume || volume->channels.empty() || volume->depth < 2) throw std::invalid_argument("not a volume");
  const cv::Mat& pixels = volume->channels.front().pixels;
  if (!pixels.isContinuous()) throw std::invalid_argument("volume pixels are not contiguous");
  vtkSmartPointer<vtkDataArray> array;
  switch (pixels.depth()) {
    case CV_8U: array = wrap<vtkUnsignedCharArray, unsigned char>(pixels); break;
    case CV_16U: array = wrap<vtkUnsignedShortArray, unsigned short>(pixels); break;
    case CV_16S: array = wrap<vtkShortArray, short>(pixels); break;
    case CV_32F: array = wrap<vtkFloatArray, float>(pixels); break;
    default: throw std::invalid_argument("volume sample type not supported by the volume renderer");
  }
  scan_ = std::move(volume);
  image_->SetDimensions(scan_->width, scan_->height, scan_->depth);
  const double sx = scan_->meta.spacingX > 0 ? scan_->meta.spacingX : 1, sy = scan_->meta.spacingY > 0 ? scan_->meta.spacingY : 1;
  const double sz = scan_->meta.spacingZ > 0 ? scan_->meta.spacingZ : sx;
  image_->SetSpacing(sx, sy, sz);
  image_->GetPointData()->SetScalars(array);
  image_->Modified();
  double lo = 0, hi = 0;
  cv::minMaxLoc(pixels.reshape(1, 1), &lo, &hi);
  range_ = {lo, hi};
  percentiles_ = percentiles(pixels);
  applyPreset();
  mapper_->CroppingOff();
  volume_->SetVisibility(true);
  resetCamera();
}

void VolumeScene::setPreset(VolumePreset preset) {
  preset_ = preset;
  applyPreset();
}

void VolumeScene::applyPreset() {
  colours_->RemoveAllPoints();
  opacity_->RemoveAllPoints();
  const bool hounsfield = scan_ && scan_->meta.units == "HU";
  // Organic matter sits between air and the densest few per mille; metal above. In HU: water 0,
  // organics −400 … 600, light metals ~2000, steel beyond 3000.
  const double air = hounsfield ? -500 : percentiles_[0];
  const double organicTop = hounsfield ? 600 : percentiles_[1];
  const double metal = hounsfield ? 2500 : percentiles_[2];
  const double top = std::max(range_[1], metal + 1);
  mapper_->SetBlendModeToComposite();
  switch (preset_) {
    case VolumePreset::Organic:
      colours_->AddRGBPoint(air, 0.85, 0.50, 0.20);
      colours_->AddRGBPoint(organicTop, 1.00, 0.75, 0.35);
      colours_->AddRGBPoint(metal, 0.30, 0.45, 1.00);
      opacity_->AddPoint(air, 0.0);
      opacity_->AddPoint((air + organicTop) / 2, 0.12);
      opacity_->AddPoint(organicTop, 0.25);
      opacity_->AddPoint(metal, 0.05);
      opacity_->AddPoint(top, 0.05);
      break;
    case VolumePreset::Metal:
      colours_->AddRGBPoint(air, 0.5, 0.5, 0.5);
      colours_->AddRGBPoint(metal, 0.35, 0.55, 1.0);
      colours_->AddRGBPoint(top, 0.85, 0.92, 1.0);
      opacity_->AddPoint(air, 0.0);
      opacity_->AddPoint(organicTop, 0.01);
      opacity_->AddPoint(metal, 0.6);
      opacity_->AddPoint(top, 0.9);
      break;
    case VolumePreset::MaximumIntensity:
      mapper_->SetBlendModeToMaximumIntensity();
      colours_->AddRGBPoint(range_[0], 0, 0, 0);
      colours_->AddRGBPoint(top, 1, 1, 1);
      opacity_->AddPoint(range_[0], 0.0);
      opacity_->AddPoint(top, 1.0);
      break;
  }
  property_->SetShade(preset_ != VolumePreset::MaximumIntensity);
}

void VolumeScene::setCropBox(const std::array<int, 6>& box) {
  if (box[1] <= box[0] || box[3] <= box[2] || box[5] <= box[4]) {
    mapper_->CroppingOff();
    return;
  }
  double spacing[3];
  image_->GetSpacing(spacing);
  mapper_->SetCroppingRegionPlanes(box[0] * spacing[0], box[1] * spacing[0], box[2] * spacing[1], box[3] * spacing[1], box[4] * spacing[2],
                                   box[5] * spacing[2]);
  mapper_->SetCroppingRegionFlagsToSubVolume();
  mapper_->CroppingOn();
}

void VolumeScene::setBoxes(const std::vector<Box>& boxes) {
  for (const auto& actor : boxes_)
    if (renderer_) renderer_->RemoveActor(actor);
  boxes_.clear();
  double spacing[3], origin[3];
  image_->GetSpacing(spacing);
  image_->GetOrigin(origin);
  for (const Box& b : boxes) {
    // The twelve edges of the box, in world coordinates (voxel edges, not centres).
    vtkNew<vtkPoints> points;
    for (int corner = 0; corner < 8; ++corner)
      points->InsertNextPoint(origin[0] + (b.voxels[(corner & 1) ? 1 : 0] - 0.5) * spacing[0],
                              origin[1] + (b.voxels[(corner & 2) ? 3 : 2] - 0.5) * spacing[1],
                              origin[2] + (b.voxels[(corner & 4) ? 5 : 4] - 0.5) * spacing[2]);
    vtkNew<vtkCellArray> lines;
    for (int a = 0; a < 8; ++a)
      for (int bit : {1, 2, 4})
        if (!(a & bit)) {
          const vtkIdType edge[2] = {a, a | bit};
          lines->InsertNextCell(2, edge);
        }
    vtkNew<vtkPolyData> outline;
    outline->SetPoints(points);
    outline->SetLines(lines);
    vtkNew<vtkPolyDataMapper> mapper;
    mapper->SetInputData(outline);
    auto actor = vtkSmartPointer<vtkActor>::New();
    actor->SetMapper(mapper);
    actor->GetProperty()->SetColor(b.rgb[0], b.rgb[1], b.rgb[2]);
    actor->GetProperty()->SetLineWidth(2);
    actor->GetProperty()->LightingOff();
    if (renderer_) renderer_->AddActor(actor);
    boxes_.push_back(actor);
  }
}

void VolumeScene::resetCamera() {
  if (!renderer_) return;
  vtkCamera* camera = renderer_->GetActiveCamera();
  camera->ParallelProjectionOff();
  double bounds[6];
  image_->GetBounds(bounds);
  const double cx = (bounds[0] + bounds[1]) / 2, cy = (bounds[2] + bounds[3]) / 2, cz = (bounds[4] + bounds[5]) / 2;
  // Looking at the bag from its front, slightly from above; image y runs down, so up is −y.
  camera->SetFocalPoint(cx, cy, cz);
  camera->SetPosition(cx, cy + (bounds[3] - bounds[2]) * 0.6, cz - (bounds[5] - bounds[4]) * 2.5);
  camera->SetViewUp(0, -1, 0);
  renderer_->ResetCamera(bounds);
  renderer_->ResetCameraClippingRange();
}

void VolumeScene::rotate(double azimuth, double elevation) {
  if (!renderer_) return;
  vtkCamera* camera = renderer_->GetActiveCamera();
  camera->Azimuth(azimuth);
  camera->Elevation(elevation);
  camera->OrthogonalizeViewUp();
  renderer_->ResetCameraClippingRange();
}

void VolumeScene::zoom(double factor) {
  if (!renderer_) return;
  renderer_->GetActiveCamera()->Dolly(factor);
  renderer_->ResetCameraClippingRange();
}

}  // namespace cip::render

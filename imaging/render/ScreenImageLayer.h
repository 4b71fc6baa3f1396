#pragma once

#include <vtkNew.h>

class vtkActor;
class vtkImageData;
class vtkPolyData;
class vtkPolyDataMapper;
class vtkRenderer;
class vtkTexture;

namespace cip::render {

/// A picture shown one texel per device pixel over the whole viewport: how the 2D viewer puts
/// its CPU-composed frame (image, colours, overlays) on screen through VTK. A plain textured
/// quad with direct scalars: no colour mapping, no reslicing, one texture upload per frame.
class ScreenImageLayer {
 public:
  ScreenImageLayer();
  ~ScreenImageLayer();
  ScreenImageLayer(const ScreenImageLayer&) = delete;
  ScreenImageLayer& operator=(const ScreenImageLayer&) = delete;

  /// Adds the quad to `renderer` and makes its camera a pixel-exact parallel projection.
  void attach(vtkRenderer* renderer);
  /// Copies an RGBA frame (rows top-down, `stride` bytes apart) into the texture and shows it
  /// over a `viewWidth` × `viewHeight` viewport: one texel per pixel when the sizes agree,
  /// smoothly magnified when the frame is smaller (a reduced frame while the user drags).
  void setFrame(const unsigned char* rgba, int width, int height, long stride, int viewWidth, int viewHeight);

 private:
  vtkNew<vtkImageData> image_;
  vtkNew<vtkTexture> texture_;
  vtkNew<vtkPolyData> quad_;
  vtkNew<vtkPolyDataMapper> mapper_;
  vtkNew<vtkActor> actor_;
  vtkRenderer* renderer_ = nullptr;
};

}  // namespace cip::render

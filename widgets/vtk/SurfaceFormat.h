#pragma once

#include <QSurfaceFormat>

namespace cip::widgets {

/// The OpenGL format VTK needs from Qt: 3.2 core, RGBA8 with depth, no stencil and no
/// multisampling (VTK does its own). Must be set before the QApplication exists, so it is
/// header-only: the program's and the tests' main() both call it.
inline void setVtkSurfaceFormat() {
  QSurfaceFormat format;
  format.setRenderableType(QSurfaceFormat::OpenGL);
  format.setVersion(3, 2);
  format.setProfile(QSurfaceFormat::CoreProfile);
  format.setRedBufferSize(8);
  format.setGreenBufferSize(8);
  format.setBlueBufferSize(8);
  format.setAlphaBufferSize(8);
  format.setDepthBufferSize(24);
  format.setStencilBufferSize(0);
  format.setSamples(0);
  QSurfaceFormat::setDefaultFormat(format);
}

}  // namespace cip::widgets

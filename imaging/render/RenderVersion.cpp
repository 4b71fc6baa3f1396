#include "imaging/render/RenderVersion.h"

#include <vtkVersion.h>

namespace cip::render {

std::string vtkVersion() { return vtkVersion::GetVTKVersion(); }

}  // namespace cip::render

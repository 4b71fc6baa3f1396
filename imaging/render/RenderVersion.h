#pragma once

#include <string>

namespace cip::render {

/// The VTK version the viewer renders with; rendering bugs are usually version-specific.
std::string vtkVersion();

}  // namespace cip::render

#pragma once

#include <string>

namespace cip::imaging {

/// Versions of the imaging libraries this build links, for the About box and `cip-tool --version`:
/// support needs to know exactly which decoder produced an image.
std::string dcmtkVersion();
std::string opencvVersion();

}  // namespace cip::imaging

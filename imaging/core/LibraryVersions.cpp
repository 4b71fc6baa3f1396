#include "imaging/core/LibraryVersions.h"

#include <dcmtk/dcmdata/dcuid.h>
#include <opencv2/core/version.hpp>
#include <opencv2/core/utility.hpp>

namespace cip::imaging {

std::string dcmtkVersion() { return OFFIS_DCMTK_VERSION_STRING; }

std::string opencvVersion() { return cv::getVersionString(); }

}  // namespace cip::imaging

#pragma once

#include <opencv2/core/mat.hpp>

#include <string>
#include <vector>

namespace cip::imaging {

/// PNG, JPEG, TIFF and JPEG 2000 through OpenCV's image codecs, which bring GDAL and some 130
/// libraries with them: they live in a module (libcip_imaging_codecs.so) loaded on the first
/// image that needs them, so that a program that never reads or writes one (cip-tool info on a
/// DICOM file) never loads them.

/// The image in `bytes` as OpenCV decodes it (any depth, channels as stored, BGR(A) order);
/// empty when it cannot be decoded. Throws std::runtime_error naming the module when it cannot
/// be loaded, and cv::Exception as OpenCV does.
cv::Mat decodeImageBytes(const std::vector<unsigned char>& bytes);

/// Writes `image` in the format its extension names; false when it cannot be written. PNG of 8-
/// or 16-bit grey, BGR or BGRA (the CLI's pictures) is written through libpng without the
/// module; other formats throw like decodeImageBytes when the module cannot be loaded.
bool writeImageFile(const std::string& path, const cv::Mat& image);

/// Whether the codec module has been loaded by this process (a test of the lazy loading).
bool imageCodecsLoaded();

}  // namespace cip::imaging

#pragma once

#include "imaging/core/Scan.h"

#include <opencv2/core/mat.hpp>

#include <string>

/// DCMTK's rendering as the reference for the file's own display intent (windows, VOI LUTs).

/// What dcmj2pnm makes of `path` with `options` (e.g. "+Wi 1", "+Wl 2"), as 8-bit grey; empty when
/// it cannot render the file (a compression this DCMTK build lacks).
cv::Mat dcmtkPicture(const std::string& path, const std::string& options, const std::string& out);

/// Our picture of slice 0 with the file's window `index` (0-based), as grey levels.
cv::Mat ourPicture(const cip::imaging::Scan& scan, std::size_t index);

/// The largest grey-level difference of two pictures of the same size (REQUIREs both).
double largestDifference(const cv::Mat& ours, const cv::Mat& theirs);

#pragma once

#include "imaging/core/Scan.h"

#include <string>
#include <vector>

namespace cip::imaging {

/// Writes a volume as a classic single-frame CT series: one CT Image Storage file per slice,
/// `<folder>/<prefix>_NNNN.dcm`, all of one study and series, with an axial Image Orientation,
/// Image Position stepping by the slice spacing (1 mm when unknown), Instance Numbers from 1,
/// pixel spacing, KVP when the scan states it, and the samples as they are (8/16-bit integers).
/// The shape medical and older security CT export and the series reader takes, so the reader is
/// tested and fuzzed on files the project makes. Returns the files in slice order; throws
/// ScanError naming the file or the unsupported sample type.
std::vector<std::string> writeDicomSeries(const Scan& volume, const std::string& folder, const std::string& prefix = "slice");

}  // namespace cip::imaging

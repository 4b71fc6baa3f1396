#pragma once

#include "imaging/core/Scan.h"

#include <string>
#include <vector>

namespace cip::imaging {

/// Writes a scan as DICOS (NEMA's DICOM profile for security screening) so other vendors' tools
/// and the central system can read what the workstation produced:
///  - a 2D scan → DICOS DX (for processing), a volume → DICOS CT (multi-frame);
///  - a dual-energy scan → two DX instances of one series, Image Type value 3 "HIGH" / "LOW"
///    (value 4 "TRANSMISSION" when the pixels are detector counts); the low file is
///    `<name>_low<ext>` beside `path`. Opening either file reads the pair back as one scan.
/// Samples are written as they are (8/16-bit integers; float as Float Pixel Data), with pixel
/// spacing, vendor, model and description, each energy's KVP and the OOI Type when the scan
/// states them (so a reader can choose the same dual-energy system again). Returns the files
/// written; throws ScanError on failure.
std::vector<std::string> writeDicos(const Scan& scan, const std::string& path);

}  // namespace cip::imaging

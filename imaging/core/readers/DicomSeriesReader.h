#pragma once

#include "imaging/core/ReaderRegistry.h"

namespace cip::imaging {

/// A folder of single-slice DICOM files (one CT series) read as one volume: slices sorted by
/// their position along the slice normal, spacing checked to be regular, geometry checked to
/// match. A folder holding several series reads the one with the most slices.
class DicomSeriesReader : public ScanReader {
 public:
  std::string name() const override { return "DICOM series (folder)"; }
  int confidence(const SniffInput& input) const override;
  Scan read(const std::string& path, const LoadLimits& limits) const override;
};

}  // namespace cip::imaging

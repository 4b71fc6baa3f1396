#pragma once

#include "imaging/core/ReaderRegistry.h"

namespace cip::imaging {

/// One DICOM or DICOS file: radiographs (DX/CR, DICOS DX), CT and AIT images and multi-frame
/// objects (frames become the depth), 8/16/32-bit and float pixels, uncompressed or JPEG,
/// JPEG-LS or RLE compressed. A DICOS image gets the TDRs found beside it that refer to it;
/// a TDR file opened on its own gives a scan without pixels that carries the report.
class DicomReader : public ScanReader {
 public:
  std::string name() const override { return "DICOM/DICOS"; }
  int confidence(const SniffInput& input) const override;
  Scan read(const std::string& path, const LoadLimits& limits) const override;
};

/// Whether `path` starts as the DICOM reader expects (the registry's look at its first bytes),
/// asked before DCMTK parses it: a folder searched for a scan's partner or its reports also
/// holds JSON and other files, and parsing each would make opening one scan cost the folder.
bool looksLikeDicomFile(const std::string& path);

}  // namespace cip::imaging

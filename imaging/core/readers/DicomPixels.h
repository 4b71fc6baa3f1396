#pragma once

#include "imaging/core/Scan.h"
#include "imaging/core/ScanError.h"

class DcmFileFormat;
class DcmDataset;

namespace cip::imaging {

/// Registers DCMTK's decoders (JPEG, JPEG-LS, RLE) once and quiets its console logging: every
/// problem reaches the caller as a ScanError instead.
void ensureDicomCodecs();

/// Where a DICOM data set without preamble and meta header starts in the file's first bytes
/// (0, or a few bytes in when something precedes it); −1 when it does not look like one.
int datasetStart(const std::string& head);

/// Loads a DICOM file (any transfer syntax DCMTK reads, with or without meta header).
/// `maxElementBytes` > 0 leaves larger elements (pixels) on disk, for a quick look at the header.
void loadDicomFile(const std::string& path, DcmFileFormat& file, std::uint32_t maxElementBytes = 0);

/// Header facts of an image object: the metadata and the geometry it claims.
struct DicomGeometry {
  int rows = 0, columns = 0, frames = 1, samplesPerPixel = 1, bitsAllocated = 0;
  std::string photometric;
};
DicomGeometry readGeometry(const std::string& path, DcmDataset& dataset);
ScanMetadata readDicomMetadata(DcmDataset& dataset);
/// The windows the file stores (Window Center/Width, their explanations and VOI LUT Function), at
/// the top level or in the functional groups; widths a VOI function cannot use are left out.
std::vector<FileWindow> readFileWindows(DcmDataset& dataset);

/// Decodes every frame into a scan (frames stacked as depth): monochrome as modality values
/// (e.g. Hounsfield units), colour and palette images as R, G, B channels, float pixel data as
/// float32/float64. Checks the claimed size against the limits and against the bytes present.
Scan decodeDicomPixels(const std::string& path, DcmFileFormat& file, const LoadLimits& limits);

std::string datasetString(DcmDataset& dataset, unsigned short group, unsigned short element);

}  // namespace cip::imaging

#include "imaging/core/readers/DicomReader.h"

#include "imaging/core/readers/DicomPixels.h"
#include "imaging/core/readers/TdrReader.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dctk.h>

#include <filesystem>

namespace cip::imaging {

int DicomReader::confidence(const SniffInput& input) const {
  if (input.isDirectory) return 0;
  if (input.head.size() >= 132 && input.head.compare(128, 4, "DICM") == 0) return 100;
  // Files without preamble and meta header (old ACR-NEMA style) start with a group 0008 element.
  if (input.head.size() >= 8 && input.head[0] == '\x08' && input.head[1] == '\x00') return 40;
  return 0;
}

Scan DicomReader::read(const std::string& path, const LoadLimits& limits) const {
  DcmFileFormat file;
  loadDicomFile(path, file);
  DcmDataset& ds = *file.getDataset();
  const std::string sopClass = datasetString(ds, 0x0008, 0x0016);
  if (isThreatReportClass(sopClass)) {
    Scan scan;
    scan.width = scan.height = 0;
    scan.meta = readDicomMetadata(ds);
    scan.reports.push_back(readThreatReport(path, ds));
    return scan;
  }
  if (!ds.tagExists(DCM_Rows) || !ds.tagExists(DCM_Columns))
    throw ScanError(path, "DICOM object of SOP class " + (sopClass.empty() ? std::string("(none)") : sopClass) + " holds no image");
  Scan scan = decodeDicomPixels(path, file, limits);
  if (scan.meta.format == "DICOS")
    scan.reports = findReportsFor(std::filesystem::path(path).parent_path().string(), scan.meta.sopInstanceUid);
  return scan;
}

}  // namespace cip::imaging

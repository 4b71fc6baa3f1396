#include "imaging/core/readers/TdrReader.h"

#include "imaging/core/ScanError.h"
#include "imaging/core/readers/DicomPixels.h"
#include "imaging/core/readers/DicomReader.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dctk.h>

#include <algorithm>
#include <filesystem>

namespace cip::imaging {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kMaxBitmapBytes = 64u << 20;

std::string stringOf(DcmItem& item, const DcmTagKey& key) {
  OFString value;
  item.findAndGetOFString(key, value);
  return value.c_str();
}

std::vector<float> floatsOf(DcmItem& item, const DcmTagKey& key) {
  std::vector<float> values;
  Float32 value = 0;
  for (unsigned long i = 0; item.findAndGetFloat32(key, value, i).good() && i < 100000; ++i) values.push_back(value);
  return values;
}

DcmItem* firstItem(DcmItem& parent, const DcmTagKey& sequence) {
  DcmItem* item = nullptr;
  return parent.findAndGetSequenceItem(sequence, item, 0).good() ? item : nullptr;
}

TdrType tdrTypeOf(const std::string& text) {
  if (text == "MACHINE") return TdrType::Machine;
  if (text == "OPERATOR") return TdrType::Operator;
  if (text == "GROUND_TRUTH") return TdrType::GroundTruth;
  if (text == "AGGREGATE") return TdrType::Aggregate;
  return TdrType::Unknown;
}

ThreatRegion readThreat(const std::string& path, DcmItem& item) {
  ThreatRegion t;
  Uint16 id = 0;
  if (item.findAndGetUint16(DCM_PotentialThreatObjectID, id).good()) t.id = id;
  if (DcmItem* pto = firstItem(item, DCM_PTORepresentationSequence)) {
    const std::vector<float> polygon = floatsOf(*pto, DCM_BoundingPolygon);
    for (std::size_t i = 0; i + 2 < polygon.size(); i += 3) t.polygon.emplace_back(polygon[i], polygon[i + 1], polygon[i + 2]);
    t.location = stringOf(*pto, DcmTagKey(0x4010, 0x1078));
    if (DcmItem* roi = firstItem(*pto, DCM_ThreatROIVoxelSequence)) {
      const std::vector<float> base = floatsOf(*roi, DCM_ThreatROIBase);
      const std::vector<float> extents = floatsOf(*roi, DCM_ThreatROIExtents);
      if (base.size() == 3) t.roiBase = {base[0], base[1], base[2]};
      if (extents.size() == 3) t.roiExtents = {extents[0], extents[1], extents[2]};
      const Uint8* bitmap = nullptr;
      unsigned long length = 0;
      if (roi->findAndGetUint8Array(DCM_ThreatROIBitmap, bitmap, &length).good() && bitmap && length > 0) {
        if (length > kMaxBitmapBytes) throw ScanError(path, "threat ROI bitmap is larger than 64 MiB");
        t.roiBitmap.assign(bitmap, bitmap + length);
      }
    }
  }
  if (DcmItem* assessment = firstItem(item, DCM_ATDAssessmentSequence)) {
    t.category = stringOf(*assessment, DCM_ThreatCategory);
    t.description = stringOf(*assessment, DCM_ThreatCategoryDescription);
    t.assessment = stringOf(*assessment, DCM_ATDAssessmentFlag);
    Float32 probability = 0;
    if (assessment->findAndGetFloat32(DCM_ATDAssessmentProbability, probability).good()) t.probability = probability;
  }
  return t;
}

}  // namespace

bool isThreatReportClass(const std::string& sopClassUid) { return sopClassUid == UID_DICOS_ThreatDetectionReportStorage; }

ThreatReport readThreatReport(const std::string& path, DcmDataset& ds) {
  ThreatReport report;
  report.sourcePath = path;
  report.type = tdrTypeOf(stringOf(ds, DCM_TDRType));
  report.alarmDecision = stringOf(ds, DCM_AlarmDecision);
  report.sopInstanceUid = stringOf(ds, DCM_SOPInstanceUID);
  DcmStack stack;
  E_SearchMode mode = ESM_fromHere;
  while (ds.search(DCM_ReferencedSOPInstanceUID, stack, mode, OFTrue).good()) {
    mode = ESM_afterStackTop;
    OFString uid;
    if (auto* element = dynamic_cast<DcmElement*>(stack.top()); element && element->getOFString(uid, 0).good()) {
      if (std::find(report.referencedInstances.begin(), report.referencedInstances.end(), uid.c_str()) == report.referencedInstances.end())
        report.referencedInstances.emplace_back(uid.c_str());
    }
  }
  DcmSequenceOfItems* threats = nullptr;
  if (ds.findAndGetSequence(DCM_ThreatSequence, threats).good() && threats) {
    for (unsigned long i = 0; i < threats->card(); ++i)
      if (DcmItem* item = threats->getItem(i)) report.threats.push_back(readThreat(path, *item));
  }
  return report;
}

ThreatReport readThreatReportFile(const std::string& path) {
  DcmFileFormat file;
  loadDicomFile(path, file);
  const std::string sopClass = datasetString(*file.getDataset(), 0x0008, 0x0016);
  if (!isThreatReportClass(sopClass)) throw ScanError(path, "is not a DICOS threat detection report (SOP class " + sopClass + ")");
  return readThreatReport(path, *file.getDataset());
}

std::vector<ThreatReport> findReportsFor(const std::string& folder, const std::string& sopInstanceUid) {
  std::vector<ThreatReport> reports;
  if (sopInstanceUid.empty()) return reports;
  std::error_code error;
  int looked = 0;
  for (const auto& entry : fs::directory_iterator(folder, error)) {
    if (++looked > 500) break;
    if (!entry.is_regular_file(error) || entry.file_size(error) > (16u << 20) || !looksLikeDicomFile(entry.path().string())) continue;
    try {
      DcmFileFormat header;  // the SOP class first, without the scans' pixels
      loadDicomFile(entry.path().string(), header, 4096);
      if (!isThreatReportClass(datasetString(*header.getDataset(), 0x0008, 0x0016))) continue;
      DcmFileFormat file;
      loadDicomFile(entry.path().string(), file, 1 << 20);
      DcmDataset& ds = *file.getDataset();
      ThreatReport report = readThreatReport(entry.path().string(), ds);
      if (std::find(report.referencedInstances.begin(), report.referencedInstances.end(), sopInstanceUid) != report.referencedInstances.end())
        reports.push_back(std::move(report));
    } catch (const ScanError&) {
      // Not DICOM, or damaged: it is simply not a report for this scan.
    }
  }
  return reports;
}

}  // namespace cip::imaging

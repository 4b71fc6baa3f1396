#include "imaging/core/writers/TdrWriter.h"

#include "imaging/core/ScanError.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dctk.h>

#include <algorithm>
#include <filesystem>

namespace cip::imaging {

namespace {

std::string newUid() {
  char buffer[100];
  return dcmGenerateUniqueIdentifier(buffer, SITE_INSTANCE_UID_ROOT);
}

const char* tdrTypeName(TdrType type) {
  switch (type) {
    case TdrType::Machine: return "MACHINE";
    case TdrType::Operator: return "OPERATOR";
    case TdrType::GroundTruth: return "GROUND_TRUTH";
    case TdrType::Aggregate: return "AGGREGATE";
    case TdrType::Unknown: break;
  }
  return "MACHINE";
}

void check(OFCondition status, const std::string& path, const char* what) {
  if (status.bad()) throw ScanError(path, std::string("cannot write the threat report (") + what + "): " + status.text());
}

/// A CS value: upper case, digits, space and underscore, at most 16 characters.
std::string codeString(const std::string& text) {
  std::string out;
  for (char c : text) {
    const char u = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if ((u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_' || u == ' ') out += u;
    else if (u == '-') out += '_';
  }
  return out.substr(0, 16);
}

}  // namespace

void writeThreatReport(const ThreatReport& report, const TdrContext& context, const std::string& path) {
  DcmFileFormat file;
  DcmDataset& ds = *file.getDataset();
  const std::string date = context.decisionTime.size() >= 8 ? context.decisionTime.substr(0, 8) : "19700101";
  const std::string time = context.decisionTime.size() >= 14 ? context.decisionTime.substr(8, 6) : "000000";
  const std::string instance = newUid();
  auto put = [&](const DcmTagKey& key, const std::string& value, const char* what) { check(ds.putAndInsertString(key, value.c_str()), path, what); };
  put(DCM_SpecificCharacterSet, "ISO_IR 192", "character set");  // UTF-8: notes may be in any language
  put(DCM_SOPClassUID, UID_DICOS_ThreatDetectionReportStorage, "SOP class");
  put(DCM_SOPInstanceUID, instance, "SOP instance");
  put(DCM_InstanceCreationDate, date, "creation date");
  put(DCM_InstanceCreationTime, time, "creation time");
  put(DCM_StudyDate, date, "study date");
  put(DCM_StudyTime, time, "study time");
  put(DCM_ContentDate, date, "content date");
  put(DCM_ContentTime, time, "content time");
  put(DCM_Modality, "TDR", "modality");
  put(DCM_Manufacturer, "CIP Workstation", "manufacturer");
  put(DCM_StudyInstanceUID, context.studyInstanceUid.empty() ? newUid() : context.studyInstanceUid, "study");
  put(DCM_SeriesInstanceUID, newUid(), "series");
  put(DCM_SeriesNumber, "1", "series number");
  put(DCM_StudyID, "1", "study id");
  put(DCM_InstanceNumber, "1", "instance number");
  put(DCM_FrameOfReferenceUID, newUid(), "frame of reference");
  put(DCM_PatientID, context.objectId.empty() ? "UNKNOWN" : context.objectId.substr(0, 64), "object of inspection");
  put(DCM_TypeOfPatientID, "TEXT", "type of object id");
  if (!context.operatorName.empty()) put(DCM_OperatorsName, context.operatorName.substr(0, 64), "operator");
  if (!context.referencedSopInstanceUid.empty()) {
    DcmItem* study = nullptr;
    check(ds.findOrCreateSequenceItem(DCM_ReferencedStudySequence, study, 0), path, "referenced study");
    check(study->putAndInsertString(DCM_ReferencedSOPClassUID, context.referencedSopClassUid.c_str()), path, "referenced class");
    check(study->putAndInsertString(DCM_ReferencedSOPInstanceUID, context.referencedSopInstanceUid.c_str()), path, "referenced instance");
  }

  int alarms = 0;
  for (std::size_t i = 0; i < report.threats.size(); ++i) {
    const ThreatRegion& t = report.threats[i];
    DcmItem* item = nullptr;
    check(ds.findOrCreateSequenceItem(DCM_ThreatSequence, item, static_cast<signed long>(i)), path, "threat sequence");
    check(item->putAndInsertUint16(DCM_PotentialThreatObjectID, static_cast<Uint16>(std::clamp(t.id, 0, 65535))), path, "object id");
    DcmItem* pto = nullptr;
    check(item->findOrCreateSequenceItem(DCM_PTORepresentationSequence, pto, 0), path, "PTO representation");
    if (!context.referencedSopInstanceUid.empty()) {
      DcmItem* ref = nullptr;
      check(pto->findOrCreateSequenceItem(DCM_ReferencedInstanceSequence, ref, 0), path, "referenced instance");
      check(ref->putAndInsertString(DCM_ReferencedSOPClassUID, context.referencedSopClassUid.c_str()), path, "referenced class");
      check(ref->putAndInsertString(DCM_ReferencedSOPInstanceUID, context.referencedSopInstanceUid.c_str()), path, "referenced instance");
    }
    std::vector<Float32> polygon;
    for (const cv::Point3f& p : t.polygon) polygon.insert(polygon.end(), {p.x, p.y, p.z});
    if (!polygon.empty())
      check(pto->putAndInsertFloat32Array(DCM_BoundingPolygon, polygon.data(), static_cast<unsigned long>(polygon.size())), path, "bounding polygon");
    DcmItem* atd = nullptr;
    check(item->findOrCreateSequenceItem(DCM_ATDAssessmentSequence, atd, 0), path, "assessment");
    check(atd->putAndInsertString(DCM_ThreatCategory, codeString(t.category.empty() ? "ANOMALY" : t.category).c_str()), path, "category");
    if (!t.description.empty()) check(atd->putAndInsertString(DCM_ThreatCategoryDescription, t.description.substr(0, 1024).c_str()), path, "description");
    check(atd->putAndInsertString(DCM_ATDAbilityAssessment, "NO_INTERFERENCE"), path, "ability assessment");
    const std::string flag = t.assessment.empty() ? "UNKNOWN" : codeString(t.assessment);
    check(atd->putAndInsertString(DCM_ATDAssessmentFlag, flag.c_str()), path, "assessment flag");
    if (t.probability >= 0) check(atd->putAndInsertFloat32(DCM_ATDAssessmentProbability, static_cast<Float32>(std::min(1.0, t.probability))), path, "probability");
    alarms += flag == "THREAT" ? 1 : 0;
  }
  put(DCM_AbortFlag, "SUCCESS", "abort flag");
  put(DCM_TDRType, tdrTypeName(report.type), "TDR type");
  if (!context.algorithm.empty()) put(DCM_ThreatDetectionAlgorithmAndVersion, context.algorithm, "algorithm");
  put(DCM_AlarmDecisionTime, context.decisionTime.empty() ? "19700101000000" : context.decisionTime, "decision time");
  put(DCM_AlarmDecision, report.alarmDecision.empty() ? "UNKNOWN" : codeString(report.alarmDecision), "alarm decision");
  check(ds.putAndInsertUint16(DCM_NumberOfTotalObjects, static_cast<Uint16>(std::min<std::size_t>(report.threats.size(), 65535))), path, "total objects");
  check(ds.putAndInsertUint16(DCM_NumberOfAlarmObjects, static_cast<Uint16>(alarms)), path, "alarm objects");
  put(DCM_DICOSVersion, "V03", "DICOS version");
  put(DCM_OOIType, "CARGO", "object type");
  put(DCM_ScanType, "OPERATIONAL", "scan type");
  check(ds.putAndInsertFloat32(DCM_TotalProcessingTime, static_cast<Float32>(context.processingSeconds * 1000)), path, "processing time");

  // Written beside the target and renamed into place: a crash never leaves half a report.
  const std::string partial = path + ".partial";
  const OFCondition status = file.saveFile(partial.c_str(), EXS_LittleEndianExplicit);
  if (status.bad()) {
    std::filesystem::remove(partial);
    throw ScanError(path, std::string("cannot be written: ") + status.text());
  }
  std::error_code error;
  std::filesystem::rename(partial, path, error);
  if (error) {
    std::filesystem::remove(partial);
    throw ScanError(path, "cannot be written: " + error.message());
  }
}

}  // namespace cip::imaging

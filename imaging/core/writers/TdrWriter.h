#pragma once

#include "imaging/core/Findings.h"

#include <string>

namespace cip::imaging {

/// What a threat report says about itself and the scan it judges, beyond its regions.
struct TdrContext {
  std::string referencedSopClassUid;     ///< the scan's SOP class (DICOS DX / CT)
  std::string referencedSopInstanceUid;  ///< the scan instance the polygons are drawn on
  std::string studyInstanceUid;          ///< the scan's study; a new one when empty
  std::string objectId;                  ///< the object of inspection: container number or job id
  std::string operatorName;              ///< OPERATOR reports: who decided (user id)
  std::string algorithm;                 ///< MACHINE reports: "name\version"
  std::string decisionTime;              ///< DICOM DT, e.g. "20261123081500.000000+0000"
  double processingSeconds = 0;          ///< time spent (operator: on the job)
};

/// Writes `report` as a DICOS Threat Detection Report (SOP class 1.2.840.10008.5.1.4.1.1.501.3,
/// DICOS V03) at `path`: TDR type, alarm decision and its time, one Threat Sequence item per
/// region with its PTO representation (the referenced scan instance and the Bounding Polygon in
/// that scan's pixel coordinates) and its ATD assessment (category, description, flag,
/// probability). UIDs come from DCMTK's generator under its registered root. Throws ScanError
/// naming the file on failure; a half-written file is never left behind.
void writeThreatReport(const ThreatReport& report, const TdrContext& context, const std::string& path);

}  // namespace cip::imaging

#pragma once

#include <opencv2/core/types.hpp>

#include <string>
#include <vector>

namespace cip::imaging {

/// Who produced a threat detection report (DICOS TDR Type).
enum class TdrType { Unknown, Machine, Operator, GroundTruth, Aggregate };
const char* toString(TdrType type);

/// One potential threat object (PTO) of a TDR, or one automatic finding.
struct ThreatRegion {
  int id = 0;
  /// Bounding polygon vertices in the referenced scan's pixel/voxel coordinates (x, y, z).
  std::vector<cv::Point3f> polygon;
  /// Voxel region: base corner and extents, and an optional bitmap (1 bit per voxel, x fastest).
  cv::Point3f roiBase;
  cv::Point3f roiExtents;
  std::vector<unsigned char> roiBitmap;
  std::string category;        ///< DICOS Threat Category (e.g. "PI", "EXPLOSIVE") or our code
  std::string description;
  std::string assessment;      ///< ATD Assessment Flag ("THREAT", "NO_THREAT", "UNKNOWN")
  double probability = -1;     ///< 0–1, or −1 when not given
  std::string location;        ///< free text, e.g. "Corner Object"
};

/// A DICOS threat detection report, or the automatic analysis of a scan in the same shape.
struct ThreatReport {
  TdrType type = TdrType::Unknown;
  std::string alarmDecision;   ///< "ALARM", "CLEAR", "UNKNOWN"
  std::string sourcePath;
  std::string sopInstanceUid;
  std::vector<std::string> referencedInstances;  ///< SOP instance UIDs of the scans it refers to
  std::vector<ThreatRegion> threats;
};

}  // namespace cip::imaging

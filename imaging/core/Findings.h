#pragma once

#include <opencv2/core/types.hpp>

#include <algorithm>
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

/// Where a threat region lies in voxel (pixel) indices of its scan: the ROI base and extents
/// when the report gives them (they are always in voxels), else the bounding box of the polygon
/// (which some writers give in the scan's patient coordinates instead). Ends are exclusive.
struct VoxelBox {
  float x0 = 0, y0 = 0, z0 = 0, x1 = 0, y1 = 0, z1 = 0;
  bool empty() const { return x1 <= x0 || y1 <= y0; }
};
inline VoxelBox voxelBox(const ThreatRegion& t) {
  if (t.roiExtents.x > 0 && t.roiExtents.y > 0)
    return {t.roiBase.x, t.roiBase.y, t.roiBase.z, t.roiBase.x + t.roiExtents.x, t.roiBase.y + t.roiExtents.y,
            t.roiBase.z + std::max(1.0f, t.roiExtents.z)};
  if (t.polygon.empty()) return {};
  VoxelBox b{t.polygon[0].x, t.polygon[0].y, t.polygon[0].z, t.polygon[0].x, t.polygon[0].y, t.polygon[0].z};
  for (const cv::Point3f& p : t.polygon) {
    b.x0 = std::min(b.x0, p.x), b.y0 = std::min(b.y0, p.y), b.z0 = std::min(b.z0, p.z);
    b.x1 = std::max(b.x1, p.x), b.y1 = std::max(b.y1, p.y), b.z1 = std::max(b.z1, p.z);
  }
  b.z1 = std::max(b.z1, b.z0 + 1);
  return b;
}

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

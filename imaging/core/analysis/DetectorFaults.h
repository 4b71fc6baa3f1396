#pragma once

#include "imaging/core/Scan.h"

#include <opencv2/core/mat.hpp>

#include <string>
#include <vector>

namespace cip::imaging {

/// What went wrong in a detector line or block. Real scanners lose whole detector rows (a dead
/// board), stick at one value, saturate, or drop blocks of readings in transfer; left in, each
/// looks like an object to the eye and to the automatic findings.
enum class FaultKind { DeadRows, DeadColumns, StuckRows, StuckColumns, SaturatedRows, SaturatedColumns, DroppedBlock };
const char* toString(FaultKind kind);

struct DetectorFault {
  FaultKind kind = FaultKind::DeadRows;
  ChannelRole channel = ChannelRole::Single;
  cv::Rect region;  ///< pixels of the scan
  int blocks = 1;   ///< dropped blocks: how many, when a band of them is listed as one fault
  /// "low channel: dead rows 120–137" (English, for logs and the CLI).
  std::string describe() const;
};

struct DetectorFaults {
  std::vector<DetectorFault> faults;
  /// 255 where any channel's pixel is faulty (scan size, CV_8U); empty when there are no faults.
  cv::Mat mask;
  std::size_t faultyPixels = 0;
  std::size_t isolatedPixels = 0;  ///< zero readings in patches too small to list (in the mask)
  bool empty() const { return faults.empty(); }
};

/// Looks for dead, stuck and saturated rows and columns and for dropped blocks in every channel
/// of slice `z` of a transmission radiograph (detector counts: CT, medical and colour images are
/// not checked, their zero borders are no fault). A dropped block is a patch of zero counts in
/// one channel where the other energy still sees the beam, or, in a single channel, a filled
/// rectangle of zeros; blocks in one band of rows (a detector board dropping out in turn) are
/// listed as one fault.
DetectorFaults findDetectorFaults(const Scan& scan, int z = 0);

/// `channel` with its faulty pixels filled from good neighbours: along the row where the row
/// has good pixels, else between the nearest good rows. Same type as `channel`.
cv::Mat interpolateFaults(const cv::Mat& channel, const cv::Mat& mask);

/// The scan with every channel's faults filled in (a copy; the original stays as it was read).
Scan withFaultsInterpolated(const Scan& scan, const DetectorFaults& faults);

}  // namespace cip::imaging

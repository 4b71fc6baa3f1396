#pragma once

#include "imaging/core/Findings.h"

class DcmDataset;

namespace cip::imaging {

/// Reads a DICOS Threat Detection Report: TDR type, alarm decision, the scans it refers to, and
/// each potential threat object's bounding polygon, voxel region (base, extents, bitmap) and
/// assessment (category, description, flag, probability).
ThreatReport readThreatReport(const std::string& path, DcmDataset& dataset);

/// Opens `path` and reads it as a TDR; throws ScanError when it is not one.
ThreatReport readThreatReportFile(const std::string& path);

/// Every TDR in `folder` (files up to 16 MiB, at most 500 files looked at) that refers to the
/// SOP instance `sopInstanceUid`. Lets an analyst open a scan and see the machine's findings.
std::vector<ThreatReport> findReportsFor(const std::string& folder, const std::string& sopInstanceUid);

bool isThreatReportClass(const std::string& sopClassUid);

}  // namespace cip::imaging

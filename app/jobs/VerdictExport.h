#pragma once

#include "imaging/core/Scan.h"
#include "imaging/core/analysis/AutomaticFindings.h"
#include "sync/model/Declaration.h"
#include "sync/model/Job.h"
#include "sync/model/Verdict.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace cip::store {
class Store;
}

namespace cip::app {

/// The verdict as the central system and other vendors' tools read it: a DICOS TDR of type
/// OPERATOR (one threat item per mark, its Bounding Polygon in the scan's pixels, the category
/// and note as the assessment), the automatic findings as a separate TDR of type MACHINE, and a
/// JSON document naming both beside the verdict itself. Measurements are not marks of suspicion
/// and stay out of the TDR. With a GUI application (fonts), the one-page PDF report is written
/// too. Returns the files written; throws std::runtime_error naming the file.
QStringList exportVerdict(const model::Verdict& verdict, const model::Job& job, const std::optional<model::Declaration>& declaration,
                          const imaging::Scan& scan, const imaging::ScanFindings& findings, const QString& folder);

/// Exports a verdict from the store: its job's scan is opened from the workstation's copy and
/// analysed again against the declaration for the machine report. Throws std::runtime_error
/// (store, scan or write problems, naming the file) .
QStringList exportStoredVerdict(store::Store& store, const QString& verdictId, const QString& folder);

/// The DICOS Threat Category for an annotation category (drugs → PHARMACEUTICAL, …).
QString dicosThreatCategory(const QString& annotationCategory);

/// The operator's TDR content for a verdict (no file): for tests and the export.
imaging::ThreatReport operatorThreatReport(const model::Verdict& verdict);

}  // namespace cip::app

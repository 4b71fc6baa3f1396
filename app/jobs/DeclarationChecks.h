#pragma once

#include "imaging/core/analysis/AutomaticFindings.h"
#include "sync/model/Declaration.h"
#include "sync/model/DeclarationCheck.h"
#include "sync/model/Job.h"

namespace cip::app {

/// Tolerances of the weight check. The image weighs what the beam crossed: the estimate's own
/// spread (about ±20 % for goods of unknown composition) sets where a difference starts to mean
/// something.
struct WeightTolerance {
  double warn = 0.25;  ///< relative difference from which the check warns
  double fail = 0.5;   ///< … and from which it fails
};

/// The comparisons an analyst would otherwise do by hand, computed from the declaration, what the
/// scanner read (the job's container numbers) and the automatic findings of the scan:
///  - container numbers: each declared number valid under ISO 6346 and the same set the scanner read;
///  - empty container: declared empty vs the empty-container verification (and goods declared
///    but nothing seen);
///  - weight: declared gross weight vs the weight estimated from the image's mass thickness;
///  - materials: the declared goods' material classes vs the classes seen in the load.
QList<model::DeclarationCheck> checkDeclaration(const model::Declaration& declaration, const model::Job& job,
                                                const imaging::ScanFindings& findings, const WeightTolerance& tolerance = {});

}  // namespace cip::app

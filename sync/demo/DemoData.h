#pragma once

#include "sync/model/ScannerProfile.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace cip::demo {

/// What the demo folder holds, per case, so a trainer or a test knows the truth behind each job.
enum class DemoCase {
  EmptyClean,          ///< declared empty, is empty: every check passes
  EmptyConcealed,      ///< declared empty, hides goods: the empty check fails
  LoadedClean,         ///< declaration matches the image
  LoadedConcealed,     ///< contraband of another material class beside or inside the goods
  UnderDeclaredWeight, ///< the declaration states about half the weight the image shows
  ContainerMismatch    ///< the declaration names another container than the scanner read
};
const char* toString(DemoCase demoCase);

struct DemoJobOptions {
  int count = 12;
  unsigned seed = 1;
  double pixelMm = 10;   ///< scan resolution; 5 mm is a real scanner's, 10 mm is quick
  QDateTime now;         ///< creation and deadlines are set from this time
};

/// Writes a folder of synthetic jobs — per job a dual-energy DICOS pair, its ground truth, a
/// declaration and a job document (`<id>.job.json`, `<id>.declaration.json`) — the layout
/// `importJobFolder` and the central server read. The cases cycle through DemoCase, so the
/// image–declaration checks meet every outcome. Returns the job ids; throws std::runtime_error
/// naming the file on a write error. Everything written says it is synthetic demo data.
QStringList writeDemoJobs(const QString& folder, const DemoJobOptions& options);

/// Writes a synthetic case library of reference images — one typical, fully declared container
/// per goods type the generator knows (`<id>.case.json` beside its DICOS pair) — the layout
/// `importCaseFolder` reads. Returns the case ids; throws std::runtime_error naming the file.
QStringList writeDemoCases(const QString& folder, double pixelMm = 10);
/// The centre's profiles of the scanners the demo jobs come from: their scans' pixel pitch and
/// the 6/4 MeV linac with its calibration, as a centre would have set them up.
QList<model::ScannerProfile> demoScannerProfiles(double pixelMm);

/// Writes `count` jobs (`<prefix>-00000` …) that share one scan file of `bytes` random bytes,
/// each under its own scan id, with a minimal declaration: the load that benchmarks and the
/// resume tests put through the link, where the image does not matter but its size does.
/// Throws std::runtime_error naming the file on a write error.
QStringList writeBulkJobs(const QString& folder, int count, qint64 bytes, const QString& prefix);

}  // namespace cip::demo

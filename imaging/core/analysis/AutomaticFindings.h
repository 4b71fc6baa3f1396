#pragma once

#include "imaging/core/Findings.h"
#include "imaging/core/Scan.h"
#include "imaging/core/analysis/DetectorFaults.h"
#include "imaging/core/analysis/ExpectedMaterials.h"
#include "imaging/core/analysis/LoadMass.h"
#include "imaging/core/analysis/MaterialCalibration.h"
#include "imaging/core/analysis/MaterialImage.h"
#include "imaging/core/physics/SystemSelection.h"

#include <opencv2/core/types.hpp>

#include <string>
#include <vector>

namespace cip::imaging {

/// What the automatic analysis points an analyst at. None of it is a verdict: each finding is a
/// place to look, with the reason.
enum class FindingKind {
  Load,          ///< something in the container beyond its empty frame
  Dense,         ///< so little transmission that a small object could hide unseen
  Impenetrable,  ///< beyond the scanner's penetration: the image shows nothing there
  Anomaly        ///< material the declared goods do not explain
};
const char* toString(FindingKind kind);

struct Finding {
  FindingKind kind = FindingKind::Load;
  cv::Rect box;                 ///< pixels of the scan
  int pixels = 0;
  double areaMm2 = -1;          ///< −1 when the scan's pixel spacing is unknown
  MaterialClass material = MaterialClass::Air;  ///< anomaly: the unexplained class
  double strength = 0;          ///< load/anomaly: mean attenuation above the empty container; dense: mean transmission
  std::string message;          ///< one line of English for logs and the CLI
};

/// The tuning of the detectors, in physical units so that one setting serves every resolution.
struct FindingOptions {
  double minAreaMm2 = 10000;      ///< 100 cm²: smaller regions are not reported
  double minMassThickness = 3.0;  ///< g/cm² water-equivalent above the empty container counts as load
  double materialMassThickness = 10.0;  ///< below this the energy ratio is too noisy to name a material
  double denseTransmission = 0;   ///< high-energy transmission below which a region is dense; 0: 10 × noise floor
  double defaultPixelMm = 5;      ///< used when the scan does not say its spacing
};

/// What travels with the scan: the declaration's HS codes. `known` with no codes means the
/// container is declared empty; not `known` skips the empty check and the anomaly check.
struct DeclaredContent {
  bool known = false;
  std::vector<std::string> hsCodes;
  bool declaredEmpty() const { return known && hsCodes.empty(); }
};

/// Whether a scan is one the cargo findings were made for — a radiograph of a container or a
/// vehicle (or of something unstated, the centre's business) — and else what it is instead, so
/// that the analyst is told why nothing was looked for rather than shown cargo boxes on a patient.
enum class CargoScope {
  Cargo,            ///< the findings apply
  MedicalCt,        ///< a medical CT image
  MedicalImage,     ///< another medical image (CR, DX, MR …)
  Baggage,          ///< a baggage or parcel scan
  Person,           ///< a body scan
  Ct,               ///< a CT image of something else (density, not a radiograph)
  ColourImage,      ///< an image already rendered in colour
  NotTransmission   ///< not an X-ray transmission image
};
CargoScope cargoScope(const SystemSelection& selection);
/// "a medical CT image", "a baggage scan" … (English, for logs and the CLI).
const char* describe(CargoScope scope);

enum class EmptyCheck { NotApplicable, ConfirmedEmpty, NotEmpty };
const char* toString(EmptyCheck check);

struct ScanFindings {
  /// Not Cargo: the scan is not one the findings were made for, nothing was looked for, and
  /// `notes` says why; the declaration checks that rest on the image do not apply either.
  CargoScope scope = CargoScope::Cargo;
  bool cargoScan() const { return scope == CargoScope::Cargo; }
  bool containerFound = false;
  cv::Rect container;           ///< outer outline in pixels (the whole image when not found)
  cv::Rect interior;            ///< the part inspected: inside the end frames, above the floor, below the roof
  double noiseSigma = 0;        ///< of the smoothed attenuation, measured
  double loadThreshold = 0;     ///< attenuation above the empty container that counts as load
  EmptyCheck emptyCheck = EmptyCheck::NotApplicable;
  ExpectedMaterials expected;
  bool materialsChecked = false;
  std::vector<Finding> findings;
  LoadMassEstimate loadMass;    ///< the weight of what is inside, for the declared-weight check
  std::vector<std::string> notes;  ///< what could not be checked, and why
  /// Detector faults found on the scan: filled in before the analysis and never a finding.
  std::vector<DetectorFault> faults;
  std::string system;           ///< the dual-energy system whose calibration read the scan
  std::string systemReason;     ///< why that system (SystemSelection::summary()), set by whoever chose it
  std::size_t count(FindingKind kind) const;
};

/// The first automatic findings on a container radiograph (the high or only channel; material
/// anomalies need dual energy). The empty container is modelled from the scan itself: its frame
/// and walls are the same along the length, so each row's low percentile is the row's empty
/// level and what rises above it is load. See docs/imaging.md for the method and its figures.
/// A scan that is no container or vehicle radiograph by its own metadata (cargoScope of
/// selectSystem) gets no findings, its scope and a note saying why. Detector faults
/// (findDetectorFaults) are interpolated over before smoothing and no finding is made on them.
ScanFindings analyzeScan(const Scan& scan, const MaterialCalibration& calibration, const MaterialClassifier& classifier,
                         const DeclaredContent& declared, const FindingOptions& options = {});

/// JSON document "cip-findings" for the CLI and for the central system.
std::string findingsJson(const ScanFindings& findings, const std::string& file);

/// The findings as a machine threat detection report (DICOS TDR shape), one region per finding.
ThreatReport toThreatReport(const ScanFindings& findings);

}  // namespace cip::imaging

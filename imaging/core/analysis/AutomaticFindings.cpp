#include "imaging/core/analysis/AutomaticFindings.h"

#include "imaging/core/ScanError.h"
#include "imaging/core/analysis/EmptyContainerModel.h"
#include "imaging/core/processing/Attenuation.h"

#include <nlohmann/json.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace cip::imaging {

namespace {

constexpr int kSmoothing = 5;
constexpr double kMinBandMm = 100;     ///< goods along the whole length are at least this high
constexpr double kEdgeFraction = 0.3;  ///< neighbourhood span, as a share of the value, that marks an edge

/// High-energy attenuation of `gcm2` of the curve's material, or `fallback` without such a curve.
double attenuationOf(const MaterialCalibration& calibration, const CalibrationCurve* curve, double gcm2, double fallback) {
  const double a = curve ? calibration.attenuationHigh(*curve, gcm2) : -1;
  return a >= 0 ? a : fallback;
}

struct Component {
  cv::Rect box;
  int pixels;
  cv::Mat mask;  ///< of this component, image-sized view cropped to box
};

/// Connected regions of `mask` (inside `interior`) of at least `minPixels`, after an opening
/// that removes noise specks and one-pixel bridges.
std::vector<Component> regions(cv::Mat mask, const cv::Rect& interior, int minPixels, int opening) {
  cv::Mat inside = cv::Mat::zeros(mask.size(), CV_8U);
  mask(interior).copyTo(inside(interior));
  if (opening > 1) cv::morphologyEx(inside, inside, cv::MORPH_OPEN, cv::getStructuringElement(cv::MORPH_RECT, {opening, opening}));
  cv::Mat labels, stats, centroids;
  const int n = cv::connectedComponentsWithStats(inside, labels, stats, centroids, 8, CV_32S);
  std::vector<Component> out;
  for (int i = 1; i < n; ++i) {
    const int area = stats.at<int>(i, cv::CC_STAT_AREA);
    if (area < minPixels) continue;
    const cv::Rect box(stats.at<int>(i, cv::CC_STAT_LEFT), stats.at<int>(i, cv::CC_STAT_TOP), stats.at<int>(i, cv::CC_STAT_WIDTH),
                       stats.at<int>(i, cv::CC_STAT_HEIGHT));
    out.push_back({box, area, labels(box) == i});
  }
  return out;
}

std::string format(const char* pattern, double a, double b = 0, double c = 0) {
  char text[256];
  std::snprintf(text, sizeof text, pattern, a, b, c);
  return text;
}

}  // namespace

const char* toString(FindingKind kind) {
  switch (kind) {
    case FindingKind::Load: return "load";
    case FindingKind::Dense: return "dense";
    case FindingKind::Impenetrable: return "impenetrable";
    case FindingKind::Anomaly: return "anomaly";
  }
  return "load";
}

const char* toString(EmptyCheck check) {
  switch (check) {
    case EmptyCheck::NotApplicable: return "not-applicable";
    case EmptyCheck::ConfirmedEmpty: return "empty";
    case EmptyCheck::NotEmpty: return "not-empty";
  }
  return "not-applicable";
}

CargoScope cargoScope(const SystemSelection& selection) {
  switch (selection.object) {
    case InspectedObject::Medical: return selection.kind == ScanKind::Ct ? CargoScope::MedicalCt : CargoScope::MedicalImage;
    case InspectedObject::Baggage: return CargoScope::Baggage;
    case InspectedObject::Person: return CargoScope::Person;
    case InspectedObject::Cargo:
    case InspectedObject::Unstated: break;
  }
  switch (selection.kind) {
    case ScanKind::Ct: return CargoScope::Ct;
    case ScanKind::ColourImage: return CargoScope::ColourImage;
    case ScanKind::Other: return CargoScope::NotTransmission;
    case ScanKind::DualEnergyRadiograph:
    case ScanKind::SingleEnergyRadiograph: break;
  }
  return CargoScope::Cargo;
}

const char* describe(CargoScope scope) {
  switch (scope) {
    case CargoScope::Cargo: return "a container or vehicle scan";
    case CargoScope::MedicalCt: return "a medical CT image";
    case CargoScope::MedicalImage: return "a medical image";
    case CargoScope::Baggage: return "a baggage scan";
    case CargoScope::Person: return "a scan of a person";
    case CargoScope::Ct: return "a CT image";
    case CargoScope::ColourImage: return "an image already rendered in colour";
    case CargoScope::NotTransmission: return "not an X-ray transmission image";
  }
  return "?";
}

std::size_t ScanFindings::count(FindingKind kind) const {
  return static_cast<std::size_t>(std::count_if(findings.begin(), findings.end(), [kind](const Finding& f) { return f.kind == kind; }));
}

namespace {

/// Findings are made in physical units (mm, g/cm²), so a scan far finer than the smallest region
/// worth reporting is analysed on a reduced copy: the same answer, a fraction of the time.
constexpr double kMaxAnalysisPixels = 4.2e6;

Scan reducedForAnalysis(const Scan& scan, int factor) {
  Scan reduced;
  reduced.meta = scan.meta;
  reduced.width = scan.width / factor;
  reduced.height = scan.height / factor;
  if (scan.meta.spacingX > 0) reduced.meta.spacingX = scan.meta.spacingX * factor;
  if (scan.meta.spacingY > 0) reduced.meta.spacingY = scan.meta.spacingY * factor;
  for (const Channel& c : scan.channels) {
    Channel r{c.role, {}};
    cv::resize(c.pixels.rowRange(0, scan.height), r.pixels, cv::Size(reduced.width, reduced.height), 0, 0, cv::INTER_AREA);
    reduced.channels.push_back(std::move(r));
  }
  return reduced;
}

cv::Rect scaled(const cv::Rect& r, int factor) { return {r.x * factor, r.y * factor, r.width * factor, r.height * factor}; }

/// The analysis proper, on a scan whose faults are filled in; `faulty` (empty: none) marks them.
ScanFindings analyzeCargo(const Scan& scan, const cv::Mat& faulty, const MaterialCalibration& calibration, const MaterialClassifier& classifier,
                          const DeclaredContent& declared, const FindingOptions& options) {
  const double scanPixels = static_cast<double>(scan.width) * scan.height;
  if (scanPixels > kMaxAnalysisPixels) {
    const int factor = static_cast<int>(std::ceil(std::sqrt(scanPixels / kMaxAnalysisPixels)));
    cv::Mat reducedFaults;
    if (!faulty.empty()) {  // a reduced pixel with any faulty pixel in it is faulty
      cv::resize(faulty, reducedFaults, cv::Size(scan.width / factor, scan.height / factor), 0, 0, cv::INTER_AREA);
      reducedFaults = reducedFaults > 0;
    }
    ScanFindings result = analyzeCargo(reducedForAnalysis(scan, factor), reducedFaults, calibration, classifier, declared, options);
    // Back to the scan's own pixels.
    const cv::Rect whole(0, 0, scan.width, scan.height);
    result.container = scaled(result.container, factor) & whole;
    result.interior = scaled(result.interior, factor) & whole;
    for (Finding& f : result.findings) {
      f.box = scaled(f.box, factor) & whole;
      f.pixels *= factor * factor;
    }
    result.notes.push_back(format("analysed at 1/%.0f resolution", factor));
    return result;
  }
  ScanFindings result;
  result.system = calibration.system;
  const Channel* highChannel = scan.channel(ChannelRole::High);
  const Channel* lowChannel = scan.channel(ChannelRole::Low);
  const cv::Mat highPixels = (highChannel ? highChannel->pixels : scan.channels.front().pixels).rowRange(0, scan.height);
  const cv::Mat raw = attenuationImage(highPixels, scan.meta);
  cv::Mat aHigh, aLow;
  cv::blur(raw, aHigh, cv::Size(kSmoothing, kSmoothing));
  if (highChannel && lowChannel) aLow = attenuationImage(lowChannel->pixels.rowRange(0, scan.height), scan.meta, kSmoothing);

  // Faults and what the smoothing spread them into: never part of a finding.
  cv::Mat usable = cv::Mat(aHigh.size(), CV_8U, cv::Scalar(255));
  if (!faulty.empty()) {
    cv::Mat spread;
    cv::dilate(faulty, spread, cv::getStructuringElement(cv::MORPH_RECT, {kSmoothing + 2, kSmoothing + 2}));
    usable = ~spread;
  }

  const double pixelX = scan.meta.spacingX > 0 ? scan.meta.spacingX : options.defaultPixelMm;
  const double pixelY = scan.meta.spacingY > 0 ? scan.meta.spacingY : options.defaultPixelMm;
  if (scan.meta.spacingX <= 0)
    result.notes.push_back(format("pixel size unknown: sizes are in pixels; the smallest finding assumes %.1f mm pixels", options.defaultPixelMm));
  const double pixelArea = pixelX * pixelY;
  const int minPixels = std::max(4, static_cast<int>(options.minAreaMm2 / pixelArea));
  auto areaOf = [&](int pixels) { return scan.meta.spacingX > 0 ? pixels * pixelArea : -1.0; };
  // Sizes in the messages: millimetres only when the scan states its pixel size, never the
  // assumed one (a 5 mm guess made loads 3 m high, taller than any container).
  const bool knownSize = scan.meta.spacingX > 0;
  auto sizeOf = [&](const cv::Rect& box) {
    return knownSize ? format("%.0f × %.0f mm", box.width * pixelX, box.height * pixelY) : format("%.0f × %.0f px", box.width, box.height);
  };

  const EmptyContainerModel empty = modelEmptyContainer(aHigh, aLow, raw, kSmoothing, pixelX, pixelY, calibration.airAttenuation);
  result.containerFound = empty.found;
  result.container = empty.container;
  result.interior = empty.interior;
  result.noiseSigma = empty.noiseSigma;
  if (!empty.found) result.notes.push_back("no container outline found: the whole image was inspected");
  const CalibrationCurve* water = calibration.representative(MaterialClass::Organic);
  const CalibrationCurve* steel = calibration.representative(MaterialClass::Metal);
  result.loadThreshold = std::max(attenuationOf(calibration, water, options.minMassThickness, 0.1), 6 * empty.noiseSigma);

  // Load: above the empty level of its row.
  const cv::Mat excessHigh = excessOverEmpty(aHigh, empty.rowLevelHigh);
  const cv::Mat loadMask = (excessHigh > result.loadThreshold) & usable;
  for (const Component& c : regions(loadMask, empty.interior, minPixels, 3)) {
    Finding f{FindingKind::Load, c.box, c.pixels, areaOf(c.pixels), MaterialClass::Air, cv::mean(excessHigh(c.box), c.mask)[0], {}};
    f.message = "goods or an object: " + sizeOf(c.box) + format(", attenuation %.2f above the empty container", f.strength);
    result.findings.push_back(f);
  }
  // Goods along the whole length lift a row's own empty level: compare each row with the walls.
  // Side walls of ISO containers are at most about 2 × 3 mm of corrugated steel.
  const double wallsAtMost = attenuationOf(calibration, steel, 2 * 0.3 * 1.4 * 7.87, 0.3) + result.loadThreshold;
  std::vector<bool> fullRow(static_cast<std::size_t>(aHigh.rows), false);
  const double rowReference = std::min(empty.wallLevel, wallsAtMost);
  for (int y = empty.interior.y; y < empty.interior.y + empty.interior.height; ++y)
    fullRow[static_cast<std::size_t>(y)] = empty.rowLevelHigh[static_cast<std::size_t>(y)] - rowReference > result.loadThreshold &&
                                           cv::countNonZero(usable.row(y)) * 2 > usable.cols;
  for (int y = 0; y < aHigh.rows;) {
    if (!fullRow[static_cast<std::size_t>(y)]) { ++y; continue; }
    int end = y;
    while (end < aHigh.rows && fullRow[static_cast<std::size_t>(end)]) ++end;
    const int pixels = (end - y) * empty.interior.width;
    if (pixels >= minPixels && (end - y) * pixelY >= kMinBandMm) {
      const cv::Rect box(empty.interior.x, y, empty.interior.width, end - y);
      result.findings.push_back({FindingKind::Load, box, pixels, areaOf(pixels), MaterialClass::Air,
                                 empty.rowLevelHigh[static_cast<std::size_t>((y + end) / 2)] - rowReference,
                                 knownSize ? format("goods along the whole length, %.0f mm high", (end - y) * pixelY)
                                           : format("goods along the whole length, %.0f px high", end - y)});
    }
    y = end;
  }

  cv::Mat excessLow;
  if (!aLow.empty()) excessLow = excessOverEmpty(aLow, empty.rowLevelLow);
  const double materialThreshold = std::max(result.loadThreshold, attenuationOf(calibration, water, options.materialMassThickness, 0.3));
  result.loadMass = estimateLoadMass(aHigh, excessHigh, excessLow, empty.interior, rowReference, pixelArea, materialThreshold, calibration,
                                     classifier);
  if (scan.meta.spacingX <= 0) result.loadMass.kg = -1;

  // Dense and impenetrable: where the beam leaves too little to see a hidden object in.
  const double denseTransmission = options.denseTransmission > 0 ? options.denseTransmission : 10 * calibration.noiseFloor;
  const cv::Mat denseMask = (aHigh > -std::log(denseTransmission)) & usable;
  for (const Component& c : regions(denseMask, empty.interior, minPixels, 3)) {
    cv::Mat transmission;
    cv::exp(-aHigh(c.box), transmission);
    const double mean = cv::mean(transmission, c.mask)[0];
    const int blind = cv::countNonZero((transmission < calibration.noiseFloor) & c.mask);
    const bool impenetrable = blind * 2 > c.pixels;
    Finding f{impenetrable ? FindingKind::Impenetrable : FindingKind::Dense, c.box, c.pixels, areaOf(c.pixels), MaterialClass::Air, mean, {}};
    f.message = impenetrable ? "impenetrable: " + sizeOf(c.box) + " where the image shows nothing"
                             : "dense: " + sizeOf(c.box) + format(" at %.1f %% transmission, small objects could hide here", 100 * mean);
    result.findings.push_back(f);
  }

  // Anomaly: material of the load, with the empty container subtracted, that the declared
  // goods do not explain.
  if (declared.known && !declared.hsCodes.empty()) result.expected = expectedMaterials(declared.hsCodes);
  if (aLow.empty()) {
    result.notes.push_back("single-energy scan: materials not checked against the declaration");
  } else if (!declared.known || declared.hsCodes.empty()) {
    if (!declared.known) result.notes.push_back("no declaration: materials not checked");
  } else if (!result.expected.known) {
    result.notes.push_back("an HS chapter of the declaration has no expected materials: materials not checked");
  } else {
    result.materialsChecked = true;
    cv::Mat positiveHigh = cv::max(excessHigh, 0.0), positiveLow = cv::max(excessLow, 0.0);
    const cv::Mat classes = classifier.classify(positiveHigh, positiveLow);
    cv::Mat unexplained = cv::Mat::zeros(classes.size(), CV_8U);
    for (MaterialClass cls : {MaterialClass::Organic, MaterialClass::Inorganic, MaterialClass::Metal})
      if (!result.expected.allows(cls)) unexplained |= classes == static_cast<unsigned char>(cls);
    // The energy ratio stays meaningful down to a few times the noise floor, well into "dense".
    unexplained &= (excessHigh > materialThreshold) & (aHigh < -std::log(2 * calibration.noiseFloor));
    // Along the edges of thick goods the blurred high and low images mix two paths into a ratio
    // neither has: leave out pixels whose neighbourhood spans more than a third of their value.
    cv::Mat highest, lowest;
    const cv::Mat window = cv::getStructuringElement(cv::MORPH_RECT, {kSmoothing + 2, kSmoothing + 2});
    cv::dilate(aHigh, highest, window);
    cv::erode(aHigh, lowest, window);
    unexplained &= (highest - lowest) < aHigh * kEdgeFraction;
    unexplained &= usable;
    for (const Component& c : regions(unexplained, empty.interior, minPixels, 5)) {
      std::array<int, 5> counts{};
      const cv::Mat boxClasses = classes(c.box);
      for (int y = 0; y < c.box.height; ++y)
        for (int x = 0; x < c.box.width; ++x)
          if (c.mask.at<unsigned char>(y, x)) ++counts[boxClasses.at<unsigned char>(y, x)];
      const auto cls = static_cast<MaterialClass>(std::max_element(counts.begin(), counts.end()) - counts.begin());
      Finding f{FindingKind::Anomaly, c.box, c.pixels, areaOf(c.pixels), cls, cv::mean(excessHigh(c.box), c.mask)[0], {}};
      f.message = std::string(toString(cls)) + " material where the declaration expects " + result.expected.describe() +
                  ": " + sizeOf(c.box);
      result.findings.push_back(f);
    }
  }

  if (declared.declaredEmpty())
    result.emptyCheck = result.findings.empty() ? EmptyCheck::ConfirmedEmpty : EmptyCheck::NotEmpty;
  return result;
}

}  // namespace

ScanFindings analyzeScan(const Scan& scan, const MaterialCalibration& calibration, const MaterialClassifier& classifier,
                         const DeclaredContent& declared, const FindingOptions& options) {
  if (scan.channels.empty() || scan.width == 0) throw ScanError(scan.meta.format, "holds no image to analyse");
  const SystemSelection selection = selectSystem(scan);
  if (const CargoScope scope = cargoScope(selection); scope != CargoScope::Cargo) {
    ScanFindings result;
    result.scope = scope;
    result.system = calibration.system;
    result.notes.push_back(std::string("automatic cargo findings are made for container and vehicle scans; this is ") + describe(scope) +
                           " (" + (selection.objectEvidence.empty() ? std::string(toString(selection.kind)) : selection.objectEvidence) + ")");
    return result;
  }
  const DetectorFaults faults = findDetectorFaults(scan);
  ScanFindings result = faults.mask.empty() ? analyzeCargo(scan, cv::Mat(), calibration, classifier, declared, options)
                                       : analyzeCargo(withFaultsInterpolated(scan, faults), faults.mask, calibration, classifier, declared, options);
  if (!faults.mask.empty()) {
    result.faults = faults.faults;
    result.notes.push_back(format("%.0f detector fault(s) over %.0f pixels: filled in and left out of the findings",
                                  static_cast<double>(faults.faults.size()),
                                  static_cast<double>(faults.faultyPixels)));
  }
  return result;
}

std::string findingsJson(const ScanFindings& r, const std::string& file) {
  auto rect = [](const cv::Rect& b) { return nlohmann::json::array({b.x, b.y, b.width, b.height}); };
  nlohmann::json findings = nlohmann::json::array();
  for (const Finding& f : r.findings) {
    nlohmann::json item{{"kind", toString(f.kind)}, {"boxPixels", rect(f.box)}, {"pixels", f.pixels}, {"strength", f.strength},
                        {"message", f.message}};
    if (f.areaMm2 >= 0) item["areaMm2"] = f.areaMm2;
    if (f.kind == FindingKind::Anomaly) item["material"] = toString(f.material);
    findings.push_back(item);
  }
  nlohmann::json doc{{"format", "cip-findings"}, {"version", 1}, {"file", file}, {"cargoScan", r.cargoScan()},
                     {"containerFound", r.containerFound},
                     {"containerPixels", rect(r.container)}, {"interiorPixels", rect(r.interior)}, {"noiseSigma", r.noiseSigma},
                     {"loadThreshold", r.loadThreshold}, {"emptyCheck", toString(r.emptyCheck)},
                     {"materialsChecked", r.materialsChecked}, {"findings", findings}, {"notes", r.notes}};
  if (r.loadMass.kg >= 0) doc["loadMass"] = {{"kg", std::round(r.loadMass.kg)}, {"lowerBound", r.loadMass.lowerBound}};
  if (r.materialsChecked) doc["expectedMaterials"] = r.expected.describe();
  if (!r.cargoScan()) doc["scanIs"] = describe(r.scope);
  if (!r.system.empty()) doc["system"] = {{"name", r.system}, {"reason", r.systemReason}};
  if (!r.faults.empty()) {
    nlohmann::json faults = nlohmann::json::array();
    for (const DetectorFault& f : r.faults)
      faults.push_back({{"kind", toString(f.kind)}, {"channel", toString(f.channel)}, {"boxPixels", rect(f.region)}, {"message", f.describe()}});
    doc["detectorFaults"] = faults;
  }
  return doc.dump(1);
}

ThreatReport toThreatReport(const ScanFindings& r) {
  ThreatReport report;
  report.type = TdrType::Machine;
  const bool alarm = r.emptyCheck == EmptyCheck::NotEmpty || r.count(FindingKind::Anomaly) > 0;
  report.alarmDecision = alarm ? "ALARM" : "CLEAR";
  int id = 0;
  for (const Finding& f : r.findings) {
    ThreatRegion region;
    region.id = ++id;
    const cv::Rect& b = f.box;
    region.polygon = {{float(b.x), float(b.y), 0}, {float(b.x + b.width), float(b.y), 0},
                      {float(b.x + b.width), float(b.y + b.height), 0}, {float(b.x), float(b.y + b.height), 0}};
    region.category = toString(f.kind);
    region.description = f.message;
    const bool threat = f.kind == FindingKind::Anomaly || (f.kind == FindingKind::Load && r.emptyCheck == EmptyCheck::NotEmpty);
    region.assessment = threat ? "THREAT" : "UNKNOWN";
    report.threats.push_back(region);
  }
  return report;
}

}  // namespace cip::imaging

#include "imaging/core/synth/FindingsEvaluation.h"

#include "imaging/core/physics/Materials.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace cip::imaging {

namespace {

bool touches(const Finding& f, const cv::Rect& box) { return (f.box & box).area() > 0; }

std::string row(const char* name, const DetectionFigure& d) {
  char text[200];
  std::snprintf(text, sizeof text, "%-22s %4d/%-4d detected (%5.1f %%)   %4d/%-4d false alarms (%5.1f %%)\n", name, d.detected,
                d.positives, 100 * d.detectionRate(), d.falseAlarms, d.negatives, 100 * d.falseAlarmRate());
  return text;
}

}  // namespace

void FindingsEvaluation::add(const Scene& scene, const SyntheticScan& truth, const ScanFindings& findings, double denseTransmission) {
  if (scene.declarationKnown && scene.declared.empty()) {
    const bool notEmpty = findings.emptyCheck == EmptyCheck::NotEmpty;
    if (truth.truth.empty()) {
      ++emptyCheck.negatives;
      emptyCheck.falseAlarms += notEmpty ? 1 : 0;
    } else {
      ++emptyCheck.positives;
      emptyCheck.detected += notEmpty ? 1 : 0;
    }
  }

  auto isDense = [&](FindingKind k) { return k == FindingKind::Dense || k == FindingKind::Impenetrable; };
  ++dense.negatives;
  bool falseDense = false;
  for (const Finding& f : findings.findings) {
    if (!isDense(f.kind)) continue;
    bool explained = false;
    for (const SceneTruth& t : truth.truth) explained |= touches(f, t.box) && t.transmissionHigh < 3 * denseTransmission;
    falseDense |= !explained;
  }
  dense.falseAlarms += falseDense ? 1 : 0;
  for (const SceneTruth& t : truth.truth) {
    // A place something could hide in: at least 100 × 100 mm (a wall seen edge-on is not one).
    if (t.transmissionHigh >= denseTransmission || std::min(t.box.width, t.box.height) * scene.pixelMm < 100) continue;
    ++dense.positives;
    bool found = false;
    for (const Finding& f : findings.findings) found |= isDense(f.kind) && touches(f, t.box);
    dense.detected += found ? 1 : 0;
  }

  if (!scene.declarationKnown || scene.declared.empty()) return;
  const double trueKg = loadMassKg(scene, false) + loadMassKg(scene, true);
  if (findings.loadMass.kg >= 0 && trueKg > 0) {
    if (findings.loadMass.lowerBound) {
      ++massLowerBounds;
      massLowerBoundsHeld += findings.loadMass.kg <= trueKg * 1.2 ? 1 : 0;
    } else {
      massErrors.push_back((findings.loadMass.kg - trueKg) / trueKg);
    }
  }
  std::vector<std::string> codes;
  for (const DeclaredGoods& d : scene.declared) codes.push_back(d.hsCode);
  const ExpectedMaterials expected = expectedMaterials(codes);
  std::vector<cv::Rect> anomalous;
  std::vector<bool> insideGoods;
  for (const SceneTruth& t : truth.truth) {
    if (!t.concealed || expected.allows(material(t.material).cls)) continue;
    anomalous.push_back(t.box);
    bool mixed = false;
    for (const SceneTruth& goods : truth.truth) mixed |= !goods.concealed && (goods.box & t.box).area() * 4 > t.box.area();
    insideGoods.push_back(mixed);
  }
  bool falseAnomaly = false;
  for (const Finding& f : findings.findings) {
    if (f.kind != FindingKind::Anomaly) continue;
    bool explained = false;
    for (const cv::Rect& box : anomalous) explained |= touches(f, box);
    falseAnomaly |= !explained;
  }
  if (anomalous.empty()) {
    ++anomaly.negatives;
    anomaly.falseAlarms += falseAnomaly ? 1 : 0;
  }
  for (std::size_t i = 0; i < anomalous.size(); ++i) {
    bool found = false;
    for (const Finding& f : findings.findings) found |= f.kind == FindingKind::Anomaly && touches(f, anomalous[i]);
    for (DetectionFigure* figure : {&anomaly, insideGoods[i] ? &anomalyInsideGoods : &anomalyInClear}) {
      ++figure->positives;
      figure->detected += found ? 1 : 0;
    }
  }
}

std::string FindingsEvaluation::table() const {
  auto detectionOnly = [](const char* name, const DetectionFigure& d) {
    char text[120];
    std::snprintf(text, sizeof text, "  %-20s %4d/%-4d detected (%5.1f %%)\n", name, d.detected, d.positives, 100 * d.detectionRate());
    return std::string(text);
  };
  std::vector<double> errors;
  for (double e : massErrors) errors.push_back(std::abs(e));
  std::sort(errors.begin(), errors.end());
  auto quantile = [&](double q) { return errors.empty() ? 0.0 : errors[std::min(errors.size() - 1, static_cast<std::size_t>(q * errors.size()))]; };
  double bias = 0;
  for (double e : massErrors) bias += e / std::max<std::size_t>(1, massErrors.size());
  char mass[240];
  std::snprintf(mass, sizeof mass,
                "load mass              %4zu scans: |error| median %4.1f %%, 90th pct %4.1f %%, mean error %+5.1f %%\n"
                "  beyond penetration   %4d scans: estimate a lower bound in %d\n",
                errors.size(), 100 * quantile(0.5), 100 * quantile(0.9), 100 * bias, massLowerBounds, massLowerBoundsHeld);
  return row("empty check", emptyCheck) + row("dense", dense) + row("anomaly", anomaly) +
         detectionOnly("beside the goods", anomalyInClear) + detectionOnly("inside the goods", anomalyInsideGoods) + mass;
}

}  // namespace cip::imaging

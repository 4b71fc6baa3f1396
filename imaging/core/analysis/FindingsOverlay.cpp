#include "imaging/core/analysis/FindingsOverlay.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace cip::imaging {

namespace {

cv::Scalar colourOf(FindingKind kind) {
  switch (kind) {
    case FindingKind::Anomaly: return {40, 40, 255};
    case FindingKind::Impenetrable:
    case FindingKind::Dense: return {255, 60, 255};
    case FindingKind::Load: return {255, 220, 0};
  }
  return {255, 255, 255};
}

}  // namespace

cv::Mat drawFindings(const cv::Mat& picture, const ScanFindings& findings) {
  cv::Mat out;
  if (picture.channels() == 1) cv::cvtColor(picture, out, cv::COLOR_GRAY2BGR);
  else out = picture.clone();
  const int line = std::max(1, std::min(out.cols, out.rows) / 300);
  const double textScale = std::clamp(std::min(out.cols, out.rows) / 600.0, 0.35, 1.5);
  cv::rectangle(out, findings.interior, {128, 128, 128}, 1);
  // Load first, so that dense regions and anomalies on top of it stay visible.
  for (FindingKind kind : {FindingKind::Load, FindingKind::Dense, FindingKind::Impenetrable, FindingKind::Anomaly})
    for (const Finding& f : findings.findings) {
      if (f.kind != kind) continue;
      cv::rectangle(out, f.box, colourOf(kind), line + (kind == FindingKind::Anomaly ? 1 : 0));
      // A load box under a dense region or an anomaly keeps its colour but lends it the label.
      const bool covered = kind == FindingKind::Load && std::any_of(findings.findings.begin(), findings.findings.end(), [&](const Finding& o) {
                             return o.kind != FindingKind::Load && (o.box & f.box).area() * 2 > f.box.area();
                           });
      if (covered) continue;
      std::string label = toString(kind);
      if (kind == FindingKind::Anomaly) label += std::string(": ") + toString(f.material);
      const cv::Point at(f.box.x + 2, std::max(12, f.box.y - 3));
      cv::putText(out, label, at, cv::FONT_HERSHEY_SIMPLEX, textScale, {0, 0, 0}, line + 2, cv::LINE_AA);
      cv::putText(out, label, at, cv::FONT_HERSHEY_SIMPLEX, textScale, colourOf(kind), line, cv::LINE_AA);
    }
  return out;
}

}  // namespace cip::imaging

#include "imaging/core/analysis/EmptyContainerModel.h"

#include "imaging/core/processing/Percentile.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace cip::imaging {

namespace {

// ISO 668 / 1496 containers seen side-on: end frames (corner posts, front wall, doors) take
// about 150 mm at each end, bottom rails and floor the lowest 150 mm, top rails the highest 60.
constexpr double kEndFrameMm = 200, kFloorMm = 170, kRoofMm = 90;
constexpr double kMinContainerMm = 1000;

/// The longest run of true values: [first, last).
std::pair<int, int> longestRun(const std::vector<bool>& inside) {
  std::pair<int, int> best{0, 0};
  for (int i = 0, start = -1; i <= static_cast<int>(inside.size()); ++i) {
    const bool in = i < static_cast<int>(inside.size()) && inside[static_cast<std::size_t>(i)];
    if (in && start < 0) start = i;
    if (!in && start >= 0) {
      if (i - start > best.second - best.first) best = {start, i};
      start = -1;
    }
  }
  return best;
}

/// Columns (or rows) whose median attenuation, over the given span, is more than air's.
std::vector<bool> attenuatingLines(const cv::Mat& a, bool columns, const cv::Range& span, double air) {
  const int lines = columns ? a.cols : a.rows;
  std::vector<bool> inside(static_cast<std::size_t>(lines));
  const int step = std::max(1, (span.end - span.start) / 512);  // a sample of the span is enough
  std::vector<float> values;
  for (int i = 0; i < lines; ++i) {
    values.clear();
    for (int j = span.start; j < span.end; j += step) values.push_back(columns ? a.at<float>(j, i) : a.at<float>(i, j));
    inside[static_cast<std::size_t>(i)] = percentileOf(values, 0.5) > air;
  }
  return inside;
}

std::vector<float> rowLevels(const cv::Mat& a, const cv::Rect& interior) {
  std::vector<float> level(static_cast<std::size_t>(a.rows), 0.f), values;
  for (int y = interior.y; y < interior.y + interior.height; ++y) {
    const float* row = a.ptr<float>(y);
    values.assign(row + interior.x, row + interior.x + interior.width);
    level[static_cast<std::size_t>(y)] = percentileOf(values, 0.10);
  }
  return level;
}

}  // namespace

EmptyContainerModel modelEmptyContainer(const cv::Mat& aHigh, const cv::Mat& aLow, const cv::Mat& raw, int smoothing,
                                        double pixelMmX, double pixelMmY, double airAttenuation) {
  EmptyContainerModel m;
  const auto [x0, x1] = longestRun(attenuatingLines(aHigh, true, cv::Range(0, aHigh.rows), airAttenuation));
  if ((x1 - x0) * pixelMmX >= kMinContainerMm) {
    const auto [y0, y1] = longestRun(attenuatingLines(aHigh, false, cv::Range(x0, x1), airAttenuation));
    if ((y1 - y0) * pixelMmY >= kMinContainerMm) {
      m.found = true;
      m.container = cv::Rect(x0, y0, x1 - x0, y1 - y0);
    }
  }
  if (m.found) {
    // Smoothing spreads the frame's dark members by half the box, and the outline with them.
    const int spread = smoothing / 2 + 1;
    const int ends = static_cast<int>(std::ceil(kEndFrameMm / pixelMmX)) + spread;
    const int floor = static_cast<int>(std::ceil(kFloorMm / pixelMmY)) + spread;
    const int roof = static_cast<int>(std::ceil(kRoofMm / pixelMmY)) + 2 * spread;
    m.interior = cv::Rect(m.container.x + ends, m.container.y + roof, m.container.width - 2 * ends,
                          m.container.height - roof - floor);
  } else {
    m.container = m.interior = cv::Rect(0, 0, aHigh.cols, aHigh.rows);
  }
  m.interior &= cv::Rect(0, 0, aHigh.cols, aHigh.rows);
  if (m.interior.empty()) m.interior = m.container;

  m.rowLevelHigh = rowLevels(aHigh, m.interior);
  if (!aLow.empty()) m.rowLevelLow = rowLevels(aLow, m.interior);
  std::vector<float> levels(m.rowLevelHigh.begin() + m.interior.y, m.rowLevelHigh.begin() + m.interior.y + m.interior.height);
  m.wallLevel = percentileOf(levels, 0.05);

  // Noise: neighbour differences of the raw attenuation, robust to edges (median absolute
  // deviation), scaled to the smoothed image.
  std::vector<float> differences;
  const int step = std::max(1, m.interior.height / 256);
  for (int y = m.interior.y; y < m.interior.y + m.interior.height; y += step) {
    const float* row = raw.ptr<float>(y);
    for (int x = m.interior.x + 1; x < m.interior.x + m.interior.width; ++x) differences.push_back(std::abs(row[x] - row[x - 1]));
  }
  const double pixelSigma = 1.4826 * percentileOf(differences, 0.5) / std::sqrt(2.0);
  m.noiseSigma = pixelSigma / std::max(1, smoothing);
  return m;
}

cv::Mat excessOverEmpty(const cv::Mat& a, const std::vector<float>& rowLevel) {
  cv::Mat excess(a.size(), CV_32F);
  for (int y = 0; y < a.rows; ++y) {
    const float* in = a.ptr<float>(y);
    float* out = excess.ptr<float>(y);
    const float level = rowLevel[static_cast<std::size_t>(y)];
    for (int x = 0; x < a.cols; ++x) out[x] = in[x] - level;
  }
  return excess;
}

}  // namespace cip::imaging

#include "imaging/core/analysis/DetectorFaults.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cstdio>

namespace cip::imaging {

namespace {

constexpr double kLineShare = 0.9;     ///< a row or column is dead (saturated) when this share of it is
constexpr double kStuckVariance = 0.25;  ///< a stuck line varies less than half a count …
constexpr double kLiveVariance = 4.0;    ///< … where both its neighbours vary by two counts or more
constexpr int kMinBlockPixels = 8;     ///< smaller patches are isolated dead pixels, masked but not listed
constexpr std::size_t kMaxListed = 200;  ///< faults listed; the mask holds them all

/// The largest count an integer detector can report; 0 for float data (no saturation test).
double fullScale(const cv::Mat& m) {
  switch (m.depth()) {
    case CV_8U: return 255;
    case CV_16U: return 65535;
    default: return 0;
  }
}

/// One pass over a channel: per row and per column the zeros, saturated pixels, mean and variance.
struct LineStatistics {
  std::vector<int> zeros, saturated;
  std::vector<double> sum, squares;
  int length = 0;  ///< pixels per line
  double mean(std::size_t i) const { return sum[i] / length; }
  double variance(std::size_t i) const { return std::max(0.0, squares[i] / length - mean(i) * mean(i)); }
};

void measureLines(const cv::Mat& channel, LineStatistics& rows, LineStatistics& columns) {
  const double top = fullScale(channel);
  const auto h = static_cast<std::size_t>(channel.rows), w = static_cast<std::size_t>(channel.cols);
  for (LineStatistics* s : {&rows, &columns}) {
    const std::size_t n = s == &rows ? h : w;
    s->zeros.assign(n, 0);
    s->saturated.assign(n, 0);
    s->sum.assign(n, 0.0);
    s->squares.assign(n, 0.0);
  }
  rows.length = channel.cols;
  columns.length = channel.rows;
  cv::Mat line;
  for (int y = 0; y < channel.rows; ++y) {
    channel.row(y).convertTo(line, CV_64F);
    const auto* v = line.ptr<double>();
    const auto yi = static_cast<std::size_t>(y);
    for (std::size_t x = 0; x < w; ++x) {
      const double value = v[x];
      const int zero = value == 0 ? 1 : 0;
      const int full = top > 0 && value >= top ? 1 : 0;
      rows.zeros[yi] += zero;
      rows.saturated[yi] += full;
      rows.sum[yi] += value;
      rows.squares[yi] += value * value;
      columns.zeros[x] += zero;
      columns.saturated[x] += full;
      columns.sum[x] += value;
      columns.squares[x] += value * value;
    }
  }
}

/// Which lines are dead, saturated or stuck: one kind per line, dead first.
std::vector<int> lineKinds(const LineStatistics& s, bool rows) {
  const std::size_t n = s.sum.size();
  std::vector<int> kinds(n, -1);
  const double share = kLineShare * s.length;
  for (std::size_t i = 0; i < n; ++i) {
    if (s.zeros[i] >= share) {
      kinds[i] = static_cast<int>(rows ? FaultKind::DeadRows : FaultKind::DeadColumns);
    } else if (s.saturated[i] >= share) {
      kinds[i] = static_cast<int>(rows ? FaultKind::SaturatedRows : FaultKind::SaturatedColumns);
    } else if (n >= 3 && s.length >= 8 && s.variance(i) <= kStuckVariance) {
      const bool before = i == 0 || s.variance(i - 1) >= kLiveVariance;
      const bool after = i + 1 == n || s.variance(i + 1) >= kLiveVariance;
      if (before && after && (i > 0 || i + 1 < n)) kinds[i] = static_cast<int>(rows ? FaultKind::StuckRows : FaultKind::StuckColumns);
    }
  }
  return kinds;
}

/// Runs of lines of one kind become one fault each; their pixels go into `mask`.
void addLineFaults(const std::vector<int>& kinds, bool rows, ChannelRole role, const cv::Size& size, cv::Mat& mask,
                   std::vector<DetectorFault>& faults) {
  for (std::size_t i = 0; i < kinds.size();) {
    if (kinds[i] < 0) { ++i; continue; }
    std::size_t end = i;
    while (end < kinds.size() && kinds[end] == kinds[i]) ++end;
    const int from = static_cast<int>(i), count = static_cast<int>(end - i);
    const cv::Rect region = rows ? cv::Rect(0, from, size.width, count) : cv::Rect(from, 0, count, size.height);
    mask(region).setTo(255);
    faults.push_back({static_cast<FaultKind>(kinds[i]), role, region});
    i = end;
  }
}

/// Zero counts that are not whole dead lines: where the other energy still sees the beam, or,
/// without one, filled rectangles of zeros (an opaque object is never a neat rectangle of 0).
void addDroppedBlocks(const cv::Mat& channel, const cv::Mat* other, ChannelRole role, const cv::Mat& lineMask, cv::Mat& mask,
                      std::vector<DetectorFault>& faults, std::size_t& isolated) {
  std::vector<cv::Rect> blocks;
  cv::Mat candidates = (channel == 0) & ~lineMask;
  if (other) {
    const double beam = std::max(1.0, 0.01 * (fullScale(*other) > 0 ? fullScale(*other) : cv::norm(*other, cv::NORM_INF)));
    candidates &= *other >= beam;
  }
  if (cv::countNonZero(candidates) == 0) return;
  cv::Mat labels, stats, centroids;
  const int n = cv::connectedComponentsWithStats(candidates, labels, stats, centroids, 8, CV_32S);
  for (int label = 1; label < n; ++label) {
    const cv::Rect box(stats.at<int>(label, cv::CC_STAT_LEFT), stats.at<int>(label, cv::CC_STAT_TOP), stats.at<int>(label, cv::CC_STAT_WIDTH),
                       stats.at<int>(label, cv::CC_STAT_HEIGHT));
    const int area = stats.at<int>(label, cv::CC_STAT_AREA);
    const bool filled = area >= 0.9 * box.area();
    if (!other && !(filled && area >= kMinBlockPixels)) continue;
    mask(box).setTo(255, labels(box) == label);
    if (area >= kMinBlockPixels)
      blocks.push_back(box);
    else
      isolated += static_cast<std::size_t>(area);
  }
  // Blocks whose rows overlap form one band: one fault for the band, not one per block.
  std::sort(blocks.begin(), blocks.end(), [](const cv::Rect& a, const cv::Rect& b) { return a.y < b.y; });
  for (std::size_t i = 0; i < blocks.size();) {
    cv::Rect band = blocks[i];
    std::size_t end = i + 1;
    while (end < blocks.size() && blocks[end].y < band.y + band.height) band |= blocks[end++];
    faults.push_back({FaultKind::DroppedBlock, role, band, static_cast<int>(end - i)});
    i = end;
  }
}

}  // namespace

const char* toString(FaultKind kind) {
  switch (kind) {
    case FaultKind::DeadRows: return "dead rows";
    case FaultKind::DeadColumns: return "dead columns";
    case FaultKind::StuckRows: return "stuck rows";
    case FaultKind::StuckColumns: return "stuck columns";
    case FaultKind::SaturatedRows: return "saturated rows";
    case FaultKind::SaturatedColumns: return "saturated columns";
    case FaultKind::DroppedBlock: return "dropped block";
  }
  return "?";
}

std::string DetectorFault::describe() const {
  char text[160];
  const cv::Rect& r = region;
  switch (kind) {
    case FaultKind::DeadRows: case FaultKind::StuckRows: case FaultKind::SaturatedRows:
      std::snprintf(text, sizeof text, "%s channel: %s %d–%d", imaging::toString(channel), toString(kind), r.y, r.y + r.height - 1);
      break;
    case FaultKind::DeadColumns: case FaultKind::StuckColumns: case FaultKind::SaturatedColumns:
      std::snprintf(text, sizeof text, "%s channel: %s %d–%d", imaging::toString(channel), toString(kind), r.x, r.x + r.width - 1);
      break;
    case FaultKind::DroppedBlock:
      if (blocks > 1)
        std::snprintf(text, sizeof text, "%s channel: %d dropped blocks in rows %d–%d, columns %d–%d", imaging::toString(channel), blocks, r.y,
                      r.y + r.height - 1, r.x, r.x + r.width - 1);
      else
        std::snprintf(text, sizeof text, "%s channel: dropped block of %d × %d at (%d, %d)", imaging::toString(channel), r.width, r.height, r.x, r.y);
      break;
  }
  return text;
}

DetectorFaults findDetectorFaults(const Scan& scan, int z) {
  DetectorFaults result;
  if (scan.isVolume() || scan.channels.empty() || scan.width < 2 || scan.height < 2) return result;
  // Detector counts only: a CT slice's or a medical image's zero border is no fault, nor is a
  // colour picture's black.
  const bool counts = scan.meta.meaning == PixelMeaning::Transmission || scan.isDualEnergy();
  if (!counts || scan.meta.meaning == PixelMeaning::Attenuation || scan.channel(ChannelRole::Red)) return result;
  const cv::Size size(scan.width, scan.height);
  result.mask = cv::Mat::zeros(size, CV_8U);
  std::size_t isolated = 0;
  for (std::size_t c = 0; c < scan.channels.size(); ++c) {
    const cv::Mat channel = scan.slice(c, z);
    if (channel.channels() != 1) continue;
    LineStatistics rows, columns;
    measureLines(channel, rows, columns);
    cv::Mat lineMask = cv::Mat::zeros(size, CV_8U);
    const ChannelRole role = scan.channels[c].role;
    addLineFaults(lineKinds(rows, true), true, role, size, lineMask, result.faults);
    addLineFaults(lineKinds(columns, false), false, role, size, lineMask, result.faults);
    result.mask |= lineMask;
    // The other energy of a pair tells a dropped reading from an opaque object.
    const Channel* other = nullptr;
    if (role == ChannelRole::High) other = scan.channel(ChannelRole::Low);
    if (role == ChannelRole::Low) other = scan.channel(ChannelRole::High);
    const cv::Mat otherSlice = other ? scan.slice(static_cast<std::size_t>(other - scan.channels.data()), z) : cv::Mat();
    addDroppedBlocks(channel, other ? &otherSlice : nullptr, role, lineMask, result.mask, result.faults, isolated);
  }
  if (result.faults.size() > kMaxListed) result.faults.resize(kMaxListed);
  result.faultyPixels = static_cast<std::size_t>(cv::countNonZero(result.mask));
  result.isolatedPixels = isolated;
  if (result.faultyPixels == 0) result.mask.release();
  return result;
}

cv::Mat interpolateFaults(const cv::Mat& channel, const cv::Mat& mask) {
  if (mask.empty() || cv::countNonZero(mask) == 0) return channel.clone();
  cv::Mat values;
  channel.convertTo(values, CV_64F);
  std::vector<bool> rowUnfilled(static_cast<std::size_t>(values.rows), false);
  // Along each row, between the good pixels on either side of a faulty run.
  for (int y = 0; y < values.rows; ++y) {
    auto* v = values.ptr<double>(y);
    const auto* m = mask.ptr<unsigned char>(y);
    int x = 0;
    bool anyGood = false;
    while (x < values.cols) {
      if (!m[x]) { anyGood = true; ++x; continue; }
      const int start = x;
      while (x < values.cols && m[x]) ++x;
      const bool left = start > 0, right = x < values.cols;
      if (!left && !right) break;
      const double a = left ? v[start - 1] : v[x], b = right ? v[x] : v[start - 1];
      for (int i = start; i < x; ++i) v[i] = a + (b - a) * (i - start + 1) / (x - start + 1);
    }
    rowUnfilled[static_cast<std::size_t>(y)] = !anyGood;
  }
  // Whole rows: between the nearest rows that have good pixels.
  for (int y = 0; y < values.rows;) {
    if (!rowUnfilled[static_cast<std::size_t>(y)]) { ++y; continue; }
    const int start = y;
    while (y < values.rows && rowUnfilled[static_cast<std::size_t>(y)]) ++y;
    const bool above = start > 0, below = y < values.rows;
    if (!above && !below) break;
    const cv::Mat a = values.row(above ? start - 1 : y), b = values.row(below ? y : start - 1);
    for (int i = start; i < y; ++i) {
      const double t = static_cast<double>(i - start + 1) / (y - start + 1);
      cv::addWeighted(a, 1 - t, b, t, 0, values.row(i));
    }
  }
  cv::Mat result;
  values.convertTo(result, channel.type());
  return result;
}

Scan withFaultsInterpolated(const Scan& scan, const DetectorFaults& faults) {
  Scan repaired = scan;
  if (faults.mask.empty() || scan.isVolume()) return repaired;
  for (Channel& c : repaired.channels) c.pixels = interpolateFaults(c.pixels.rowRange(0, scan.height), faults.mask);
  return repaired;
}

}  // namespace cip::imaging

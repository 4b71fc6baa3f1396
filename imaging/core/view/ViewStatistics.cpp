#include "imaging/core/view/ViewStatistics.h"

#include <algorithm>
#include <cmath>

namespace cip::imaging {

namespace {

double bilinear(const cv::Mat& image, double x, double y) {
  x = std::clamp(x - 0.5, 0.0, image.cols - 1.0);
  y = std::clamp(y - 0.5, 0.0, image.rows - 1.0);
  const int x0 = static_cast<int>(x), y0 = static_cast<int>(y);
  const int x1 = std::min(x0 + 1, image.cols - 1), y1 = std::min(y0 + 1, image.rows - 1);
  const double fx = x - x0, fy = y - y0;
  auto at = [&](int yy, int xx) {
    switch (image.depth()) {
      case CV_8U: return static_cast<double>(image.at<unsigned char>(yy, xx));
      case CV_16U: return static_cast<double>(image.at<unsigned short>(yy, xx));
      case CV_16S: return static_cast<double>(image.at<short>(yy, xx));
      case CV_32S: return static_cast<double>(image.at<int>(yy, xx));
      case CV_32F: return static_cast<double>(image.at<float>(yy, xx));
      default: return image.at<double>(yy, xx);
    }
  };
  return (at(y0, x0) * (1 - fx) + at(y0, x1) * fx) * (1 - fy) + (at(y1, x0) * (1 - fx) + at(y1, x1) * fx) * fy;
}

}  // namespace

LineProfile lineProfile(const Scan& scan, int z, cv::Point2d from, cv::Point2d to, int maxSamples) {
  LineProfile p;
  if (scan.channels.empty() || scan.width == 0) return p;
  const double sx = scan.meta.spacingX > 0 ? scan.meta.spacingX : 1, sy = scan.meta.spacingY > 0 ? scan.meta.spacingY : 1;
  p.millimetres = scan.meta.spacingX > 0;
  const double lengthPixels = std::hypot(to.x - from.x, to.y - from.y);
  const int samples = std::clamp(static_cast<int>(std::ceil(lengthPixels)) + 1, 2, std::max(2, maxSamples));
  const double lengthUnits = std::hypot((to.x - from.x) * sx, (to.y - from.y) * sy);
  p.values.resize(scan.channels.size());
  for (int i = 0; i < samples; ++i) {
    const double t = static_cast<double>(i) / (samples - 1);
    p.distance.push_back((p.millimetres ? lengthUnits : lengthPixels) * t);
    const double x = from.x + (to.x - from.x) * t, y = from.y + (to.y - from.y) * t;
    for (std::size_t c = 0; c < scan.channels.size(); ++c) p.values[c].push_back(bilinear(scan.slice(c, z), x, y));
  }
  return p;
}

ValueHistogram regionHistogram(const WorkingImage& image, const cv::Rect& region, int bins) {
  ValueHistogram h;
  h.first = image.toValue(0);
  h.last = image.toValue(65535);
  h.counts.assign(static_cast<std::size_t>(std::max(1, bins)), 0.0);
  const cv::Rect r = region & cv::Rect(0, 0, image.samples.cols, image.samples.rows);
  if (r.empty()) return h;
  const int step = std::max(1, static_cast<int>(std::sqrt(static_cast<double>(r.area()) / (1 << 20))));
  for (int y = r.y; y < r.y + r.height; y += step) {
    const unsigned short* row = image.samples.ptr<unsigned short>(y);
    for (int x = r.x; x < r.x + r.width; x += step) h.counts[static_cast<std::size_t>(row[x]) * h.counts.size() / 65536] += 1;
  }
  return h;
}

}  // namespace cip::imaging

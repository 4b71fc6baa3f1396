#pragma once

#include "imaging/core/Scan.h"
#include "imaging/core/writers/DicosWriter.h"

#include <opencv2/core.hpp>

#include <cmath>
#include <string>

/// A 2-channel 16-bit dual-energy scan with structure everywhere (no flat areas a renderer could
/// skip), written as an uncompressed DICOS pair at `path` (and `_low`): the benchmarks' input.
inline void writeStructuredScan(const std::string& path, int width, int height, double pixelMm) {
  cip::imaging::Scan scan;
  scan.width = width;
  scan.height = height;
  scan.meta.meaning = cip::imaging::PixelMeaning::Transmission;
  scan.meta.spacingX = scan.meta.spacingY = pixelMm;
  cv::Mat high(height, width, CV_16U), low(height, width, CV_16U);
  for (int y = 0; y < height; ++y)
    for (int x = 0; x < width; ++x) {
      const double t = 0.5 + 0.45 * std::sin(x * 0.0021) * std::cos(y * 0.013);
      high.at<ushort>(y, x) = cv::saturate_cast<ushort>(60000 * t);
      low.at<ushort>(y, x) = cv::saturate_cast<ushort>(60000 * t * t);
    }
  scan.channels = {{cip::imaging::ChannelRole::High, high}, {cip::imaging::ChannelRole::Low, low}};
  cip::imaging::writeDicos(scan, path);
}

#include "imaging/core/readers/RawPixels.h"

#include <opencv2/core.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>

namespace cip::imaging {

namespace {

SampleType sampleOf(const std::string& path, char kind, int bytes, bool bigEndian) {
  SampleType t;
  t.bytes = bytes;
  t.bigEndian = bigEndian && bytes > 1;
  if (kind == 'u' && bytes == 1) t.cvDepth = CV_8U;
  else if (kind == 'u' && bytes == 2) t.cvDepth = CV_16U;
  else if (kind == 'i' && bytes == 1) t.cvDepth = CV_8S;
  else if (kind == 'i' && bytes == 2) t.cvDepth = CV_16S;
  else if (kind == 'i' && bytes == 4) t.cvDepth = CV_32S;
  else if (kind == 'f' && bytes == 4) t.cvDepth = CV_32F;
  else if (kind == 'f' && bytes == 8) t.cvDepth = CV_64F;
  else throw ScanError(path, std::string("sample type ") + kind + std::to_string(bytes * 8) +
                                 " is not supported (uint8/16, int8/16/32, float32/64 are)");
  return t;
}

void swapBytes(char* data, std::size_t count, int bytes) {
  for (std::size_t i = 0; i < count; ++i) std::reverse(data + i * bytes, data + (i + 1) * bytes);
}

}  // namespace

SampleType parseNumpyDescr(const std::string& path, const std::string& descr) {
  if (descr.size() < 3) throw ScanError(path, "NumPy dtype '" + descr + "' is not understood");
  const int bytes = std::atoi(descr.c_str() + 2);
  if (bytes != 1 && bytes != 2 && bytes != 4 && bytes != 8) throw ScanError(path, "NumPy dtype '" + descr + "' is not supported");
  return sampleOf(path, descr[1], bytes, descr[0] == '>');
}

SampleType parseSampleTypeName(const std::string& path, const std::string& name, bool bigEndian) {
  static const std::pair<const char*, std::pair<char, int>> kNames[] = {
      {"uint8", {'u', 1}}, {"uint16", {'u', 2}}, {"int8", {'i', 1}}, {"int16", {'i', 2}},
      {"int32", {'i', 4}}, {"float32", {'f', 4}}, {"float64", {'f', 8}}};
  for (const auto& entry : kNames)
    if (name == entry.first) return sampleOf(path, entry.second.first, entry.second.second, bigEndian);
  throw ScanError(path, "dtype '" + name + "' is not one of uint8, uint16, int8, int16, int32, float32, float64");
}

Scan readRawPixels(const std::string& path, const RawLayout& layout, const LoadLimits& limits) {
  const std::uint64_t bytes = checkedPixelBytes(path, layout.width, layout.height, layout.depth, layout.channels,
                                                static_cast<std::uint64_t>(layout.sample.bytes), limits);
  std::error_code error;
  const std::uint64_t fileSize = std::filesystem::file_size(path, error);
  if (error) throw ScanError(path, "cannot read its size: " + error.message());
  if (fileSize < layout.offset || fileSize - layout.offset < bytes)
    throw ScanError(path, "claims " + std::to_string(layout.width) + "×" + std::to_string(layout.height) + "×" +
                              std::to_string(layout.depth) + " × " + std::to_string(layout.channels) +
                              " channel(s) = " + std::to_string(bytes) + " bytes of pixels, but holds only " +
                              std::to_string(fileSize > layout.offset ? fileSize - layout.offset : 0) + " (truncated?)");
  std::ifstream file(path, std::ios::binary);
  if (!file) throw ScanError(path, "cannot be opened for reading");
  file.seekg(static_cast<std::streamoff>(layout.offset));

  Scan scan;
  scan.width = static_cast<int>(layout.width);
  scan.height = static_cast<int>(layout.height);
  scan.depth = static_cast<int>(layout.depth);
  const int rows = static_cast<int>(layout.height * layout.depth);
  const int channels = static_cast<int>(layout.channels);
  for (int c = 0; c < channels; ++c) {
    Channel channel;
    if (c < static_cast<int>(layout.roles.size())) channel.role = layout.roles[static_cast<std::size_t>(c)];
    else if (channels == 3) channel.role = static_cast<ChannelRole>(static_cast<int>(ChannelRole::Red) + c);
    channel.pixels.create(rows, scan.width, layout.sample.cvDepth);
    scan.channels.push_back(channel);
  }
  auto readExactly = [&](char* target, std::size_t count) {
    if (!file.read(target, static_cast<std::streamsize>(count)))
      throw ScanError(path, "read failed after " + std::to_string(file.gcount()) + " of " + std::to_string(count) + " bytes");
    if (layout.sample.bigEndian) swapBytes(target, count / static_cast<std::size_t>(layout.sample.bytes), layout.sample.bytes);
  };

  if (!layout.interleaved || channels == 1) {
    for (Channel& channel : scan.channels)
      readExactly(reinterpret_cast<char*>(channel.pixels.data), channel.pixels.total() * channel.pixels.elemSize());
  } else {
    // Interleaved: read a band of rows at a time and split it straight into the channel planes.
    const std::size_t rowBytes = static_cast<std::size_t>(scan.width) * static_cast<std::size_t>(channels * layout.sample.bytes);
    const int band = std::max(1, static_cast<int>((8u << 20) / rowBytes));
    cv::Mat chunk(band, scan.width, CV_MAKETYPE(layout.sample.cvDepth, channels));
    for (int row = 0; row < rows; row += band) {
      const int n = std::min(band, rows - row);
      cv::Mat part = chunk.rowRange(0, n);
      readExactly(reinterpret_cast<char*>(part.data), rowBytes * static_cast<std::size_t>(n));
      std::vector<cv::Mat> planes;
      for (Channel& channel : scan.channels) planes.push_back(channel.pixels.rowRange(row, row + n));
      cv::split(part, planes);
    }
  }
  scan.meta.bitsStored = layout.sample.bytes * 8;
  return scan;
}

}  // namespace cip::imaging

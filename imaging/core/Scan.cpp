#include "imaging/core/Scan.h"

#include "imaging/core/ScanError.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace cip::imaging {

const char* toString(ChannelRole role) {
  switch (role) {
    case ChannelRole::Single: return "single";
    case ChannelRole::High: return "high";
    case ChannelRole::Low: return "low";
    case ChannelRole::Red: return "red";
    case ChannelRole::Green: return "green";
    case ChannelRole::Blue: return "blue";
  }
  return "?";
}

const char* toString(PixelMeaning meaning) {
  switch (meaning) {
    case PixelMeaning::Unknown: return "unknown";
    case PixelMeaning::Transmission: return "transmission";
    case PixelMeaning::Attenuation: return "attenuation";
  }
  return "?";
}

double VoiLut::lookUp(double value) const {
  if (entries.empty()) return 0;
  // Clamped as a double before the cast: a NaN or a huge value must not reach size_t.
  const double at = std::clamp(std::floor(value - firstMapped), 0.0, static_cast<double>(entries.size() - 1));
  const std::size_t index = std::isnan(at) ? 0 : static_cast<std::size_t>(at);
  const double fullScale = bits >= 16 ? 65535.0 : static_cast<double>((1u << bits) - 1u);
  return std::clamp(entries[index] / fullScale, 0.0, 1.0);
}

const char* toString(VoiFunction function) {
  switch (function) {
    case VoiFunction::LinearExact: return "LINEAR_EXACT";
    case VoiFunction::Linear: return "LINEAR";
    case VoiFunction::Sigmoid: return "SIGMOID";
  }
  return "?";
}

const char* toString(TdrType type) {
  switch (type) {
    case TdrType::Unknown: return "unknown";
    case TdrType::Machine: return "MACHINE";
    case TdrType::Operator: return "OPERATOR";
    case TdrType::GroundTruth: return "GROUND_TRUTH";
    case TdrType::Aggregate: return "AGGREGATE";
  }
  return "?";
}

bool Scan::isDualEnergy() const { return channel(ChannelRole::High) && channel(ChannelRole::Low); }

const Channel* Scan::channel(ChannelRole role) const {
  for (const Channel& c : channels)
    if (c.role == role) return &c;
  return nullptr;
}

cv::Mat Scan::slice(std::size_t index, int z) const {
  const cv::Mat& all = channels.at(index).pixels;
  return all.rowRange(z * height, (z + 1) * height);
}

std::size_t Scan::pixelBytes() const {
  std::size_t bytes = 0;
  for (const Channel& c : channels) bytes += c.pixels.total() * c.pixels.elemSize();
  return bytes;
}

int Scan::bitsAllocated() const {
  return channels.empty() ? 0 : static_cast<int>(channels.front().pixels.elemSize1() * 8);
}

std::string Scan::sampleType() const {
  if (channels.empty()) return "none";
  switch (channels.front().pixels.depth()) {
    case CV_8U: return "uint8";
    case CV_8S: return "int8";
    case CV_16U: return "uint16";
    case CV_16S: return "int16";
    case CV_32S: return "int32";
    case CV_32F: return "float32";
    case CV_64F: return "float64";
    default: return "other";
  }
}

std::uint64_t checkedPixelBytes(const std::string& path, std::uint64_t width, std::uint64_t height,
                                std::uint64_t depth, std::uint64_t channels, std::uint64_t bytesPerSample,
                                const LoadLimits& limits) {
  const auto maxDim = static_cast<std::uint64_t>(limits.maxDimension);
  if (width == 0 || height == 0 || depth == 0 || channels == 0)
    throw ScanError(path, "image has a zero dimension (" + std::to_string(width) + "×" + std::to_string(height) +
                              "×" + std::to_string(depth) + ", " + std::to_string(channels) + " channel(s))");
  if (width > maxDim || height > maxDim || depth > maxDim || channels > 64)
    throw ScanError(path, "dimensions " + std::to_string(width) + "×" + std::to_string(height) + "×" +
                              std::to_string(depth) + " exceed the limit of " + std::to_string(maxDim));
  // width, height, depth ≤ 2^20, channels ≤ 2^6, bytes ≤ 2^3: one slice is ≤ 2^49 bytes, and
  // dividing the limit by depth (instead of multiplying) keeps every step inside 64 bits.
  const std::uint64_t plane = width * height;              // ≤ 2^40
  const std::uint64_t perSlice = plane * channels * bytesPerSample;  // ≤ 2^49
  if (depth > 0 && perSlice > limits.maxPixelBytes / depth)
    throw ScanError(path, "image of " + std::to_string(width) + "×" + std::to_string(height) + "×" +
                              std::to_string(depth) + " × " + std::to_string(channels) + " channel(s) would need " +
                              std::to_string((perSlice * depth) >> 20) + " MiB, more than the limit of " +
                              std::to_string(limits.maxPixelBytes >> 20) + " MiB");
  return perSlice * depth;
}

}  // namespace cip::imaging

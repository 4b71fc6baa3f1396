#include "imaging/core/ReaderRegistry.h"

#include "imaging/core/readers/DicomReader.h"
#include "imaging/core/readers/DicomSeriesReader.h"
#include "imaging/core/readers/NpyReader.h"
#include "imaging/core/readers/RasterImageReader.h"
#include "imaging/core/readers/RawSidecarReader.h"

#include <opencv2/core/utils/logger.hpp>

#include <filesystem>
#include <fstream>
#include <mutex>

namespace cip::imaging {

namespace fs = std::filesystem;

ReaderRegistry& ReaderRegistry::standard() {
  static ReaderRegistry registry;
  static std::once_flag once;
  std::call_once(once, [] {
    // Decoder problems reach callers as ScanErrors; OpenCV's console warnings would only be noise.
    cv::utils::logging::setLogLevel(cv::utils::logging::LOG_LEVEL_ERROR);
    registry.add(std::make_unique<DicomReader>());
    registry.add(std::make_unique<DicomSeriesReader>());
    registry.add(std::make_unique<NpyReader>());
    registry.add(std::make_unique<RawSidecarReader>());
    registry.add(std::make_unique<RasterImageReader>());
  });
  return registry;
}

void ReaderRegistry::add(std::unique_ptr<ScanReader> reader) { readers_.push_back(std::move(reader)); }

SniffInput ReaderRegistry::sniff(const std::string& path) {
  SniffInput input;
  input.path = path;
  std::error_code error;
  input.isDirectory = fs::is_directory(path, error);
  if (input.isDirectory) return input;
  if (!fs::is_regular_file(path, error)) throw ScanError(path, fs::exists(path, error) ? "is not a regular file" : "no such file");
  input.fileSize = fs::file_size(path, error);
  std::ifstream file(path, std::ios::binary);
  if (!file) throw ScanError(path, "cannot be opened for reading");
  input.head.resize(4096);
  file.read(input.head.data(), static_cast<std::streamsize>(input.head.size()));
  input.head.resize(static_cast<std::size_t>(file.gcount()));
  return input;
}

const ScanReader* ReaderRegistry::select(const std::string& path) const {
  const SniffInput input = sniff(path);
  const ScanReader* best = nullptr;
  int bestScore = 0;
  for (const auto& reader : readers_) {
    const int score = reader->confidence(input);
    if (score > bestScore) {
      best = reader.get();
      bestScore = score;
    }
  }
  return best;
}

Scan ReaderRegistry::open(const std::string& path, const LoadLimits& limits) const {
  const SniffInput input = sniff(path);
  if (!input.isDirectory && input.fileSize == 0) throw ScanError(path, "file is empty");
  const ScanReader* reader = select(path);
  if (!reader) throw ScanError(path, "not a format CIP Workstation reads (DICOM/DICOS, NumPy .npy, raw + JSON sidecar, PNG, TIFF, JPEG)");
  return reader->read(path, limits);
}

std::vector<std::string> ReaderRegistry::names() const {
  std::vector<std::string> result;
  for (const auto& reader : readers_) result.push_back(reader->name());
  return result;
}

Scan openScan(const std::string& path, const LoadLimits& limits) { return ReaderRegistry::standard().open(path, limits); }

Scan openDualEnergyPair(const std::string& highPath, const std::string& lowPath, const LoadLimits& limits) {
  Scan high = openScan(highPath, limits);
  Scan low = openScan(lowPath, limits);
  for (const auto* part : {&high, &low}) {
    const std::string& path = part == &high ? highPath : lowPath;
    if (part->channels.size() != 1 || part->isVolume())
      throw ScanError(path, "a dual-energy pair needs two single-channel 2D images");
  }
  if (high.width != low.width || high.height != low.height || high.channels[0].pixels.type() != low.channels[0].pixels.type())
    throw ScanError(lowPath, "size or sample type differs from " + highPath + " (" + std::to_string(low.width) + "×" +
                                 std::to_string(low.height) + " vs " + std::to_string(high.width) + "×" +
                                 std::to_string(high.height) + ")");
  high.channels[0].role = ChannelRole::High;
  low.channels[0].role = ChannelRole::Low;
  high.channels.push_back(std::move(low.channels[0]));
  high.meta.format += " (dual-energy pair)";
  if (high.meta.meaning == PixelMeaning::Unknown) high.meta.meaning = PixelMeaning::Transmission;
  return high;
}

}  // namespace cip::imaging

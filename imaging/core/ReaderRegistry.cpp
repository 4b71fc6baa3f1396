#include "imaging/core/ReaderRegistry.h"

#include "imaging/core/plugins/ScanPlugins.h"
#include "imaging/core/readers/DicomReader.h"
#include "imaging/core/readers/DicomSeriesReader.h"
#include "imaging/core/readers/NpyReader.h"
#include "imaging/core/readers/RasterImageReader.h"
#include "imaging/core/readers/RawSidecarReader.h"

#include <opencv2/core/utils/logger.hpp>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <regex>

namespace cip::imaging {

namespace fs = std::filesystem;

ReaderRegistry& ReaderRegistry::standard() {
  static ReaderRegistry registry;
  static std::once_flag once;
  std::call_once(once, [] {
    // Decoder problems reach callers as ScanErrors; OpenCV's console warnings would only be noise.
    cv::utils::logging::setLogLevel(cv::utils::logging::LOG_LEVEL_SILENT);
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
  if (const ScanReader* reader = select(path)) return reader->read(path, limits);
  // Not a built-in format: a vendor's plugin may read it (each in the converter host, never here).
  if (!input.isDirectory)
    if (std::optional<Scan> scan = ScanPlugins::standard().open(path, limits)) return std::move(*scan);
  std::string plugins;
  for (const PluginInfo& plugin : ScanPlugins::standard().plugins())
    if (plugin.usable()) plugins += ", " + plugin.name;
  throw ScanError(path, "not a format CIP Workstation reads (DICOM/DICOS, NumPy .npy, raw + JSON sidecar, PNG, TIFF, JPEG" +
                            (plugins.empty() ? std::string() : "; plugins: " + plugins.substr(2)) + ")");
}

std::vector<std::string> ReaderRegistry::names() const {
  std::vector<std::string> result;
  for (const auto& reader : readers_) result.push_back(reader->name());
  return result;
}

Scan openScan(const std::string& path, const LoadLimits& limits) { return ReaderRegistry::standard().open(path, limits); }

namespace {

/// The energy a file name states, in keV: "cargo_05_high6MeV.png" → 6000, "bag_80kV.tif" → 80;
/// 0 when it names none.
double energyInName(const std::string& path) {
  static const std::regex energy(R"((?:^|[^0-9.])([0-9]{1,5}(?:\.[0-9]{1,3})?) ?(mev|kev|kv)(?![a-z]))", std::regex::icase);
  const std::string stem = fs::path(path).stem().string();
  std::smatch m;
  if (!std::regex_search(stem, m, energy)) return 0;
  const double value = std::stod(m[1]);
  const char unit = static_cast<char>(std::tolower(static_cast<unsigned char>(m[2].str()[0])));
  return unit == 'm' ? value * 1000 : value;
}

/// The one energy a single-channel file states (its KVP, in whichever slot its role put it).
double statedEnergy(const ScanMetadata& meta) { return meta.highEnergyKeV > 0 ? meta.highEnergyKeV : meta.lowEnergyKeV; }

}  // namespace

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
  // Each file's own energy (DICOM KVP) first; else the names, as "…_high6MeV.png" / "…_low4MeV.png" say.
  const double highKeV = statedEnergy(high.meta), lowKeV = statedEnergy(low.meta);
  if (highKeV > 0 || lowKeV > 0) {
    if (high.meta.energySource.empty()) high.meta.energySource = low.meta.energySource;
    high.meta.highEnergyKeV = highKeV;
    high.meta.lowEnergyKeV = lowKeV;
  } else if (energyInName(highPath) > 0 && energyInName(lowPath) > 0) {
    high.meta.highEnergyKeV = energyInName(highPath);
    high.meta.lowEnergyKeV = energyInName(lowPath);
    high.meta.energySource = "file names";
  }
  if (high.meta.meaning == PixelMeaning::Unknown) high.meta.meaning = PixelMeaning::Transmission;
  return high;
}

}  // namespace cip::imaging

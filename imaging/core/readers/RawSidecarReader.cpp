#include "imaging/core/readers/RawSidecarReader.h"

#include "imaging/core/readers/RawPixels.h"

#include <nlohmann/json.hpp>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace cip::imaging {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr std::uint64_t kMaxSidecarBytes = 1 << 20;

bool looksLikeSidecar(const std::string& text) {
  return text.find('{') != std::string::npos && text.find("\"cip-raw\"") != std::string::npos;
}

std::string sidecarOf(const std::string& path) { return path + ".json"; }

const json& field(const std::string& path, const json& doc, const char* key) {
  if (!doc.contains(key)) throw ScanError(path, std::string("sidecar field '") + key + "' is required");
  return doc.at(key);
}

std::uint64_t dimension(const std::string& path, const json& doc, const char* key, std::uint64_t fallback) {
  if (!doc.contains(key)) {
    if (fallback) return fallback;
    throw ScanError(path, std::string("sidecar field '") + key + "' is required");
  }
  const json& v = doc.at(key);
  if (!v.is_number_unsigned() || v.get<std::uint64_t>() == 0)
    throw ScanError(path, std::string("sidecar field '") + key + "' must be a positive whole number");
  return v.get<std::uint64_t>();
}

std::string text(const std::string& path, const json& doc, const char* key, const std::string& fallback) {
  if (!doc.contains(key)) return fallback;
  if (!doc.at(key).is_string()) throw ScanError(path, std::string("sidecar field '") + key + "' must be a string");
  return doc.at(key).get<std::string>();
}

ChannelRole roleNamed(const std::string& path, const std::string& name) {
  for (ChannelRole role : {ChannelRole::Single, ChannelRole::High, ChannelRole::Low, ChannelRole::Red,
                           ChannelRole::Green, ChannelRole::Blue})
    if (name == toString(role)) return role;
  throw ScanError(path, "sidecar channel role '" + name + "' is not one of single, high, low, red, green, blue");
}

}  // namespace

int RawSidecarReader::confidence(const SniffInput& input) const {
  if (input.isDirectory) return 0;
  if (looksLikeSidecar(input.head)) return 90;
  std::error_code error;
  return fs::is_regular_file(sidecarOf(input.path), error) ? 60 : 0;
}

namespace {
Scan readParsedSidecar(const std::string& sidecarPath, const json& doc, const LoadLimits& limits);
}  // namespace

Scan readRawWithSidecar(const std::string& sidecarPath, const std::string& sidecarText, const LoadLimits& limits) {
  // Every JSON library exception (syntax, number overflow, type) becomes a ScanError naming the file.
  try {
    return readParsedSidecar(sidecarPath, json::parse(sidecarText), limits);
  } catch (const json::exception& e) {
    throw ScanError(sidecarPath, std::string("sidecar is not valid JSON: ") + e.what());
  }
}

namespace {

Scan readParsedSidecar(const std::string& sidecarPath, const json& doc, const LoadLimits& limits) {
  if (!doc.is_object()) throw ScanError(sidecarPath, "sidecar must be a JSON object");
  if (text(sidecarPath, doc, "format", "") != "cip-raw") throw ScanError(sidecarPath, "sidecar field 'format' must be \"cip-raw\"");
  const json& version = field(sidecarPath, doc, "version");
  if (!version.is_number_integer() || version.get<long long>() != 1)
    throw ScanError(sidecarPath, "sidecar version must be 1");

  RawLayout layout;
  layout.width = dimension(sidecarPath, doc, "width", 0);
  layout.height = dimension(sidecarPath, doc, "height", 0);
  layout.depth = dimension(sidecarPath, doc, "depth", 1);
  layout.channels = dimension(sidecarPath, doc, "channels", 1);
  const std::string endianness = text(sidecarPath, doc, "endianness", "little");
  if (endianness != "little" && endianness != "big")
    throw ScanError(sidecarPath, "sidecar field 'endianness' must be \"little\" or \"big\"");
  layout.sample = parseSampleTypeName(sidecarPath, text(sidecarPath, doc, "dtype", ""), endianness == "big");
  if (doc.contains("interleaved")) {
    if (!doc["interleaved"].is_boolean()) throw ScanError(sidecarPath, "sidecar field 'interleaved' must be true or false");
    layout.interleaved = doc["interleaved"].get<bool>();
  }
  layout.offset = doc.contains("offset") ? dimension(sidecarPath, doc, "offset", 0) : 0;
  if (doc.contains("channelRoles")) {
    const json& roles = doc["channelRoles"];
    if (!roles.is_array() || roles.size() != layout.channels)
      throw ScanError(sidecarPath, "sidecar field 'channelRoles' must list one role per channel");
    for (const json& role : roles) {
      if (!role.is_string()) throw ScanError(sidecarPath, "sidecar field 'channelRoles' must hold strings");
      layout.roles.push_back(roleNamed(sidecarPath, role.get<std::string>()));
    }
  }
  const std::string data = text(sidecarPath, doc, "data", "");
  if (data.empty() || data.find('/') != std::string::npos || data.find('\\') != std::string::npos || data == ".." || data == ".")
    throw ScanError(sidecarPath, "sidecar field 'data' must name a file in the same folder");
  const std::string pixelPath = (fs::path(sidecarPath).parent_path() / data).string();

  Scan scan = readRawPixels(pixelPath, layout, limits);
  scan.meta.format = "raw + JSON sidecar";
  scan.meta.vendor = text(sidecarPath, doc, "vendor", "");
  scan.meta.model = text(sidecarPath, doc, "model", "");
  const std::string meaning = text(sidecarPath, doc, "meaning", "unknown");
  if (meaning == "transmission") scan.meta.meaning = PixelMeaning::Transmission;
  else if (meaning == "attenuation") scan.meta.meaning = PixelMeaning::Attenuation;
  else if (meaning != "unknown") throw ScanError(sidecarPath, "sidecar field 'meaning' must be transmission, attenuation or unknown");
  if (doc.contains("spacing_mm")) {
    const json& spacing = doc["spacing_mm"];
    if (!spacing.is_array() || spacing.size() < 2 || spacing.size() > 3)
      throw ScanError(sidecarPath, "sidecar field 'spacing_mm' must be [x, y] or [x, y, z]");
    double values[3] = {0, 0, 0};
    for (std::size_t i = 0; i < spacing.size(); ++i) {
      if (!spacing[i].is_number() || spacing[i].get<double>() <= 0 || spacing[i].get<double>() > 1e4)
        throw ScanError(sidecarPath, "sidecar field 'spacing_mm' must hold positive millimetres");
      values[i] = spacing[i].get<double>();
    }
    scan.meta.spacingX = values[0];
    scan.meta.spacingY = values[1];
    scan.meta.spacingZ = values[2];
  }
  if (doc.contains("kvp")) {  // peak voltage(s) in kV, as DICOM's KVP: a 6 MeV linac is 6000
    const json& kvp = doc["kvp"];
    const json energies = kvp.is_array() ? kvp : json::array({kvp});
    if (energies.empty() || energies.size() > 2)
      throw ScanError(sidecarPath, "sidecar field 'kvp' must be a peak voltage in kV or [high, low]");
    for (const json& v : energies)
      if (!v.is_number() || !(v.get<double>() > 0 && v.get<double>() <= 1e5))
        throw ScanError(sidecarPath, "sidecar field 'kvp' must hold peak voltages in kV (above 0, at most 100000)");
    scan.meta.highEnergyKeV = energies[0].get<double>();
    if (energies.size() == 2) scan.meta.lowEnergyKeV = energies[1].get<double>();
    scan.meta.energySource = "sidecar 'kvp'";
  }
  const std::string objectType = text(sidecarPath, doc, "objectType", "");
  if (objectType.size() > 64 || objectType.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_") != std::string::npos)
    throw ScanError(sidecarPath, "sidecar field 'objectType' must be a word such as \"baggage\" or \"cargo\"");
  for (const char c : objectType) scan.meta.objectType += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return scan;
}

}  // namespace

Scan RawSidecarReader::read(const std::string& path, const LoadLimits& limits) const {
  std::string sidecarPath = path;
  std::ifstream probe(path, std::ios::binary);
  std::string head(4096, '\0');
  probe.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(probe.gcount()));
  if (!looksLikeSidecar(head)) sidecarPath = sidecarOf(path);
  std::error_code error;
  const auto size = fs::file_size(sidecarPath, error);
  if (error) throw ScanError(sidecarPath, "sidecar cannot be read: " + error.message());
  if (size > kMaxSidecarBytes) throw ScanError(sidecarPath, "sidecar is larger than 1 MiB");
  std::ifstream file(sidecarPath, std::ios::binary);
  std::stringstream text;
  text << file.rdbuf();
  return readRawWithSidecar(sidecarPath, text.str(), limits);
}

}  // namespace cip::imaging

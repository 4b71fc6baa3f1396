// cip-convert-host: the one program that runs a vendor's scan-format plugin. The workstation and
// cip-central start it for one plugin and one file at a time, so whatever the plugin does —
// crash, hang, exhaust memory, return nonsense — ends with this process.
//
//   cip-convert-host describe PLUGIN             → one JSON object: abi, name, version, vendor, extensions
//   cip-convert-host open PLUGIN FILE OUT [--max-bytes N] [--max-dimension N]
//        → the scan written as DICOS to OUT (a dual-energy scan also to OUT's "_low" partner);
//          the files written on stdout, one per line
//
// Exit status: 0 done; 2 failed (one line on stderr: why); 3 the plugin says the file is not its
// format; 4 the plugin cannot be used (not loadable, no entry point, another ABI version).
#include "imaging/core/ReaderRegistry.h"
#include "imaging/core/writers/DicosWriter.h"
#include "imaging/plugins/cip_scan_plugin.h"

#include <nlohmann/json.hpp>

#include <dlfcn.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <csignal>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>

namespace {

using namespace cip::imaging;

constexpr int kFailed = 2, kNotThisFormat = 3, kUnusable = 4;

int fail(int status, const std::string& message) {
  std::cerr << message << std::endl;
  return status;
}

/// The plugin's description, or nullptr with `error` set.
const cip_scan_plugin* loadPlugin(const std::string& file, std::string& error) {
  void* handle = ::dlopen(file.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (!handle) {
    const char* why = ::dlerror();
    error = "cannot be loaded: " + std::string(why ? why : "unknown error");
    return nullptr;
  }
  auto entry = reinterpret_cast<cip_scan_plugin_entry_fn>(::dlsym(handle, CIP_SCAN_PLUGIN_ENTRY));
  if (!entry) {
    error = "exports no " CIP_SCAN_PLUGIN_ENTRY "(): not a CIP scan plugin";
    return nullptr;
  }
  const cip_scan_plugin* plugin = entry();
  if (!plugin) {
    error = CIP_SCAN_PLUGIN_ENTRY "() returned nothing";
    return nullptr;
  }
  if (plugin->abi_version != CIP_SCAN_PLUGIN_ABI_VERSION) {
    error = "is written for plugin ABI version " + std::to_string(plugin->abi_version) + "; this program speaks version " +
            std::to_string(CIP_SCAN_PLUGIN_ABI_VERSION);
    return nullptr;
  }
  if (!plugin->name || !*plugin->name || !plugin->sniff || !plugin->read || !plugin->release) {
    error = "leaves its name or one of sniff, read, release empty";
    return nullptr;
  }
  return plugin;
}

std::string text(const char* value) { return value ? value : ""; }

/// A fixed-size text field, terminated here whatever the plugin wrote.
template <std::size_t N>
std::string field(char (&value)[N]) {
  value[N - 1] = '\0';
  return value;
}

/// Everything the plugin returned, checked before a byte of its pixels is touched (its text fields
/// are terminated in place); the scan copied into memory of this program's own.
Scan adopt(cip_scan& raw, const std::string& path, const LoadLimits& limits, const std::string& pluginName) {
  const auto refuse = [&](const std::string& why) { return ScanError(path, "the plugin \"" + pluginName + "\" " + why); };
  int type = 0;
  std::uint64_t bytesPerSample = 0;
  switch (raw.sample_type) {
    case CIP_SAMPLE_U8: type = CV_8U; bytesPerSample = 1; break;
    case CIP_SAMPLE_U16: type = CV_16U; bytesPerSample = 2; break;
    case CIP_SAMPLE_F32: type = CV_32F; bytesPerSample = 4; break;
    default: throw refuse("returned sample type " + std::to_string(raw.sample_type) + ", which the ABI does not define");
  }
  if (raw.channel_count < 1 || raw.channel_count > CIP_SCAN_MAX_CHANNELS)
    throw refuse("returned " + std::to_string(raw.channel_count) + " channels (1 to " + std::to_string(CIP_SCAN_MAX_CHANNELS) + " allowed)");
  const std::string size = std::to_string(raw.width) + "×" + std::to_string(raw.height) + "×" + std::to_string(raw.depth);
  if (raw.width == 0 || raw.height == 0 || raw.depth == 0) throw refuse("returned an empty image (" + size + ")");
  const auto side = static_cast<std::uint64_t>(limits.maxDimension);
  if (raw.width > side || raw.height > side || raw.depth > side || std::uint64_t(raw.depth) * raw.height > INT_MAX)
    throw refuse("returned " + size + " pixels, beyond the limit of " + std::to_string(side) + " a side");
  try {
    checkedPixelBytes(path, raw.width, raw.height, raw.depth, raw.channel_count, bytesPerSample, limits);
  } catch (const ScanError&) {
    throw refuse("returned " + size + " pixels in " + std::to_string(raw.channel_count) + " channels, more than the limit of " +
                 std::to_string(limits.maxPixelBytes >> 20) + " MiB");
  }
  if (raw.width > 65535 || raw.height > 65535) throw refuse("returned " + size + " pixels; DICOS images are at most 65535 a side");
  for (double value : {raw.spacing_x_mm, raw.spacing_y_mm, raw.spacing_z_mm, raw.high_energy_kev, raw.low_energy_kev})
    if (!std::isfinite(value) || value < 0) throw refuse("returned a pixel pitch or energy that is negative or not a number");
  if (raw.meaning < CIP_MEANING_UNKNOWN || raw.meaning > CIP_MEANING_ATTENUATION)
    throw refuse("returned pixel meaning " + std::to_string(raw.meaning) + ", which the ABI does not define");

  Scan scan;
  scan.width = static_cast<int>(raw.width);
  scan.height = static_cast<int>(raw.height);
  scan.depth = static_cast<int>(raw.depth);
  int highs = 0, lows = 0;
  for (std::uint32_t i = 0; i < raw.channel_count; ++i) {
    const cip_scan_channel& channel = raw.channels[i];
    if (!channel.pixels) throw refuse("returned channel " + std::to_string(i) + " without pixels");
    ChannelRole role = ChannelRole::Single;
    switch (channel.role) {
      case CIP_ROLE_SINGLE: break;
      case CIP_ROLE_HIGH: role = ChannelRole::High; ++highs; break;
      case CIP_ROLE_LOW: role = ChannelRole::Low; ++lows; break;
      default: throw refuse("returned channel role " + std::to_string(channel.role) + ", which the ABI does not define");
    }
    const cv::Mat borrowed(scan.depth * scan.height, scan.width, type, const_cast<void*>(channel.pixels));
    scan.channels.push_back({role, borrowed.clone()});
  }
  if (highs > 1 || lows > 1 || (highs + lows > 0 && (highs != 1 || lows != 1 || raw.channel_count != 2)))
    throw refuse("returned a dual-energy scan that is not exactly one high and one low channel");
  if (highs + lows == 0 && raw.channel_count != 1)
    throw refuse("returned " + std::to_string(raw.channel_count) + " single channels; ABI version 1 knows one image or a high and a low one");
  scan.meta.vendor = field(raw.vendor);
  scan.meta.model = field(raw.model);
  scan.meta.objectType = field(raw.object_type);
  scan.meta.description = field(raw.description);
  scan.meta.spacingX = raw.spacing_x_mm;
  scan.meta.spacingY = raw.spacing_y_mm;
  scan.meta.spacingZ = raw.spacing_z_mm;
  scan.meta.highEnergyKeV = raw.high_energy_kev;
  scan.meta.lowEnergyKeV = raw.low_energy_kev;
  if (raw.high_energy_kev > 0 || raw.low_energy_kev > 0) scan.meta.energySource = "the plugin \"" + pluginName + "\"";
  scan.meta.meaning = raw.meaning == CIP_MEANING_TRANSMISSION   ? PixelMeaning::Transmission
                      : raw.meaning == CIP_MEANING_ATTENUATION ? PixelMeaning::Attenuation
                                                               : PixelMeaning::Unknown;
  scan.meta.format = pluginName;
  return scan;
}

std::uint64_t number(const char* value, const char* option) {
  char* end = nullptr;
  errno = 0;
  const unsigned long long n = std::strtoull(value, &end, 10);
  if (value[0] == '-' || errno == ERANGE || !end || *end != '\0' || n == 0 || n > (1ULL << 46))
    throw std::invalid_argument(std::string(option) + " needs a positive whole number up to 2^46");
  return n;
}

int describe(const std::string& pluginFile) {
  std::string error;
  const cip_scan_plugin* plugin = loadPlugin(pluginFile, error);
  if (!plugin) return fail(kUnusable, pluginFile + ": " + error);
  nlohmann::json description = {{"abi", plugin->abi_version},          {"name", text(plugin->name)},
                                {"version", text(plugin->version)},    {"vendor", text(plugin->vendor)},
                                {"extensions", text(plugin->extensions)}};
  // Tagged, so that whatever the plugin prints itself cannot pass for its description.
  std::cout << "cip-convert-host describe: " << description.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << std::endl;
  return 0;
}

int open(int argc, char** argv) {
  const std::string pluginFile = argv[2], path = argv[3], out = argv[4];
  LoadLimits limits;
  for (int i = 5; i + 1 < argc; i += 2) {
    if (std::strcmp(argv[i], "--max-bytes") == 0) limits.maxPixelBytes = number(argv[i + 1], "--max-bytes");
    else if (std::strcmp(argv[i], "--max-dimension") == 0) limits.maxDimension = static_cast<int>(std::min<std::uint64_t>(number(argv[i + 1], "--max-dimension"), 1u << 30));
    else return fail(kFailed, std::string("unknown option ") + argv[i]);
  }
  std::string error;
  const cip_scan_plugin* plugin = loadPlugin(pluginFile, error);
  if (!plugin) return fail(kUnusable, pluginFile + ": " + error);
  const std::string name = plugin->name;

  const SniffInput input = ReaderRegistry::sniff(path);
  if (input.isDirectory) return kNotThisFormat;
  const int score = plugin->sniff(reinterpret_cast<const unsigned char*>(input.head.data()), input.head.size(), input.fileSize, path.c_str());
  if (score <= 0) return kNotThisFormat;

  cip_scan raw;
  std::memset(&raw, 0, sizeof raw);
  char reason[512] = {};
  const cip_read_limits rawLimits{limits.maxPixelBytes, static_cast<std::uint32_t>(limits.maxDimension)};
  if (plugin->read(path.c_str(), &rawLimits, &raw, reason, sizeof reason) != 0) {
    reason[sizeof reason - 1] = '\0';
    return fail(kFailed, path + ": the plugin \"" + name + "\" cannot read it: " + (reason[0] ? reason : "it gave no reason"));
  }
  // The plugin's memory is released exactly once, whatever happens after it is copied.
  struct Release {
    const cip_scan_plugin* plugin;
    cip_scan* scan;
    ~Release() { plugin->release(scan); }
  };
  Scan scan;
  {
    Release release{plugin, &raw};
    try {
      scan = adopt(raw, path, limits, name);
    } catch (const ScanError& e) {
      return fail(kFailed, e.what());
    }
  }
  try {
    for (const std::string& written : writeDicos(scan, out)) std::cout << written << '\n';
  } catch (const ScanError& e) {  // names the file being written; the user knows the one being read
    return fail(kFailed, path + ": what the plugin \"" + name + "\" read cannot be written as DICOS: " + std::string(e.what()).substr(out.size() + 2));
  }
  return 0;
}

/// Bounds on this process, whatever the plugin attempts: no core files, and address space for
/// the scan and its copy, not for the machine.
void limitThisProcess(std::uint64_t maxPixelBytes) {
  const rlimit noCore{0, 0};
  ::setrlimit(RLIMIT_CORE, &noCore);
  const rlim_t space = static_cast<rlim_t>(std::min<std::uint64_t>(maxPixelBytes, 64ULL << 30) * 3 + (2ULL << 30));
  const rlimit memory{space, space};
  ::setrlimit(RLIMIT_AS, &memory);
}

}  // namespace

int main(int argc, char** argv) {
  // The program that started this one waits for it; if that program goes, so does this one (a
  // hung plugin is never left spinning).
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (::getppid() == 1) return kFailed;
  try {
    const std::string command = argc > 1 ? argv[1] : "";
    if (command == "describe" && argc == 3) {
      limitThisProcess(LoadLimits{}.maxPixelBytes);
      return describe(argv[2]);
    }
    if (command == "open" && argc >= 5) {
      std::uint64_t maxBytes = LoadLimits{}.maxPixelBytes;
      for (int i = 5; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], "--max-bytes") == 0) maxBytes = number(argv[i + 1], "--max-bytes");
      limitThisProcess(maxBytes);
      return open(argc, argv);
    }
    return fail(kFailed, "usage: cip-convert-host describe PLUGIN | open PLUGIN FILE OUT [--max-bytes N] [--max-dimension N]");
  } catch (const std::exception& e) {
    return fail(kFailed, e.what());
  }
}

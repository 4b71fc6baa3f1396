#include "imaging/core/plugins/ScanPlugins.h"

#include "imaging/core/plugins/HostProcess.h"
#include "imaging/core/readers/DicomReader.h"

#include <nlohmann/json.hpp>

#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <set>
#include <sstream>

namespace cip::imaging {

namespace fs = std::filesystem;

namespace {

constexpr int kNotThisFormat = 3;
constexpr int kDescribeTimeoutMs = 10000;  ///< a plugin's description is static data: no file is read
/// What the host puts before its description line (ConvertHost.cpp), so that a plugin's own output cannot pass for it.
constexpr const char* kDescriptionTag = "cip-convert-host describe: ";

/// The folder the running program lives in, or empty.
fs::path programFolder() {
  std::array<char, 4096> exe{};
  const ssize_t n = ::readlink("/proc/self/exe", exe.data(), exe.size() - 1);
  return n > 0 ? fs::path(std::string(exe.data(), static_cast<std::size_t>(n))).parent_path() : fs::path();
}

/// The last non-empty line of a program's output: what it said last is what it meant.
std::string lastLine(const std::string& text) {
  std::istringstream lines(text);
  std::string line, last;
  while (std::getline(lines, line))
    if (!line.empty()) last = line;
  return last;
}

std::string describeEnd(const HostRun& run, int timeoutMs) {
  if (!run.started) return "could not be started";
  if (run.timedOut) {
    char seconds[32];
    std::snprintf(seconds, sizeof seconds, "%.1f", timeoutMs / 1000.0);
    return "did not finish within " + std::string(seconds) + " s and was stopped";
  }
  if (run.signal) return std::string("crashed (signal ") + std::to_string(run.signal) + ", " + strsignal(run.signal) + ")";
  const std::string said = lastLine(run.err);
  return said.empty() ? "failed (exit status " + std::to_string(run.exitCode) + ")" : said;
}

/// A folder of its own for one conversion, removed with this object.
class ScratchFolder {
 public:
  ScratchFolder() {
    std::string pattern = (fs::temp_directory_path() / "cip_plugin_XXXXXX").string();
    if (::mkdtemp(pattern.data())) path_ = pattern;
  }
  ~ScratchFolder() {
    std::error_code ignored;
    if (!path_.empty()) fs::remove_all(path_, ignored);
  }
  ScratchFolder(const ScratchFolder&) = delete;
  ScratchFolder& operator=(const ScratchFolder&) = delete;
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

}  // namespace

std::vector<std::string> ScanPlugins::pluginFolders() {
  std::vector<std::string> folders;
  if (const char* extra = std::getenv("CIP_PLUGIN_PATH")) {
    std::istringstream parts(extra);
    for (std::string part; std::getline(parts, part, ':');)
      if (!part.empty()) folders.push_back(part);
  }
  const fs::path program = programFolder();
  if (!program.empty()) folders.push_back((program.parent_path() / CIP_PLUGINS_RELATIVE_DIR).string());
  folders.push_back(CIP_PLUGINS_BUILD_DIR);
  folders.push_back(CIP_PLUGINS_INSTALL_DIR);
  std::vector<std::string> unique;  // a build run from its own tree names its folder twice
  for (const std::string& folder : folders)
    if (std::find(unique.begin(), unique.end(), folder) == unique.end()) unique.push_back(folder);
  return unique;
}

std::string ScanPlugins::hostProgram() {
  if (const char* chosen = std::getenv("CIP_CONVERT_HOST"); chosen && *chosen) return chosen;
  std::vector<std::string> candidates;
  const fs::path program = programFolder();
  if (!program.empty()) candidates.push_back((program.parent_path() / CIP_HOST_RELATIVE_PATH).string());
  candidates.push_back(CIP_HOST_BUILD_PATH);
  candidates.push_back(CIP_HOST_INSTALL_PATH);
  for (const std::string& candidate : candidates)
    if (::access(candidate.c_str(), X_OK) == 0) return candidate;
  return candidates.back();
}

ScanPlugins& ScanPlugins::standard() {
  static ScanPlugins plugins(pluginFolders(), hostProgram());
  return plugins;
}

ScanPlugins::ScanPlugins(std::vector<std::string> folders, std::string host, int timeoutMs)
    : folders_(std::move(folders)), host_(std::move(host)), timeoutMs_(timeoutMs) {}

/// The host's description of one plugin: its tagged line (what a plugin prints itself, before or
/// after, is ignored), each field of the type it must have.
static PluginInfo describePlugin(const std::string& host, const std::string& file) {
  PluginInfo info;
  info.file = file;
  const HostRun run = runHostProcess(host, {"describe", file}, kDescribeTimeoutMs);
  if (run.exitCode != 0 || run.signal || run.timedOut) {
    info.problem = describeEnd(run, kDescribeTimeoutMs);
    const std::string prefix = file + ": ";
    if (info.problem.compare(0, prefix.size(), prefix) == 0) info.problem.erase(0, prefix.size());
    return info;
  }
  std::istringstream lines(run.out);
  std::string line;
  while (std::getline(lines, line) && line.compare(0, std::strlen(kDescriptionTag), kDescriptionTag) != 0) {
  }
  const nlohmann::json description = nlohmann::json::parse(line.substr(std::min(line.size(), std::strlen(kDescriptionTag))), nullptr, false);
  const auto text = [&](const char* key) -> const nlohmann::json* {
    const auto it = description.is_object() ? description.find(key) : description.end();
    return description.is_object() && it != description.end() && it->is_string() ? &*it : nullptr;
  };
  const auto abi = description.is_object() ? description.find("abi") : description.end();
  if (!text("name") || !text("version") || !text("vendor") || !text("extensions") || abi == description.end() || !abi->is_number_unsigned()) {
    info.problem = "its description is not the converter host's";
    return info;
  }
  info.name = text("name")->get<std::string>();
  info.version = text("version")->get<std::string>();
  info.vendor = text("vendor")->get<std::string>();
  info.extensions = text("extensions")->get<std::string>();
  info.abi = abi->get<unsigned>();
  return info;
}

std::vector<PluginInfo> ScanPlugins::plugins() const {
  std::call_once(described_, [this] {
    std::vector<PluginInfo> found;
    std::set<fs::path> seen;  // a folder named twice lists its plugins once
    for (const std::string& folder : folders_) {
      std::error_code error;
      std::vector<fs::path> files;
      for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error))
        if (it->path().extension() == ".so" && it->is_regular_file(error)) files.push_back(it->path());
      std::sort(files.begin(), files.end());
      for (const fs::path& file : files)
        if (seen.insert(fs::weakly_canonical(file, error)).second) found.push_back(describePlugin(host_, file.string()));
    }
    plugins_ = std::move(found);
  });
  return plugins_;
}

std::optional<ScanPlugins::Converted> ScanPlugins::convert(const std::string& path, const std::string& out, const LoadLimits& limits) const {
  for (const PluginInfo& plugin : plugins()) {
    if (!plugin.usable()) continue;
    const HostRun run = runHostProcess(host_, {"open", plugin.file, fs::absolute(path).string(), out, "--max-bytes",
                                               std::to_string(limits.maxPixelBytes), "--max-dimension", std::to_string(limits.maxDimension)},
                                       timeoutMs_);
    if (run.exitCode == kNotThisFormat && !run.signal && !run.timedOut) continue;
    if (run.exitCode != 0 || run.signal || run.timedOut) {
      std::string said = lastLine(run.err);  // the host names the file itself: "<file>: the plugin … cannot read it: …"
      const std::string named = fs::absolute(path).string() + ": ";
      if (run.exitCode == 2 && !run.signal && !run.timedOut && said.compare(0, named.size(), named) == 0)
        throw ScanError(path, said.erase(0, named.size()));
      throw ScanError(path, "the plugin \"" + plugin.name + "\" (" + plugin.file + ") " + describeEnd(run, timeoutMs_) + " reading it");
    }
    Converted converted{{}, plugin.name, plugin.file};
    std::istringstream lines(run.out);
    for (std::string line; std::getline(lines, line);) {
      std::error_code error;
      if (!line.empty() && fs::is_regular_file(line, error)) converted.files.push_back(line);
    }
    if (converted.files.empty() || converted.files.front() != out)
      throw ScanError(path, "the plugin \"" + plugin.name + "\": the converter host did not write " + out);
    return converted;
  }
  return std::nullopt;
}

std::optional<Scan> ScanPlugins::open(const std::string& path, const LoadLimits& limits) const {
  ScratchFolder scratch;
  if (scratch.path().empty()) throw ScanError(path, "no temporary folder for a plugin to write into");
  const std::optional<Converted> converted = convert(path, (scratch.path() / "scan.dcs").string(), limits);
  if (!converted) return std::nullopt;
  Scan scan = DicomReader().read(converted->files.front(), limits);
  scan.meta.format = converted->plugin + " (plugin " + fs::path(converted->pluginFile).filename().string() + ")";
  scan.meta.transferSyntax.clear();  // the plugin's file has none; the DICOS in between is ours
  scan.meta.sopInstanceUid.clear();  // nor identifiers: those of the file in between would name nothing
  scan.meta.studyInstanceUid.clear();
  scan.meta.sopClassUid.clear();
  if (!scan.meta.energySource.empty()) scan.meta.energySource = "the plugin \"" + converted->plugin + "\"";
  return scan;
}

}  // namespace cip::imaging

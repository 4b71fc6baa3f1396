#pragma once

#include "imaging/core/Scan.h"
#include "imaging/core/ScanError.h"

#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace cip::imaging {

/// One plugin file found in a plugins folder, as the converter host described it.
struct PluginInfo {
  std::string file;
  std::string name;        ///< the format it reads, e.g. "Acme ACX cargo scan"
  std::string version;
  std::string vendor;
  std::string extensions;  ///< its usual file name endings, a hint only
  unsigned abi = 0;
  std::string problem;     ///< why it cannot be used (not loadable, another ABI …); empty when usable

  bool usable() const { return problem.empty(); }
};

/// Vendors' scan formats read through plugins (imaging/plugins/cip_scan_plugin.h). This process
/// never loads a plugin: each is run by the converter host, `cip-convert-host`, one file at a time,
/// which writes what it read as DICOS for the built-in reader. A plugin that crashes, hangs or
/// returns inconsistent data costs that file, with an error naming the plugin and the file.
class ScanPlugins {
 public:
  /// The plugins in the standard folders with the standard host (see pluginFolders()).
  static ScanPlugins& standard();
  /// The folders searched, in order: each of $CIP_PLUGIN_PATH (colon separated), then
  /// `plugins` beside the program as installed (bin/../<libdir>/cip-workstation/plugins), this
  /// build's folder and the install prefix's.
  static std::vector<std::string> pluginFolders();
  /// The converter host: $CIP_CONVERT_HOST, else beside the program as installed, this build's, the install prefix's.
  static std::string hostProgram();

  ScanPlugins(std::vector<std::string> folders, std::string host, int timeoutMs = 30000);

  /// Every plugin file in the folders (the usable and the refused), described once.
  std::vector<PluginInfo> plugins() const;
  const std::vector<std::string>& folders() const { return folders_; }
  const std::string& host() const { return host_; }
  /// How long one file may take, from start to the DICOS written; the host is killed after that.
  void setTimeoutMs(int ms) { timeoutMs_ = ms; }

  /// The scan read by the first usable plugin that says the file is its format; nullopt when
  /// none does. Throws ScanError naming the file and the plugin when that plugin fails.
  std::optional<Scan> open(const std::string& path, const LoadLimits& limits) const;

  /// What a conversion wrote: the DICOS files (a dual-energy scan's low file second) and the plugin.
  struct Converted {
    std::vector<std::string> files;
    std::string plugin;      ///< its name
    std::string pluginFile;
  };
  /// Writes the file as DICOS at `out` (a dual-energy scan also at `out`'s "_low" partner) through
  /// the first usable plugin that says it is its format, as a central system converts a vendor's
  /// scans once for every workstation; nullopt when none does. Throws ScanError naming the file and
  /// the plugin when that plugin fails.
  std::optional<Converted> convert(const std::string& path, const std::string& out, const LoadLimits& limits) const;

 private:
  std::vector<std::string> folders_;
  std::string host_;
  int timeoutMs_;
  mutable std::once_flag described_;
  mutable std::vector<PluginInfo> plugins_;
};

}  // namespace cip::imaging

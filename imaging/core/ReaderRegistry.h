#pragma once

#include "imaging/core/Scan.h"
#include "imaging/core/ScanError.h"

#include <memory>
#include <string>
#include <vector>

namespace cip::imaging {

/// What a reader may look at to decide whether a file is its format: the first bytes, the size,
/// and the path (a tiebreaker only: content decides).
struct SniffInput {
  std::string path;
  std::string head;          ///< up to the first 4 KiB
  std::uint64_t fileSize = 0;
  bool isDirectory = false;
};

/// One file format. Vendors add theirs by implementing this and registering an instance; the
/// core never needs to change.
class ScanReader {
 public:
  virtual ~ScanReader() = default;
  virtual std::string name() const = 0;
  /// 0 = not this format; 100 = certain (a magic number matched). The highest score wins.
  virtual int confidence(const SniffInput& input) const = 0;
  /// Reads the whole scan or throws ScanError; never returns a partially filled scan.
  virtual Scan read(const std::string& path, const LoadLimits& limits) const = 0;
};

class ReaderRegistry {
 public:
  /// The registry with every built-in reader (DICOM/DICOS, DICOM series, NumPy, raw + JSON
  /// sidecar, PNG/TIFF/JPEG).
  static ReaderRegistry& standard();

  void add(std::unique_ptr<ScanReader> reader);
  /// The best reader for `path`, or nullptr when none recognises it.
  const ScanReader* select(const std::string& path) const;
  /// Opens `path` with the best reader; throws ScanError naming the file when none fits.
  Scan open(const std::string& path, const LoadLimits& limits = {}) const;
  std::vector<std::string> names() const;

  static SniffInput sniff(const std::string& path);

 private:
  std::vector<std::unique_ptr<ScanReader>> readers_;
};

/// Opens a scan with the standard registry.
Scan openScan(const std::string& path, const LoadLimits& limits = {});

/// Combines two single-channel images of the same size into one dual-energy scan
/// (e.g. "…_high6MeV.png" and "…_low4MeV.png").
Scan openDualEnergyPair(const std::string& highPath, const std::string& lowPath, const LoadLimits& limits = {});

}  // namespace cip::imaging

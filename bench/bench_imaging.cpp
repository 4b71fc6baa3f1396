// Imaging benchmarks (issue: load, window/level, enhancement on real-sized scans).
// Usage: cip_bench_imaging [--quick] [--folder DIR]
// Prints each figure as time and as a ratio to its baseline measured in this same run.

#include "BenchTimer.h"

#include "imaging/core/ReaderRegistry.h"
#include "imaging/core/analysis/MaterialImage.h"
#include "imaging/core/processing/Display.h"
#include "imaging/core/writers/DicosWriter.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <cstdio>
#include <cstring>
#include <memory>
#include <filesystem>
#include <fcntl.h>
#include <fstream>
#include <string>
#include <unistd.h>

using namespace cip::imaging;
namespace fs = std::filesystem;

namespace {

/// Plain POSIX read() of a whole file into a buffer: the floor any loader can reach.
std::size_t readWholeFile(const std::string& path, std::vector<char>& buffer) {
  const int fd = ::open(path.c_str(), O_RDONLY);
  if (fd < 0) return 0;
  std::size_t total = 0;
  for (ssize_t n; (n = ::read(fd, buffer.data() + total, buffer.size() - total)) > 0;) total += static_cast<std::size_t>(n);
  ::close(fd);
  return total;
}

/// A cargo-like dual-energy scan: smooth structure plus noise, high ≥ low as physics demands.
void makeScan(int width, int height, cv::Mat& high, cv::Mat& low) {
  high.create(height, width, CV_16U);
  low.create(height, width, CV_16U);
  cv::Mat noise(height, width, CV_16S);
  cv::randn(noise, 0, 300);
  for (int y = 0; y < height; ++y)
    for (int x = 0; x < width; ++x) {
      const double t = 0.5 + 0.45 * std::sin(x * 0.0021) * std::cos(y * 0.013);
      const int h = static_cast<int>(60000 * t) + noise.at<short>(y, x);
      high.at<ushort>(y, x) = cv::saturate_cast<ushort>(h);
      low.at<ushort>(y, x) = cv::saturate_cast<ushort>(h * 0.8);
    }
}

/// read() into freshly allocated memory: what any loader must at least do (its pages are new).
std::size_t readIntoNewBuffer(const std::string& path, std::size_t size) {
  std::unique_ptr<char[]> fresh(new char[size]);
  const int fd = ::open(path.c_str(), O_RDONLY);
  if (fd < 0) return 0;
  std::size_t total = 0;
  for (ssize_t n; (n = ::read(fd, fresh.get() + total, size - total)) > 0;) total += static_cast<std::size_t>(n);
  ::close(fd);
  return total;
}

void row(const char* what, double ms, const char* baseline, double baselineMs) {
  std::printf("%-48s %9.2f ms   %-22s %9.2f ms   ratio %.2f\n", what, ms, baseline, baselineMs, ms / baselineMs);
}

}  // namespace

int main(int argc, char* argv[]) {
  bool quick = false;
  fs::path folder = fs::temp_directory_path() / "cip_bench_imaging";
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--quick") == 0) quick = true;
    if (std::strcmp(argv[i], "--folder") == 0 && i + 1 < argc) folder = argv[++i];
  }
  const int width = quick ? 512 : 4096, height = quick ? 256 : 16384, runs = quick ? 2 : 7;
  fs::create_directories(folder);
  std::printf("scan: 2 channels × %d × %d × 16 bit = %.0f MiB; median of %d runs\n", width, height,
              2.0 * width * height * 2 / (1 << 20), runs);

  cv::Mat high, low;
  makeScan(width, height, high, low);
  // Raw + sidecar, interleaved as detectors deliver it.
  cv::Mat interleaved;
  cv::merge(std::vector<cv::Mat>{high, low}, interleaved);
  const std::string raw = (folder / "scan.raw").string();
  std::ofstream(raw, std::ios::binary).write(reinterpret_cast<const char*>(interleaved.data),
                                             static_cast<std::streamsize>(interleaved.total() * interleaved.elemSize()));
  std::ofstream(folder / "scan.raw.json") << "{\"format\":\"cip-raw\",\"version\":1,\"data\":\"scan.raw\",\"width\":" << width
                                          << ",\"height\":" << height << ",\"channels\":2,\"dtype\":\"uint16\","
                                          << "\"interleaved\":true,\"channelRoles\":[\"high\",\"low\"]}";
  std::vector<char> buffer(interleaved.total() * interleaved.elemSize() + 4096);
  const double readMs = medianMs(runs, [&] { readWholeFile(raw, buffer); });
  const double freshMs = medianMs(runs, [&] { readIntoNewBuffer(raw, buffer.size()); });
  const double rawMs = medianMs(runs, [&] { openScan(raw); });
  row("load raw + sidecar (2 × 16-bit, interleaved)", rawMs, "read() same bytes", readMs);
  row("                                    (same)", rawMs, "read() into new memory", freshMs);

  const Scan scan = openScan(raw);
  // The same scan as uncompressed DICOS: two DX files of one series, paired on opening.
  const std::vector<std::string> dicos = writeDicos(scan, (folder / "scan.dcs").string());
  std::vector<char> lowBuffer(buffer.size());
  const double readPairMs = medianMs(runs, [&] {
    readWholeFile(dicos[0], buffer);
    readWholeFile(dicos[1], lowBuffer);
  });
  const double freshPairMs = medianMs(runs, [&] {
    readIntoNewBuffer(dicos[0], buffer.size());
    readIntoNewBuffer(dicos[1], buffer.size());
  });
  const double dicosMs = medianMs(runs, [&] { openScan(dicos[0]); });
  row("load DICOS pair (2 × 16-bit DX, uncompressed)", dicosMs, "read() same bytes", readPairMs);
  row("                                    (same)", dicosMs, "read() into new memory", freshPairMs);

  // Window/level + LUT + colour of a 1920×1080 viewport, the per-frame cost while dragging.
  const cv::Mat view = scan.channels[0].pixels(cv::Rect(0, 0, std::min(1920, width), std::min(1080, height)));
  const WorkingImage working = makeWorkingImage(view, scan.meta, false);
  DisplaySettings settings;
  settings.windowCenter = 30000;
  settings.windowWidth = 20000;
  const double viewBytes = static_cast<double>(view.total() * view.elemSize());
  std::vector<unsigned char> copy(static_cast<std::size_t>(viewBytes));
  const double memcpyViewMs = medianMs(runs * 5, [&] {
    for (int y = 0; y < view.rows; ++y) std::memcpy(copy.data() + static_cast<std::size_t>(y) * view.cols * 2, view.ptr(y), view.cols * 2u);
  });
  const double windowMs = medianMs(runs * 5, [&] {
    const auto table = windowTable(working, settings);
    cv::Mat grey = applyWindow(view, table);
    cv::Mat bgr = colorize(grey, ColorTable::Grey);
  });
  row("window/level + LUT + colour, 1920×1080 view", windowMs, "memcpy of the view", memcpyViewMs);

  // Whole-scan enhancement, as a ratio to copying the same bytes.
  const double scanBytes = static_cast<double>(scan.channels[0].pixels.total() * 2);
  std::vector<unsigned char> scanCopy(static_cast<std::size_t>(scanBytes));
  const double memcpyMs = medianMs(runs, [&] { std::memcpy(scanCopy.data(), scan.channels[0].pixels.data, scanCopy.size()); });
  const WorkingImage whole = makeWorkingImage(scan.channels[0].pixels, scan.meta, false);
  DisplaySettings clahe;
  clahe.equalization = Equalization::Clahe;
  const double claheMs = medianMs(runs, [&] { enhance(whole, clahe); });
  row("CLAHE of one whole channel", claheMs, "memcpy of the channel", memcpyMs);
  const double logMs = medianMs(runs, [&] { makeWorkingImage(scan.channels[0].pixels, scan.meta, true); });
  row("log (transmission → attenuation) of one channel", logMs, "memcpy of the channel", memcpyMs);

  const MaterialCalibration calibration = MaterialCalibration::fromPhysics(cargoLinac6And4MeV());
  const double twoChannelMemcpyMs = medianMs(runs, [&] {
    std::memcpy(scanCopy.data(), scan.channels[0].pixels.data, scanCopy.size());
    std::memcpy(scanCopy.data(), scan.channels[1].pixels.data, scanCopy.size());
  });
  const MaterialClassifier classifier(calibration);
  const double classifyMs = medianMs(runs, [&] { classifier.classify(scan, 9); });
  row("material classification of the whole scan (9×9)", classifyMs, "memcpy of both channels", twoChannelMemcpyMs);

  fs::remove_all(folder);
  return 0;
}

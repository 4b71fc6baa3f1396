// How fast cip-tool starts and how much memory it takes, against DCMTK's own tools on the same
// files, run alternately in the same command: `cip-tool info` against `dcmdump`, `cip-tool
// render` against `dcmj2pnm`. Figures are medians of wall time and of peak resident memory
// (the child's ru_maxrss), and their ratios.
//
// Usage: cip_bench_cli [--quick] [--runs N] [FILE...]
//   Without files: a 512×512 16-bit CT slice written by the project's own writer, and the DICOM
//   files of ../shared/data/dicom when that folder is there.
#include "imaging/core/Scan.h"
#include "imaging/core/writers/DicomSeriesWriter.h"

#include <fcntl.h>
#include <spawn.h>
#include <unistd.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

extern char** environ;

namespace fs = std::filesystem;
using namespace cip::imaging;

namespace {

struct Run {
  double ms = 0;
  double mib = 0;
  int status = -1;
};

/// Runs a program with its output thrown away; wall time and the child's peak memory.
Run runOnce(const std::vector<std::string>& command) {
  std::vector<char*> argv;
  for (const std::string& a : command) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  Run run;
  const auto start = std::chrono::steady_clock::now();
  pid_t pid = 0;
  if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0) {
    posix_spawn_file_actions_destroy(&actions);
    return run;
  }
  int status = 0;
  rusage usage{};
  wait4(pid, &status, 0, &usage);
  run.ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  run.mib = static_cast<double>(usage.ru_maxrss) / 1024.0;
  run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  posix_spawn_file_actions_destroy(&actions);
  return run;
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v[v.size() / 2];
}

/// Runs ours and theirs alternately `runs` times (after one warm-up each) and prints the medians.
bool compare(const char* what, const std::vector<std::string>& ours, const std::vector<std::string>& theirs, int runs) {
  runOnce(ours);
  runOnce(theirs);
  std::vector<double> oursMs, oursMib, theirsMs, theirsMib;
  for (int i = 0; i < runs; ++i) {
    const Run a = runOnce(ours), b = runOnce(theirs);
    if (a.status != 0 || b.status != 0) {
      std::printf("  %-34s failed (exit %d / %d)\n", what, a.status, b.status);
      return false;
    }
    oursMs.push_back(a.ms);
    oursMib.push_back(a.mib);
    theirsMs.push_back(b.ms);
    theirsMib.push_back(b.mib);
  }
  const double ms = median(oursMs), mib = median(oursMib), refMs = median(theirsMs), refMib = median(theirsMib);
  std::printf("  %-34s %7.1f ms %6.1f MiB | %-8s %7.1f ms %6.1f MiB | ratio %4.2f× time, %4.2f× memory\n", what, ms, mib,
              fs::path(theirs.front()).filename().c_str(), refMs, refMib, ms / refMs, mib / refMib);
  return true;
}

std::string writeSmallCt(const fs::path& folder) {
  Scan slice;
  slice.width = slice.height = 512;
  cv::Mat pixels(512, 512, CV_16S);
  for (int r = 0; r < 512; ++r)
    for (int c = 0; c < 512; ++c) pixels.at<short>(r, c) = static_cast<short>(((r - 256) * (r - 256) + (c - 256) * (c - 256) < 200 * 200) ? 40 + (r ^ c) % 60 : -1000);
  slice.channels.push_back({ChannelRole::Single, pixels});
  slice.meta.spacingX = slice.meta.spacingY = 0.7;
  slice.meta.highEnergyKeV = 120;
  return writeDicomSeries(slice, folder.string(), "ct").front();
}

}  // namespace

int main(int argc, char** argv) {
  int runs = 15;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--quick") runs = 2;
    else if (a == "--runs" && i + 1 < argc) runs = std::max(1, std::atoi(argv[++i]));
    else files.push_back(a);
  }
  const fs::path work = fs::temp_directory_path() / ("cip_bench_cli_" + std::to_string(::getpid()));
  fs::create_directories(work);
  const bool ownFile = files.empty();
  if (ownFile) {
    files.push_back(writeSmallCt(work / "ct"));
    // A sample of real files too (in --quick, only the project's own): six under 8 MiB, spread
    // over the sorted list so that every source folder has its turn.
    std::vector<std::string> shared;
    std::error_code ec;
    for (fs::recursive_directory_iterator it(CIP_SHARED_DICOM, ec), end; runs > 2 && !ec && it != end; it.increment(ec))
      if (it->is_regular_file(ec) && it->path().extension() == ".dcm" && it->file_size(ec) < (8u << 20)) shared.push_back(it->path().string());
    std::sort(shared.begin(), shared.end());
    const std::size_t step = std::max<std::size_t>(1, shared.size() / 6);
    for (std::size_t i = step / 2; i < shared.size() && files.size() < 7; i += step) files.push_back(shared[i]);
  }
  std::printf("cip-tool against DCMTK on the same files, medians of %d alternating runs each\n", runs);
  bool ok = true;
  for (const std::string& file : files) {
    std::printf("%s (%.0f KiB)\n", fs::path(file).filename().c_str(), static_cast<double>(fs::file_size(file)) / 1024.0);
    // A real file one of the tools refuses is reported and passed over; the project's own file must work.
    const bool mustWork = !ownFile || file == files.front();
    bool fileOk = compare("cip-tool info", {CIP_TOOL_PATH, "info", file}, {CIP_DCMDUMP, file}, runs);
    const std::string ours = (work / "ours.png").string(), theirs = (work / "theirs.png").string();
    fileOk &= compare("cip-tool render", {CIP_TOOL_PATH, "render", file, "-o", ours}, {CIP_DCMJ2PNM, "+on", file, theirs}, runs);
    if (mustWork) ok &= fileOk;
  }
  std::error_code ec;
  fs::remove_all(work, ec);
  return ok ? 0 : 1;
}

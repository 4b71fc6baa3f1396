// Material classes on real dual-energy cargo scans, before and after zero counts are kept out of
// their neighbours' smoothing, and as the viewer shows them (detector faults filled in too):
// class shares of the pixels that are not air, and how many of the organic pixels lie within
// 4 px of a zero-count pixel (a halo, not a material).
//
// Usage: cip_eval_materials [--out DIR] [SCAN.npy…]
//   Without scans: the Rapiscan R60 samples in ../shared/data/xray_cargo when present.
//   --out DIR writes each scan's material pictures, before and after.
#include "imaging/core/ReaderRegistry.h"
#include "imaging/core/ScanError.h"
#include "imaging/core/analysis/DetectorFaults.h"
#include "imaging/core/analysis/MaterialImage.h"
#include "imaging/core/physics/SystemSelection.h"
#include "imaging/core/processing/Attenuation.h"
#include "imaging/core/codecs/ImageCodecs.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace cip::imaging;

namespace {

struct Shares {
  double organic = 0, inorganic = 0, metal = 0, impenetrable = 0, organicNearZero = 0;
};

/// Shares of the pixels that are not air, and the organic ones within 4 px of `nearZero`.
Shares sharesOf(const cv::Mat& classes, const cv::Mat& nearZero) {
  std::vector<double> count(5, 0);
  double organicNear = 0;
  for (int y = 0; y < classes.rows; ++y)
    for (int x = 0; x < classes.cols; ++x) {
      const unsigned char c = classes.at<unsigned char>(y, x);
      if (c < count.size()) ++count[c];
      if (c == static_cast<unsigned char>(MaterialClass::Organic) && nearZero.at<unsigned char>(y, x)) ++organicNear;
    }
  const double solid = count[1] + count[2] + count[3] + count[4];
  Shares s;
  if (solid == 0) return s;
  s.organic = count[1] / solid;
  s.inorganic = count[2] / solid;
  s.metal = count[3] / solid;
  s.impenetrable = count[4] / solid;
  s.organicNearZero = count[1] > 0 ? organicNear / count[1] : 0;
  return s;
}

void print(const char* label, const Shares& s) {
  std::printf("    %-7s organic %5.1f %%  inorganic %5.1f %%  metal %5.1f %%  impenetrable %5.1f %%  | organic within 4 px of a zero count %5.1f %%\n",
              label, 100 * s.organic, 100 * s.inorganic, 100 * s.metal, 100 * s.impenetrable, 100 * s.organicNearZero);
}

}  // namespace

int main(int argc, char** argv) {
  std::string out;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--out" && i + 1 < argc) out = argv[++i];
    else files.push_back(a);
  }
  if (files.empty()) {
    std::error_code ec;
    for (fs::recursive_directory_iterator it(CIP_SHARED_CARGO, ec), end; !ec && it != end; it.increment(ec))
      if (it->path().extension() == ".npy") files.push_back(it->path().string());
    std::sort(files.begin(), files.end());
  }
  if (files.empty()) {
    std::printf("no scans given and none in %s: nothing to evaluate\n", CIP_SHARED_CARGO);
    return 0;
  }
  if (!out.empty()) fs::create_directories(out);
  Shares before{}, after{}, viewer{};
  int scans = 0;
  for (const std::string& file : files) {
    try {
      const Scan scan = openScan(file);
      const Channel* high = scan.channel(ChannelRole::High);
      const Channel* low = scan.channel(ChannelRole::Low);
      if (!high || !low) continue;
      const SystemSelection selection = selectSystem(scan);
      const MaterialCalibration calibration = MaterialCalibration::fromPhysics(selection.system);
      const MaterialClassifier classifier(calibration);
      const int smoothing = selection.system.smoothing;
      // Before: every pixel clamped to one count and box-smoothed with its neighbours.
      const cv::Mat old = classifier.classify(attenuationImage(high->pixels, scan.meta, smoothing), attenuationImage(low->pixels, scan.meta, smoothing));
      const cv::Mat now = classifier.classify(scan, smoothing);
      // What the viewer classifies: the scan with its detector faults filled in.
      const DetectorFaults faults = findDetectorFaults(scan);
      const cv::Mat shown = faults.mask.empty() ? now : classifier.classify(withFaultsInterpolated(scan, faults), smoothing);
      cv::Mat zero, lit, nearZero;
      cv::compare(low->pixels, 0, zero, cv::CMP_LE);
      cv::compare(high->pixels, 0, lit, cv::CMP_GT);
      cv::dilate(zero & lit, nearZero, cv::getStructuringElement(cv::MORPH_RECT, {9, 9}));
      const Shares b = sharesOf(old, nearZero), a = sharesOf(now, nearZero), v = sharesOf(shown, nearZero);
      std::printf("%s (%s, %d × %d smoothing)\n", fs::path(file).filename().c_str(), selection.system.name.c_str(), smoothing, smoothing);
      print("before", b);
      print("after", a);
      print("viewer", v);
      for (auto [sum, one] : {std::pair{&before, b}, std::pair{&after, a}, std::pair{&viewer, v}}) {
        sum->organic += one.organic;
        sum->inorganic += one.inorganic;
        sum->metal += one.metal;
        sum->impenetrable += one.impenetrable;
        sum->organicNearZero += one.organicNearZero;
      }
      ++scans;
      if (!out.empty()) {
        const std::string stem = (fs::path(out) / fs::path(file).stem()).string();
        writeImageFile(stem + "_materials_before.png", renderMaterials(scan, old));
        writeImageFile(stem + "_materials_after.png", renderMaterials(scan, now));
        writeImageFile(stem + "_materials_viewer.png", renderMaterials(scan, shown));
      }
    } catch (const ScanError& e) {
      std::printf("%s: %s\n", file.c_str(), e.what());
    }
  }
  if (scans > 0) {
    std::printf("mean over %d scans\n", scans);
    for (Shares* s : {&before, &after, &viewer}) {
      s->organic /= scans;
      s->inorganic /= scans;
      s->metal /= scans;
      s->impenetrable /= scans;
      s->organicNearZero /= scans;
    }
    print("before", before);
    print("after", after);
    print("viewer", viewer);
  }
  return 0;
}

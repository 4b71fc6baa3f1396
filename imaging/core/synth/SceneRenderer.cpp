#include "imaging/core/synth/SceneRenderer.h"

#include "imaging/core/physics/Spectrum.h"
#include "imaging/core/writers/DicosWriter.h"

#include <nlohmann/json.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <algorithm>
#include <map>

namespace cip::imaging {

namespace {

constexpr double kAirCounts = 60000.0;

/// Transmission of one beam path for one spectrum, from per-material mass thicknesses.
class PathAttenuator {
 public:
  explicit PathAttenuator(const Spectrum& spectrum) : spectrum_(spectrum) {
    for (const Material& m : referenceMaterials()) {
      std::vector<double> mu;
      for (double keV : spectrum.keV) mu.push_back(massAttenuation(m, keV));
      mu_.push_back(mu);
    }
  }
  double transmission(const std::vector<double>& gcm2) const {
    double sum = 0;
    for (std::size_t i = 0; i < spectrum_.keV.size(); ++i) {
      double exponent = 0;
      for (std::size_t m = 0; m < gcm2.size(); ++m) exponent += mu_[m][i] * gcm2[m];
      sum += spectrum_.weight[i] * std::exp(-exponent);
    }
    return sum;
  }

 private:
  const Spectrum& spectrum_;
  std::vector<std::vector<double>> mu_;
};

std::size_t materialIndex(const std::string& name) {
  const auto& all = referenceMaterials();
  for (std::size_t i = 0; i < all.size(); ++i)
    if (all[i].name == name) return i;
  return 0;
}

/// Mass thickness maps (g/cm² per reference material) in image pixels, filled in container
/// millimetres: x from the container's front end, y from its bottom up.
class ThicknessCanvas {
 public:
  ThicknessCanvas(const Scene& scene, int width, int height)
      : scene_(scene), width_(width), height_(height), maps_(referenceMaterials().size()) {
    for (cv::Mat& m : maps_) m = cv::Mat::zeros(height, width, CV_64F);
  }
  /// Pixel rectangle of a box in container millimetres.
  cv::Rect pixels(double xMm, double yMm, double widthMm, double heightMm) const {
    const double px = scene_.pixelMm;
    const int x0 = static_cast<int>(std::floor((scene_.marginMm + xMm) / px));
    const int x1 = static_cast<int>(std::ceil((scene_.marginMm + xMm + widthMm) / px));
    const int y1 = height_ - static_cast<int>(std::floor(yMm / px));
    const int y0 = height_ - static_cast<int>(std::ceil((yMm + heightMm) / px));
    return cv::Rect(x0, y0, x1 - x0, y1 - y0) & cv::Rect(0, 0, width_, height_);
  }
  /// Adds `gcm2(xMm)` of `material` over a box; the function gives the path at a column.
  template <typename PathAt>
  cv::Rect add(const std::string& material, double xMm, double yMm, double widthMm, double heightMm, PathAt gcm2) {
    const cv::Rect box = pixels(xMm, yMm, widthMm, heightMm);
    cv::Mat& t = maps_[materialIndex(material)];
    for (int x = box.x; x < box.x + box.width; ++x) {
      const double value = gcm2((x + 0.5) * scene_.pixelMm - scene_.marginMm);
      for (int y = box.y; y < box.y + box.height; ++y) t.at<double>(y, x) += value;
    }
    return box;
  }
  cv::Rect addSteel(double xMm, double yMm, double widthMm, double heightMm, double steelMm) {
    const double gcm2 = steelMm / 10.0 * material("iron").density;
    return add("iron", xMm, yMm, widthMm, heightMm, [gcm2](double) { return gcm2; });
  }
  const std::vector<cv::Mat>& maps() const { return maps_; }

 private:
  const Scene& scene_;
  int width_, height_;
  std::vector<cv::Mat> maps_;
};

/// The frame of a 20/40 ft ISO container seen side-on: what every cargo image shows even when
/// the container is empty. Members the beam runs along (cross members, floor boards, roof
/// sheet, end walls) are thin but long in the beam, so they show dark.
void addContainerFrame(const Scene& scene, ThicknessCanvas& canvas) {
  const double length = scene.lengthMm, height = scene.heightMm, wall = scene.wallSteelMm;
  // Corrugated side walls: where the sheet slopes (2 × 70 mm of each 278 mm pitch) the beam
  // crosses it obliquely, about 1.4 × the sheet thickness.
  const double wallGcm2 = 2 * wall / 10.0 * material("iron").density;
  canvas.add("iron", 0, 0, length, height, [wallGcm2](double x) {
    const double phase = std::fmod(std::max(0.0, x), 278.0);
    const bool sloped = (phase >= 35 && phase < 105) || (phase >= 174 && phase < 244);
    return wallGcm2 * (sloped ? 1.4 : 1.0);
  });
  canvas.addSteel(0, 0, length, 160, 18);                  // bottom side rails (two C-sections)
  canvas.addSteel(0, height - 60, length, 60, 12);         // top side rails (two tubes)
  canvas.addSteel(0, height - 15, length, 15, 80);         // roof sheet and bows, edge-on
  canvas.add("plastic", 0, 120, length, 28, [](double) { return 0.7 * 235.0; });  // 28 mm floor boards, 2.35 m long
  for (double x = 300; x + 45 < length - 150; x += 300) canvas.addSteel(x, 0, 45, 120, 60);  // cross members
  canvas.addSteel(0, 0, 150, height, 24);                  // corner posts, front end
  canvas.addSteel(length - 150, 0, 150, height, 24);       // corner posts and door frame
  canvas.addSteel(0, 0, 20, height, 250);                  // front wall, edge-on
  canvas.addSteel(length - 20, 0, 20, height, 250);        // doors, edge-on
}

/// Median of `image` over `box`.
double medianOver(const cv::Mat& image, const cv::Rect& box) {
  std::vector<float> values;
  for (int y = box.y; y < box.y + box.height; ++y)
    for (int x = box.x; x < box.x + box.width; ++x) values.push_back(image.at<float>(y, x));
  if (values.empty()) return 1.0;
  std::nth_element(values.begin(), values.begin() + static_cast<long>(values.size() / 2), values.end());
  return values[values.size() / 2];
}

}  // namespace

SyntheticScan renderScene(const Scene& described) {
  Scene scene = described;
  if (scene.structure != "iso-container") scene.marginMm = 0;
  const DualEnergySystem system = dualEnergySystem(scene.system);
  const int width = static_cast<int>(std::lround((scene.lengthMm + 2 * scene.marginMm) / scene.pixelMm));
  const int height = static_cast<int>(std::lround((scene.heightMm + scene.marginMm) / scene.pixelMm));
  const std::size_t materials = referenceMaterials().size();
  ThicknessCanvas canvas(scene, width, height);
  if (scene.structure == "iso-container") {
    addContainerFrame(scene, canvas);
  } else {
    canvas.addSteel(0, 0, scene.lengthMm, scene.heightMm, 2 * scene.wallSteelMm);
  }

  SyntheticScan out;
  const double floor = floorHeightMm(scene);
  for (const SceneObject& o : scene.objects) {
    const Material& m = material(o.material);
    const double density = o.density > 0 ? o.density : m.density;
    const cv::Rect box = canvas.add(o.material, o.xMm, floor + o.yMm, o.widthMm, o.heightMm, [&](double xMm) {
      if (o.shape != "cylinder") return density * o.depthMm / 10.0;
      // A standing drum: the chord through it at this column.
      const double u = (xMm - (o.xMm + o.widthMm / 2)) / (o.widthMm / 2);
      return std::abs(u) < 1 ? density * o.depthMm * std::sqrt(1 - u * u) / 10.0 : 0.0;
    });
    out.truth.push_back({o.name, o.material, o.category, o.concealed, box, 1.0});
  }
  const std::vector<cv::Mat>& thickness = canvas.maps();

  // Most pixels share a beam path with their neighbours: compute each distinct path once.
  const PathAttenuator high(system.high), low(system.low);
  std::map<std::vector<long>, std::pair<double, double>> cache;
  cv::Mat tHigh(height, width, CV_32F), tLow(height, width, CV_32F);
  std::vector<double> gcm2(materials);
  std::vector<long> key(materials);
  for (int y = 0; y < height; ++y)
    for (int x = 0; x < width; ++x) {
      for (std::size_t m = 0; m < materials; ++m) {
        gcm2[m] = thickness[m].at<double>(y, x);
        key[m] = std::lround(gcm2[m] * 1000);
      }
      auto it = cache.find(key);
      if (it == cache.end()) it = cache.emplace(key, std::make_pair(high.transmission(gcm2), low.transmission(gcm2))).first;
      tHigh.at<float>(y, x) = static_cast<float>(it->second.first);
      tLow.at<float>(y, x) = static_cast<float>(it->second.second);
    }

  // Ground truth of penetration: the noise-free high-energy transmission through each object.
  for (SceneTruth& t : out.truth) t.transmissionHigh = medianOver(tHigh, t.box);

  cv::RNG rng(scene.seed);
  std::vector<Channel> channels;
  for (cv::Mat* t : {&tHigh, &tLow}) {
    if (scene.blurPixels > 0) cv::GaussianBlur(*t, *t, cv::Size(), scene.blurPixels);
    // Photon noise grows with the square root of the signal; an electronic floor remains in the dark.
    cv::Mat sigma;
    cv::sqrt(cv::max(*t, 1e-4), sigma);
    sigma = sigma * (scene.noise * kAirCounts) + scene.noise * kAirCounts * 0.02;
    cv::Mat noise(t->size(), CV_32F);
    rng.fill(noise, cv::RNG::NORMAL, 0.0, 1.0);
    cv::Mat counts = *t * kAirCounts + noise.mul(sigma);
    cv::Mat samples;
    counts.convertTo(samples, CV_16U);
    channels.push_back({t == &tHigh ? ChannelRole::High : ChannelRole::Low, samples});
  }
  out.scan.width = width;
  out.scan.height = height;
  out.scan.channels = channels;
  out.scan.meta.format = "synthetic";
  out.scan.meta.meaning = PixelMeaning::Transmission;
  out.scan.meta.spacingX = out.scan.meta.spacingY = scene.pixelMm;
  out.scan.meta.vendor = "CIP synthetic";
  out.scan.meta.model = scene.system;
  // Stated as a scanner states them (DICOM KVP, DICOS OOI Type), so the files find their system again.
  out.scan.meta.highEnergyKeV = system.highPeakKeV;
  out.scan.meta.lowEnergyKeV = system.lowPeakKeV;
  out.scan.meta.energySource = "scene system " + scene.system;
  out.scan.meta.objectType = "CARGO";
  out.scan.meta.description = scene.name;
  out.scan.meta.bitsStored = 16;
  return out;
}

std::string truthJson(const Scene& scene, const SyntheticScan& synthetic) {
  nlohmann::json objects = nlohmann::json::array();
  int concealed = 0;
  for (const SceneTruth& t : synthetic.truth) {
    objects.push_back({{"name", t.name}, {"material", t.material}, {"category", t.category}, {"concealed", t.concealed},
                       {"boxPixels", {t.box.x, t.box.y, t.box.width, t.box.height}}, {"transmissionHigh", t.transmissionHigh}});
    concealed += t.concealed ? 1 : 0;
  }
  return nlohmann::json{{"format", "cip-scene-truth"}, {"version", 1}, {"scene", scene.name}, {"system", scene.system},
                        {"width", synthetic.scan.width}, {"height", synthetic.scan.height}, {"pixelMm", scene.pixelMm},
                        {"empty", synthetic.truth.empty()}, {"concealedCount", concealed}, {"objects", objects}}
      .dump(1);
}

std::vector<std::string> writeSyntheticScan(const Scene& scene, const std::string& folder) {
  std::filesystem::create_directories(folder);
  const SyntheticScan synthetic = renderScene(scene);
  const std::string base = (std::filesystem::path(folder) / scene.name).string();
  std::vector<std::string> files = writeDicos(synthetic.scan, base + ".dcs");
  const std::string truthPath = base + ".truth.json";
  std::ofstream(truthPath) << truthJson(scene, synthetic);
  files.push_back(truthPath);
  return files;
}

}  // namespace cip::imaging

#include "imaging/core/synth/SceneRenderer.h"

#include "imaging/core/physics/Spectrum.h"
#include "imaging/core/writers/DicosWriter.h"

#include <nlohmann/json.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>
#include <filesystem>
#include <fstream>
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

}  // namespace

SyntheticScan renderScene(const Scene& scene) {
  const DualEnergySystem system = dualEnergySystem(scene.system);
  const int width = static_cast<int>(std::lround(scene.lengthMm / scene.pixelMm));
  const int height = static_cast<int>(std::lround(scene.heightMm / scene.pixelMm));
  const std::size_t materials = referenceMaterials().size();
  // Mass thickness per material per pixel, starting with the two steel side walls everywhere.
  std::vector<cv::Mat> thickness(materials);
  for (cv::Mat& t : thickness) t = cv::Mat::zeros(height, width, CV_64F);
  thickness[materialIndex("iron")].setTo(2 * scene.wallSteelMm / 10.0 * material("iron").density);

  SyntheticScan out;
  for (const SceneObject& o : scene.objects) {
    const Material& m = material(o.material);
    const double density = o.density > 0 ? o.density : m.density;
    const int x0 = static_cast<int>(std::floor(o.xMm / scene.pixelMm));
    const int x1 = std::min(width, static_cast<int>(std::ceil((o.xMm + o.widthMm) / scene.pixelMm)));
    const int y1 = height - static_cast<int>(std::floor(o.yMm / scene.pixelMm));
    const int y0 = std::max(0, height - static_cast<int>(std::ceil((o.yMm + o.heightMm) / scene.pixelMm)));
    cv::Mat& t = thickness[materialIndex(o.material)];
    for (int x = std::max(0, x0); x < x1; ++x) {
      double path = o.depthMm;
      if (o.shape == "cylinder") {  // standing drum: the chord through it at this column
        const double u = ((x + 0.5) * scene.pixelMm - (o.xMm + o.widthMm / 2)) / (o.widthMm / 2);
        path = std::abs(u) < 1 ? o.depthMm * std::sqrt(1 - u * u) : 0;
      }
      for (int y = y0; y < std::min(height, y1); ++y) t.at<double>(y, x) += density * path / 10.0;
    }
    out.truth.push_back({o.name, o.material, o.category, o.concealed, cv::Rect(x0, y0, x1 - x0, y1 - y0) & cv::Rect(0, 0, width, height)});
  }

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
  out.scan.meta.description = scene.name;
  out.scan.meta.bitsStored = 16;
  return out;
}

std::string truthJson(const Scene& scene, const SyntheticScan& synthetic) {
  nlohmann::json objects = nlohmann::json::array();
  int concealed = 0;
  for (const SceneTruth& t : synthetic.truth) {
    objects.push_back({{"name", t.name}, {"material", t.material}, {"category", t.category}, {"concealed", t.concealed},
                       {"boxPixels", {t.box.x, t.box.y, t.box.width, t.box.height}}});
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

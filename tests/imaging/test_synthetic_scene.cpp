#include "TestFiles.h"

#include "imaging/core/ReaderRegistry.h"
#include "imaging/core/analysis/MaterialImage.h"
#include "imaging/core/synth/SceneRenderer.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>

#include <cmath>
#include <fstream>
#include <sstream>

using namespace cip::imaging;

namespace {

Scene quietScene() {
  Scene s;
  s.name = "test";
  s.lengthMm = 1000;
  s.heightMm = 500;
  s.pixelMm = 10;
  s.noise = 0;
  s.blurPixels = 0;
  s.structure = "walls";
  return s;
}

double counts(const Scan& scan, ChannelRole role, int x, int y) { return scan.channel(role)->pixels.at<ushort>(y, x); }

}  // namespace

TEST_CASE("A synthetic scan follows Beer–Lambert through the walls and each object", "[imaging][synth]") {
  Scene scene = quietScene();
  scene.objects.push_back({"water block", "water", 0, "box", 100, 0, 200, 300, 400, false, ""});
  scene.objects.push_back({"steel drum", "iron", 0, "cylinder", 600, 0, 200, 200, 200, false, ""});
  const SyntheticScan s = renderScene(scene);
  REQUIRE(s.scan.width == 100);
  REQUIRE(s.scan.height == 50);
  const DualEnergySystem system = dualEnergySystem(scene.system);
  const Material& iron = material("iron");
  const Material& water = material("water");
  const double walls = 2 * 0.2 * iron.density;  // two 2 mm steel walls, g/cm²
  // Outside every object: the walls only. Inside the water block: walls + 40 cm of water.
  CHECK(counts(s.scan, ChannelRole::High, 50, 10) == Approx(60000 * transmission(system.high, {{&iron, walls}})).margin(1));
  CHECK(counts(s.scan, ChannelRole::Low, 20, 40) ==
        Approx(60000 * transmission(system.low, {{&iron, walls}, {&water, 40.0}})).margin(1));
  // The drum: its chord is longest through the middle.
  CHECK(counts(s.scan, ChannelRole::High, 70, 45) < counts(s.scan, ChannelRole::High, 61, 45));
  // Ground truth in pixels, y measured from the floor up in the scene, from the top in the image.
  REQUIRE(s.truth.size() == 2);
  CHECK(s.truth[0].box == cv::Rect(10, 20, 20, 30));
  CHECK(s.scan.meta.spacingX == 10);
  CHECK(s.scan.meta.meaning == PixelMeaning::Transmission);
}

TEST_CASE("Synthetic scans are written as a DICOS pair with a ground-truth file", "[imaging][synth]") {
  TempFolder tmp;
  Scene scene = quietScene();
  scene.objects.push_back({"cartons", "plastic", 0.25, "box", 100, 0, 300, 300, 2000, true, "cigarettes"});
  const std::vector<std::string> files = writeSyntheticScan(scene, tmp.path.string());
  REQUIRE(files.size() == 3);
  const Scan scan = openScan(files[1]);  // the low-energy file finds its pair
  CHECK(scan.isDualEnergy());
  CHECK(scan.meta.format == "DICOS");
  std::ifstream in(files[2]);
  std::stringstream text;
  text << in.rdbuf();
  const auto truth = nlohmann::json::parse(text.str());
  CHECK(truth["format"] == "cip-scene-truth");
  CHECK(truth["concealedCount"] == 1);
  CHECK(truth["objects"][0]["category"] == "cigarettes");
}

TEST_CASE("The shipped sample scenes render with the materials they describe", "[imaging][synth]") {
  const std::string dir = CIP_SAMPLE_SCENES;
  const MaterialClassifier classifier(MaterialCalibration::fromPhysics(cargoLinac6And4MeV()));
  for (const char* name : {"empty_container", "tiles_clean", "tiles_cigarettes_concealed", "machinery_hidden_compartment"}) {
    INFO(name);
    const Scene scene = readScene(dir + "/" + name + ".json");
    const SyntheticScan s = renderScene(scene);
    const cv::Mat classes = classifier.classify(s.scan, 9);
    for (const SceneTruth& t : s.truth) {
      if (t.box.width < 20 || t.box.height < 20 || t.name.find("front row") != std::string::npos) continue;
      cv::Mat mask = cv::Mat::zeros(classes.size(), CV_8U);
      cv::Rect inner(t.box.x + 6, t.box.y + 6, t.box.width - 12, t.box.height - 12);
      if (t.concealed) inner.height = std::min(inner.height, 60);  // above the front row of tiles
      mask(inner).setTo(255);
      const auto shares = classShares(classes, mask);
      const MaterialClass expected = material(t.material).cls;
      INFO(t.name << ": expected " << toString(expected) << ", shares organic " << shares[1] << " inorganic " << shares[2]
                  << " metal " << shares[3] << " impenetrable " << shares[4]);
      CHECK(shares[static_cast<std::size_t>(expected)] + (expected == MaterialClass::Metal ? shares[4] : 0) > 0.7);
    }
    if (std::string(name) == "tiles_cigarettes_concealed")
      cv::imwrite(std::string(CIP_TEST_ARTIFACTS) + "/synthetic_" + name + "_materials.png", renderMaterials(s.scan, classes));
  }
}

TEST_CASE("Scene files with mistakes name the field", "[imaging][synth]") {
  auto fails = [](const std::string& json, const std::string& part) {
    INFO(json);
    CHECK_THROWS_WITH(parseScene("scene.json", json), Catch::Contains("scene.json") && Catch::Contains(part));
  };
  fails(R"({"format": "cip-scene", "objects": [{"xMm": 1}]})", "objects[0].material is required");
  fails(R"({"format": "cip-scene", "objects": [{"material": "gold", "xMm": 0, "yMm": 0, "widthMm": 1, "heightMm": 1, "depthMm": 1}]})", "unknown material 'gold'");
  fails(R"({"format": "cip-scene", "name": "../etc"})", "name must be");
  fails(R"({"format": "cip-scene", "objects": [{"material": "water", "xMm": 0, "yMm": 0, "widthMm": 1, "heightMm": 1, "depthMm": 1, "concealed": true}]})", "objects[0].category");
  fails(R"({"format": "cip-scene", "pixelMm": "5"})", "pixelMm must be a number");
  fails(R"({"format": "cip-scene", "pixelMm": 0.5, "lengthMm": 30000, "heightMm": 5000, "noise": 1e999})", "not a valid scene");
  fails(R"({"format": "scene"})", "format");
  fails(R"({"format": "cip-scene", "system": "cargo-9MeV"})", "system");  // found by fuzzing: threw past the parser
}

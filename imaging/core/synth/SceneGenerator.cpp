#include "imaging/core/synth/SceneGenerator.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <random>
#include <stdexcept>

namespace cip::imaging {

namespace {

struct GoodsType {
  const char* name;
  const char* hsCode;  ///< or the contraband category
  const char* material;
  double density;      ///< bulk, packing included
  const char* shape;
  double minDepth, maxDepth;  ///< mm across the container
  char cls;            ///< 'O', 'I', 'M'
};

// Declared goods: bulk densities of packed pallets (tiles ≈ 2 g/cm³, T-shirts ≈ 0.25).
constexpr GoodsType kGoods[] = {
    {"ceramic tiles", "690721", "aluminium", 2.0, "box", 300, 900, 'I'},
    {"float glass sheets", "700529", "aluminium", 1.6, "box", 300, 1000, 'I'},
    {"aluminium ingots", "760110", "aluminium", 1.8, "box", 300, 700, 'I'},
    {"newsprint rolls", "480100", "plastic", 0.7, "cylinder", 800, 1200, 'O'},
    {"cotton T-shirts", "610910", "plastic", 0.25, "box", 800, 2200, 'O'},
    {"bottled water", "220110", "water", 0.7, "box", 600, 2000, 'O'},
    {"frozen poultry", "020714", "water", 0.6, "box", 800, 2200, 'O'},
    {"hot-rolled steel coils", "720851", "iron", 7.87, "cylinder", 700, 1200, 'M'},
    {"centrifugal pumps", "841370", "iron", 2.5, "box", 400, 900, 'M'},
    {"copper wire", "740811", "copper", 1.5, "box", 200, 600, 'M'},
    {"steel tubes", "730630", "iron", 1.0, "box", 500, 1500, 'M'},
};

// Contraband: (width, height) ranges in mm of one consignment.
struct ContrabandType {
  const char* name;
  const char* category;
  const char* material;
  double density;
  double minSize, maxSize;  ///< width and height
  double minDepth, maxDepth;
  char cls;
};
constexpr ContrabandType kContraband[] = {
    {"cigarette cartons", "cigarettes", "plastic", 0.25, 500, 1500, 600, 2000, 'O'},
    {"cocaine bricks", "drugs", "water", 1.1, 200, 700, 200, 800, 'O'},
    {"banknotes", "currency", "plastic", 0.9, 200, 600, 200, 600, 'O'},
    {"pistols", "weapons", "iron", 1.2, 200, 500, 150, 400, 'M'},
    {"a few drug packages", "drugs", "water", 1.1, 120, 300, 40, 300, 'O'},
};

constexpr double kLength = 6058, kHeight = 2591, kInteriorHeight = 2591 - 150 - 90, kStart = 220, kEnd = 6058 - 220;

class Dice {
 public:
  explicit Dice(unsigned seed) : engine_(seed) {}
  double uniform(double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(engine_); }
  int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(engine_); }
  bool chance(double p) { return uniform(0, 1) < p; }

 private:
  std::mt19937 engine_;
};

SceneObject contraband(Dice& dice, const ContrabandType& c, double x, double y, double maxDepth) {
  SceneObject o;
  o.name = c.name;
  o.category = c.category;
  o.material = c.material;
  o.density = c.density;
  o.concealed = true;
  o.widthMm = dice.uniform(c.minSize, c.maxSize);
  o.heightMm = std::min(dice.uniform(c.minSize, c.maxSize) * 0.7, kInteriorHeight - y - 10);
  o.depthMm = std::min(dice.uniform(c.minDepth, c.maxDepth), maxDepth);
  o.xMm = std::clamp(x, kStart, kEnd - o.widthMm);
  o.yMm = y;
  return o;
}

void concealInEmpty(Dice& dice, Scene& s) {
  const ContrabandType& c = kContraband[dice.pick(static_cast<int>(std::size(kContraband)))];
  if (dice.chance(0.3)) {  // a compartment behind a false front wall
    const double depth = dice.uniform(300, 700);
    s.objects.push_back({"false front wall", "plastic", 0.6, "box", kStart + depth, 0, 18, kInteriorHeight - 20, 2350, false, ""});
    SceneObject goods = contraband(dice, c, kStart, 0, 2000);
    goods.widthMm = std::min(goods.widthMm, depth - 10);
    s.objects.push_back(goods);
    return;
  }
  const double y = dice.chance(0.25) ? kInteriorHeight - dice.uniform(300, 600) : 0;  // on the floor or under the roof
  s.objects.push_back(contraband(dice, c, dice.uniform(kStart, kEnd), y, 2000));
}

/// Pallets of `g` from the front to the doors; returns their x ranges and heights.
std::vector<SceneObject> loadGoods(Dice& dice, const GoodsType& g) {
  std::vector<SceneObject> pallets;
  double x = kStart + dice.uniform(0, 300);
  const int count = 2 + dice.pick(4);
  for (int i = 0; i < count; ++i) {
    const double width = dice.uniform(800, 1500);
    if (x + width > kEnd) break;
    SceneObject p{g.name, g.material, g.density, g.shape, x, 0, width, dice.uniform(600, 2000), dice.uniform(g.minDepth, g.maxDepth),
                  false, ""};
    if (p.shape == "cylinder") p.heightMm = std::min(p.heightMm, width);
    pallets.push_back(p);
    x += width + dice.uniform(50, 400);
  }
  return pallets;
}

}  // namespace

const char* toString(Scenario scenario) {
  switch (scenario) {
    case Scenario::EmptyClean: return "empty_clean";
    case Scenario::EmptyConcealed: return "empty_concealed";
    case Scenario::LoadedClean: return "loaded_clean";
    case Scenario::LoadedConcealed: return "loaded_concealed";
  }
  return "empty_clean";
}

Scene generateScene(Scenario scenario, unsigned seed, double pixelMm) {
  Dice dice(seed * 7919u + static_cast<unsigned>(scenario));
  Scene s;
  char name[64];
  std::snprintf(name, sizeof name, "%s_%05u", toString(scenario), seed);
  s.name = name;
  s.pixelMm = pixelMm;
  s.lengthMm = kLength;
  s.heightMm = kHeight;
  s.wallSteelMm = dice.uniform(1.6, 2.5);
  s.noise = dice.uniform(0.002, 0.005);
  s.seed = seed;
  s.declarationKnown = true;
  if (scenario == Scenario::EmptyClean) return s;
  if (scenario == Scenario::EmptyConcealed) {
    concealInEmpty(dice, s);
    return s;
  }
  const GoodsType& goods = kGoods[dice.pick(static_cast<int>(std::size(kGoods)))];
  s.declared.push_back({goods.hsCode, goods.name});
  s.objects = loadGoods(dice, goods);
  if (scenario == Scenario::LoadedClean || s.objects.empty()) return s;
  // Contraband the declared goods cannot explain: organic among inorganic or metal goods, metal among organic ones.
  std::vector<const ContrabandType*> candidates;
  for (const ContrabandType& c : kContraband)
    if (c.cls != goods.cls && !(goods.cls == 'M' && c.cls == 'I')) candidates.push_back(&c);
  const ContrabandType& c = *candidates[static_cast<std::size_t>(dice.pick(static_cast<int>(candidates.size())))];
  const SceneObject& pallet = s.objects[static_cast<std::size_t>(dice.pick(static_cast<int>(s.objects.size())))];
  const int where = dice.pick(3);
  if (where == 0) {  // alone, behind the last pallet
    const SceneObject& last = s.objects.back();
    s.objects.push_back(contraband(dice, c, last.xMm + last.widthMm + 100, 0, 2000));
  } else if (where == 1 && pallet.heightMm < kInteriorHeight - 400) {  // on top of a pallet
    s.objects.push_back(contraband(dice, c, pallet.xMm + dice.uniform(0, pallet.widthMm / 2), pallet.heightMm, 2000));
  } else {  // inside a pallet, beside the goods in the beam
    SceneObject o = contraband(dice, c, pallet.xMm + dice.uniform(0, pallet.widthMm / 2), dice.uniform(0, pallet.heightMm / 3),
                               std::max(150.0, 2300 - pallet.depthMm));
    o.widthMm = std::min(o.widthMm, pallet.widthMm * 0.8);
    s.objects.push_back(o);
  }
  return s;
}

std::vector<DeclaredGoods> goodsCatalogue() {
  std::vector<DeclaredGoods> out;
  for (const GoodsType& g : kGoods) out.push_back({g.hsCode, g.name});
  return out;
}

Scene generateReferenceScene(const std::string& hsCode, unsigned seed, double pixelMm) {
  const GoodsType* goods = nullptr;
  for (const GoodsType& g : kGoods)
    if (hsCode == g.hsCode) goods = &g;
  if (!goods) throw std::invalid_argument("no reference goods for HS code " + hsCode);
  Dice dice(seed * 104729u + 17u);
  Scene s;
  s.name = std::string("reference_") + hsCode;
  s.pixelMm = pixelMm;
  s.lengthMm = kLength;
  s.heightMm = kHeight;
  s.wallSteelMm = 2.0;
  s.noise = 0.003;
  s.seed = seed;
  s.declarationKnown = true;
  s.declared.push_back({goods->hsCode, goods->name});
  s.objects = loadGoods(dice, *goods);
  return s;
}

std::vector<Scene> generateScenes(int count, unsigned seed, double pixelMm) {
  std::vector<Scene> scenes;
  for (int i = 0; i < count; ++i) scenes.push_back(generateScene(static_cast<Scenario>(i % 4), seed + static_cast<unsigned>(i), pixelMm));
  return scenes;
}

std::string sceneJson(const Scene& s) {
  nlohmann::json objects = nlohmann::json::array(), declared = nlohmann::json::array();
  for (const SceneObject& o : s.objects) {
    nlohmann::json item{{"name", o.name}, {"material", o.material}, {"density", o.density}, {"shape", o.shape}, {"xMm", o.xMm},
                        {"yMm", o.yMm}, {"widthMm", o.widthMm}, {"heightMm", o.heightMm}, {"depthMm", o.depthMm}};
    if (o.concealed) item.update({{"concealed", true}, {"category", o.category}});
    objects.push_back(item);
  }
  for (const DeclaredGoods& d : s.declared) declared.push_back({{"hsCode", d.hsCode}, {"description", d.description}});
  nlohmann::json doc{{"format", "cip-scene"}, {"version", 1}, {"name", s.name}, {"system", s.system}, {"pixelMm", s.pixelMm},
                     {"lengthMm", s.lengthMm}, {"heightMm", s.heightMm}, {"structure", s.structure}, {"marginMm", s.marginMm},
                     {"wallSteelMm", s.wallSteelMm}, {"noise", s.noise}, {"blurPixels", s.blurPixels}, {"seed", s.seed},
                     {"objects", objects}};
  if (s.declarationKnown) doc["declared"] = declared;
  return doc.dump(1);
}

}  // namespace cip::imaging

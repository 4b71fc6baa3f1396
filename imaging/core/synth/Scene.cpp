#include "imaging/core/synth/Scene.h"

#include "imaging/core/physics/Materials.h"
#include "imaging/core/physics/Spectrum.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace cip::imaging {

using nlohmann::json;

namespace {

struct Fields {
  const std::string& path;
  const json& object;
  std::string where;

  [[noreturn]] void fail(const std::string& key, const std::string& what) const {
    throw std::runtime_error(path + ": " + (where.empty() ? "" : where + ".") + key + " " + what);
  }
  double number(const std::string& key, double fallback, double min, double max, bool required = false) const {
    if (!object.contains(key)) {
      if (required) fail(key, "is required");
      return fallback;
    }
    if (!object[key].is_number()) fail(key, "must be a number");
    const double v = object[key].get<double>();
    if (!(v >= min && v <= max)) fail(key, "must be between " + std::to_string(min) + " and " + std::to_string(max));
    return v;
  }
  std::string text(const std::string& key, const std::string& fallback, bool required = false) const {
    if (!object.contains(key)) {
      if (required) fail(key, "is required");
      return fallback;
    }
    if (!object[key].is_string()) fail(key, "must be a string");
    return object[key].get<std::string>();
  }
  bool flag(const std::string& key) const {
    if (!object.contains(key)) return false;
    if (!object[key].is_boolean()) fail(key, "must be true or false");
    return object[key].get<bool>();
  }
};

Scene sceneFromDocument(const std::string& path, const json& doc) {
  if (!doc.is_object()) throw std::runtime_error(path + ": a scene must be a JSON object");
  const Fields f{path, doc, ""};
  if (f.text("format", "", true) != "cip-scene") f.fail("format", "must be \"cip-scene\"");
  Scene s;
  s.name = f.text("name", "scene");
  // The name becomes file names: letters, digits, '_' and '-' only.
  if (s.name.empty() || s.name.size() > 64 ||
      s.name.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") != std::string::npos)
    f.fail("name", "must be 1–64 letters, digits, '_' or '-'");
  s.system = f.text("system", s.system);
  try {
    dualEnergySystem(s.system);
  } catch (const std::invalid_argument& e) {
    f.fail("system", e.what());
  }
  s.pixelMm = f.number("pixelMm", s.pixelMm, 0.5, 50);
  s.lengthMm = f.number("lengthMm", s.lengthMm, 100, 30000);
  s.heightMm = f.number("heightMm", s.heightMm, 100, 5000);
  s.structure = f.text("structure", s.structure);
  if (s.structure != "iso-container" && s.structure != "walls") f.fail("structure", "must be \"iso-container\" or \"walls\"");
  s.marginMm = f.number("marginMm", s.structure == "walls" ? 0 : s.marginMm, 0, 2000);
  if (s.structure == "walls") s.marginMm = 0;
  s.wallSteelMm = f.number("wallSteelMm", s.wallSteelMm, 0, 50);
  s.noise = f.number("noise", s.noise, 0, 0.2);
  s.blurPixels = f.number("blurPixels", s.blurPixels, 0, 10);
  s.seed = static_cast<unsigned>(f.number("seed", 1, 0, 4e9));
  if ((s.lengthMm + 2 * s.marginMm) / s.pixelMm > 65535 || (s.heightMm + s.marginMm) / s.pixelMm > 65535) f.fail("pixelMm", "gives an image larger than 65535 pixels");
  if (doc.contains("objects") && !doc["objects"].is_array()) f.fail("objects", "must be an array");
  if (doc.contains("objects") && doc["objects"].size() > 10000) f.fail("objects", "holds more than 10000 objects");
  for (std::size_t i = 0; doc.contains("objects") && i < doc["objects"].size(); ++i) {
    const Fields o{path, doc["objects"][i], "objects[" + std::to_string(i) + "]"};
    if (!o.object.is_object()) o.fail("", "must be an object");
    SceneObject object;
    object.name = o.text("name", "object " + std::to_string(i + 1));
    object.material = o.text("material", "", true);
    try {
      material(object.material);
    } catch (const std::invalid_argument& e) {
      o.fail("material", e.what());
    }
    object.density = o.number("density", 0, 0, 25);
    object.shape = o.text("shape", "box");
    if (object.shape != "box" && object.shape != "cylinder") o.fail("shape", "must be \"box\" or \"cylinder\"");
    object.xMm = o.number("xMm", 0, 0, s.lengthMm, true);
    object.yMm = o.number("yMm", 0, 0, s.heightMm, true);
    object.widthMm = o.number("widthMm", 0, 1, s.lengthMm, true);
    object.heightMm = o.number("heightMm", 0, 1, s.heightMm, true);
    object.depthMm = o.number("depthMm", 0, 0.1, 5000, true);
    object.concealed = o.flag("concealed");
    object.category = o.text("category", "");
    if (object.concealed && object.category.empty()) o.fail("category", "is required for a concealed object");
    s.objects.push_back(object);
  }
  if (doc.contains("declared")) {
    if (!doc["declared"].is_array()) f.fail("declared", "must be an array of goods (empty: declared empty)");
    if (doc["declared"].size() > 1000) f.fail("declared", "holds more than 1000 lines");
    s.declarationKnown = true;
    for (std::size_t i = 0; i < doc["declared"].size(); ++i) {
      const Fields d{path, doc["declared"][i], "declared[" + std::to_string(i) + "]"};
      if (!d.object.is_object()) d.fail("", "must be an object");
      DeclaredGoods goods{d.text("hsCode", "", true), d.text("description", "")};
      if (goods.hsCode.size() < 2 || goods.hsCode.size() > 10 || goods.hsCode.find_first_not_of("0123456789") != std::string::npos)
        d.fail("hsCode", "must be 2–10 digits");
      s.declared.push_back(goods);
    }
  }
  return s;
}

}  // namespace

double floorHeightMm(const Scene& scene) { return scene.structure == "iso-container" ? 150.0 : 0.0; }

double objectMassKg(const SceneObject& o) {
  const double density = o.density > 0 ? o.density : material(o.material).density;  // g/cm³ = kg/dm³
  const double volumeMm3 = o.widthMm * o.heightMm * o.depthMm * (o.shape == "cylinder" ? M_PI / 4 : 1.0);
  return density * volumeMm3 * 1e-6;
}

double loadMassKg(const Scene& scene, bool concealed) {
  double kg = 0;
  for (const SceneObject& o : scene.objects)
    if (o.concealed == concealed) kg += objectMassKg(o);
  return kg;
}

Scene parseScene(const std::string& path, const std::string& text) {
  try {
    return sceneFromDocument(path, json::parse(text));
  } catch (const json::exception& e) {
    throw std::runtime_error(path + ": not a valid scene: " + e.what());
  }
}

Scene readScene(const std::string& path) {
  std::ifstream file(path);
  if (!file) throw std::runtime_error(path + ": cannot be opened");
  std::stringstream text;
  text << file.rdbuf();
  return parseScene(path, text.str());
}

}  // namespace cip::imaging

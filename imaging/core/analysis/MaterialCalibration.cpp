#include "imaging/core/analysis/MaterialCalibration.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace cip::imaging {

using nlohmann::json;

MaterialCalibration MaterialCalibration::fromPhysics(const DualEnergySystem& system) {
  MaterialCalibration calibration;
  calibration.system = system.name;
  calibration.noiseFloor = system.noiseFloor;
  const double maxHigh = -std::log(system.noiseFloor);
  for (const Material& m : referenceMaterials()) {
    CalibrationCurve curve{m.name, m.cls, {}, {}, {}};
    // Mass thickness grows geometrically from a sheet to where the beam is lost in the noise.
    for (double gcm2 = 0.01; gcm2 < 5000; gcm2 *= 1.15) {
      const double high = -std::log(transmission(system.high, {{&m, gcm2}}));
      const double low = -std::log(transmission(system.low, {{&m, gcm2}}));
      curve.attenuationHigh.push_back(high);
      curve.attenuationLow.push_back(low);
      curve.massThickness.push_back(gcm2);
      if (high > maxHigh) break;
    }
    calibration.curves.push_back(curve);
  }
  return calibration;
}

double MaterialCalibration::expectedLow(const CalibrationCurve& c, double a) const {
  const auto& x = c.attenuationHigh;
  const auto& y = c.attenuationLow;
  if (a <= x.front()) return y.front() * a / std::max(x.front(), 1e-12);  // the curve starts at (0, 0)
  if (a >= x.back()) {
    const std::size_t n = x.size();
    return y[n - 1] + (a - x[n - 1]) * (y[n - 1] - y[n - 2]) / (x[n - 1] - x[n - 2]);
  }
  const std::size_t i = static_cast<std::size_t>(std::upper_bound(x.begin(), x.end(), a) - x.begin());
  const double f = (a - x[i - 1]) / (x[i] - x[i - 1]);
  return y[i - 1] + f * (y[i] - y[i - 1]);
}

double MaterialCalibration::massThickness(const CalibrationCurve& c, double a) const {
  const auto& x = c.attenuationHigh;
  const auto& t = c.massThickness;
  if (t.size() != x.size() || x.size() < 2 || a <= 0) return t.empty() ? -1 : 0;
  if (a <= x.front()) return t.front() * a / x.front();
  const std::size_t i = std::min<std::size_t>(x.size() - 1, static_cast<std::size_t>(std::upper_bound(x.begin(), x.end(), a) - x.begin()));
  const double f = (a - x[i - 1]) / (x[i] - x[i - 1]);
  return t[i - 1] + f * (t[i] - t[i - 1]);
}

double MaterialCalibration::attenuationHigh(const CalibrationCurve& c, double gcm2) const {
  const auto& m = c.massThickness;
  const auto& a = c.attenuationHigh;
  if (m.size() != a.size() || m.size() < 2) return -1;
  if (gcm2 <= m.front()) return a.front() * gcm2 / m.front();
  if (gcm2 >= m.back()) return a.back();
  const std::size_t i = static_cast<std::size_t>(std::lower_bound(m.begin(), m.end(), gcm2) - m.begin());
  return a[i - 1] + (a[i] - a[i - 1]) * (gcm2 - m[i - 1]) / (m[i] - m[i - 1]);
}

const CalibrationCurve* MaterialCalibration::representative(MaterialClass cls) const {
  const char* name = cls == MaterialClass::Organic ? "water" : cls == MaterialClass::Inorganic ? "aluminium" : "iron";
  for (const CalibrationCurve& c : curves)
    if (c.material == name) return &c;
  for (const CalibrationCurve& c : curves)
    if (c.cls == cls) return &c;
  return nullptr;
}

MaterialClass MaterialCalibration::classify(double high, double low) const {
  MaterialClass cls = MaterialClass::Organic;
  classifyMany(high, &low, 1, &cls);
  return cls;
}

void MaterialCalibration::classifyMany(double high, const double* lows, std::size_t count, MaterialClass* classes) const {
  const MaterialClass beyond = high < airAttenuation ? MaterialClass::Air : std::exp(-high) < noiseFloor ? MaterialClass::Impenetrable : MaterialClass::Organic;
  if (beyond != MaterialClass::Organic || curves.empty()) {
    std::fill(classes, classes + count, beyond);
    return;
  }
  std::vector<double> expected;
  expected.reserve(curves.size());
  for (const CalibrationCurve& c : curves) expected.push_back(expectedLow(c, high));
  // A low channel lost in the noise gives only a bound on A_L, so a ratio biased upwards. At MeV,
  // where R falls with Z, that bias reads as organic (the orange rims round every opaque load of
  // a real scan): there it is impenetrable. At tube energies a lost low channel behind a lit high
  // one is what metal looks like, and the nearest curve says so.
  const CalibrationCurve* organic = representative(MaterialClass::Organic);
  const CalibrationCurve* metal = representative(MaterialClass::Metal);
  const bool ratioFallsWithZ = organic && metal && expectedLow(*organic, high) > expectedLow(*metal, high);
  const double lowFloor = -std::log(noiseFloor);
  for (std::size_t i = 0; i < count; ++i) {
    if (ratioFallsWithZ && lows[i] > lowFloor) {
      classes[i] = MaterialClass::Impenetrable;
      continue;
    }
    MaterialClass best = MaterialClass::Organic;
    double bestDistance = 1e300;
    for (std::size_t k = 0; k < curves.size(); ++k) {
      const double d = std::abs(lows[i] - expected[k]);
      if (d < bestDistance) {
        bestDistance = d;
        best = curves[k].cls;
      }
    }
    classes[i] = best;
  }
}

std::string MaterialCalibration::toJson() const {
  json doc{{"format", "cip-material-calibration"}, {"version", 1}, {"system", system},
           {"noiseFloor", noiseFloor}, {"airAttenuation", airAttenuation}, {"curves", json::array()}};
  for (const CalibrationCurve& c : curves) {
    json points = json::array();
    for (std::size_t i = 0; i < c.attenuationHigh.size(); ++i) points.push_back({c.attenuationHigh[i], c.attenuationLow[i]});
    doc["curves"].push_back({{"material", c.material}, {"class", toString(c.cls)}, {"points", points}});
  }
  return doc.dump(1);
}

namespace {
MaterialCalibration calibrationFromDocument(const std::string& path, const json& doc);
}  // namespace

MaterialCalibration MaterialCalibration::fromJson(const std::string& path) {
  std::ifstream file(path);
  if (!file) throw std::runtime_error(path + ": cannot be opened");
  std::stringstream text;
  text << file.rdbuf();
  // Every JSON library exception (syntax, number overflow, type) becomes an error naming the file.
  try {
    return calibrationFromDocument(path, json::parse(text.str()));
  } catch (const json::exception& e) {
    throw std::runtime_error(path + ": not a valid calibration: " + e.what());
  }
}

namespace {

MaterialCalibration calibrationFromDocument(const std::string& path, const json& doc) {
  auto fail = [&path](const std::string& what) { throw std::runtime_error(path + ": " + what); };
  if (!doc.is_object() || doc.value("format", "") != "cip-material-calibration") fail("field 'format' must be \"cip-material-calibration\"");
  MaterialCalibration c;
  c.system = doc.value("system", "");
  if (!doc.contains("noiseFloor") || !doc["noiseFloor"].is_number() || doc["noiseFloor"].get<double>() <= 0 || doc["noiseFloor"].get<double>() >= 1)
    fail("field 'noiseFloor' must be a number between 0 and 1");
  c.noiseFloor = doc["noiseFloor"].get<double>();
  if (doc.contains("airAttenuation") && doc["airAttenuation"].is_number()) c.airAttenuation = doc["airAttenuation"].get<double>();
  if (!doc.contains("curves") || !doc["curves"].is_array() || doc["curves"].empty()) fail("field 'curves' must list at least one curve");
  for (std::size_t i = 0; i < doc["curves"].size(); ++i) {
    const json& item = doc["curves"][i];
    const std::string where = "curves[" + std::to_string(i) + "]";
    CalibrationCurve curve;
    if (!item.is_object() || !item.contains("material") || !item["material"].is_string()) fail(where + ".material must be a string");
    curve.material = item["material"].get<std::string>();
    const std::string cls = item.value("class", "");
    if (cls == "organic") curve.cls = MaterialClass::Organic;
    else if (cls == "inorganic") curve.cls = MaterialClass::Inorganic;
    else if (cls == "metal") curve.cls = MaterialClass::Metal;
    else fail(where + ".class must be organic, inorganic or metal");
    if (!item.contains("points") || !item["points"].is_array() || item["points"].size() < 2) fail(where + ".points needs at least two [A_H, A_L] pairs");
    for (const json& p : item["points"]) {
      if (!p.is_array() || p.size() != 2 || !p[0].is_number() || !p[1].is_number()) fail(where + ".points must hold [A_H, A_L] pairs");
      const double h = p[0].get<double>(), l = p[1].get<double>();
      if (!(h > 0) || !(l > 0) || (!curve.attenuationHigh.empty() && h <= curve.attenuationHigh.back()))
        fail(where + ".points must be positive with A_H increasing");
      curve.attenuationHigh.push_back(h);
      curve.attenuationLow.push_back(l);
    }
    c.curves.push_back(curve);
  }
  return c;
}

}  // namespace

}  // namespace cip::imaging

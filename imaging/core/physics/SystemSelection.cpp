#include "imaging/core/physics/SystemSelection.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <iomanip>
#include <sstream>
#include <stdexcept>

namespace cip::imaging {

namespace {

constexpr double kTubeMinKv = 20, kTubeMaxKv = 600;              // baggage, parcel and vehicle tubes
constexpr double kLinacMinKeV = 1000, kLinacMaxKeV = 10000;      // cargo linacs; the NIST tables end at 10 MeV

bool isTube(double keV) { return keV >= kTubeMinKv && keV <= kTubeMaxKv; }
bool isLinac(double keV) { return keV >= kLinacMinKeV && keV <= kLinacMaxKeV; }

std::string upper(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return text;
}

bool contains(const std::string& text, const std::string& part) { return upper(text).find(upper(part)) != std::string::npos; }

/// Modalities whose images are not X-ray transmission: no dual-energy physics reads them.
bool isNonTransmission(const std::string& modality) {
  static const char* const kinds[] = {"MR", "US", "PT", "NM", "AIT", "QR", "ECG", "OP", "XC", "SM", "ES"};
  return std::any_of(std::begin(kinds), std::end(kinds), [&](const char* m) { return modality == m; });
}

ScanKind kindOf(const Scan& scan) {
  const ScanMetadata& m = scan.meta;
  if (scan.channels.empty() || isNonTransmission(m.modality)) return ScanKind::Other;
  if (scan.channel(ChannelRole::Red)) return ScanKind::ColourImage;
  if (scan.isDualEnergy()) return ScanKind::DualEnergyRadiograph;
  // A stack without a modality is a volume (NumPy (D, H, W)); multi-frame DX/XA stay radiographs,
  // even where a writer labels their values "HU" (the Stratovan DICOS DX samples do).
  if (m.modality == "CT" || (scan.isVolume() && (m.modality.empty() || m.units == "HU"))) return ScanKind::Ct;
  return ScanKind::SingleEnergyRadiograph;
}

/// The other beam of a pair when the file states one energy: a tube's low channel at half its
/// voltage (as the 160/80 kV model), a linac's at two thirds rounded to 0.5 MeV (6/4, 9/6 MeV).
DualEnergySystem pairedWith(double keV, bool statedIsHigh) {
  if (isTube(keV)) return statedIsHigh ? tubeSystem(keV, std::round(keV / 2)) : tubeSystem(keV * 2, keV);
  const double other = statedIsHigh ? std::round(keV / 1000 * 2 / 3 * 2) / 2 * 1000 : std::round(keV / 1000 * 3 / 2 * 2) / 2 * 1000;
  return statedIsHigh ? linacSystem(keV, other) : linacSystem(other, keV);
}

bool fromEnergies(const Scan& scan, SystemSelection& s) {
  const ScanMetadata& m = scan.meta;
  const std::string source = m.energySource.empty() ? std::string("the file") : m.energySource;
  double high = m.highEnergyKeV, low = m.lowEnergyKeV;
  for (double* e : {&high, &low}) {
    if (*e > 0 && !isTube(*e) && !isLinac(*e)) {
      s.ignored.push_back(source + ": " + numberText(*e) + " kV is no X-ray source this model covers (tubes 20–600 kV, linacs 1–10 MeV)");
      *e = 0;
    }
  }
  if (high > 0 && low > 0 && high != low) {
    if (high > low && isTube(high) == isTube(low)) {
      s.system = systemForEnergies(high, low);
      s.evidence = source + ": " + energyText(high) + " / " + energyText(low);
      return true;
    }
    s.ignored.push_back(source + ": " + energyText(high) + " high and " + energyText(low) + " low are no pair of one source");
    return false;
  }
  const double stated = high > 0 ? high : low;
  if (stated <= 0) return false;
  try {
    s.system = pairedWith(stated, high > 0);
  } catch (const std::invalid_argument&) {
    s.ignored.push_back(source + ": " + energyText(stated) + " leaves no room for a second beam the model covers");
    return false;
  }
  const double other = high > 0 ? s.system.lowPeakKeV : s.system.highPeakKeV;
  s.evidence = source + ": " + energyText(stated) +
               (scan.isDualEnergy() ? std::string(high == low ? " for both channels" : "") + ", the other beam modelled at " + energyText(other)
                                    : std::string());
  return true;
}

bool fromCalibration(const ScanMetadata& m, SystemSelection& s) {
  if (m.calibration.empty()) return false;
  const std::string source = m.calibrationSource.empty() ? std::string("the scanner profile") : m.calibrationSource;
  try {
    s.system = dualEnergySystem(m.calibration);
  } catch (const std::invalid_argument&) {
    s.ignored.push_back(source + ": calibration '" + m.calibration + "' is not one this workstation has (cargo-<H>-<L>MeV, baggage-<H>-<L>kV)");
    return false;
  }
  s.evidence = source + ": calibration '" + m.calibration + "'";
  return true;
}

bool fromNamedSystem(const ScanMetadata& m, SystemSelection& s) {
  if (m.model.rfind("cargo-", 0) != 0 && m.model.rfind("baggage-", 0) != 0) return false;
  try {
    s.system = dualEnergySystem(m.model);
  } catch (const std::invalid_argument&) {
    return false;
  }
  s.evidence = "model '" + m.model + "'";
  return true;
}

/// Scanner families whose use is public: cargo linacs or baggage tubes. The energies within a
/// family vary by model, so they give the kind only; the stated energies, when present, win.
struct ScannerFamily {
  const char* maker;
  const char* model;
  bool cargo;
};
constexpr ScannerFamily kFamilies[] = {
    {"Rapiscan", "Eagle", true},     // Eagle R60 (rail), M60, P60, G60: container and vehicle linacs
    {"Smiths", "HCV", true},         // HCVM, HCVP, HCVG: cargo and vehicle linacs
    {"Smiths", "HI-SCAN", false},    // HI-SCAN 6040, 100100: baggage and parcel tubes
};

bool fromScannerModel(const ScanMetadata& m, SystemSelection& s) {
  for (const ScannerFamily& f : kFamilies) {
    if (m.model.empty() || !contains(m.model, f.model)) continue;
    if (!m.vendor.empty() && upper(m.vendor) != "UNKNOWN" && !contains(m.vendor, f.maker)) continue;
    s.system = f.cargo ? cargoLinac6And4MeV() : baggage160And80kV();
    s.evidence = "scanner model '" + m.model + "' (" + f.maker + " " + f.model + (f.cargo ? ", cargo linac)" : ", baggage tube)");
    return true;
  }
  return false;
}

bool isCargoObject(const std::string& type) {
  static const char* const types[] = {"CARGO", "VEHICLE", "CONTAINER", "TRUCK", "RAILCAR"};
  return std::any_of(std::begin(types), std::end(types), [&](const char* t) { return type == t; });
}

bool isBaggageObject(const std::string& type) {
  static const char* const types[] = {"BAGGAGE", "BAG", "LUGGAGE", "PARCEL", "MAIL"};
  return std::any_of(std::begin(types), std::end(types), [&](const char* t) { return type == t; });
}

bool isPersonObject(const std::string& type) {
  static const char* const types[] = {"PERSON", "HUMAN", "PASSENGER"};
  return std::any_of(std::begin(types), std::end(types), [&](const char* t) { return type == t; });
}

/// A DICOM image storage class outside the DICOS branch (…1.1.501): a patient's image.
bool isMedicalImage(const ScanMetadata& m) {
  return m.format != "DICOS" && m.sopClassUid.rfind("1.2.840.10008.5.1.4.1.1.", 0) == 0 &&
         m.sopClassUid.rfind("1.2.840.10008.5.1.4.1.1.501", 0) != 0;
}

/// What was scanned, strongest evidence first: the stated object type, a medical SOP class, the
/// system or scanner family the file names, and linac energies (no baggage or body scanner has one).
void inspectedObject(const Scan& scan, SystemSelection& s) {
  const ScanMetadata& m = scan.meta;
  auto decide = [&s](InspectedObject object, std::string evidence) {
    s.object = object;
    s.objectEvidence = std::move(evidence);
  };
  if (isCargoObject(m.objectType)) return decide(InspectedObject::Cargo, "object type " + m.objectType);
  if (isBaggageObject(m.objectType)) return decide(InspectedObject::Baggage, "object type " + m.objectType);
  if (isPersonObject(m.objectType) || m.modality == "AIT") return decide(InspectedObject::Person, m.objectType.empty() ? "modality AIT" : "object type " + m.objectType);
  if (isMedicalImage(m)) return decide(InspectedObject::Medical, "medical DICOM SOP class " + m.sopClassUid + " (modality " + m.modality + ")");
  if (m.model.rfind("cargo-", 0) == 0) return decide(InspectedObject::Cargo, "model '" + m.model + "'");
  if (m.model.rfind("baggage-", 0) == 0) return decide(InspectedObject::Baggage, "model '" + m.model + "'");
  for (const ScannerFamily& f : kFamilies)
    if (!m.model.empty() && contains(m.model, f.model) && (m.vendor.empty() || upper(m.vendor) == "UNKNOWN" || contains(m.vendor, f.maker)))
      return decide(f.cargo ? InspectedObject::Cargo : InspectedObject::Baggage, "scanner model '" + m.model + "'");
  if (isLinac(m.highEnergyKeV) || isLinac(m.lowEnergyKeV)) return decide(InspectedObject::Cargo, "linac energies");
}

bool fromObjectType(const ScanMetadata& m, SystemSelection& s) {
  if (m.objectType.empty()) return false;
  if (!isCargoObject(m.objectType) && !isBaggageObject(m.objectType)) {
    s.ignored.push_back("object type " + m.objectType + " says nothing of the X-ray source");
    return false;
  }
  s.system = isCargoObject(m.objectType) ? cargoLinac6And4MeV() : baggage160And80kV();
  s.evidence = "object type " + m.objectType;
  return true;
}

}  // namespace

const char* toString(ScanKind kind) {
  switch (kind) {
    case ScanKind::DualEnergyRadiograph: return "dual-energy radiograph";
    case ScanKind::SingleEnergyRadiograph: return "single-energy radiograph";
    case ScanKind::Ct: return "CT";
    case ScanKind::ColourImage: return "colour image";
    case ScanKind::Other: return "other";
  }
  return "?";
}

std::string numberText(double value) {
  std::ostringstream text;
  text << std::setprecision(4) << value;
  return text.str();
}

std::string energyText(double keV) { return keV >= kLinacMinKeV ? numberText(keV / 1000) + " MeV" : numberText(keV) + " kV"; }

const char* toString(SystemBasis basis) {
  switch (basis) {
    case SystemBasis::Calibration: return "calibration";
    case SystemBasis::Energies: return "energies";
    case SystemBasis::NamedSystem: return "named system";
    case SystemBasis::ScannerModel: return "scanner model";
    case SystemBasis::ObjectType: return "object type";
    case SystemBasis::Default: return "default";
  }
  return "?";
}

const char* toString(InspectedObject object) {
  switch (object) {
    case InspectedObject::Unstated: return "unstated";
    case InspectedObject::Cargo: return "cargo";
    case InspectedObject::Baggage: return "baggage";
    case InspectedObject::Person: return "person";
    case InspectedObject::Medical: return "medical";
  }
  return "?";
}

DualEnergySystem defaultSystem() { return cargoLinac6And4MeV(); }

DualEnergySystem systemForEnergies(double highKeV, double lowKeV) {
  if (isLinac(highKeV) && isLinac(lowKeV)) return linacSystem(highKeV, lowKeV);
  if (isTube(highKeV) && isTube(lowKeV)) return tubeSystem(highKeV, lowKeV);
  throw std::invalid_argument("no dual-energy system has beams of " + energyText(highKeV) + " and " + energyText(lowKeV) +
                              " (tubes 20–600 kV, linacs 1–10 MeV)");
}

std::string SystemSelection::label() const {
  const bool linac = system.highPeakKeV >= kLinacMinKeV;
  const double scale = linac ? 1000 : 1;
  if (system.highPeakKeV <= 0) return system.name;  // a measured calibration names only itself
  return std::string(linac ? "cargo " : "baggage ") + numberText(system.highPeakKeV / scale) + "/" + numberText(system.lowPeakKeV / scale) +
         (linac ? " MeV" : " kV");
}

std::string SystemSelection::summary() const {
  std::string text;
  switch (kind) {
    case ScanKind::Ct:
      text = "not offered: a CT image holds CT numbers (density), not a high/low pair; the CT view colours by density";
      break;
    case ScanKind::ColourImage: text = "not offered: the image is already in colour (a scanner's export or a photo)"; break;
    case ScanKind::Other: text = "not offered: not a transmission X-ray image"; break;
    case ScanKind::SingleEnergyRadiograph: text = "not offered: one energy channel; attenuation read as " + label(); break;
    case ScanKind::DualEnergyRadiograph: text = label(); break;
  }
  if (kind == ScanKind::DualEnergyRadiograph || kind == ScanKind::SingleEnergyRadiograph) {
    switch (basis) {
      case SystemBasis::Calibration:
      case SystemBasis::Energies:
      case SystemBasis::ScannerModel: text += " (from " + evidence + ")"; break;
      case SystemBasis::NamedSystem: text += " (the file names it: " + evidence + ")"; break;
      case SystemBasis::ObjectType: text += " (from the " + evidence + "; no usable energy stated)"; break;
      case SystemBasis::Default: text += " (default: the file states no energies, scanner model or object type)"; break;
    }
  }
  for (const std::string& note : ignored) text += "; ignored: " + note;
  return text;
}

SystemSelection selectSystem(const Scan& scan) {
  SystemSelection s;
  s.kind = kindOf(scan);
  const ScanMetadata& m = scan.meta;
  if (fromCalibration(m, s)) {
    s.basis = SystemBasis::Calibration;
  } else if (fromEnergies(scan, s)) {
    s.basis = SystemBasis::Energies;
    const bool linac = isLinac(s.system.highPeakKeV);
    if ((linac && isBaggageObject(m.objectType)) || (!linac && isCargoObject(m.objectType)))
      s.ignored.push_back("object type " + m.objectType + ": the stated energies decide");
  } else if (fromNamedSystem(m, s)) s.basis = SystemBasis::NamedSystem;
  else if (fromScannerModel(m, s)) s.basis = SystemBasis::ScannerModel;
  else if (fromObjectType(m, s)) s.basis = SystemBasis::ObjectType;
  else s.system = defaultSystem();
  inspectedObject(scan, s);
  return s;
}

}  // namespace cip::imaging

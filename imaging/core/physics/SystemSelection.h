#pragma once

#include "imaging/core/Scan.h"
#include "imaging/core/physics/Spectrum.h"

#include <string>
#include <vector>

namespace cip::imaging {

/// What a scan is, as far as telling materials apart goes.
enum class ScanKind {
  DualEnergyRadiograph,    ///< high and low channels: material classes can be told apart
  SingleEnergyRadiograph,  ///< one grey channel: attenuation only
  Ct,                      ///< CT slices or a volume: CT numbers (density), not a high/low pair
  ColourImage,             ///< a picture already rendered in colour (a vendor's export, a photo)
  Other                    ///< not a transmission X-ray image (MR, ultrasound, AIT body scans, a report alone)
};
const char* toString(ScanKind kind);

/// How the system was chosen, strongest evidence first.
enum class SystemBasis {
  Calibration,   ///< the material calibration the scanner's profile names
  Energies,      ///< the beam energies the file states (KVP, a sidecar's "kvp", the pair's file names)
  NamedSystem,   ///< the file's model names one of the systems (scans this project wrote)
  ScannerModel,  ///< a scanner model of a known family (cargo or baggage)
  ObjectType,    ///< what was scanned (DICOS OOI Type or a sidecar's "objectType")
  Default        ///< the file says none of these
};
const char* toString(SystemBasis basis);

/// What was scanned, as far as the file tells: the automatic cargo findings model a container's
/// or vehicle's empty frame, and mean nothing on a patient, a suitcase or a person.
enum class InspectedObject {
  Unstated,  ///< the file says nothing: taken as cargo, the business of the centre
  Cargo,     ///< a container or vehicle (object type, a cargo scanner or linac energies)
  Baggage,   ///< baggage, parcels, mail (object type or a baggage scanner)
  Person,    ///< a person (object type PERSON, an AIT body scan)
  Medical    ///< a medical DICOM image (CT, CR, DX, MR … of a patient), not DICOS
};
const char* toString(InspectedObject object);

/// The dual-energy physics chosen for one scan, with the reason, so that the analyst and the
/// logs can see which calibration coloured the materials and why.
struct SystemSelection {
  ScanKind kind = ScanKind::DualEnergyRadiograph;
  /// The physics of the material calibration and of the automatic findings. Always set: a
  /// single-energy radiograph uses its high beam for attenuation thresholds.
  DualEnergySystem system;
  SystemBasis basis = SystemBasis::Default;
  /// What the file said that decided, close to its own words: "KVP (0018,0060): 160 kV / 80 kV".
  std::string evidence;
  /// What was read but not used, and why ("KVP (0018,0060): 1 kV is no X-ray source …").
  std::vector<std::string> ignored;
  /// What was scanned, and what in the file said so ("object type CARGO", "SOP class … (medical CT)").
  InspectedObject object = InspectedObject::Unstated;
  std::string objectEvidence;

  /// Material colours are offered only where a high/low pair exists.
  bool materialColours() const { return kind == ScanKind::DualEnergyRadiograph; }
  /// "baggage 160/80 kV", "cargo 6/4 MeV".
  std::string label() const;
  /// One line for `cip-tool info`, logs and the findings JSON, e.g.
  /// "baggage 160/80 kV (from KVP (0018,0060): 160 kV / 80 kV)" or "not offered: …".
  std::string summary() const;
};

/// Chooses the dual-energy system for `scan` from what its file says, in this order: the
/// calibration its scanner's profile names, stated beam energies, a model naming one of our systems, a known scanner family, the object type,
/// and else the default, cargo 6/4 MeV (the workstation serves a container inspection centre).
/// Implausible energies are set aside with a note. See docs/imaging.md, "Which system reads a scan".
SystemSelection selectSystem(const Scan& scan);

/// A beam energy as the analyst reads it, "160 kV" or "6 MeV", and a number to four significant
/// digits: how every note about a scan's physics spells them.
std::string energyText(double keV);
std::string numberText(double value);

/// The system for scans whose files state nothing about it: the cargo 6/4 MeV linac, since the
/// workstation serves a container inspection centre.
DualEnergySystem defaultSystem();

/// The system of a linac (both energies 1–10 MeV) or a tube pair (both 20–600 kV) at these
/// endpoint energies in keV; throws std::invalid_argument for anything else.
DualEnergySystem systemForEnergies(double highKeV, double lowKeV);

}  // namespace cip::imaging

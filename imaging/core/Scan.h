#pragma once

#include "imaging/core/Findings.h"

#include <opencv2/core/mat.hpp>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace cip::imaging {

/// What a channel's values stand for. Dual-energy radiographs carry a high- and a low-energy
/// channel of the same geometry; colour images (a vendor's pseudo-colour export) carry R, G, B.
enum class ChannelRole { Single, High, Low, Red, Green, Blue };
const char* toString(ChannelRole role);

/// What the values measure: transmitted intensity (bright = empty, as detectors count) or
/// attenuation (bright = dense, as CT and most DICOM radiographs). Processing needs to know which.
enum class PixelMeaning { Unknown, Transmission, Attenuation };
const char* toString(PixelMeaning meaning);

/// How a stored window maps values to grey: DICOM VOI LUT Function (0028,1056). LINEAR is
/// DICOM's integer-centred line (centre − 0.5, width − 1); LINEAR_EXACT the plain one.
enum class VoiFunction { LinearExact, Linear, Sigmoid };
const char* toString(VoiFunction function);

/// An item of the VOI LUT Sequence (0028,3010): a table from modality values to display values,
/// for images whose intended contrast is not a straight line (PS3.3 C.11.2.1.1). Values below
/// the first mapped one take the first entry, values beyond the table the last.
struct VoiLut {
  double firstMapped = 0;              ///< the modality value the first entry stands for
  int bits = 16;                       ///< entries run 0 … 2^bits − 1
  std::vector<std::uint16_t> entries;

  /// The entry for a modality value, as a fraction of the table's full scale (0 … 1).
  double lookUp(double value) const;
};

/// A window the modality stored with the image: how the scanner meant it to be looked at —
/// a centre and width with their VOI LUT Function, or a VOI LUT table (then centre and width
/// span the table's input range, where the viewer's own window starts when the user drags).
struct FileWindow {
  double center = 0;
  double width = 0;
  std::string explanation;  ///< Window Center & Width Explanation (0028,1055) or LUT Explanation (0028,3003)
  VoiFunction function = VoiFunction::Linear;
  std::shared_ptr<const VoiLut> lut;  ///< set for a VOI LUT Sequence item
};

struct Channel {
  ChannelRole role = ChannelRole::Single;
  /// depth × height rows by width columns: slice z is rows [z·height, (z+1)·height). One
  /// contiguous matrix, so a volume is one allocation and a slice is a view without a copy.
  cv::Mat pixels;
};

/// Facts about the scan that do not live in the pixels.
struct ScanMetadata {
  std::string format;         ///< the reader that produced it, e.g. "DICOM", "NumPy .npy"
  std::string modality;       ///< DICOM modality when known ("CT", "DX", "XRAY", …)
  std::string sopClassUid;
  std::string sopInstanceUid;
  std::string studyInstanceUid;  ///< a threat report about the scan joins its study
  std::string vendor;
  std::string model;
  std::string description;
  std::string transferSyntax;
  PixelMeaning meaning = PixelMeaning::Unknown;
  int bitsStored = 0;         ///< significant bits per sample as stored (12 for many CT)
  bool invertForDisplay = false;  ///< MONOCHROME1: low values are shown bright
  double rescaleSlope = 1.0;  ///< stored value → physical unit (already applied to DICOM pixels)
  double rescaleIntercept = 0.0;
  std::string units;          ///< e.g. "HU"; empty when the values have no physical unit
  double spacingX = 0, spacingY = 0, spacingZ = 0;  ///< mm per pixel; 0 = unknown
  /// Where the in-plane pixel size came from when not from the file itself ("scanner profile
  /// SCN-CNSHA-01, central system"); empty: the file.
  std::string spacingSource;
  /// The file's windows in its order (the first is the default display); empty when it has none.
  std::vector<FileWindow> windows;
  /// Endpoint energies of the beams as the file states them, in keV (a tube's kVp; 6 MeV = 6000),
  /// 0 = not stated; a single-energy file fills the energy of its channel's role (high when it
  /// has none). They decide which dual-energy physics reads the scan (physics/SystemSelection).
  double highEnergyKeV = 0, lowEnergyKeV = 0;
  std::string energySource;   ///< where they were read, e.g. "KVP (0018,0060)", "sidecar 'kvp'"
  /// The material calibration the scanner's profile names ("cargo-6-4MeV"); it outranks the
  /// energies in physics/SystemSelection. Empty: none named.
  std::string calibration;
  std::string calibrationSource;  ///< the profile that named it
  /// What was scanned, in DICOS Object of Inspection Type terms, upper case: "BAGGAGE", "CARGO",
  /// "VEHICLE", "PERSON" …; empty when the file does not say.
  std::string objectType;
};

/// One scan: one or more channels of 2D images or a 3D volume, all of the same geometry.
struct Scan {
  std::vector<Channel> channels;
  int width = 0;
  int height = 0;
  int depth = 1;  ///< slices (CT) or frames (multi-frame radiographs)
  ScanMetadata meta;
  std::vector<ThreatReport> reports;  ///< DICOS TDRs attached to this scan

  bool isVolume() const { return depth > 1; }
  bool isDualEnergy() const;
  /// The channel with `role`, or nullptr.
  const Channel* channel(ChannelRole role) const;
  /// A view of slice `z` of channel `index` (no copy).
  cv::Mat slice(std::size_t index, int z = 0) const;
  /// Bytes held by all channels' pixels.
  std::size_t pixelBytes() const;
  /// Bits per sample of the in-memory type (8, 16, 32, 64).
  int bitsAllocated() const;
  /// "uint16", "int16", "float32" …
  std::string sampleType() const;
};

}  // namespace cip::imaging

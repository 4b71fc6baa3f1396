#pragma once

#include "imaging/core/Scan.h"

#include <opencv2/core/mat.hpp>

#include <string>
#include <vector>

namespace cip::imaging {

enum class Equalization { None, Global, Clahe };
enum class ColorTable { Grey, Hot, Bone, Viridis, Cividis, Inferno };
const char* toString(ColorTable table);
bool colorTableFromString(const std::string& name, ColorTable* table);

/// How one channel is turned into a picture. Window centre/width are in the units of
/// `WorkingImage::toValue` (original pixel values, or attenuation μt in log mode).
struct DisplaySettings {
  double windowCenter = 0;
  double windowWidth = 0;        ///< ≤ 0: automatic (1st–99th percentile)
  bool logTransmission = false;  ///< show −ln(I/I₀): transmission counts become attenuation
                                 ///< (still drawn air-white, dense-dark, as screeners expect)
  double gamma = 1.0;
  bool invert = false;           ///< swap dark and bright (relative to the convention above)
  Equalization equalization = Equalization::None;
  double claheClipLimit = 2.0;
  int claheTiles = 8;
  double unsharpAmount = 0;      ///< 0 = off; 1 = strong edge enhancement
  double unsharpSigma = 3.0;     ///< pixels
  ColorTable colors = ColorTable::Grey;
  /// The window's curve: the viewer's own windows are exact lines; a file's window keeps its
  /// VOI LUT Function, so that the picture matches what the modality meant.
  VoiFunction function = VoiFunction::LinearExact;
  /// A file's VOI LUT table, which then takes the window's place; the viewer's own windows
  /// (a drag, a preset) clear it.
  std::shared_ptr<const VoiLut> voiLut;

  bool operator==(const DisplaySettings& o) const {
    return windowCenter == o.windowCenter && windowWidth == o.windowWidth && function == o.function && voiLut == o.voiLut &&
           logTransmission == o.logTransmission && gamma == o.gamma &&
           invert == o.invert && equalization == o.equalization && claheClipLimit == o.claheClipLimit && claheTiles == o.claheTiles &&
           unsharpAmount == o.unsharpAmount && unsharpSigma == o.unsharpSigma && colors == o.colors;
  }
  bool operator!=(const DisplaySettings& o) const { return !(*this == o); }
};

/// A channel mapped to 16 bits without losing precision that matters for display:
/// value = offset + scale × sample. All enhancement works on this, then one LUT windows it.
struct WorkingImage {
  cv::Mat samples;  ///< CV_16UC1
  double offset = 0;
  double scale = 1;
  std::string units;  ///< "" (raw), "μt" (attenuation), or the file's units (e.g. HU)
  double toValue(double sample) const { return offset + scale * sample; }
  double toSample(double value) const { return (value - offset) / scale; }
};

/// Unattenuated air for a transmission channel: 65535 for 16-bit detectors, 255 for 8-bit, else the
/// channel's maximum.
double airValue(const cv::Mat& channel);
WorkingImage makeWorkingImage(const cv::Mat& channel, const ScanMetadata& meta, bool logTransmission);

/// The value at `percentile` (0–100) of the working image (a 65536-bin histogram).
double percentileValue(const WorkingImage& image, double percentile);

/// Named presets (keys 1–8 in the viewer, in this order): a window and the log switch suited to a
/// use. File is the window the file stores (its first; the viewer steps through the others).
enum class Preset { Auto, Full, Attenuation, Organic, Dense, CtOrganic, CtMetal, File };
struct DisplayPreset {
  Preset preset;
  std::string name;
  std::string description;
};
std::vector<DisplayPreset> displayPresets();
/// Fills the window (and log mode) of `settings` for `preset` on this channel; for File, the
/// file's window number `fileWindow` (Auto when the file stores none).
void applyPreset(Preset preset, const cv::Mat& channel, const ScanMetadata& meta, DisplaySettings& settings, std::size_t fileWindow = 0);
/// How a scan is first shown: as its file's first window when it stores one (a CT's brain
/// window), a colour picture as its full range (as its maker rendered it), as attenuation for a
/// transmission scan of a MeV cargo system (a loaded container is solid black in a linear
/// window), else the automatic window.
Preset defaultPreset(const Scan& scan);
/// Sets the window and its VOI function to the file's window `index`; false when there is none.
bool fileWindow(const ScanMetadata& meta, std::size_t index, DisplaySettings& settings);
/// The two halves of applyPreset, for a viewer that keeps its working image: whether the preset
/// shows the log of transmission, whether its window is measured on the image (the CT presets
/// are fixed ranges), and the window itself, measured on `image` made with that log setting.
bool presetUsesLog(Preset preset);
bool presetNeedsImage(Preset preset);
void presetWindow(Preset preset, const WorkingImage& image, DisplaySettings& settings);

/// Equalisation and unsharp masking on the working image (16-bit in, 16-bit out).
cv::Mat enhance(const WorkingImage& image, const DisplaySettings& settings);
/// The 65536-entry window/level + gamma + invert table from working samples to grey levels.
std::vector<unsigned char> windowTable(const WorkingImage& image, const DisplaySettings& settings);
/// The table the viewer and renderChannel use: the window of `settings` (the whole range after
/// global equalisation) turned to the display convention (air white, dense dark), also for
/// attenuation and MONOCHROME1 images. The window must be resolved (width > 0).
std::vector<unsigned char> displayTable(const WorkingImage& working, DisplaySettings settings, const ScanMetadata& meta);
/// Applies a window table to 16-bit samples (any size, e.g. only the visible viewport).
cv::Mat applyWindow(const cv::Mat& samples16, const std::vector<unsigned char>& table);
/// Grey levels to BGR through a colour table.
cv::Mat colorize(const cv::Mat& grey, ColorTable table);

/// Everything above: one channel to a BGR picture.
cv::Mat renderChannel(const cv::Mat& channel, const ScanMetadata& meta, DisplaySettings settings);

/// Whether the scan is a colour picture: red, green and blue channels of one 8- or 16-bit type
/// (RGB, YBR and palette DICOM as decoded, colour PNG/JPEG/TIFF: a vendor's pseudo-colour export).
bool isColourScan(const Scan& scan);
/// A colour slice for display: R, G, B as one 16-bit three-channel image in the working sample
/// space, and its luminance as the working image the window, histogram and readout measure. One
/// window table then serves all three channels, so windowing never shifts a hue.
struct ColourWorking {
  cv::Mat rgb16;  ///< CV_16UC3, R G B
  WorkingImage luminance;
};
ColourWorking makeColourWorking(const Scan& scan, int z);
/// The window table applied to each channel of a 16-bit RGB image: a BGR picture.
cv::Mat applyWindowColour(const cv::Mat& rgb16, const std::vector<unsigned char>& table);
/// A colour scan's slice as a BGR picture through the window of `settings` (an unresolved
/// window shows the whole range; colour tables and log display do not apply to colour).
cv::Mat renderColour(const Scan& scan, int z, DisplaySettings settings);

}  // namespace cip::imaging

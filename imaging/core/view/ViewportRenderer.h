#pragma once

#include "imaging/core/Scan.h"
#include "imaging/core/analysis/MaterialImage.h"
#include "imaging/core/processing/Display.h"
#include "imaging/core/view/ViewGeometry.h"

#include <opencv2/core/mat.hpp>

#include <memory>
#include <optional>
#include <vector>

namespace cip::imaging {

/// What the viewer shows of a dual-energy scan (single-energy scans always show their one channel).
enum class ChannelView { High, Low, Material, Blend };
const char* toString(ChannelView view);

/// Renders the part of a scan a viewport shows, at screen resolution. Only screen-sized buffers
/// are windowed and coloured per frame, so dragging the window or panning costs the same on a
/// 2048 × 20000 cargo scan as on a bag, and no texture ever exceeds the viewport (GPU texture
/// limits do not apply). Whole-image work — log conversion, CLAHE/unsharp, material classes,
/// the zoom-out pyramid — is done once per setting and cached.
///
/// The scan is shared, not copied: with 16-bit data and no enhancement the renderer reads the
/// scan's own pixels.
class ViewportRenderer {
 public:
  void setScan(std::shared_ptr<const Scan> scan, int slice = 0);
  const std::shared_ptr<const Scan>& scan() const { return scan_; }
  int slice() const { return slice_; }

  /// Window, log, enhancement, colours. A window width ≤ 0 is resolved to the 1st–99th percentile.
  void setSettings(const DisplaySettings& settings);
  /// Sets the window (and what goes with it) of `preset`, measured on the grey channel shown.
  /// The measuring needs the working image, so it is done with the next prepare() or working()
  /// — on the thread that makes the frame — and settings() holds the old window until then.
  /// For Preset::File, `fileWindow` picks which of the file's windows (Auto when it has none).
  void applyPreset(Preset preset, std::size_t fileWindow = 0);
  /// Whether settings() holds the window that will be shown (no preset or automatic window is
  /// waiting for the working image).
  bool settled() const;
  const DisplaySettings& settings() const { return settings_; }
  void setChannelView(ChannelView view);
  ChannelView channelView() const { return view_; }
  /// Needed for Material and Blend; classes are computed on first use and kept.
  void setMaterialClassifier(std::shared_ptr<const MaterialClassifier> classifier, int smoothing);
  bool canShowMaterials() const;

  /// The working image of the channel the grey levels come from (its units are the window's).
  const WorkingImage& working();
  /// Material classes of the whole scan (empty without a classifier or dual energy).
  const cv::Mat& materialClasses();
  /// The same if they are made already; empty otherwise (never makes them).
  const cv::Mat& materialClassesIfMade() const { return classes_; }
  /// Takes over the whole-image work a copy of this renderer did (on a worker) that is still
  /// right for this one — working image, pyramid levels, material classes — and settles a
  /// waiting preset from it. Work done for other settings is ignored.
  void adoptCaches(const ViewportRenderer& prepared);
  /// Index into scan()->channels of the channel the grey levels come from.
  std::size_t greyChannel() const;

  /// BGR picture of `geometry.viewport` size; outside the image: `background`.
  cv::Mat render(const ViewGeometry& geometry);
  /// Does the whole-image work `render(geometry)` needs and keeps it (cheap when it is kept).
  void prepare(const ViewGeometry& geometry);
  /// render() after prepare() with the same geometry and nothing changed between: reads only, so
  /// a copy of this renderer can make the frame on another thread while this one is changed.
  cv::Mat renderPrepared(const ViewGeometry& geometry) const;
  cv::Scalar background{28, 28, 28};

 private:
  void invalidateImage();
  void settleWindow();  ///< measures a waiting preset or automatic window on the working image
  const cv::Mat& level(int k);  ///< pyramid level k: 2^k image pixels per sample

  std::shared_ptr<const Scan> scan_;
  int slice_ = 0;
  DisplaySettings settings_;
  std::optional<Preset> pendingPreset_;  ///< applied, its window not measured yet
  ChannelView view_ = ChannelView::High;
  std::shared_ptr<const MaterialClassifier> classifier_;
  int smoothing_ = 5;

  bool workingValid_ = false;
  WorkingImage working_;          ///< of a colour scan: its luminance
  cv::Mat colour_;                ///< of a colour scan: R G B in working samples (the pyramid's level 0)
  std::vector<cv::Mat> pyramid_;   ///< level 0: enhanced samples
  std::vector<unsigned char> table_;
  bool tableValid_ = false;
  cv::Mat classes_;
};

}  // namespace cip::imaging

#include "imaging/core/view/ViewportRenderer.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace cip::imaging {

const char* toString(ChannelView view) {
  switch (view) {
    case ChannelView::High: return "high";
    case ChannelView::Low: return "low";
    case ChannelView::Material: return "material";
    case ChannelView::Blend: return "blend";
  }
  return "high";
}

void ViewportRenderer::setScan(std::shared_ptr<const Scan> scan, int slice) {
  scan_ = std::move(scan);
  slice_ = scan_ ? std::clamp(slice, 0, std::max(0, scan_->depth - 1)) : 0;
  classes_.release();
  if (!canShowMaterials() && (view_ == ChannelView::Material || view_ == ChannelView::Blend)) view_ = ChannelView::High;
  invalidateImage();
}

void ViewportRenderer::invalidateImage() {
  workingValid_ = false;
  tableValid_ = false;
  pyramid_.clear();
}

namespace {

/// Whether two settings make the same working image and pyramid (log, equalisation, unsharp);
/// window and colours only change the table applied to it.
bool sameWorkingImage(const DisplaySettings& a, const DisplaySettings& b) {
  return a.logTransmission == b.logTransmission && a.equalization == b.equalization && a.claheClipLimit == b.claheClipLimit &&
         a.claheTiles == b.claheTiles && a.unsharpAmount == b.unsharpAmount && a.unsharpSigma == b.unsharpSigma;
}

}  // namespace

void ViewportRenderer::applyPreset(Preset preset, std::size_t fileWindowIndex) {
  if (!scan_ || scan_->channels.empty()) return;
  DisplaySettings s = settings_;
  if (preset == Preset::File) {
    s.logTransmission = false;
    if (fileWindow(scan_->meta, fileWindowIndex, s)) {
      setSettings(s);
      pendingPreset_.reset();
      return;
    }
    preset = Preset::Auto;
  }
  s.logTransmission = presetUsesLog(preset);
  s.voiLut.reset();  // a preset's window replaces a file's table at once, before it is measured
  if (!presetNeedsImage(preset)) presetWindow(preset, WorkingImage{}, s);
  setSettings(s);
  // The window is measured on the working image: when that is next made or read (prepare(),
  // working()), wherever that runs, not here.
  if (presetNeedsImage(preset)) pendingPreset_ = preset;
}

void ViewportRenderer::setSettings(const DisplaySettings& s) {
  if (s == settings_) return;  // nothing changed (a preset still waiting stays)
  const bool newImage = !sameWorkingImage(s, settings_);
  // A window set by hand wins over a preset not measured yet; other changes (colours, invert)
  // leave it waiting.
  if (s.windowCenter != settings_.windowCenter || s.windowWidth != settings_.windowWidth) pendingPreset_.reset();
  settings_ = s;
  if (newImage) invalidateImage();
  tableValid_ = false;
}

void ViewportRenderer::setChannelView(ChannelView view) {
  if ((view == ChannelView::Material || view == ChannelView::Blend) && !canShowMaterials()) return;
  if (view == ChannelView::Low && !(scan_ && scan_->channel(ChannelRole::Low))) return;
  const std::size_t before = greyChannel();
  view_ = view;
  if (greyChannel() != before) invalidateImage();
}

void ViewportRenderer::setMaterialClassifier(std::shared_ptr<const MaterialClassifier> classifier, int smoothing) {
  classifier_ = std::move(classifier);
  smoothing_ = smoothing;
  classes_.release();
}

bool ViewportRenderer::canShowMaterials() const { return scan_ && scan_->isDualEnergy() && classifier_; }

std::size_t ViewportRenderer::greyChannel() const {
  if (!scan_ || scan_->channels.empty()) return 0;
  const Channel* wanted = scan_->channel(view_ == ChannelView::Low ? ChannelRole::Low : ChannelRole::High);
  return wanted ? static_cast<std::size_t>(wanted - scan_->channels.data()) : 0;
}

const WorkingImage& ViewportRenderer::working() {
  if (!workingValid_ && scan_ && !scan_->channels.empty()) {
    if (isColourScan(*scan_)) {  // windowed on its luminance, shown in its colours
      ColourWorking colour = makeColourWorking(*scan_, slice_);
      working_ = std::move(colour.luminance);
      colour_ = std::move(colour.rgb16);
    } else {
      working_ = makeWorkingImage(scan_->slice(greyChannel(), slice_), scan_->meta, settings_.logTransmission);
      colour_.release();
    }
    workingValid_ = true;
  }
  settleWindow();
  return working_;
}

void ViewportRenderer::settleWindow() {
  if (!workingValid_) return;
  if (pendingPreset_) {
    presetWindow(*pendingPreset_, working_, settings_);
    pendingPreset_.reset();
    tableValid_ = false;
  }
  if (settings_.windowWidth <= 0) {  // resolve "automatic" once, so that dragging starts from it
    const double p1 = percentileValue(working_, 1), p99 = percentileValue(working_, 99);
    settings_.windowCenter = (p1 + p99) / 2;
    settings_.windowWidth = std::max(p99 - p1, working_.scale);
    tableValid_ = false;
  }
}

bool ViewportRenderer::settled() const { return !scan_ || (workingValid_ && !pendingPreset_ && settings_.windowWidth > 0); }

void ViewportRenderer::adoptCaches(const ViewportRenderer& prepared) {
  if (prepared.scan_ != scan_ || prepared.slice_ != slice_ || !scan_) return;
  const bool sameImage = prepared.greyChannel() == greyChannel() && sameWorkingImage(prepared.settings_, settings_);
  if (sameImage && prepared.workingValid_) {
    if (!workingValid_) {
      working_ = prepared.working_;
      colour_ = prepared.colour_;
      workingValid_ = true;
    }
    if (prepared.pyramid_.size() > pyramid_.size()) pyramid_ = prepared.pyramid_;
    settleWindow();  // a preset or automatic window still open here: one sampled histogram
  }
  if (classes_.empty() && !prepared.classes_.empty() && prepared.classifier_ == classifier_ && prepared.smoothing_ == smoothing_)
    classes_ = prepared.classes_;
}

const cv::Mat& ViewportRenderer::materialClasses() {
  if (classes_.empty() && canShowMaterials()) classes_ = classifier_->classify(*scan_, smoothing_, slice_);
  return classes_;
}

const cv::Mat& ViewportRenderer::level(int k) {
  if (pyramid_.empty()) {
    const WorkingImage& w = working();
    pyramid_.push_back(colour_.empty() ? enhance(w, settings_) : colour_);
  }
  while (static_cast<int>(pyramid_.size()) <= k) {
    const cv::Mat& finer = pyramid_.back();
    cv::Mat coarser;
    cv::resize(finer, coarser, cv::Size((finer.cols + 1) / 2, (finer.rows + 1) / 2), 0, 0, cv::INTER_AREA);
    pyramid_.push_back(coarser);
  }
  return pyramid_[static_cast<std::size_t>(k)];
}

namespace {

/// Screen-to-source matrix for warpAffine (integer pixel indices, centres at .0) from a level
/// with 2^k image pixels per sample.
cv::Matx23d levelMatrix(const ViewGeometry& g, int k) {
  const cv::Matx23d m = g.screenToImageMatrix();  // continuous coordinates, pixel i spans [i, i + 1)
  const double s = 1.0 / (1 << k);
  // source index = (m · (x + ½, y + ½)) · s − ½
  const double bx = (m(0, 0) * 0.5 + m(0, 1) * 0.5 + m(0, 2)) * s - 0.5;
  const double by = (m(1, 0) * 0.5 + m(1, 1) * 0.5 + m(1, 2)) * s - 0.5;
  return {m(0, 0) * s, m(0, 1) * s, bx, m(1, 0) * s, m(1, 1) * s, by};
}

}  // namespace

namespace {

/// The pyramid level a geometry reads from: zoomed out, the level nearest above screen
/// resolution, so the picture is smooth, not aliased.
int levelFor(const ViewGeometry& g) {
  int k = 0;
  while (g.zoom * (1 << (k + 1)) <= 1.0 && k < 12) ++k;
  return k;
}

}  // namespace

cv::Mat ViewportRenderer::render(const ViewGeometry& g) {
  prepare(g);
  return renderPrepared(g);
}

void ViewportRenderer::prepare(const ViewGeometry& g) {
  if (!scan_ || scan_->channels.empty() || g.viewport.area() == 0) return;
  working();
  if (!tableValid_) {
    DisplaySettings settings = settings_;
    if (!colour_.empty()) settings.logTransmission = false;  // a colour picture has no log display
    table_ = displayTable(working_, settings, scan_->meta);
    tableValid_ = true;
  }
  const int k = levelFor(g);
  level(k);
  if (k < 12) level(k + 1);  // what the half-resolution frames of a drag read: made before the drag
  if (view_ == ChannelView::Material || view_ == ChannelView::Blend) materialClasses();
}

cv::Mat ViewportRenderer::renderPrepared(const ViewGeometry& g) const {
  cv::Mat out(g.viewport, CV_8UC3, background);
  if (!scan_ || scan_->channels.empty() || g.viewport.area() == 0) return out;
  const int k = levelFor(g);
  const cv::Mat& source = pyramid_.at(static_cast<std::size_t>(k));
  cv::Mat samples;
  cv::warpAffine(source, samples, levelMatrix(g, k), g.viewport, (g.zoom >= 1 ? cv::INTER_NEAREST : cv::INTER_LINEAR) | cv::WARP_INVERSE_MAP,
                 cv::BORDER_REPLICATE);
  cv::Mat picture;
  const cv::Mat grey = samples.channels() == 1 ? applyWindow(samples, table_) : cv::Mat();
  if (samples.channels() == 3) {
    picture = applyWindowColour(samples, table_);
  } else if ((view_ == ChannelView::Material || view_ == ChannelView::Blend) && !classes_.empty()) {
    cv::Mat classes;
    cv::warpAffine(classes_, classes, levelMatrix(g, 0), g.viewport, cv::INTER_NEAREST | cv::WARP_INVERSE_MAP, cv::BORDER_REPLICATE);
    picture = colorMaterials(classes, grey);
    if (view_ == ChannelView::Blend) cv::addWeighted(picture, 0.5, colorize(grey, settings_.colors), 0.5, 0, picture);
  } else {
    picture = colorize(grey, settings_.colors);
  }
  // Only the image's own area: its outline on screen, filled.
  cv::Mat inside = cv::Mat::zeros(g.viewport, CV_8U);
  std::vector<cv::Point> corners;
  for (const cv::Point2d c : {cv::Point2d(0, 0), cv::Point2d(scan_->width, 0), cv::Point2d(scan_->width, scan_->height), cv::Point2d(0, scan_->height)}) {
    const cv::Point2d s = g.imageToScreen(c);
    corners.emplace_back(static_cast<int>(std::lround(s.x)), static_cast<int>(std::lround(s.y)));
  }
  cv::fillConvexPoly(inside, corners, cv::Scalar(255));
  picture.copyTo(out, inside);
  return out;
}

}  // namespace cip::imaging

#include "imaging/core/processing/Display.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace cip::imaging {

namespace {
constexpr double kMaxSample = 65535.0;
const std::pair<ColorTable, const char*> kColorNames[] = {{ColorTable::Grey, "grey"},       {ColorTable::Hot, "hot"},
                                                          {ColorTable::Bone, "bone"},       {ColorTable::Viridis, "viridis"},
                                                          {ColorTable::Cividis, "cividis"}, {ColorTable::Inferno, "inferno"}};
}  // namespace

const char* toString(ColorTable table) {
  for (const auto& [value, name] : kColorNames)
    if (value == table) return name;
  return "grey";
}

bool colorTableFromString(const std::string& name, ColorTable* table) {
  for (const auto& [value, text] : kColorNames)
    if (name == text) {
      *table = value;
      return true;
    }
  return false;
}

double airValue(const cv::Mat& channel) {
  if (channel.depth() == CV_16U) return 65535.0;
  if (channel.depth() == CV_8U) return 255.0;
  double lo = 0, hi = 0;
  cv::minMaxLoc(channel, &lo, &hi);
  return std::max(hi, 1.0);
}

WorkingImage makeWorkingImage(const cv::Mat& channel, const ScanMetadata& meta, bool logTransmission) {
  WorkingImage w;
  if (logTransmission) {
    // Attenuation μt = −ln(I / I₀), I clamped to ≥ 1 count. Mapped so that the largest possible
    // attenuation (one count) is 65535: about 1.7·10⁻⁴ μt per step for a 16-bit detector.
    const double air = airValue(channel);
    const double maxAttenuation = std::log(air);
    cv::Mat intensity;
    channel.convertTo(intensity, CV_32F);
    cv::max(intensity, 1.0, intensity);
    cv::min(intensity, air, intensity);
    cv::log(intensity, intensity);  // ln I ∈ [0, ln I₀]
    intensity.convertTo(w.samples, CV_16U, -kMaxSample / maxAttenuation, kMaxSample);
    w.scale = maxAttenuation / kMaxSample;
    w.units = "μt";
    return w;
  }
  w.units = meta.units;
  if (channel.depth() == CV_16U) {
    w.samples = channel;
    return w;
  }
  double lo = 0, hi = 0;
  cv::minMaxLoc(channel, &lo, &hi);
  if (channel.depth() == CV_8U) lo = 0, hi = 255;
  w.offset = lo;
  w.scale = hi > lo ? (hi - lo) / kMaxSample : 1.0;
  channel.convertTo(w.samples, CV_16U, 1.0 / w.scale, -lo / w.scale);
  return w;
}

namespace {

/// Every k-th row of a huge image (a strided view, no copy), so that about 8 million samples
/// remain: percentiles of a cargo scan do not need all 64 million, and opening it is faster.
cv::Mat rowSample(const cv::Mat& samples) {
  const std::size_t k = std::max<std::size_t>(1, samples.total() / (8u << 20));
  if (k == 1 || !samples.isContinuous()) return samples;
  return cv::Mat(static_cast<int>((static_cast<std::size_t>(samples.rows) + k - 1) / k), samples.cols, samples.type(), samples.data,
                 samples.step[0] * k);
}

/// Counts of each of the 65536 sample values: one pass, shared by percentiles and equalisation.
std::vector<double> histogram16(const cv::Mat& samples) {
  cv::Mat hist;
  const int channels[] = {0};
  const int bins[] = {65536};
  const float range[] = {0, 65536};
  const float* ranges[] = {range};
  cv::calcHist(&samples, 1, channels, cv::Mat(), hist, 1, bins, ranges);
  return std::vector<double>(hist.begin<float>(), hist.end<float>());
}

/// The 16-bit histogram percentiles are read from: of a row sample, with its sample count.
struct SampledHistogram {
  std::vector<double> counts;
  double total = 0;
};
SampledHistogram sampledHistogram(const cv::Mat& samples) {
  const cv::Mat sample = rowSample(samples);
  return {histogram16(sample), static_cast<double>(sample.total())};
}

/// The sample value at `percentile` (0–100) of the histogram.
int percentileSample(const SampledHistogram& h, double percentile) {
  const double target = h.total * std::clamp(percentile, 0.0, 100.0) / 100.0;
  double sum = 0;
  for (int i = 0; i < 65536; ++i) {
    sum += h.counts[static_cast<std::size_t>(i)];
    if (sum >= target && sum > 0) return i;
  }
  return 65535;
}

}  // namespace

double percentileValue(const WorkingImage& image, double percentile) {
  return image.toValue(percentileSample(sampledHistogram(image.samples), percentile));
}

std::vector<DisplayPreset> displayPresets() {
  return {{Preset::Auto, "auto", "1st–99th percentile"},
          {Preset::Full, "full", "the whole range of values"},
          {Preset::Attenuation, "attenuation", "log display of transmission, automatic window"},
          {Preset::Organic, "organic", "log display, thin and light material (lower half of the attenuation range)"},
          {Preset::Dense, "dense", "log display, dense material: where X-rays barely pass"},
          {Preset::CtOrganic, "ct-organic", "CT: −400 … 600 HU (organic and liquid materials)"},
          {Preset::CtMetal, "ct-metal", "CT: 0 … 4000 HU (metals and dense objects)"},
          {Preset::File, "file", "the window stored in the file (its first; the viewer steps through the others)"}};
}

bool presetUsesLog(Preset preset) { return preset == Preset::Attenuation || preset == Preset::Organic || preset == Preset::Dense; }

bool presetNeedsImage(Preset preset) { return preset != Preset::CtOrganic && preset != Preset::CtMetal && preset != Preset::File; }

bool fileWindow(const ScanMetadata& meta, std::size_t index, DisplaySettings& s) {
  if (index >= meta.windows.size()) return false;
  s.windowCenter = meta.windows[index].center;
  s.windowWidth = meta.windows[index].width;
  s.function = meta.windows[index].function;
  s.voiLut = meta.windows[index].lut;
  return true;
}

Preset defaultPreset(const Scan& scan) {
  const ScanMetadata& meta = scan.meta;
  if (!meta.windows.empty()) return Preset::File;
  if (isColourScan(scan)) return Preset::Full;
  // Counts of a cargo linac (or any dual-energy pair) span decades: linear, a loaded container is
  // black; their logarithm is the attenuation the eye should see.
  const bool megavolt = meta.highEnergyKeV >= 1000;
  if ((megavolt || scan.isDualEnergy()) && meta.meaning != PixelMeaning::Attenuation) return Preset::Attenuation;
  return Preset::Auto;
}

void presetWindow(Preset preset, const WorkingImage& w, DisplaySettings& s) {
  s.function = VoiFunction::LinearExact;
  s.voiLut.reset();
  auto setRange = [&s](double lo, double hi) {
    s.windowCenter = (lo + hi) / 2;
    s.windowWidth = std::max(hi - lo, 1e-9);
  };
  if (preset == Preset::CtOrganic) return setRange(-400, 600);
  if (preset == Preset::CtMetal) return setRange(0, 4000);
  const SampledHistogram hist = sampledHistogram(w.samples);
  auto at = [&](double percentile) { return w.toValue(percentileSample(hist, percentile)); };
  const double p1 = at(1), p99 = at(99);
  switch (preset) {
    case Preset::Full: return setRange(w.toValue(0), w.toValue(65535));
    case Preset::Organic: return setRange(p1, (p1 + p99) / 2);
    case Preset::Dense: return setRange((p1 + p99) / 2, at(99.9));
    default: return setRange(p1, p99);
  }
}

void applyPreset(Preset preset, const cv::Mat& channel, const ScanMetadata& meta, DisplaySettings& s, std::size_t index) {
  if (preset == Preset::File) {
    s.logTransmission = false;
    if (fileWindow(meta, index, s)) return;
    preset = Preset::Auto;
  }
  s.logTransmission = presetUsesLog(preset);
  presetWindow(preset, presetNeedsImage(preset) ? makeWorkingImage(channel, meta, s.logTransmission) : WorkingImage{}, s);
}

cv::Mat enhance(const WorkingImage& image, const DisplaySettings& s) {
  cv::Mat out = image.samples;
  if (s.equalization == Equalization::Clahe) {
    cv::Ptr<cv::CLAHE> clahe = cv::createCLAHE(s.claheClipLimit, cv::Size(s.claheTiles, s.claheTiles));
    cv::Mat equalized;
    clahe->apply(out, equalized);
    out = equalized;
  } else if (s.equalization == Equalization::Global) {
    // cv::equalizeHist is 8-bit only: a 16-bit cumulative histogram used as a mapping instead.
    const std::vector<double> hist = histogram16(out);
    std::vector<unsigned short> map(65536);
    double sum = 0;
    const double total = static_cast<double>(out.total());
    for (int i = 0; i < 65536; ++i) {
      sum += hist[static_cast<std::size_t>(i)];
      map[static_cast<std::size_t>(i)] = static_cast<unsigned short>(std::lround(kMaxSample * sum / total));
    }
    cv::Mat equalized(out.size(), CV_16U);
    out.forEach<unsigned short>([&](unsigned short& v, const int* p) { equalized.at<unsigned short>(p[0], p[1]) = map[v]; });
    out = equalized;
  }
  if (s.unsharpAmount > 0) {
    cv::Mat blurred, sharpened;
    cv::GaussianBlur(out, blurred, cv::Size(), s.unsharpSigma);
    cv::addWeighted(out, 1.0 + s.unsharpAmount, blurred, -s.unsharpAmount, 0, sharpened, CV_16U);
    out = sharpened;
  }
  return out;
}

std::vector<unsigned char> windowTable(const WorkingImage& image, const DisplaySettings& s) {
  std::vector<unsigned char> table(65536);
  const double c = s.windowCenter;
  const double w = std::max(s.windowWidth, 1e-9);
  const double gamma = s.gamma > 0 ? s.gamma : 1.0;
  // The VOI functions of DICOM PS3.3 C.11.2.1.2, on the value each working sample stands for.
  auto curve = [&](double x) {
    switch (s.function) {
      case VoiFunction::Linear:
        if (w <= 1) return x < c - 0.5 ? 0.0 : 1.0;
        return std::clamp((x - (c - 0.5)) / (w - 1) + 0.5, 0.0, 1.0);
      case VoiFunction::Sigmoid: return 1.0 / (1.0 + std::exp(-4.0 * (x - c) / w));
      case VoiFunction::LinearExact: break;
    }
    return std::clamp((x - c) / w + 0.5, 0.0, 1.0);
  };
  for (int i = 0; i < 65536; ++i) {
    double t = s.voiLut ? s.voiLut->lookUp(image.toValue(i)) : curve(image.toValue(i));
    if (gamma != 1.0) t = std::pow(t, 1.0 / gamma);
    if (s.invert) t = 1.0 - t;
    table[static_cast<std::size_t>(i)] = static_cast<unsigned char>(std::lround(t * 255.0));
  }
  return table;
}

cv::Mat applyWindow(const cv::Mat& samples16, const std::vector<unsigned char>& table) {
  CV_Assert(samples16.type() == CV_16UC1 && table.size() == 65536);
  cv::Mat grey(samples16.size(), CV_8UC1);
  for (int y = 0; y < samples16.rows; ++y) {
    const auto* in = samples16.ptr<unsigned short>(y);
    auto* out = grey.ptr<unsigned char>(y);
    for (int x = 0; x < samples16.cols; ++x) out[x] = table[in[x]];
  }
  return grey;
}

cv::Mat colorize(const cv::Mat& grey, ColorTable table) {
  cv::Mat bgr;
  switch (table) {
    case ColorTable::Grey: cv::cvtColor(grey, bgr, cv::COLOR_GRAY2BGR); break;
    case ColorTable::Hot: cv::applyColorMap(grey, bgr, cv::COLORMAP_HOT); break;
    case ColorTable::Bone: cv::applyColorMap(grey, bgr, cv::COLORMAP_BONE); break;
    case ColorTable::Viridis: cv::applyColorMap(grey, bgr, cv::COLORMAP_VIRIDIS); break;
    case ColorTable::Cividis: cv::applyColorMap(grey, bgr, cv::COLORMAP_CIVIDIS); break;
    case ColorTable::Inferno: cv::applyColorMap(grey, bgr, cv::COLORMAP_INFERNO); break;
  }
  return bgr;
}

std::vector<unsigned char> displayTable(const WorkingImage& working, DisplaySettings settings, const ScanMetadata& meta) {
  if (settings.equalization == Equalization::Global) {
    // Equalised samples no longer carry their original values: show the whole range.
    settings.windowCenter = working.toValue(32767.5);
    settings.windowWidth = working.toValue(65535) - working.toValue(0);
    settings.function = VoiFunction::LinearExact;
    settings.voiLut.reset();
  }
  std::vector<unsigned char> table = windowTable(working, settings);
  // Security imaging shows air white and dense cargo dark. Attenuation (log mode) is the other
  // way round, and so is MONOCHROME1: flip those to the convention.
  if (settings.logTransmission || meta.invertForDisplay)
    for (unsigned char& v : table) v = static_cast<unsigned char>(255 - v);
  return table;
}

cv::Mat renderChannel(const cv::Mat& channel, const ScanMetadata& meta, DisplaySettings settings) {
  const WorkingImage working = makeWorkingImage(channel, meta, settings.logTransmission);
  if (settings.windowWidth <= 0) {
    const SampledHistogram hist = sampledHistogram(working.samples);
    const double p1 = working.toValue(percentileSample(hist, 1));
    const double p99 = working.toValue(percentileSample(hist, 99));
    settings.windowCenter = (p1 + p99) / 2;
    settings.windowWidth = std::max(p99 - p1, working.scale);
  }
  const cv::Mat grey = applyWindow(enhance(working, settings), displayTable(working, settings, meta));
  return colorize(grey, settings.colors);
}

bool isColourScan(const Scan& scan) {
  const Channel* r = scan.channel(ChannelRole::Red);
  const Channel* g = scan.channel(ChannelRole::Green);
  const Channel* b = scan.channel(ChannelRole::Blue);
  if (!r || !g || !b) return false;
  const int depth = r->pixels.depth();
  return (depth == CV_8U || depth == CV_16U) && g->pixels.type() == r->pixels.type() && b->pixels.type() == r->pixels.type();
}

ColourWorking makeColourWorking(const Scan& scan, int z) {
  ColourWorking c;
  const auto index = [&scan](ChannelRole role) { return static_cast<std::size_t>(scan.channel(role) - scan.channels.data()); };
  const bool eightBit = scan.channel(ChannelRole::Red)->pixels.depth() == CV_8U;
  std::vector<cv::Mat> planes;
  for (ChannelRole role : {ChannelRole::Red, ChannelRole::Green, ChannelRole::Blue}) {
    cv::Mat plane = scan.slice(index(role), z);
    if (eightBit) plane.convertTo(plane, CV_16U, 257.0);  // 255 → 65535: the same scale for every channel
    planes.push_back(plane);
  }
  cv::merge(planes, c.rgb16);
  cv::cvtColor(c.rgb16, c.luminance.samples, cv::COLOR_RGB2GRAY);  // ITU-R BT.601 luma
  c.luminance.scale = eightBit ? 1.0 / 257.0 : 1.0;
  return c;
}

cv::Mat applyWindowColour(const cv::Mat& rgb16, const std::vector<unsigned char>& table) {
  CV_Assert(rgb16.type() == CV_16UC3 && table.size() == 65536);
  cv::Mat bgr(rgb16.size(), CV_8UC3);
  for (int y = 0; y < rgb16.rows; ++y) {
    const auto* in = rgb16.ptr<unsigned short>(y);
    auto* out = bgr.ptr<unsigned char>(y);
    for (int x = 0; x < rgb16.cols; ++x, in += 3, out += 3) {
      out[0] = table[in[2]];
      out[1] = table[in[1]];
      out[2] = table[in[0]];
    }
  }
  return bgr;
}

cv::Mat renderColour(const Scan& scan, int z, DisplaySettings settings) {
  const ColourWorking colour = makeColourWorking(scan, z);
  settings.logTransmission = false;
  if (settings.windowWidth <= 0) presetWindow(Preset::Full, colour.luminance, settings);
  ScanMetadata meta = scan.meta;
  meta.invertForDisplay = false;
  return applyWindowColour(colour.rgb16, displayTable(colour.luminance, settings, meta));
}

}  // namespace cip::imaging

// Viewer benchmarks: frames per second while dragging window/level and while panning a
// 2-channel 16-bit scan in a 1920 × 1080 view, and the time from opening the file to the first
// frame; peak memory against the raw pixel size. Runs under Xvfb (Mesa) or on a GPU.
// Usage: cip_bench_viewer [--quick] [--folder DIR]
#include "widgets/viewer/RadiographView.h"
#include "widgets/viewer/ViewerKeyMap.h"

#include "imaging/core/ReaderRegistry.h"
#include "BenchScan.h"

#include <QApplication>
#include <QMouseEvent>

#include <opencv2/core.hpp>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>

using namespace cip::imaging;
using cip::widgets::RadiographView;
using Clock = std::chrono::steady_clock;

namespace {

double seconds(Clock::time_point since) { return std::chrono::duration<double>(Clock::now() - since).count(); }

/// Peak resident memory of this process (VmHWM), in MiB.
double peakRssMiB() {
  std::ifstream status("/proc/self/status");
  for (std::string line; std::getline(status, line);)
    if (line.rfind("VmHWM:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;
  return -1;
}

/// Frames per second of `frames` synchronous repaints, each after `change(i)`.
template <typename Change>
double framesPerSecond(RadiographView& view, int frames, Change change) {
  const long before = view.framesRendered();
  const auto start = Clock::now();
  for (int i = 0; i < frames; ++i) {
    change(i);
    view.repaint();  // synchronous: render, blit, compose
  }
  QCoreApplication::processEvents();
  return (view.framesRendered() - before) / seconds(start);
}

}  // namespace

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  bool quick = false;
  std::string folder = (std::filesystem::temp_directory_path() / "cip_bench_viewer").string();
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--quick") == 0) quick = true;
    else if (std::strcmp(argv[i], "--folder") == 0 && i + 1 < argc) folder = argv[++i];
  }
  const int width = quick ? 1024 : 4096, height = quick ? 512 : 16384, frames = quick ? 10 : 120;
  std::filesystem::create_directories(folder);

  // A dual-energy scan with structure everywhere, written as an uncompressed DICOS pair.
  const std::string path = folder + "/viewer_bench.dcs";
  writeStructuredScan(path, width, height, 5);
  const double rawMiB = 2.0 * width * height * 2 / (1 << 20);
  const double rssBefore = peakRssMiB();

  RadiographView view;
  view.setRenderOnWorker(false);  // each repaint makes its frame: the cost of a frame is what is measured
  view.resize(1920, 1080);
  view.show();
  QCoreApplication::processEvents();
  view.repaint();

  const auto opened = Clock::now();
  view.setScan(std::make_shared<const Scan>(openScan(path)));
  view.repaint();
  const double firstFrame = seconds(opened);

  const double staticFps = framesPerSecond(view, frames, [](int) {});  // nothing changes: presentation only
  // Drags as the analyst makes them: button down, a mouse move per frame, button up.
  auto drag = [&](Qt::MouseButton button, int frameCount, QPointF step) {
    QPointF at(960, 540);
    QMouseEvent press(QEvent::MouseButtonPress, at, view.mapToGlobal(at), button, button, Qt::NoModifier);
    QApplication::sendEvent(&view, &press);
    const double fps = framesPerSecond(view, frameCount, [&](int i) {
      at += (i % 40 < 20 ? step : -step);
      QMouseEvent move(QEvent::MouseMove, at, view.mapToGlobal(at), Qt::NoButton, button, Qt::NoModifier);
      QApplication::sendEvent(&view, &move);
    });
    QMouseEvent release(QEvent::MouseButtonRelease, at, view.mapToGlobal(at), button, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(&view, &release);
    view.setInteractive(false);
    view.repaint();
    return fps;
  };
  const double wlFps = drag(Qt::RightButton, frames, QPointF(3, 2));
  view.trigger(static_cast<int>(cip::widgets::ViewerAction::ActualSize));
  const double panFps = drag(Qt::LeftButton, frames, QPointF(0, 15));
  view.trigger(static_cast<int>(cip::widgets::ViewerAction::Fit));
  view.trigger(static_cast<int>(cip::widgets::ViewerAction::Clahe));  // whole-scan CLAHE, once
  view.repaint();
  const double claheWlFps = drag(Qt::RightButton, frames, QPointF(3, 2));
  // Full resolution on every frame (no interaction hint): the cost of a settled frame.
  const double settledFps = framesPerSecond(view, frames, [&](int i) {
    DisplaySettings s = view.displaySettings();
    s.windowCenter += (i % 2 ? 1 : -1) * s.windowWidth * 0.01;
    view.setDisplaySettings(s);
  });

  view.grabFrame();
  std::printf("viewer benchmark: 2-channel 16-bit %d × %d scan (%.0f MiB raw), view 1920 × 1080, raster presentation\n", width, height,
              rawMiB);
  std::printf("%-52s %8.3f s\n", "file open to first frame", firstFrame);
  std::printf("%-52s %8.1f fps\n", "repaint, nothing changed (presentation only)", staticFps);
  std::printf("%-52s %8.1f fps\n", "window/level drag (fitted, whole scan in view)", wlFps);
  std::printf("%-52s %8.1f fps\n", "pan drag at actual size", panFps);
  std::printf("%-52s %8.1f fps\n", "window/level drag with CLAHE on", claheWlFps);
  std::printf("%-52s %8.1f fps\n", "full-resolution frames, window changing", settledFps);
  std::printf("%-52s %8.0f MiB (%.2f × the raw pixels; %.0f MiB before opening)\n", "peak resident memory", peakRssMiB(),
              (peakRssMiB() - rssBefore) / rawMiB, rssBefore);
  std::filesystem::remove_all(folder);
  return 0;
}

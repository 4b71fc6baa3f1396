// "Next job" benchmark: the time from the analyst's key to a fully interactive image (the first
// frame of the scan on screen, its declaration, checks and findings beside it), for a 2-channel
// 16-bit dual-energy scan of 4096 × 16384 (64 Mpx), with the prefetch (the next job loaded,
// analysed and its first frame's caches built while the analyst worked on this one) and cold
// (nothing prepared: the image is shown first, findings and checks follow from a worker). Baselines in the
// same process: read() of the scan's two files, and memcpy of its pixels.
// Usage: cip_bench_next_job [--quick] [--folder DIR]     (needs a display: xvfb-run)
#include "app/AppSettings.h"
#include "app/cli/LanguageManager.h"
#include "app/MainWindow.h"
#include "app/jobs/AnalystWorkspace.h"
#include "app/jobs/JobController.h"
#include "sync/store/Store.h"
#include "widgets/viewer/RadiographView.h"
#include "widgets/vtk/SurfaceFormat.h"

#include "BenchScan.h"
#include "BenchTimer.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <opencv2/core.hpp>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

using namespace cip;
using Clock = std::chrono::steady_clock;

namespace {

double millisecondsSince(Clock::time_point start) { return std::chrono::duration<double, std::milli>(Clock::now() - start).count(); }

model::ScanRef scanRef(const QString& id, const QString& path) {
  QFile file(path);
  file.open(QIODevice::ReadOnly);
  QCryptographicHash hash(QCryptographicHash::Sha256);
  hash.addData(&file);
  model::ScanRef ref;
  ref.id = id;
  ref.fileName = QFileInfo(path).fileName();
  ref.sha256 = QString::fromLatin1(hash.result().toHex());
  ref.sizeBytes = file.size();
  ref.modality = model::ScanModality::DualEnergyRadiograph;
  ref.scannerId = QStringLiteral("BENCH-1");
  ref.acquiredAt = QDateTime::currentDateTimeUtc();
  return ref;
}

}  // namespace

int main(int argc, char** argv) {
  widgets::setVtkSurfaceFormat();
  QApplication application(argc, argv);
  QLoggingCategory::setFilterRules(QStringLiteral("cip.*.info=false"));
  bool quick = false;
  std::string folder = (std::filesystem::temp_directory_path() / "cip_bench_next_job").string();
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--quick") == 0) quick = true;
    else if (std::strcmp(argv[i], "--folder") == 0 && i + 1 < argc) folder = argv[++i];
  }
  const int width = quick ? 1024 : 4096, height = quick ? 512 : 16384, runs = quick ? 1 : 3;
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);

  // One scan with structure everywhere as an uncompressed DICOS pair; every job points at it.
  const std::string scanPath = folder + "/next_job.dcs";
  writeStructuredScan(scanPath, width, height, 1.5);
  const QString db = QString::fromStdString(folder + "/bench.sqlite");
  auto store = store::Store::open(db);
  const int jobs = 2 * runs + 2;
  for (int i = 0; i < jobs; ++i) {
    model::Declaration d;
    d.id = QStringLiteral("D-%1").arg(i);
    d.number = d.id;
    d.lodgedAt = QDateTime::currentDateTimeUtc();
    d.declarant = {QStringLiteral("Bench"), {}, QStringLiteral("CN"), {}};
    d.consignee = d.declarant;
    d.originCountry = d.destinationCountry = QStringLiteral("CN");
    d.containerNumbers = {QStringLiteral("CSQU3054383")};
    d.transport = {model::TransportMode::Sea, QStringLiteral("BENCH VESSEL"), {}};
    d.goods = {{1, QStringLiteral("841370"), QStringLiteral("pumps"), 10, QStringLiteral("PK"), 9000, 8500, 40000, QStringLiteral("USD")}};
    store->declarations().save(d);
    model::Job job;
    job.id = QStringLiteral("J-%1").arg(i, 2, 10, QLatin1Char('0'));
    job.priority = 3;
    job.createdAt = QDateTime::currentDateTimeUtc();
    job.deadline = job.createdAt.addSecs(3600 + 60 * i);  // queue order: J-00, J-01, …
    job.scannerId = QStringLiteral("BENCH-1");
    job.port = QStringLiteral("CNSHA");
    job.assignedTo = QStringLiteral("bench");
    job.declarationId = d.id;
    job.containerNumbers = d.containerNumbers;
    job.scans = {scanRef(job.id + QStringLiteral("-high"), QString::fromStdString(scanPath))};
    store->jobs().save(job);
    store->jobs().setScanLocalPath(job.scans.first().id, QString::fromStdString(scanPath));
  }

  // Baselines: read() of the two files into fresh memory; memcpy of the pixels.
  const std::string lowPath = folder + "/next_job_low.dcs";
  const double readMs = medianMs(3, [&] {
    for (const std::string& p : {scanPath, lowPath}) {
      std::ifstream file(p, std::ios::binary);
      std::vector<char> bytes(std::filesystem::file_size(p));
      file.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    }
  });
  std::vector<unsigned short> source(static_cast<std::size_t>(width) * height * 2, 7), target(source.size());
  const double memcpyMs = medianMs(3, [&] { std::memcpy(target.data(), source.data(), source.size() * sizeof(unsigned short)); });

  app::AppSettings settings(QString::fromStdString(folder + "/settings.ini"));
  app::LanguageManager languages;
  app::MainWindow window(*store, app::Session{{QStringLiteral("bench"), QStringLiteral("bench"), {model::Role::Analyst}}, model::Role::Analyst, false, 0},
                         settings, languages);
  window.resize(1920, 1080);
  window.show();
  QCoreApplication::processEvents();
  app::JobController& controller = window.workspace()->jobs();
  widgets::RadiographView& view = *window.viewer();
  QString error;
  // Warm-up: the calibration and classifier are built once per session.
  controller.openJob(QStringLiteral("J-%1").arg(jobs - 1, 2, 10, QLatin1Char('0')), &error);
  view.repaint();
  controller.waitForAnalysis();
  controller.waitForPrefetch();

  std::vector<double> cold, prefetched;
  for (int r = 0; r < runs; ++r) {
    // Cold: a job nobody prepared (not the one the prefetch holds).
    const QString coldId = QStringLiteral("J-%1").arg(2 * r + 1, 2, 10, QLatin1Char('0'));
    auto start = Clock::now();
    if (!controller.openJob(coldId, &error)) std::fprintf(stderr, "%s\n", qPrintable(error));
    view.repaint();
    cold.push_back(millisecondsSince(start));
    controller.waitForAnalysis();  // its findings and checks follow in the background
    // The analyst works on it; meanwhile the next job is prepared. Then: next job.
    controller.waitForPrefetch();
    const QString expected = controller.prefetchedJobId();
    start = Clock::now();
    if (!controller.openNextJob(&error)) std::fprintf(stderr, "%s\n", qPrintable(error));
    view.repaint();
    prefetched.push_back(millisecondsSince(start));
    if (controller.currentJob()->id != expected) std::fprintf(stderr, "the next job was not the prefetched one\n");
    controller.waitForPrefetch();
  }
  std::sort(cold.begin(), cold.end());
  std::sort(prefetched.begin(), prefetched.end());
  const double coldMs = cold[cold.size() / 2], prefetchedMs = prefetched[prefetched.size() / 2];
  std::printf("next-job benchmark: 2-channel 16-bit %d × %d (%.0f Mpx) dual-energy scan, window 1920 × 1080, median of %d\n", width, height,
              width * double(height) / 1e6, runs);
  std::printf("%-48s %8.1f ms   (%.2f × read() of its files, %.1f × memcpy of its pixels)  target <= 150 ms\n", "next job, prefetched",
              prefetchedMs, prefetchedMs / readMs, prefetchedMs / memcpyMs);
  std::printf("%-48s %8.1f ms   (%.2f × read() of its files)  target <= 1000 ms\n", "next job, cold (file in the page cache)", coldMs,
              coldMs / readMs);
  std::printf("%-48s %8.1f ms\n%-48s %8.1f ms\n", "baseline: read() of the two files", readMs, "baseline: memcpy of the pixels", memcpyMs);
  return 0;
}

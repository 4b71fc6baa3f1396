// "The analyst never waits" benchmark: a real cip-central on loopback with demo jobs, simulated
// scanners reporting telemetry to it, and a real MainWindow signed in as an analyst, driven
// through the keys and mouse a user would use — per job: next (N), window/level (presets and a
// right drag), zoom (+, +, F), a mark (B and a drag), decide (F10), submit (Ctrl+Enter, Enter) —
// while the scans download and the outbox sends the verdicts. A 1 ms probe timer on the GUI
// thread measures the event loop's latency: the gap between two of its deliveries is the time
// the GUI thread could not answer. Baseline in the same process: the same probe on the idle
// event loop before anything starts. Reports p50, p99 and the longest gap, overall and per step,
// and every stall over 50 ms with the step and job it happened in; the ten longest gaps over 25 ms
// are listed with the deliveries inside them (receiver, the named widget it sits in, event type).
// Usage: cip_bench_analyst_session [--quick] [--jobs N] [--pixel MM] [--think MS] [--folder DIR]
//        (needs a display: xvfb-run -a -s "-screen 0 1920x1080x24")
#include "app/AppSettings.h"
#include "app/cli/LanguageManager.h"
#include "app/MainWindow.h"
#include "app/SyncController.h"
#include "app/jobs/AnalystWorkspace.h"
#include "app/jobs/JobController.h"
#include "app/jobs/VerdictController.h"
#include "app/session/SignInFlow.h"
#include "sync/client/SyncService.h"
#include "sync/demo/DemoData.h"
#include "sync/store/Store.h"
#include "widgets/viewer/RadiographView.h"
#include "widgets/vtk/SurfaceFormat.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QMouseEvent>
#include <QPointer>
#include <QProcess>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <functional>
#include <map>
#include <string>
#include <vector>

using namespace cip;
using Clock = std::chrono::steady_clock;

namespace {

constexpr double kStallMs = 50;
constexpr double kNoteMs = 2;  ///< deliveries this long are kept to say what a stall was made of
constexpr double kLongGapMs = 25;  ///< gaps this long are listed with what they were made of, stalls or not

/// CPU time this thread has used, ms.
double threadCpuMs() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

/// A 1 ms precise timer on the GUI thread: each gap between two of its deliveries is how long
/// the event loop could not run, charged to the step under way when the gap ended.
class LoopProbe : public QObject {
 public:
  struct Stall {
    double ms;
    std::string step;
    int job;
    Clock::time_point end;
    double cpuMs;  ///< of it, the GUI thread's own CPU time: the rest it was waiting (disk, other threads)
  };
  LoopProbe() {
    timer_.setTimerType(Qt::PreciseTimer);
    timer_.setInterval(1);
    connect(&timer_, &QTimer::timeout, this, [this] {
      const Clock::time_point now = Clock::now();
      const double gap = std::chrono::duration<double, std::milli>(now - last_).count();
      const double cpu = threadCpuMs();
      const double cpuGap = cpu - lastCpu_;
      last_ = now;
      lastCpu_ = cpu;
      gaps_.push_back(gap);
      byStep_[step_].push_back(gap);
      if (gap > kLongGapMs) stalls_.push_back({gap, step_, job_, now, cpuGap});
    });
  }
  void start() {
    gaps_.clear();
    byStep_.clear();
    stalls_.clear();
    last_ = Clock::now();
    lastCpu_ = threadCpuMs();
    timer_.start();
  }
  void stop() { timer_.stop(); }
  void setStep(const std::string& step, int job) {
    step_ = step;
    job_ = job;
  }
  const std::vector<double>& gaps() const { return gaps_; }
  const std::map<std::string, std::vector<double>>& byStep() const { return byStep_; }
  const std::vector<Stall>& stalls() const { return stalls_; }

 private:
  QTimer timer_;
  Clock::time_point last_;
  double lastCpu_ = 0;
  std::string step_ = "start";
  int job_ = 0;
  std::vector<double> gaps_;
  std::map<std::string, std::vector<double>> byStep_;
  std::vector<Stall> stalls_;
};

double percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  return values[std::min(values.size() - 1, static_cast<std::size_t>(p * static_cast<double>(values.size())))];
}

double longest(const std::vector<double>& values) { return values.empty() ? 0 : *std::max_element(values.begin(), values.end()); }

/// The application, timing each event it delivers: the events that took longer than a stall,
/// by receiver class and event type, say where the GUI thread was (outermost and nested alike).
class TimedApplication : public QApplication {
 public:
  using QApplication::QApplication;
  struct Slow {
    std::vector<double> ms;
  };
  /// One delivery that took a while: what, how long, when it ended and how deeply nested.
  struct Delivery {
    std::string what;
    double ms;
    Clock::time_point end;
    int depth;
  };
  bool notify(QObject* receiver, QEvent* event) override {
    // Other threads' event loops (the network's, the workers') deliver through here too: only the
    // GUI thread's deliveries say what a gap of its own was made of.
    if (QThread::currentThread() != thread()) return QApplication::notify(receiver, event);
    const Clock::time_point start = Clock::now();
    const QEvent::Type type = event->type();
    const char* cls = receiver ? receiver->metaObject()->className() : "?";
    // A window's repaint reaches the top-level widget from its QWidgetWindow, one level down.
    const bool windowRepaint = type == QEvent::UpdateRequest && receiver && receiver->isWidgetType() && static_cast<QWidget*>(receiver)->isWindow();
    const QPointer<QObject> alive(receiver);  // the delivery may delete it (DeferredDelete, a closed dialog)
    ++depth_;
    const bool result = QApplication::notify(receiver, event);
    --depth_;
    const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    if (windowRepaint) frames.push_back(ms);
    if (recording && ms > kNoteMs) {
      std::string owner;
      for (QObject* o = alive ? alive->parent() : nullptr; o && owner.empty(); o = o->parent())
        if (!o->objectName().isEmpty() && !o->objectName().startsWith(QLatin1String("qt_"))) owner = " in " + o->objectName().toStdString();
      const std::string what = std::string(cls) + owner + " " + QMetaEnum::fromType<QEvent::Type>().valueToKey(type) + (depth_ ? " (nested)" : "");
      deliveries.push_back({what, ms, Clock::now(), depth_});
      if (ms > kStallMs) slow[what].ms.push_back(ms);
    }
    return result;
  }
  bool recording = false;
  std::map<std::string, Slow> slow;
  std::vector<Delivery> deliveries;  ///< every delivery over kNoteMs while recording
  std::vector<double> frames;  ///< every window repaint (paint and flush), ms

 private:
  int depth_ = 0;
};

/// Runs the event loop (the probe included) until `done` holds or `ms` pass; whether it holds.
bool runUntil(const std::function<bool()>& done, int ms) {
  QElapsedTimer clock;
  clock.start();
  while (!done()) {
    if (clock.elapsed() > ms) return false;
    QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
  }
  return true;
}

/// The analyst's think time between two actions: the event loop runs, nothing is asked of it.
void think(int ms) { runUntil([] { return false; }, ms); }

/// A drag with `button` across `view` in a few moves, as a hand would.
void drag(QWidget* view, Qt::MouseButton button, Qt::KeyboardModifiers modifiers, QPoint from, QPoint to) {
  QTest::mousePress(view, button, modifiers, from);
  for (int i = 1; i <= 6; ++i) {
    const QPointF at = from + (to - from) * (i / 6.0);
    QMouseEvent move(QEvent::MouseMove, at, view->mapToGlobal(at), Qt::NoButton, button, modifiers);
    QApplication::sendEvent(view, &move);
    QCoreApplication::processEvents();
  }
  QTest::mouseRelease(view, button, modifiers, to);
}

/// A real cip-central on a free loopback port with the demo users, the job folder imported and
/// simulated scanners' credentials; killed when this object goes.
class Central {
 public:
  Central(const QString& data, const QString& jobs, int scanners) {
    process_.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process_.start(QStringLiteral(CIP_CENTRAL_PATH), {QStringLiteral("--data"), data, QStringLiteral("--port"), QStringLiteral("0"),
                                                      QStringLiteral("--demo-users"), QStringLiteral("--import"), jobs,
                                                      QStringLiteral("--scanners"), QString::number(scanners)});
    static const QRegularExpression listening(QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)"));
    QByteArray seen;
    while (!listening.match(QString::fromLatin1(seen)).hasMatch() && process_.waitForReadyRead(120000)) seen += process_.readAllStandardOutput();
    url = QUrl(listening.match(QString::fromLatin1(seen)).captured(1));
  }
  ~Central() {
    process_.kill();
    process_.waitForFinished(5000);
  }
  QUrl url;

 private:
  QProcess process_;
};

qint64 folderBytes(const QString& folder) {
  qint64 bytes = 0;
  for (QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) bytes += QFileInfo(it.next()).size();
  return bytes;
}

void printRow(const char* name, const std::vector<double>& gaps, double idleP99) {
  const double p99 = percentile(gaps, 0.99);
  const auto stalls = std::count_if(gaps.begin(), gaps.end(), [](double g) { return g > kStallMs; });
  std::printf("  %-14s %8zu %9.2f %9.2f %9.1f %7.1f× %7ld\n", name, gaps.size(), percentile(gaps, 0.5), p99, longest(gaps), p99 / idleP99,
              static_cast<long>(stalls));
}

}  // namespace

int main(int argc, char** argv) {
  widgets::setVtkSurfaceFormat();
  TimedApplication application(argc, argv);
  QLoggingCategory::setFilterRules(QStringLiteral("cip.*.info=false\ncip.*.warning=false"));
  bool quick = false;
  int jobCount = 55, thinkMs = 150;
  double pixelMm = 5;  // a real scanner's resolution
  QString folder = QDir::temp().filePath(QStringLiteral("cip_bench_analyst_session"));
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--quick") == 0) quick = true;
    else if (std::strcmp(argv[i], "--jobs") == 0 && i + 1 < argc) jobCount = std::atoi(argv[++i]);
    else if (std::strcmp(argv[i], "--pixel") == 0 && i + 1 < argc) pixelMm = std::atof(argv[++i]);
    else if (std::strcmp(argv[i], "--think") == 0 && i + 1 < argc) thinkMs = std::atoi(argv[++i]);
    else if (std::strcmp(argv[i], "--folder") == 0 && i + 1 < argc) folder = QString::fromLocal8Bit(argv[++i]);
  }
  if (quick) {
    jobCount = 3;
    pixelMm = 20;
    thinkMs = 20;
  }
  const int sessionJobs = std::max(1, jobCount - 2);  // the last ones stay in the queue: "next" never runs dry
  QDir(folder).removeRecursively();
  QDir().mkpath(folder);

  // Baseline: the idle event loop of this process, before anything else runs in it.
  LoopProbe probe;
  probe.setStep("idle", 0);
  probe.start();
  think(quick ? 300 : 2000);
  probe.stop();
  const std::vector<double> idle = probe.gaps();
  const double idleP50 = percentile(idle, 0.5), idleP99 = percentile(idle, 0.99);

  auto setupStart = Clock::now();
  demo::DemoJobOptions options;
  options.count = jobCount;
  options.pixelMm = pixelMm;
  const QString jobsFolder = QDir(folder).filePath(QStringLiteral("jobs"));
  demo::writeDemoJobs(jobsFolder, options);
  const qint64 jobBytes = folderBytes(jobsFolder);
  const QString data = QDir(folder).filePath(QStringLiteral("central"));
  Central central(data, jobsFolder, 6);
  if (!central.url.isValid() || central.url.isEmpty()) {
    std::fprintf(stderr, "cip-central did not start\n");
    return 1;
  }
  QProcess scanners;
  scanners.setProcessChannelMode(QProcess::ForwardedErrorChannel);
  scanners.start(QStringLiteral(CIP_SCANNER_SIM_PATH), {QStringLiteral("--central"), central.url.toString(), QStringLiteral("--credentials"),
                                                        QDir(data).filePath(QStringLiteral("scanner-credentials.json")),
                                                        QStringLiteral("--interval-ms"), QStringLiteral("50")});
  const double setupS = std::chrono::duration<double>(Clock::now() - setupStart).count();

  auto store = store::Store::open(QDir(folder).filePath(QStringLiteral("workstation.sqlite")));
  app::AppSettings settings(QDir(folder).filePath(QStringLiteral("settings.ini")));
  app::LanguageManager languages;
  app::SyncController sync(*store, central.url, QDir(folder).filePath(QStringLiteral("cache")));
  const app::SignInResult signedIn = app::signInNow(sync.authenticator(), QStringLiteral("li.wei"), QStringLiteral("demo"), model::Role::Analyst);
  if (!signedIn.ok()) {
    std::fprintf(stderr, "sign-in refused: %s\n", qPrintable(signedIn.error));
    return 1;
  }
  app::MainWindow window(*store, *signedIn.session, settings, languages);
  window.attachSync(&sync);
  window.resize(1920, 1080);
  window.show();
  window.activateWindow();
  if (!QTest::qWaitForWindowExposed(&window)) std::fprintf(stderr, "the window was not exposed\n");
  app::AnalystWorkspace& work = *window.workspace();
  app::JobController& jobs = work.jobs();
  work.verdicts().setAutoAdvance(false);  // "next" is a step of its own
  widgets::RadiographView* view = window.viewer();

  // Second baseline: one whole-window frame (paint and flush, nothing changed) on this display.
  think(500);
  application.frames.clear();
  for (int i = 0; i < 5; ++i) {
    window.update();
    think(200);
  }
  const double frameMs = percentile(application.frames, 0.5);
  const std::size_t frameCount = application.frames.size();
  // Third: a frame where only the status bar changed. While a QOpenGLWidget is visible, Qt
  // composes the whole window through OpenGL for every frame, however little changed; this is
  // that composition's price on this display, the floor under every step's frames.
  application.frames.clear();
  for (int i = 0; i < 5; ++i) {
    window.statusBar()->update();
    think(200);
  }
  const double composeMs = percentile(application.frames, 0.5);

  // The session starts as soon as the first job is there; the rest download while it runs.
  probe.setStep("sign-in", 0);
  probe.start();
  application.recording = true;
  application.frames.clear();
  sync.start(window.session());
  runUntil([&] { return !store->jobs().queue().isEmpty(); }, 120000);

  int job = 0, failedOpens = 0, fromPrefetch = 0;
  auto step = [&](const char* name, const std::function<void()>& act, const std::function<bool()>& ready = [] { return true; }) {
    probe.setStep(name, job);
    act();
    if (!runUntil(ready, 60000)) std::fprintf(stderr, "job %d: step '%s' did not finish in 60 s\n", job, name);
    think(thinkMs);
  };
  const auto sessionStart = Clock::now();
  for (job = 1; job <= sessionJobs; ++job) {
    const QString before = jobs.currentJob() ? jobs.currentJob()->id : QString();
    const QString prefetched = jobs.prefetchedJobId();
    // Next: N until a job opens (its scan may still be downloading, or being read); its checks follow.
    // The first job of the session is reported apart: N pressed as soon as the queue shows.
    step(job == 1 ? "first job" : "next", [&] { QTest::keyClick(view, Qt::Key_N); }, [&] {
      if (jobs.currentJob() && jobs.currentJob()->id != before) return !jobs.checksPending();
      if (!jobs.openingJobId().isEmpty()) return false;  // its scan is being read: it opens by itself
      ++failedOpens;
      think(50);
      QTest::keyClick(view, Qt::Key_N);
      return false;
    });
    if (jobs.currentJob() && jobs.currentJob()->id == prefetched) ++fromPrefetch;
    view->setFocus();
    const int w = view->width(), h = view->height();
    step("window/level", [&] {
      QTest::keyClick(view, Qt::Key_3);
      drag(view, Qt::RightButton, {}, QPoint(w / 2, h / 2), QPoint(w / 2 + 120, h / 2 - 60));
      QTest::keyClick(view, Qt::Key_1);
    });
    step("zoom", [&] {
      QTest::keyClick(view, Qt::Key_Plus);
      QTest::keyClick(view, Qt::Key_Plus);
      QTest::keyClick(view, Qt::Key_F);
    });
    step("mark", [&] {
      QTest::keyClick(view, Qt::Key_B);
      drag(view, Qt::LeftButton, {}, QPoint(w * 35 / 100, h * 40 / 100), QPoint(w * 50 / 100, h * 60 / 100));
    });
    step("decide", [&] { QTest::keyClick(view, Qt::Key_F10); });
    const QString current = jobs.currentJob() ? jobs.currentJob()->id : QString();
    step("submit", [&] {
      QTimer::singleShot(0, [] {  // the confirmation: Enter, as the analyst presses it
        if (QWidget* dialog = QApplication::activeModalWidget()) QTest::keyClick(dialog, Qt::Key_Return);
      });
      QTest::keyClick(view, Qt::Key_Return, Qt::ControlModifier);
    }, [&] { return !store->verdicts().forJob(current).isEmpty(); });
  }
  const double sessionS = std::chrono::duration<double>(Clock::now() - sessionStart).count();
  const std::vector<double> sessionFrames = application.frames;
  probe.setStep("outbox drain", job);
  const auto drainStart = Clock::now();
  runUntil([&] { return store->outbox().pendingCount() == 0; }, 120000);
  const double drainS = std::chrono::duration<double>(Clock::now() - drainStart).count();
  probe.stop();
  scanners.kill();
  scanners.waitForFinished(5000);

  std::vector<double> session;
  for (const auto& [name, gaps] : probe.byStep())
    if (name != "sign-in") session.insert(session.end(), gaps.begin(), gaps.end());
  std::printf("analyst session against cip-central on loopback (%s)\n", quick ? "quick smoke run" : "full run");
  std::printf("  %d demo jobs at %.0f mm per pixel (%.1f MB of job files), %d worked in %.1f s (think time %d ms), "
              "outbox drained %.1f s after the last submit; setup %.1f s\n",
              jobCount, pixelMm, static_cast<double>(jobBytes) / 1e6, sessionJobs, sessionS, thinkMs, drainS, setupS);
  std::printf("  %d of %d jobs opened from the prefetch; %d presses of N found no scan downloaded yet; "
              "one whole-window frame on this display: %.1f ms (median of %zu), one where only the status bar changed: %.1f ms\n",
              fromPrefetch, sessionJobs, failedOpens, frameMs, frameCount, composeMs);
  double frameTotalMs = 0;
  for (double ms : sessionFrames) frameTotalMs += ms;
  std::printf("  window repaints during the session: %zu, %.1f per second, p50 %.1f ms, p99 %.1f ms, %.0f %% of the session's time\n",
              sessionFrames.size(), static_cast<double>(sessionFrames.size()) / sessionS, percentile(sessionFrames, 0.5),
              percentile(sessionFrames, 0.99), 100 * frameTotalMs / (1000 * sessionS));
  std::printf("GUI-thread event-loop gaps (1 ms probe), ms; ratio: p99 against the idle loop's p99 (%.2f ms; idle p50 %.2f, longest %.2f)\n",
              idleP99, idleP50, longest(idle));
  std::printf("  %-14s %8s %9s %9s %9s %8s %7s\n", "step", "samples", "p50", "p99", "longest", "p99/idle", ">50 ms");
  printRow("idle baseline", idle, idleP99);
  for (const char* name : {"sign-in", "first job", "next", "window/level", "zoom", "mark", "decide", "submit", "outbox drain"})
    if (probe.byStep().count(name)) printRow(name, probe.byStep().at(name), idleP99);
  printRow("session", session, idleP99);
  std::vector<LoopProbe::Stall> stalls = probe.stalls();
  std::sort(stalls.begin(), stalls.end(), [](const auto& a, const auto& b) { return a.ms > b.ms; });
  const auto stallCount = std::count_if(stalls.begin(), stalls.end(), [](const auto& s) { return s.ms > kStallMs; });
  std::printf("stalls over %.0f ms: %td\n", kStallMs, stallCount);
  std::printf("the longest gaps over %.0f ms, and the deliveries over %.0f ms inside them:\n", kLongGapMs, kNoteMs);
  for (std::size_t i = 0; i < std::min<std::size_t>(stalls.size(), 10); ++i) {
    const LoopProbe::Stall& stall = stalls[i];
    std::printf("  %7.1f ms  job %2d  %-12s (%.1f ms of it on the CPU)\n", stall.ms, stall.job, stall.step.c_str(), stall.cpuMs);
    // What it was made of: the deliveries over kNoteMs that ended inside it, outermost first.
    const auto begin = stall.end - std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double, std::milli>(stall.ms));
    for (const auto& delivery : application.deliveries)
      if (delivery.end > begin && delivery.end <= stall.end)
        std::printf("      %*s%6.1f ms  %s\n", 2 * delivery.depth, "", delivery.ms, delivery.what.c_str());
  }
  std::printf("events that took over %.0f ms to deliver (receiver, event type): count, longest\n", kStallMs);
  for (const auto& [what, slow] : application.slow)
    std::printf("  %-60s %5zu %9.1f ms\n", what.c_str(), slow.ms.size(), longest(slow.ms));
  return 0;
}

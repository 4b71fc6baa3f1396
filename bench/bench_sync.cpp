// Sync benchmarks against a real cip-central on loopback:
//  - pull N jobs with 8 MB scans (download + SHA-256 check + store), as throughput and as a ratio
//    to curl fetching the same files from the same server with the same parallelism;
//  - verdict round trip (POST /verdicts) p50 / p99, and as a ratio to GET /time on the same link;
//  - outbox drain rate after reconnect: 1,000 verdicts queued offline, then the link comes up.
// Usage: cip_bench_sync [--quick]
#include "sync/client/SyncService.h"
#include "sync/demo/DemoData.h"
#include "sync/model/Job.h"
#include "sync/store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <functional>

#include <unistd.h>

using namespace cip;

namespace {

/// Runs the event loop until `done` holds, sleeping while nothing happens (a busy loop would
/// take the CPU from the network thread and the server and falsify the figures).
void pump(const std::function<bool()>& done, int timeoutMs = 600000) {
  QElapsedTimer t;
  t.start();
  QTimer tick;  // wakes the loop to look at `done` again
  tick.start(2);
  while (!done() && t.elapsed() < timeoutMs) QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

/// A cip-central on a free port; killed when it goes out of scope. CIP_BENCH_CENTRAL names another
/// build's server, to compare two servers with the same client and the same curl.
class Central {
 public:
  Central(const QString& data, const QString& jobs) {
    process_.start(qEnvironmentVariable("CIP_BENCH_CENTRAL", QStringLiteral(CIP_CENTRAL_PATH)), {QStringLiteral("--data"), data, QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--demo-users"),
                                                      QStringLiteral("--import"), jobs});
    static const QRegularExpression listening(QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)"));
    QByteArray seen;
    while (!listening.match(QString::fromLatin1(seen)).hasMatch() && process_.waitForReadyRead(60000)) seen += process_.readAllStandardOutput();
    url = QUrl(listening.match(QString::fromLatin1(seen)).captured(1));
  }
  ~Central() {
    process_.kill();
    process_.waitForFinished();
  }
  QUrl url;

 private:
  QProcess process_;
};

bool signIn(client::CentralClient& c) {
  bool done = false, ok = false;
  c.login(QStringLiteral("li.wei"), QStringLiteral("demo"), model::Role::Analyst, [&](const client::SignInAnswer& answer) {
    ok = answer.ok();
    done = true;
  });
  pump([&] { return done; });
  return ok;
}

double percentile(std::vector<double> v, double q) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v[std::min(v.size() - 1, static_cast<std::size_t>(q * v.size()))];
}

model::Verdict verdictFor(const QString& jobId) {
  model::Verdict v;
  v.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
  v.jobId = jobId;
  v.decision = model::Decision::Release;
  v.analyst = QStringLiteral("li.wei");
  v.openedAt = v.submittedAt = QDateTime::currentDateTimeUtc();
  return v;
}

/// Deletes a run's files and waits until the kernel has written back what is dirty, so the next
/// run does not pay for this one's write-back (which made whichever ran second 40 % slower).
void settle(const QString& folder) {
  QDir(folder).removeRecursively();
  ::sync();
}

/// Seconds for the sync service to pull every job and verify its scans, into a new store and cache.
double pullWithSync(const QUrl& url, const QString& folder, int jobs) {
  double seconds = -1;
  QDir().mkpath(folder);
  {
    auto store = store::Store::open(QDir(folder).filePath(QStringLiteral("ws.sqlite")));
    client::CentralClient client(url);
    if (!signIn(client)) return -1;
    client::SyncService sync(client, *store, QDir(folder).filePath(QStringLiteral("cache")));
    QElapsedTimer t;
    t.start();
    sync.pullNow();
    pump([&] { return !sync.pulling() && sync.downloads().pending() == 0 && store->jobs().count() == jobs; });
    seconds = t.elapsed() / 1000.0;
  }
  settle(folder);
  return seconds;
}

/// Seconds for curl to fetch the same files from the same server, four at a time.
double pullWithCurl(const QUrl& url, const QString& token, const QString& folder, int jobs) {
  QDir().mkpath(folder);
  QStringList args{QStringLiteral("--silent"), QStringLiteral("--fail"), QStringLiteral("--parallel"), QStringLiteral("--parallel-max"), QStringLiteral("4"),
                   QStringLiteral("-H"), QStringLiteral("Authorization: Bearer ") + token};
  for (int i = 0; i < jobs; ++i) {
    const QString id = QStringLiteral("PULL-%1-scan").arg(i, 5, 10, QLatin1Char('0'));
    args << QStringLiteral("-o") << QDir(folder).filePath(id) << url.toString() + QStringLiteral("/api/v1/scans/%1/file").arg(id);
  }
  QProcess curl;
  QElapsedTimer t;
  t.start();
  curl.start(QStringLiteral("curl"), args);
  curl.waitForFinished(600000);
  const double seconds = t.elapsed() / 1000.0;
  settle(folder);
  return seconds;
}

}  // namespace

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  QLoggingCategory::setFilterRules(QStringLiteral("cip.*.info=false"));
  const bool quick = argc > 1 && QByteArray(argv[1]) == "--quick";
  const int pullJobs = quick ? 4 : 100, roundTrips = quick ? 20 : 500, drainCount = quick ? 20 : 1000;
  const qint64 scanBytes = quick ? 256 * 1024 : 8 * 1024 * 1024;
  QTemporaryDir dir;

  // 1. Pull: the sync service against curl, same files, same server, four transfers at a time.
  // Five rounds each into an empty folder, alternating which goes first (writing fresh pages
  // costs differently from round to round on a shared machine); the medians are compared.
  demo::writeBulkJobs(dir.filePath(QStringLiteral("pull")), pullJobs, scanBytes, QStringLiteral("PULL"));
  std::vector<double> ours, theirs;
  {
    Central central(dir.filePath(QStringLiteral("c1")), dir.filePath(QStringLiteral("pull")));
    // curl signs in as a supervisor (who may read every scan).
    QProcess login;
    login.start(QStringLiteral("curl"), {QStringLiteral("--silent"), QStringLiteral("-X"), QStringLiteral("POST"), QStringLiteral("-d"),
                                          QStringLiteral(R"({"user":"zhao.min","password":"demo","role":"supervisor"})"),
                                          central.url.toString() + QStringLiteral("/api/v1/auth/login")});
    login.waitForFinished();
    const QString token = QJsonDocument::fromJson(login.readAllStandardOutput()).object().value(QStringLiteral("token")).toString();
    if (token.isEmpty()) return std::fprintf(stderr, "curl cannot sign in (is curl installed?)\n"), 1;
    for (int round = 0; round < 5; ++round) {
      const QString tag = QString::number(round);
      if (round % 2 == 1) theirs.push_back(pullWithCurl(central.url, token, dir.filePath(QStringLiteral("curl-") + tag), pullJobs));
      ours.push_back(pullWithSync(central.url, dir.filePath(QStringLiteral("sync-") + tag), pullJobs));
      if (round % 2 == 0) theirs.push_back(pullWithCurl(central.url, token, dir.filePath(QStringLiteral("curl-") + tag), pullJobs));
      if (ours.back() < 0) return std::fprintf(stderr, "sign-in failed\n"), 1;
    }
  }
  const double pullSeconds = percentile(ours, 0.5), curlSeconds = percentile(theirs, 0.5);
  const double megabytes = pullJobs * scanBytes / 1e6;

  // 2. Verdict round trips, one at a time, against GET /time on the same link.
  std::vector<double> verdictMs, timeMs;
  demo::writeBulkJobs(dir.filePath(QStringLiteral("rt")), roundTrips, 1024, QStringLiteral("RT"));
  {
    Central central(dir.filePath(QStringLiteral("c2")), dir.filePath(QStringLiteral("rt")));
    client::CentralClient client(central.url);
    if (!signIn(client)) return 1;
    for (int i = 0; i < roundTrips; ++i) {
      QElapsedTimer t;
      bool done = false;
      t.start();
      client.call("GET", QStringLiteral("time"), {}, {}, [&](const client::Reply&) { done = true; });
      pump([&] { return done; });
      timeMs.push_back(t.nsecsElapsed() / 1e6);
      const model::Verdict v = verdictFor(QStringLiteral("RT-%1").arg(i, 5, 10, QLatin1Char('0')));
      done = false;
      t.restart();
      client.call("POST", QStringLiteral("verdicts"), model::toCompactJson(model::toJson(v)), {{"Idempotency-Key", v.id.toLatin1()}},
                  [&](const client::Reply& r) {
                    if (!r.ok()) std::fprintf(stderr, "verdict refused: %s\n", qPrintable(r.errorText));
                    done = true;
                  });
      pump([&] { return done; });
      verdictMs.push_back(t.nsecsElapsed() / 1e6);
    }
  }

  // 3. Outbox drain: verdicts queued while offline, then the link comes up.
  double drainSeconds = 0;
  demo::writeBulkJobs(dir.filePath(QStringLiteral("drain")), drainCount, 1024, QStringLiteral("DR"));
  {
    Central central(dir.filePath(QStringLiteral("c3")), dir.filePath(QStringLiteral("drain")));
    auto store = store::Store::open(dir.filePath(QStringLiteral("ws3.sqlite")));
    client::CentralClient client(central.url);
    if (!signIn(client)) return 1;  // signs in (assigns the jobs), pulls, then queues offline below
    client::SyncService sync(client, *store, dir.filePath(QStringLiteral("cache3")));
    sync.pullNow();
    pump([&] { return !sync.pulling() && sync.downloads().pending() == 0 && store->jobs().count() == drainCount; });
    {
      store::Transaction batch(store->database());
      for (const model::Job& job : store->jobs().queue()) store->verdicts().submit(verdictFor(job.id), QUuid::createUuid().toString(QUuid::WithoutBraces));
      batch.commit();
    }
    QElapsedTimer t;
    t.start();
    sync.outbox().start(1000);
    pump([&] { return store->outbox().pendingCount() == 0; });
    drainSeconds = t.elapsed() / 1000.0;
  }

  std::printf("sync benchmark: cip-central on loopback%s\n", quick ? " (quick)" : "");
  std::printf("pull rounds in s, ours/curl:");
  for (std::size_t i = 0; i < ours.size(); ++i) std::printf("  %.2f/%.2f", ours[i], theirs[i]);
  std::printf("\n");
  std::printf("%-44s %8.1f MB/s  (%d × %.0f MB in %.2f s; curl %.2f s = %.1f MB/s; ratio %.2f, target >= 0.8)\n", "pull jobs: download + SHA-256 + store",
              megabytes / pullSeconds, pullJobs, scanBytes / 1e6, pullSeconds, curlSeconds, megabytes / curlSeconds, curlSeconds / pullSeconds);
  std::printf("%-44s p50 %6.2f ms  p99 %6.2f ms  (GET /time p50 %.2f ms: %.1f×)\n", "verdict round trip", percentile(verdictMs, 0.5),
              percentile(verdictMs, 0.99), percentile(timeMs, 0.5), percentile(verdictMs, 0.5) / std::max(0.001, percentile(timeMs, 0.5)));
  std::printf("%-44s %8.0f verdicts/s  (%d in %.2f s; %.1f× one-at-a-time round trips)\n", "outbox drain after reconnect", drainCount / drainSeconds,
              drainCount, drainSeconds, (drainCount / drainSeconds) / (1000.0 / std::max(0.001, percentile(verdictMs, 0.5))));
  return 0;
}

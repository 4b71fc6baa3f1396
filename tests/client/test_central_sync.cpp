// The sync client against a real cip-central on loopback: sign-in, pull, download, verdict,
// review; roles refused server-side; damaged files rejected and fetched again.
#include "CentralProcess.h"
#include "ScannerSimProcess.h"

#include "sync/client/CentralClient.h"
#include "sync/client/SyncService.h"
#include "sync/demo/DemoData.h"
#include "sync/model/JobRelease.h"
#include "sync/store/Store.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace cip;

namespace {


client::Reply call(client::CentralClient& c, const QByteArray& method, const QString& path, const QByteArray& body = {},
                   const QList<QPair<QByteArray, QByteArray>>& headers = {}) {
  client::Reply result;
  bool finished = false;
  c.call(method, path, body, headers, [&](const client::Reply& r) {
    result = r;
    finished = true;
  });
  REQUIRE(waitFor([&] { return finished; }));
  return result;
}

struct Fixture {
  QTemporaryDir dir;
  QString jobs() const { return dir.filePath(QStringLiteral("jobs")); }
  Fixture(int count = 4) {
    demo::DemoJobOptions options;
    options.count = count;
    options.pixelMm = 20;
    demo::writeDemoJobs(jobs(), options);
    demo::writeDemoCases(jobs(), 40);
  }
};

}  // namespace

TEST_CASE("A workstation signs in, pulls its jobs and scans, and its verdict reaches the supervisor", "[client][central]") {
  Fixture fx;
  CentralProcess central(fx.dir.filePath(QStringLiteral("central")), {QStringLiteral("--import"), fx.jobs()});
  auto store = store::Store::open(fx.dir.filePath(QStringLiteral("ws.sqlite")));
  client::CentralClient client(central.url());
  REQUIRE(signInAs(client, QStringLiteral("li.wei"), model::Role::Analyst).ok());
  CHECK(client.connectivity() == client::Connectivity::Online);
  CHECK(std::abs(client.clockOffsetMs()) < 2000);

  client::SyncService sync(client, *store, fx.dir.filePath(QStringLiteral("cache")));
  QSignalSpy pulled(&sync, &client::SyncService::pullFinished);
  sync.pullNow();
  REQUIRE(waitFor([&] { return !pulled.isEmpty(); }));
  CHECK(pulled.first().first().toBool());
  REQUIRE(store->jobs().queue().size() == 4);  // the only analyst signed in gets every job
  REQUIRE(waitFor([&] { return sync.downloads().pending() == 0; }));
  for (const model::Job& job : store->jobs().queue()) {
    CHECK(store->declarations().find(job.declarationId));
    for (const model::ScanRef& scan : job.scans) {
      const QString path = store->jobs().scanLocalPath(scan.id);
      REQUIRE_FALSE(path.isEmpty());
      CHECK(client::sha256OfFile(path) == scan.sha256);
    }
  }
  CHECK(store->cases().count() == 11);
  CHECK(waitFor([&] { return !store->cases().scanLocalPath(QStringLiteral("REF-690721-high")).isEmpty(); }));

  // A verdict submitted locally leaves through the outbox, once.
  const model::Job job = store->jobs().queue().first();
  model::Verdict v;
  v.id = QStringLiteral("V-sync-1");
  v.jobId = job.id;
  v.decision = model::Decision::ReferToInspection;
  v.comment = QStringLiteral("dense region behind the doors");
  v.analyst = QStringLiteral("li.wei");
  v.openedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
  v.submittedAt = QDateTime::currentDateTimeUtc();
  store->verdicts().submit(v, QStringLiteral("idem-key-sync-1"));
  QSignalSpy sent(&sync.outbox(), &client::OutboxSender::sent);
  sync.outbox().kick();
  REQUIRE(waitFor([&] { return !sent.isEmpty(); }));
  CHECK(store->outbox().pendingCount() == 0);

  // The supervisor sees it and confirms it; a second review is refused.
  client::CentralClient supervisor(central.url());
  REQUIRE(signInAs(supervisor, QStringLiteral("zhao.min"), model::Role::Supervisor).ok());
  const client::Reply list = call(supervisor, "GET", QStringLiteral("review/verdicts?since=0"));
  REQUIRE(list.ok());
  const QJsonArray verdicts = QJsonDocument::fromJson(list.body).object().value(QStringLiteral("verdicts")).toArray();
  REQUIRE(verdicts.size() == 1);
  CHECK(verdicts[0].toObject().value(QStringLiteral("verdict")).toObject().value(QStringLiteral("id")).toString() == v.id);
  const QByteArray review = R"({"decision":"confirm","comment":"agreed"})";
  CHECK(call(supervisor, "POST", QStringLiteral("review/verdicts/V-sync-1"), review).status == 200);
  CHECK(call(supervisor, "POST", QStringLiteral("review/verdicts/V-sync-1"), review).status == 409);
  // And the job is gone from the analyst's list on the server.
  const client::Reply mine = call(client, "GET", QStringLiteral("jobs"));
  CHECK(QJsonDocument::fromJson(mine.body).object().value(QStringLiteral("jobs")).toArray().size() == 3);
}

TEST_CASE("The server refuses what a role may not do", "[client][central]") {
  Fixture fx(2);
  CentralProcess central(fx.dir.filePath(QStringLiteral("central")), {QStringLiteral("--import"), fx.jobs()});
  client::CentralClient li(central.url()), wang(central.url()), boss(central.url()), nobody(central.url());
  REQUIRE(signInAs(li, QStringLiteral("li.wei"), model::Role::Analyst).ok());  // both jobs go to li.wei
  REQUIRE(signInAs(wang, QStringLiteral("wang.fang"), model::Role::Analyst).ok());
  REQUIRE(signInAs(boss, QStringLiteral("zhao.min"), model::Role::Supervisor).ok());
  const QJsonArray liJobs = QJsonDocument::fromJson(call(li, "GET", QStringLiteral("jobs")).body).object().value(QStringLiteral("jobs")).toArray();
  REQUIRE(liJobs.size() == 2);
  const QJsonObject job = liJobs[0].toObject();
  const QString jobId = job.value(QStringLiteral("id")).toString();
  const QString scanId = job.value(QStringLiteral("scans")).toArray()[0].toObject().value(QStringLiteral("id")).toString();

  CHECK(call(nobody, "GET", QStringLiteral("jobs")).status == 401);
  CHECK(nobody.connectivity() == client::Connectivity::SignInNeeded);
  CHECK(call(wang, "GET", QStringLiteral("jobs/") + jobId).status == 403);                 // another analyst's job
  CHECK(call(wang, "GET", QStringLiteral("scans/%1/file").arg(scanId)).status == 403);     // …nor its scan
  CHECK(call(wang, "GET", QStringLiteral("declarations/") + job.value(QStringLiteral("declarationId")).toString()).status == 403);
  CHECK(call(li, "GET", QStringLiteral("review/verdicts")).status == 403);                 // a supervisor endpoint
  CHECK(call(li, "GET", QStringLiteral("telemetry")).status == 403);
  CHECK(call(boss, "GET", QStringLiteral("jobs")).status == 403);                          // an analyst endpoint
  CHECK(call(boss, "GET", QStringLiteral("telemetry?since=0")).status == 200);
  // A verdict in someone else's name, or for someone else's job, is refused.
  model::Verdict v;
  v.id = QStringLiteral("V-role-1");
  v.jobId = jobId;
  v.decision = model::Decision::Release;
  v.analyst = QStringLiteral("wang.fang");
  v.openedAt = v.submittedAt = QDateTime::currentDateTimeUtc();
  const QByteArray body = model::toCompactJson(model::toJson(v));
  CHECK(call(wang, "POST", QStringLiteral("verdicts"), body, {{"Idempotency-Key", "role-key-0001"}}).status == 403);
  CHECK(call(li, "POST", QStringLiteral("verdicts"), body, {{"Idempotency-Key", "role-key-0002"}}).status == 403);
  // Malformed documents name the field.
  const client::Reply bad = call(li, "POST", QStringLiteral("verdicts"), R"({"id":"x"})", {{"Idempotency-Key", "role-key-0003"}});
  CHECK(bad.status == 400);
  CHECK(bad.errorText.contains(QStringLiteral("jobId")));
  // A job is given back with a reason; "other" needs a note; the job stays where it was otherwise.
  const client::Reply noReason = call(li, "POST", QStringLiteral("jobs/%1/release").arg(jobId));
  CHECK(noReason.status == 400);
  const client::Reply unknown = call(li, "POST", QStringLiteral("jobs/%1/release").arg(jobId), R"({"reason":"bored"})");
  CHECK(unknown.status == 400);
  CHECK(unknown.errorText.contains(QStringLiteral("reason")));
  const client::Reply bareOther = call(li, "POST", QStringLiteral("jobs/%1/release").arg(jobId), R"({"reason":"other"})");
  CHECK(bareOther.status == 400);
  CHECK(bareOther.errorText.contains(QStringLiteral("note")));
  const QByteArray longNote = R"({"reason":"other","note":")" + QByteArray(1001, 'x') + R"("})";
  CHECK(call(li, "POST", QStringLiteral("jobs/%1/release").arg(jobId), longNote).status == 400);
  CHECK(call(li, "GET", QStringLiteral("jobs/") + jobId).status == 200);  // still li.wei's
  CHECK(call(boss, "GET", QStringLiteral("review/releases")).body.contains(R"("releases":[])"));
  CHECK(call(li, "POST", QStringLiteral("jobs/%1/release").arg(jobId), R"({"reason":"needs-specialist","note":"reefer unit"})").status == 204);
  const auto releases = model::decodeJobReleasePage(call(boss, "GET", QStringLiteral("review/releases")).body);
  REQUIRE(releases.ok());
  REQUIRE(releases.value->releases.size() == 1);
  CHECK(releases.value->releases[0].release.reason == model::ReleaseReason::NeedsSpecialist);
  CHECK(releases.value->releases[0].release.note == QStringLiteral("reefer unit"));
  CHECK(call(li, "GET", QStringLiteral("review/releases")).status == 403);
}

TEST_CASE("A scan damaged on the way is rejected and fetched again, one damaged on the server is never shown", "[client][central]") {
  Fixture fx(3);
  SECTION("damaged in transfer a third of the time") {
    CentralProcess central(fx.dir.filePath(QStringLiteral("central")),
                           {QStringLiteral("--import"), fx.jobs(), QStringLiteral("--faults"), QStringLiteral("corrupt=0.3"), QStringLiteral("--seed"), QStringLiteral("3")});
    auto store = store::Store::open(fx.dir.filePath(QStringLiteral("ws.sqlite")));
    client::CentralClient client(central.url());
    REQUIRE(signInAs(client, QStringLiteral("li.wei"), model::Role::Analyst).ok());
    client::SyncService sync(client, *store, fx.dir.filePath(QStringLiteral("cache")));
    QSignalSpy damaged(&sync.downloads(), &client::ScanDownloader::checksumFailed);
    sync.pullNow();
    REQUIRE(waitFor([&] { return !sync.pulling() && sync.downloads().pending() == 0; }, 60000));
    CHECK(damaged.size() >= 1);
    for (const model::Job& job : store->jobs().queue())
      for (const model::ScanRef& scan : job.scans) {
        INFO(scan.id.toStdString());
        REQUIRE_FALSE(store->jobs().scanLocalPath(scan.id).isEmpty());
        CHECK(client::sha256OfFile(store->jobs().scanLocalPath(scan.id)) == scan.sha256);
      }
  }
  SECTION("damaged on the server's disk") {
    CentralProcess central(fx.dir.filePath(QStringLiteral("central")), {QStringLiteral("--import"), fx.jobs()});
    damageOneScanFile(fx.jobs());
    auto store = store::Store::open(fx.dir.filePath(QStringLiteral("ws.sqlite")));
    client::CentralClient client(central.url());
    REQUIRE(signInAs(client, QStringLiteral("li.wei"), model::Role::Analyst).ok());
    client::SyncService sync(client, *store, fx.dir.filePath(QStringLiteral("cache")));
    QSignalSpy failed(&sync.downloads(), &client::ScanDownloader::scanFailed);
    sync.pullNow();
    REQUIRE(waitFor([&] { return !sync.pulling() && sync.downloads().pending() == 0; }, 60000));
    REQUIRE(failed.size() == 1);
    CHECK(failed.first().at(1).toString().contains(QStringLiteral("damaged on the server")));
    const QString scanId = failed.first().first().toString();
    CHECK(store->jobs().scanLocalPath(scanId).isEmpty());  // never offered to the viewer
    CHECK(QDir(fx.dir.filePath(QStringLiteral("cache"))).entryList({scanId + QStringLiteral("*")}, QDir::Files).isEmpty());
  }
}

TEST_CASE("Large scans resume where they broke off when the server is killed and cuts replies short", "[client][central][resume]") {
  QTemporaryDir dir;
  constexpr qint64 kBytes = 48 << 20;  // several times what a transfer hands its writer at once
  demo::writeBulkJobs(dir.filePath(QStringLiteral("jobs")), 3, kBytes, QStringLiteral("BIG"));
  CentralProcess central(dir.filePath(QStringLiteral("central")), {QStringLiteral("--import"), dir.filePath(QStringLiteral("jobs")), QStringLiteral("--faults"),
                                                                    QStringLiteral("truncate=0.3"), QStringLiteral("--seed"), QStringLiteral("11")});
  auto store = store::Store::open(dir.filePath(QStringLiteral("ws.sqlite")));
  client::CentralClient client(central.url());
  bool signedIn = false;  // a cut-short sign-in answer is simply tried again
  for (int attempt = 0; attempt < 20 && !signedIn; ++attempt) signedIn = signInAs(client, QStringLiteral("li.wei"), model::Role::Analyst).ok();
  REQUIRE(signedIn);
  client::SyncService sync(client, *store, dir.filePath(QStringLiteral("cache")));
  QSignalSpy resumed(&sync.downloads(), &client::ScanDownloader::resumed);
  QSignalSpy damaged(&sync.downloads(), &client::ScanDownloader::checksumFailed);
  sync.start(300, 1000);  // pulls again while the job list or a declaration comes cut short
  // The server dies twice in the middle of the transfers and comes back on the same port.
  for (int kill = 0; kill < 2; ++kill) {
    const qint64 before = sync.downloads().receivedBytes();
    REQUIRE(waitFor([&] { return sync.downloads().receivedBytes() > before + kBytes / 3; }, 60000));
    central.kill();
    REQUIRE(waitFor([&] { return client.connectivity() == client::Connectivity::Offline; }, 10000));  // the transfers broke off
    central.restart();
  }
  REQUIRE(waitFor([&] { return !sync.pulling() && sync.downloads().pending() == 0 && store->jobs().count() == 3; }, 120000));
  CHECK(resumed.size() >= 2);
  bool resumedMidFile = false;
  for (const QList<QVariant>& r : resumed) resumedMidFile = resumedMidFile || (r.at(1).toLongLong() > 0 && r.at(1).toLongLong() < kBytes);
  CHECK(resumedMidFile);
  CHECK(damaged.isEmpty());  // a resumed file is whole and correct, not fetched twice
  for (const model::Job& job : store->jobs().queue())
    for (const model::ScanRef& scan : job.scans) {
      INFO(scan.id.toStdString());
      REQUIRE_FALSE(store->jobs().scanLocalPath(scan.id).isEmpty());
      CHECK(QFileInfo(store->jobs().scanLocalPath(scan.id)).size() == kBytes);
      CHECK(client::sha256OfFile(store->jobs().scanLocalPath(scan.id)) == scan.sha256);
    }
  CHECK(QDir(dir.filePath(QStringLiteral("cache"))).entryList({QStringLiteral("*.part")}, QDir::Files).isEmpty());
}

TEST_CASE("A supervisor's pull brings the scanners and all their telemetry, page by page, none twice", "[client][central][telemetry]") {
  QTemporaryDir dir;
  const QString data = dir.filePath(QStringLiteral("central"));
  auto eventsHeld = [&] {
    qint64 count = 0;
    {
      QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("telemetry-check"));
      sql.setDatabaseName(QDir(data).filePath(QStringLiteral("central.sqlite")));
      REQUIRE(sql.open());
      QSqlQuery query(QStringLiteral("SELECT count(*) FROM telemetry"), sql);
      REQUIRE(query.next());
      count = query.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("telemetry-check"));
    return count;
  };
  {
    // Six simulated scanners reporting every 10 ms: well over one page of events.
    CentralProcess busy(data, {QStringLiteral("--scanners"), QStringLiteral("6")});
    ScannerSimProcess simulator(busy.url(), QDir(data).filePath(QStringLiteral("scanner-credentials.json")), 10);
    REQUIRE(waitFor([&] { return eventsHeld() > 600; }, 60000));
  }
  CentralProcess central(data);  // the same data, quiet: the count below stands still
  const qint64 held = eventsHeld();
  INFO(held << " events on the server");
  REQUIRE(held > 600);

  auto store = store::Store::open(dir.filePath(QStringLiteral("ws.sqlite")));
  client::CentralClient client(central.url());
  REQUIRE(signInAs(client, QStringLiteral("zhao.min"), model::Role::Supervisor).ok());
  client::SyncService sync(client, *store, dir.filePath(QStringLiteral("cache")));
  QSignalSpy finished(&sync, &client::SyncService::pullFinished);
  sync.pullNow();
  REQUIRE(waitFor([&] { return finished.size() == 1; }, 30000));
  INFO(finished.first().at(1).toString().toStdString());
  CHECK(finished.first().first().toBool());
  CHECK(store->scanners().scanners().size() == 6);
  CHECK(store->scanners().eventCount() == held);
  sync.pullNow();  // nothing new: nothing added
  REQUIRE(waitFor([&] { return finished.size() == 2; }, 30000));
  CHECK(store->scanners().eventCount() == held);

  // An analyst's pull does not ask for telemetry at all.
  auto analystStore = store::Store::open(dir.filePath(QStringLiteral("analyst.sqlite")));
  client::CentralClient analyst(central.url());
  REQUIRE(signInAs(analyst, QStringLiteral("li.wei"), model::Role::Analyst).ok());
  client::SyncService analystSync(analyst, *analystStore, dir.filePath(QStringLiteral("cache2")));
  QSignalSpy analystFinished(&analystSync, &client::SyncService::pullFinished);
  analystSync.pullNow();
  REQUIRE(waitFor([&] { return analystFinished.size() == 1; }, 30000));
  CHECK(analystFinished.first().first().toBool());
  CHECK(analystStore->scanners().eventCount() == 0);
}

// Scanner profiles on a real cip-central: loaded from a file at start, set by an administrator
// only, read by every role, and pulled whole into a workstation's store.
#include "CentralHttp.h"
#include "CentralProcess.h"

#include "sync/client/CentralClient.h"
#include "sync/client/SyncService.h"
#include "sync/model/ScannerProfile.h"
#include "sync/store/Store.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace cip;

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& text) {
  QFile file(dir.filePath(name));
  REQUIRE(file.open(QIODevice::WriteOnly));
  file.write(text);
  return file.fileName();
}

}  // namespace

TEST_CASE("The centre's scanner profiles: loaded at start, set by an administrator, read by every role", "[client][central][profiles]") {
  QTemporaryDir dir;
  const QString file = writeFile(dir, QStringLiteral("profiles.json"),
                                 R"({"profiles": [{"scannerId": "SCN-A", "pixelMmX": 4.6, "pixelMmY": 5, "highEnergyKeV": 6000, "lowEnergyKeV": 4000}]})");
  CentralProcess central(dir.filePath(QStringLiteral("central")), {QStringLiteral("--scanner-profiles"), file});
  const QUrl url = central.url();

  const QString trainee = tokenOf(url, QStringLiteral("sun.li"), QStringLiteral("trainee"));
  const HttpAnswer listed = httpCall(url, "GET", QStringLiteral("scanner-profiles"), {}, bearer(trainee));
  REQUIRE(listed.status == 200);
  const model::Decoded<model::ScannerProfileFile> profiles = model::decodeScannerProfileFile(listed.body);
  REQUIRE(profiles.ok());
  REQUIRE(profiles.value->profiles.size() == 1);
  CHECK(profiles.value->profiles[0].pixelMmX == 4.6);

  const QString admin = tokenOf(url, QStringLiteral("admin"), QStringLiteral("admin"));
  const QString analyst = tokenOf(url, QStringLiteral("li.wei"), QStringLiteral("analyst"));
  const QByteArray baggage = R"({"highEnergyKeV": 160, "lowEnergyKeV": 80, "calibration": "baggage-160-80kV"})";
  CHECK(httpCall(url, "PUT", QStringLiteral("scanner-profiles/SCN-B"), baggage, bearer(analyst)).status == 403);
  const HttpAnswer put = httpCall(url, "PUT", QStringLiteral("scanner-profiles/SCN-B"), baggage, bearer(admin));
  REQUIRE(put.status == 200);
  CHECK(put.json().value(QStringLiteral("scannerId")).toString() == QStringLiteral("SCN-B"));

  const HttpAnswer half = httpCall(url, "PUT", QStringLiteral("scanner-profiles/SCN-B"), R"({"pixelMmX": 5})", bearer(admin));
  CHECK(half.status == 400);
  CHECK(half.body.contains("pixelMmY"));
  CHECK(httpCall(url, "PUT", QStringLiteral("scanner-profiles/SCN-B"), R"({"scannerId": "SCN-C"})", bearer(admin)).status == 400);
  CHECK(httpCall(url, "PUT", QStringLiteral("scanner-profiles/bad%20id"), baggage, bearer(admin)).status == 400);

  const model::Decoded<model::ScannerProfileFile> after =
      model::decodeScannerProfileFile(httpCall(url, "GET", QStringLiteral("scanner-profiles"), {}, bearer(analyst)).body);
  REQUIRE(after.ok());
  REQUIRE(after.value->profiles.size() == 2);
  CHECK(after.value->profiles[1].calibration == QStringLiteral("baggage-160-80kV"));
  CHECK(after.value->profiles[0].pixelMmX == 4.6);  // the failed requests changed nothing
}

TEST_CASE("cip-central refuses a profile file it cannot use, naming the file and field", "[client][central][profiles]") {
  QTemporaryDir dir;
  const QString byModel = writeFile(dir, QStringLiteral("by-model.json"), R"({"profiles": [{"model": "Eagle R60", "pixelMmX": 5, "pixelMmY": 5}]})");
  const CentralRun modelOnly = runCentral({QStringLiteral("--data"), dir.filePath(QStringLiteral("c1")), QStringLiteral("--port"), QStringLiteral("0"),
                                           QStringLiteral("--scanner-profiles"), byModel});
  CHECK(modelOnly.exitCode != 0);
  CHECK(modelOnly.err.contains(QStringLiteral("by-model.json: profiles[0]")));
  const QString broken = writeFile(dir, QStringLiteral("broken.json"), R"({"profiles": [{"scannerId": "A", "lowEnergyKeV": 9e9}]})");
  const CentralRun bad = runCentral({QStringLiteral("--data"), dir.filePath(QStringLiteral("c2")), QStringLiteral("--port"), QStringLiteral("0"),
                                     QStringLiteral("--scanner-profiles"), broken});
  CHECK(bad.exitCode != 0);
  CHECK(bad.err.contains(QStringLiteral("profiles[0].lowEnergyKeV")));
}

TEST_CASE("A workstation pulls the centre's profiles and drops one the centre dropped", "[client][central][profiles]") {
  QTemporaryDir dir;
  const QString file = writeFile(dir, QStringLiteral("profiles.json"), R"({"profiles": [{"scannerId": "SCN-A", "pixelMmX": 5, "pixelMmY": 5}]})");
  CentralProcess central(dir.filePath(QStringLiteral("central")), {QStringLiteral("--scanner-profiles"), file});
  auto store = store::Store::open(dir.filePath(QStringLiteral("ws.sqlite")));
  store->scanners().replaceProfiles({model::ScannerProfile{QStringLiteral("SCN-OLD"), {}, 9, 9, 0, 0, {}}});
  client::CentralClient client(central.url());
  REQUIRE(signInAs(client, QStringLiteral("li.wei"), model::Role::Analyst).ok());
  client::SyncService sync(client, *store, dir.filePath(QStringLiteral("cache")));
  QSignalSpy pulled(&sync, &client::SyncService::pullFinished);
  QSignalSpy changed(&sync, &client::SyncService::scannerProfilesChanged);
  sync.pullNow();
  REQUIRE(waitFor([&] { return !pulled.isEmpty(); }));
  CHECK(pulled.first().first().toBool());
  const QList<model::ScannerProfile> held = store->scanners().profiles();
  REQUIRE(held.size() == 1);
  CHECK(held[0].scannerId == QStringLiteral("SCN-A"));
  CHECK(changed.size() == 1);
  sync.pullNow();  // nothing new: no change announced
  REQUIRE(waitFor([&] { return pulled.size() == 2; }));
  CHECK(changed.size() == 1);
}

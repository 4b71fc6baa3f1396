// Scanner profiles in the workstation: which profile a scan gets, what it changes, and that an
// analyst opening a job sees its sizes measured with the centre's profile and told so.
#include "AppFixture.h"

#include "app/MainWindow.h"
#include "app/ScanController.h"
#include "app/jobs/AnalystWorkspace.h"
#include "app/jobs/JobController.h"
#include "app/cli/ScannerProfileBook.h"
#include "imaging/core/synth/Scene.h"
#include "imaging/core/synth/SceneRenderer.h"
#include "imaging/core/writers/DicosWriter.h"
#include "sync/demo/DemoData.h"
#include "widgets/viewer/RadiographView.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QLabel>

using namespace cip;
using cip::app::ScannerProfileBook;

namespace {

/// A baggage scan written as DICOS with a model name and no pixel size, as some vendors do.
QString writeUnmeasuredScan(const QString& path, const std::string& model) {
  imaging::Scan scan = imaging::renderScene(imaging::readScene(CIP_SAMPLE_SCENES "/tiles_cigarettes_concealed.json")).scan;
  scan.meta.model = model;
  scan.meta.spacingX = scan.meta.spacingY = 0;
  imaging::writeDicos(scan, path.toStdString());
  return path;
}

QString writeText(const QString& path, const QByteArray& text) {
  QFile file(path);
  REQUIRE(file.open(QIODevice::WriteOnly));
  file.write(text);
  return path;
}

}  // namespace

TEST_CASE("A scan gets the central system's profile of its scanner before the site's file, and the file's model profile only from disk",
          "[app][profiles]") {
  ScannerProfileBook book;
  book.central << model::ScannerProfile{QStringLiteral("SCN-A"), {}, 5, 5, 0, 0, {}};
  book.local << model::ScannerProfile{QStringLiteral("SCN-A"), {}, 7, 7, 0, 0, {}};
  book.local << model::ScannerProfile{QStringLiteral("SCN-B"), {}, 3, 3, 0, 0, {}};
  book.local << model::ScannerProfile{{}, QStringLiteral("Eagle R60"), 4.6, 4.6, 0, 0, {}};
  book.localFile = QStringLiteral("/site/scanner-profiles.json");
  CHECK(book.find(QStringLiteral("SCN-A"), QStringLiteral("Eagle R60"))->pixelMmX == 5);
  CHECK(book.find(QStringLiteral("SCN-A"), {})->source == "the central system's profile of scanner SCN-A");
  CHECK(book.find(QStringLiteral("SCN-B"), {})->source == "the profile of scanner SCN-B in scanner-profiles.json");
  CHECK(book.find({}, QStringLiteral("EAGLE R60"))->pixelMmX == 4.6);
  CHECK_FALSE(book.find(QStringLiteral("SCN-C"), QStringLiteral("Eagle R60")));  // a job's scanner is known: no model-wide guess
}

TEST_CASE("A profile file that cannot be used is refused whole, naming the file and field", "[app][profiles]") {
  AppFixture fx;
  ScannerProfileBook book;
  QString error;
  const QString bad = writeText(fx.dir.filePath(QStringLiteral("p.json")),
                                R"({"profiles": [{"model": "A", "pixelMmX": 5, "pixelMmY": 5}, {"model": "B", "highEnergyKeV": 80, "lowEnergyKeV": 160}]})");
  CHECK_FALSE(book.loadLocalFile(bad, &error));
  CHECK(error.contains(QStringLiteral("p.json: profiles[1].lowEnergyKeV")));
  CHECK(book.local.isEmpty());
  CHECK_FALSE(book.loadLocalFile(fx.dir.filePath(QStringLiteral("none.json")), &error));
  CHECK(error.contains(QStringLiteral("none.json: cannot be read")));
}

TEST_CASE("A file opened from disk is measured with the site's profile of its model", "[app][profiles][imaging]") {
  AppFixture fx;
  const QString path = writeUnmeasuredScan(fx.dir.filePath(QStringLiteral("bag.dcs")), "HI-SCAN 6040");
  app::PrepareOptions options;
  REQUIRE(options.profiles.loadLocalFile(
      writeText(fx.dir.filePath(QStringLiteral("site.json")),
                R"({"profiles": [{"model": "hi-scan 6040", "pixelMmX": 1.5, "pixelMmY": 2, "calibration": "baggage-140-70kV"}]})"),
      nullptr));
  const app::PreparedScan prepared = app::ScanController::prepare(path, options, std::make_shared<imaging::MaterialModelCache>());
  REQUIRE(prepared.scan);
  CHECK(prepared.scan->meta.spacingX == 1.5);
  CHECK(prepared.scan->meta.spacingY == 2);
  CHECK(prepared.selection.basis == imaging::SystemBasis::Calibration);
  CHECK(prepared.selection.system.name == "baggage-140-70kV");
  REQUIRE(prepared.profileNotes.size() == 2);
  CHECK(prepared.profileNotes[0].contains(QStringLiteral("(the file states none)")));

  const app::PreparedScan bare = app::ScanController::prepare(path, {}, std::make_shared<imaging::MaterialModelCache>());
  REQUIRE(bare.scan);
  CHECK(bare.scan->meta.spacingX == 0);  // without a profile nothing is invented
}

TEST_CASE("An analyst's job is measured with the centre's profile of its scanner, and the findings say so", "[app][gui][profiles]") {
  requireGui();
  AppFixture fx;
  const QStringList ids = fx.demoJobs(1, 1, 10);
  QList<model::ScannerProfile> profiles = demo::demoScannerProfiles(10);
  for (model::ScannerProfile& p : profiles) p.pixelMmX = p.pixelMmY = 12.5;  // the centre measured its scanners anew
  fx.store->scanners().replaceProfiles(profiles);
  app::MainWindow window(*fx.store, AppFixture::user(QStringLiteral("li.wei"), model::Role::Analyst), *fx.settings, fx.languages);
  window.show();
  REQUIRE(window.openJob(ids[0]));
  window.workspace()->jobs().waitForAnalysis();
  REQUIRE(window.viewer()->scan());
  CHECK(window.viewer()->scan()->meta.spacingX == 12.5);
  const QString scanner = fx.store->jobs().find(ids[0])->scannerId;
  auto* summary = window.findChild<QLabel*>(QStringLiteral("findingsSummary"));
  REQUIRE(summary);
  CHECK(summary->text().contains(QStringLiteral("Pixel size 12.5 × 12.5 mm, from the central system's profile of scanner %1.").arg(scanner)));
}

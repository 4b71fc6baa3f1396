#include "AppFixture.h"
#include "SharedData.h"

#include "app/MainWindow.h"
#include "app/MeasurementController.h"
#include "app/ScanController.h"
#include "imaging/core/synth/Scene.h"
#include "imaging/core/synth/SceneRenderer.h"
#include "imaging/core/writers/DicosWriter.h"
#include "widgets/viewer/CtView.h"
#include "widgets/FindingsPanel.h"
#include "widgets/viewer/MeasurementPanel.h"
#include "widgets/viewer/RadiographView.h"
#include "widgets/viewer/ViewerKeyMap.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QChart>
#include <QDockWidget>
#include <QLineSeries>
#include <QMouseEvent>
#include <QLabel>
#include <QListWidget>
#include <QStatusBar>
#include <QTest>

using cip::app::MainWindow;
using cip::model::Role;

TEST_CASE("A scan opens in the viewer with its findings beside it", "[app][gui][viewer]") {
  requireGui();
  AppFixture fx;
  const cip::imaging::Scene scene = cip::imaging::readScene(CIP_SAMPLE_SCENES "/tiles_cigarettes_concealed.json");
  cip::imaging::writeSyntheticScan(scene, fx.dir.path().toStdString());
  MainWindow window(*fx.store, AppFixture::user(QStringLiteral("li.wei"), Role::Analyst), *fx.settings, fx.languages);
  window.resize(1600, 900);
  window.show();
  REQUIRE(QTest::qWaitForWindowExposed(&window));

  REQUIRE(window.openScan(fx.dir.filePath(QStringLiteral("tiles_cigarettes_concealed.dcs")), true));
  CHECK(window.viewer()->isVisible());
  // A neutral view first (forced enhancements can lower detection); material colours are a key away.
  CHECK(window.viewer()->channelView() == cip::imaging::ChannelView::High);
  window.viewer()->setChannelView(cip::imaging::ChannelView::Material);
  CHECK(window.viewer()->channelView() == cip::imaging::ChannelView::Material);
  CHECK(window.findingsPanel()->count() == 3);  // the three loads; nothing is declared yet
  saveArtifact(grabPainted(window), QStringLiteral("main_window_viewer.png"));

  // Declared empty, the container is not: the panel says so.
  window.verifyEmpty();
  CHECK(window.scanController()->findings().emptyCheck == cip::imaging::EmptyCheck::NotEmpty);
  CHECK(window.findingsPanel()->findChild<QLabel*>()->text().contains(QStringLiteral("NOT empty")));

  // Choosing a finding takes the view there.
  const double zoomBefore = window.viewer()->geometry().zoom;
  QListWidget* list = window.findingsPanel()->list();
  QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(1)).center());
  CHECK(window.viewer()->geometry().zoom > zoomBefore);

  // Shift + drag draws a profile line; the chart plots both energies along it; the histogram
  // of the view follows the view.
  window.viewer()->trigger(static_cast<int>(cip::widgets::ViewerAction::Fit));
  QWidget* view = window.viewer();
  QTest::mousePress(view, Qt::LeftButton, Qt::ShiftModifier, QPoint(view->width() / 4, view->height() / 2));
  QMouseEvent move(QEvent::MouseMove, QPointF(view->width() * 3 / 4, view->height() / 2), view->mapToGlobal(QPointF(view->width() * 3 / 4, view->height() / 2)),
                   Qt::NoButton, Qt::LeftButton, Qt::ShiftModifier);
  QApplication::sendEvent(view, &move);
  QTest::mouseRelease(view, Qt::LeftButton, Qt::ShiftModifier, QPoint(view->width() * 3 / 4, view->height() / 2));
  CHECK(window.viewer()->profileLine().length() > 100);
  const QList<QAbstractSeries*> profile = window.measurementPanel()->profileChart()->series();
  REQUIRE(profile.size() == 2);
  CHECK(qobject_cast<QLineSeries*>(profile[0])->count() > 100);
  // The histogram follows by itself, once the viewer's worker has measured the window.
  CHECK(QTest::qWaitFor([&] { return window.measurementPanel()->histogramChart()->series().size() == 2; }, 10000));
  window.findChild<QDockWidget*>(QStringLiteral("measurementDock"))->raise();
  saveArtifact(grabPainted(window), QStringLiteral("main_window_profile.png"));

  // The view saves as a PNG of what is on screen.
  QString error;
  const QString png = fx.dir.filePath(QStringLiteral("view.png"));
  REQUIRE(window.scanController()->saveView(png, &error));
  CHECK(QImage(png).size() == window.viewer()->snapshot().size());

  // A broken file is refused with its name; the scan on screen stays.
  QFile broken(fx.dir.filePath(QStringLiteral("broken.dcs")));
  REQUIRE(broken.open(QIODevice::WriteOnly));
  broken.write(QByteArray(128, '\0') + "DICM" + QByteArray(20, '\x7f'));
  broken.close();
  CHECK_FALSE(window.openScan(broken.fileName(), true));
  CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("broken.dcs")));
  CHECK(window.scanController()->path().endsWith(QStringLiteral("tiles_cigarettes_concealed.dcs")));
}

TEST_CASE("A CT volume opens in the CT view", "[app][gui][viewer]") {
  requireGui();
  AppFixture fx;
  cip::imaging::Scan volume;
  volume.width = volume.height = 48;
  volume.depth = 32;
  volume.meta.modality = "CT";
  volume.meta.units = "HU";
  volume.meta.spacingX = volume.meta.spacingY = volume.meta.spacingZ = 2;
  cv::Mat voxels(48 * 32, 48, CV_16S, cv::Scalar(-1000));
  voxels(cv::Rect(10, 10 * 48 + 10, 20, 20 * 48)).setTo(1500);
  volume.channels.push_back({cip::imaging::ChannelRole::Single, voxels});
  const std::string path = fx.dir.filePath(QStringLiteral("bag.dcs")).toStdString();
  cip::imaging::writeDicos(volume, path);

  MainWindow window(*fx.store, AppFixture::user(QStringLiteral("li.wei"), Role::Analyst), *fx.settings, fx.languages);
  window.resize(1400, 900);
  window.show();
  REQUIRE(QTest::qWaitForWindowExposed(&window));
  REQUIRE(window.openScan(QString::fromStdString(path), true));
  CHECK(window.scanController()->isVolume());
  CHECK(window.ctView()->isVisible());
  CHECK_FALSE(window.viewer()->isVisible());
  CHECK(window.ctView()->volume()->depth == 32);
  saveArtifact(grabPainted(window), QStringLiteral("main_window_ct.png"));
}

TEST_CASE("A DICOS CT with its threat report shows the report's objects in the CT view", "[app][gui][viewer][shared-data]") {
  const std::string root = sharedData();
  if (root.empty()) return;
  const QString file = QString::fromStdString(root + "/dicos/stratovan_sdicos/V03_Data/CTwithTDR/CT.dcs");
  requireGui();
  AppFixture fx;
  MainWindow window(*fx.store, AppFixture::user(QStringLiteral("li.wei"), Role::Analyst), *fx.settings, fx.languages);
  window.resize(1400, 900);
  window.show();
  REQUIRE(QTest::qWaitForWindowExposed(&window));
  REQUIRE(window.openScan(file, true));
  CHECK(window.scanController()->isVolume());
  REQUIRE(window.findingsPanel()->count() == 2);
  QListWidget* list = window.findingsPanel()->list();
  QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(1)).center());
  // Object #1 of the report: voxels 30 … 70 on every axis — the planes go through its centre.
  CHECK(window.ctView()->index(cip::imaging::Plane::Axial) == 50);
  CHECK(window.ctView()->index(cip::imaging::Plane::Sagittal) == 50);
  saveArtifact(grabPainted(window), QStringLiteral("main_window_ct_tdr.png"));
}

namespace {

/// The findings panel's summary lines.
QString findingsSummary(MainWindow& window) { return window.findingsPanel()->findChild<QLabel*>()->text(); }

}  // namespace

TEST_CASE("A baggage scan gets no cargo findings; the panel says why", "[app][gui][viewer]") {
  requireGui();
  AppFixture fx;
  cip::imaging::Scan bag = cip::imaging::renderScene(cip::imaging::readScene(CIP_SAMPLE_SCENES "/tiles_cigarettes_concealed.json")).scan;
  bag.meta.objectType = "BAGGAGE";
  const QString path = fx.dir.filePath(QStringLiteral("bag.dcs"));
  cip::imaging::writeDicos(bag, path.toStdString());
  MainWindow window(*fx.store, AppFixture::user(QStringLiteral("li.wei"), Role::Analyst), *fx.settings, fx.languages);
  window.resize(1600, 900);
  window.show();
  REQUIRE(QTest::qWaitForWindowExposed(&window));
  REQUIRE(window.openScan(path, true));
  CHECK(window.findingsPanel()->count() == 0);  // the same pixels as a container show three loads
  CHECK(window.scanController()->findings().scope == cip::imaging::CargoScope::Baggage);
  CHECK(findingsSummary(window).contains(QStringLiteral("Automatic cargo findings are made for container and vehicle scans; this is a baggage scan.")));
  window.verifyEmpty();  // asking again changes nothing
  CHECK(window.findingsPanel()->count() == 0);
  CHECK(window.scanController()->findings().emptyCheck == cip::imaging::EmptyCheck::NotApplicable);
}

TEST_CASE("A medical CT slice gets no cargo findings; the panel says why", "[app][gui][viewer][shared-data]") {
  const std::string root = sharedData();
  if (root.empty()) return;
  requireGui();
  AppFixture fx;
  MainWindow window(*fx.store, AppFixture::user(QStringLiteral("li.wei"), Role::Analyst), *fx.settings, fx.languages);
  window.resize(1600, 900);
  window.show();
  REQUIRE(QTest::qWaitForWindowExposed(&window));
  REQUIRE(window.openScan(QString::fromStdString(root + "/dicom/debian_misc/CT-MONO2-16-ankle.dcm"), true));
  CHECK_FALSE(window.scanController()->isVolume());
  CHECK(window.findingsPanel()->count() == 0);
  CHECK(findingsSummary(window).contains(QStringLiteral("this is a medical CT image.")));
  saveArtifact(grabPainted(window), QStringLiteral("main_window_medical_ct.png"));
  // A CT series (a volume) says the same under its own heading.
  REQUIRE(window.openScan(QString::fromStdString(root + "/dicom/ct_series/slicer_CTHeadAxialDicom_64x64x93"), true));
  CHECK(window.scanController()->isVolume());
  CHECK(findingsSummary(window).contains(QStringLiteral("this is a medical CT image.")));
}

// Comfort for a long day: configurable keys (conflicts refused), the break reminder, the
// neutral default view with material colours one setting (or key) away.
#include "AppFixture.h"

#include "app/BreakReminder.h"
#include "app/MainWindow.h"
#include "app/ScanController.h"
#include "app/ViewerWindow.h"
#include "app/jobs/AnalystWorkspace.h"
#include "sync/demo/DemoData.h"
#include "app/jobs/JobController.h"
#include "app/jobs/JobFolderImport.h"
#include "widgets/SettingsDialog.h"
#include "widgets/ShortcutEditor.h"
#include "widgets/workflow/ReferencePanel.h"
#include "widgets/viewer/RadiographView.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using cip::app::MainWindow;
using cip::model::Role;

TEST_CASE("A key already in use is refused, with what holds it", "[app][comfort][keys]") {
  QList<cip::widgets::ShortcutEntry> entries{{QStringLiteral("job.next"), QStringLiteral("Next job"), QKeySequence(Qt::Key_N), QKeySequence(Qt::Key_N)},
                                             {QStringLiteral("tool.rectangle"), QStringLiteral("Rectangle"), QKeySequence(Qt::Key_B), QKeySequence(Qt::Key_B)}};
  const QList<cip::widgets::ReservedKey> reserved{{QKeySequence(Qt::Key_F), QStringLiteral("Fit the image to the view")}};
  CHECK(cip::widgets::shortcutConflict(entries, 0, QKeySequence(Qt::Key_B), reserved).contains(QStringLiteral("Rectangle")));
  CHECK(cip::widgets::shortcutConflict(entries, 0, QKeySequence(Qt::Key_F), reserved).contains(QStringLiteral("Fit the image")));
  CHECK(cip::widgets::shortcutConflict(entries, 0, QKeySequence(Qt::Key_J), reserved).isEmpty());
  CHECK(cip::widgets::shortcutConflict(entries, 1, QKeySequence(Qt::Key_B), reserved).isEmpty());  // its own key
  CHECK(cip::widgets::shortcutConflict(entries, 0, QKeySequence(), reserved).isEmpty());          // no key at all

  cip::widgets::ShortcutEditor editor;
  editor.setEntries(entries, reserved);
  CHECK_FALSE(editor.assign(0, QKeySequence(Qt::Key_F)));
  CHECK(editor.entries()[0].key == QKeySequence(Qt::Key_N));
  CHECK(editor.assign(0, QKeySequence(Qt::Key_J)));
  CHECK(editor.entries()[0].key == QKeySequence(Qt::Key_J));
  editor.resetToDefaults();
  CHECK(editor.entries()[0].key == QKeySequence(Qt::Key_N));
}

TEST_CASE("The analyst's own keys apply at once and at the next start", "[app][gui][comfort][keys]") {
  requireGui();
  AppFixture fx;
  {
    MainWindow window(*fx.store, AppFixture::user(QStringLiteral("li.wei"), Role::Analyst), *fx.settings, fx.languages);
    cip::app::ShortcutMap& map = window.shortcuts();
    QList<cip::widgets::ShortcutEntry> entries = map.entries();
    REQUIRE(entries.size() >= 16);
    // Every default key is free of conflicts with the viewer's and the menus' keys.
    const QList<cip::widgets::ReservedKey> reserved = cip::app::ShortcutMap::reservedKeys(window.fixedActions());
    for (int i = 0; i < entries.size(); ++i) {
      INFO(entries[i].id.toStdString());
      CHECK(cip::widgets::shortcutConflict(entries, i, entries[i].key, reserved).isEmpty());
    }
    // The viewer's Fit key cannot be taken; J can.
    for (auto& e : entries)
      if (e.id == QLatin1String("job.next")) {
        CHECK_FALSE(cip::widgets::shortcutConflict(entries, 0, QKeySequence(Qt::Key_F), reserved).isEmpty());
        e.key = QKeySequence(Qt::Key_J);
      }
    map.save(*fx.settings, entries);
    CHECK(map.action(QStringLiteral("job.next"))->shortcut() == QKeySequence(Qt::Key_J));
  }
  MainWindow again(*fx.store, AppFixture::user(QStringLiteral("li.wei"), Role::Analyst), *fx.settings, fx.languages);
  CHECK(again.shortcuts().action(QStringLiteral("job.next"))->shortcut() == QKeySequence(Qt::Key_J));
  CHECK(again.shortcuts().action(QStringLiteral("tool.rectangle"))->shortcut() == QKeySequence(Qt::Key_B));
}

TEST_CASE("A break is suggested after 40 minutes of review, can be put off, and a pause starts again", "[app][comfort]") {
  cip::app::BreakReminder reminder;
  QDateTime now(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC);
  reminder.setClock([&] { return now; });
  QSignalSpy suggested(&reminder, &cip::app::BreakReminder::breakSuggested);
  auto review = [&](int minutes) {  // ticks every minute, as the 30 s timer would
    for (int i = 0; i < minutes; ++i) {
      now = now.addSecs(60);
      reminder.tick();
    }
  };
  reminder.setReviewing(true);
  for (int minute = 1; minute < 40; ++minute) {
    now = now.addSecs(60);
    reminder.tick();
  }
  CHECK(suggested.isEmpty());
  now = now.addSecs(60);
  reminder.tick();
  REQUIRE(suggested.size() == 1);
  CHECK(suggested.first().first().toInt() == 40);
  now = now.addSecs(60);
  reminder.tick();
  CHECK(suggested.size() == 1);  // once, not every tick

  reminder.snooze();
  review(9);
  CHECK(suggested.size() == 1);
  review(1);
  CHECK(suggested.size() == 2);

  // A six-minute pause is a break: the next reminder is 40 minutes of review away.
  reminder.setReviewing(false);
  now = now.addSecs(6 * 60);
  reminder.tick();
  reminder.setReviewing(true);
  CHECK(reminder.stretchMinutes() == Approx(0));
  review(39);
  CHECK(suggested.size() == 2);
  review(1);
  CHECK(suggested.size() == 3);

  reminder.setLimitMinutes(0);  // off
  reminder.snooze();
  review(120);
  CHECK(suggested.size() == 3);
}

TEST_CASE("Dual-energy jobs open greyscale, or in material colours when the analyst chose so", "[app][gui][comfort]") {
  requireGui();
  AppFixture fx;
  const QStringList ids = fx.demoJobs(3, 1, 20);
  {
    MainWindow window(*fx.store, AppFixture::user(QStringLiteral("li.wei"), Role::Analyst), *fx.settings, fx.languages);
    window.show();
    REQUIRE(window.openJob(ids[0]));
    CHECK(window.viewer()->channelView() == cip::imaging::ChannelView::High);
  }
  fx.settings->setOpenInMaterialColours(true);
  MainWindow window(*fx.store, AppFixture::user(QStringLiteral("li.wei"), Role::Analyst), *fx.settings, fx.languages);
  window.show();
  REQUIRE(window.openJob(ids[1]));  // cold
  CHECK(window.viewer()->channelView() == cip::imaging::ChannelView::Material);
  window.workspace()->jobs().waitForPrefetch();
  QString error;
  REQUIRE(window.workspace()->jobs().openNextJob(&error));  // from the prefetch
  CHECK(window.viewer()->channelView() == cip::imaging::ChannelView::Material);
}

TEST_CASE("The viewer moves to a window of its own and back, and is remembered there", "[app][gui][comfort]") {
  requireGui();
  AppFixture fx;
  const QStringList ids = fx.demoJobs(2, 1, 20);
  auto bright = [](const QImage& image) { return meanLuminance(image, image.rect().adjusted(image.width() / 4, image.height() / 4, -image.width() / 4, -image.height() / 4)); };
  {
    MainWindow window(*fx.store, AppFixture::user(QStringLiteral("li.wei"), Role::Analyst), *fx.settings, fx.languages);
    window.resize(1400, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.openJob(ids[1]));
    const double docked = bright(window.viewer()->grabFrame());
    CHECK(docked > 40);  // the container's light interior

    window.setViewerDetached(true);
    REQUIRE(window.viewerWindow());
    REQUIRE(QTest::qWaitForWindowExposed(window.viewerWindow()));
    CHECK(window.viewer()->window() == window.viewerWindow());
    const QImage alone = window.viewer()->grabFrame();
    CHECK(bright(alone) > 40);  // a new OpenGL context, the same scan (framed to the new size)
    saveArtifact(alone, QStringLiteral("viewer_own_window.png"));
    window.close();  // closing while detached: it opens detached next time
  }
  REQUIRE_FALSE(fx.settings->viewerWindowGeometry(Role::Analyst).isEmpty());
  MainWindow window(*fx.store, AppFixture::user(QStringLiteral("li.wei"), Role::Analyst), *fx.settings, fx.languages);
  window.show();
  REQUIRE(window.viewerWindow());
  window.setViewerDetached(false);  // back into the main window
  CHECK(window.viewer()->window() == &window);
  REQUIRE(window.openJob(ids[0]));
  CHECK(bright(window.viewer()->grabFrame()) > 40);
  CHECK(fx.settings->viewerWindowGeometry(Role::Analyst).isEmpty());
}

TEST_CASE("Typical images of the declared goods are offered beside the scan", "[app][gui][comfort][cases]") {
  requireGui();
  AppFixture fx;
  const QStringList ids = fx.demoJobs(3, 1, 20);  // the third is loaded with declared goods
  const QString cases = fx.dir.filePath(QStringLiteral("cases"));
  REQUIRE(cip::demo::writeDemoCases(cases, 20).size() == 11);
  REQUIRE(cip::app::importCaseFolder(*fx.store, cases, QStringLiteral("li.wei"), QDateTime::currentDateTimeUtc()).imported.size() == 11);

  MainWindow window(*fx.store, AppFixture::user(QStringLiteral("li.wei"), Role::Analyst), *fx.settings, fx.languages);
  window.resize(1600, 1000);
  window.show();
  REQUIRE(window.openJob(ids[2]));
  const QString hs = window.workspace()->jobs().currentDeclaration()->goods.first().hsCode;
  cip::widgets::ReferencePanel* panel = window.workspace()->referencePanel();
  REQUIRE(panel->count() >= 1);
  CHECK(panel->currentCaseId() == QStringLiteral("REF-") + hs);  // the same goods first
  REQUIRE(panel->view()->scan());
  CHECK(panel->view()->scan()->isDualEnergy());

  REQUIRE(window.openJob(ids[0]));  // declared empty: no goods, no references
  CHECK(panel->count() == 0);
}

TEST_CASE("A site's own mark categories are read as valid codes only", "[app][comfort]") {
  requireGui();
  cip::widgets::SettingsDialog dialog;
  dialog.setAnnotationCategories({QStringLiteral("drugs"), QStringLiteral("other")});
  CHECK(dialog.annotationCategories() == QStringList{QStringLiteral("drugs"), QStringLiteral("other")});
  dialog.findChild<QLineEdit*>(QStringLiteral("annotationCategories"))->setText(QStringLiteral("Ivory, drugs , bad code!, drugs, protected species"));
  CHECK(dialog.annotationCategories() == QStringList{QStringLiteral("ivory"), QStringLiteral("drugs"), QStringLiteral("protected-species")});
}

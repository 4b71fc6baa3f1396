#include "AppFixture.h"
#include "Samples.h"

#include "app/MainWindow.h"
#include "app/QueueController.h"
#include "app/cli/VersionInfo.h"
#include "app/jobs/AnalystWorkspace.h"
#include "app/jobs/JobController.h"
#include "widgets/viewer/RadiographView.h"
#include "widgets/workflow/DeclarationPanel.h"
#include "widgets/JobQueueModel.h"
#include "widgets/JobQueuePanel.h"
#include "widgets/Theme.h"
#include "widgets/WelcomePanel.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using cip::app::MainWindow;
using cip::model::Role;

namespace {

QString firstMenuTitle(const MainWindow& window) { return window.menuBar()->actions().first()->text(); }

void seedJobs(cip::store::Store& store) {
  store.jobs().save(samples::job(QStringLiteral("J-1001"), 2));
  store.jobs().save(samples::job(QStringLiteral("J-1002"), 1));
  cip::model::Job decided = samples::job(QStringLiteral("J-0999"), 1);
  decided.status = cip::model::JobStatus::Decided;
  store.jobs().save(decided);
}

}  // namespace

TEST_CASE("The main window shows the store's open jobs in a dark theme", "[app][gui]") {
  requireGui();
  AppFixture fx;
  seedJobs(*fx.store);
  cip::widgets::applyTheme(cip::widgets::Theme::Dark);
  MainWindow window(*fx.store, AppFixture::user(QStringLiteral("li.wei"), Role::Analyst), *fx.settings, fx.languages);
  window.resize(1400, 860);
  window.show();
  REQUIRE(QTest::qWaitForWindowExposed(&window));

  QTableView* table = window.queuePanel()->table();
  REQUIRE(table->model()->rowCount() == 2);  // the decided job is not in the queue
  CHECK(table->model()->index(0, 1).data().toString() == QStringLiteral("J-1002"));  // P1 before P2
  CHECK(window.welcomePanel()->text().contains(QStringLiteral("2 jobs waiting")));

  window.queuePanel()->setFilterText(QStringLiteral("1001"));
  CHECK(window.queuePanel()->visibleRows() == 1);
  window.queuePanel()->setFilterText(QString());

  // A job that arrives in the store (as sync will add it) shows after a refresh.
  fx.store->jobs().save(samples::job(QStringLiteral("J-1003"), 5));
  window.queueController()->refresh();
  CHECK(window.queuePanel()->visibleRows() == 3);

  const QImage shot = grabPainted(window);
  saveArtifact(shot, QStringLiteral("main_window_analyst.png"));
  // Dark theme: the central area is dark, the queue table has readable (bright) text.
  CHECK(meanLuminance(shot, QRect(shot.width() - 200, shot.height() - 200, 100, 100)) < 70);
  window.close();
}

TEST_CASE("Activating a queue row reports that job", "[app][gui]") {
  requireGui();
  AppFixture fx;
  seedJobs(*fx.store);
  MainWindow window(*fx.store, AppFixture::user(QStringLiteral("li.wei"), Role::Analyst), *fx.settings, fx.languages);
  window.show();
  REQUIRE(QTest::qWaitForWindowExposed(&window));
  QSignalSpy activated(window.queuePanel(), &cip::widgets::JobQueuePanel::jobActivated);
  QTableView* table = window.queuePanel()->table();
  table->setFocus();
  table->setCurrentIndex(table->model()->index(1, 0));
  QTest::keyClick(table, Qt::Key_Return);
  REQUIRE(activated.count() == 1);
  CHECK(activated.first().first().toString() == QStringLiteral("J-1001"));
}

TEST_CASE("The dock layout is saved and restored per role", "[app][gui]") {
  requireGui();
  AppFixture fx;
  {
    MainWindow window(*fx.store, AppFixture::user(QStringLiteral("a"), Role::Analyst), *fx.settings, fx.languages);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.queueDock()->hide();
    window.findingsDock()->hide();
    window.close();
  }
  {
    MainWindow window(*fx.store, AppFixture::user(QStringLiteral("a"), Role::Analyst), *fx.settings, fx.languages);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK_FALSE(window.queueDock()->isVisible());
    window.resetLayout();
    CHECK(window.queueDock()->isVisible());
    window.findingsDock()->hide();
    window.close();
  }
  {
    MainWindow window(*fx.store, AppFixture::user(QStringLiteral("s"), Role::Supervisor), *fx.settings, fx.languages);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.findingsDock()->isVisible());  // another role keeps its own layout
    // … and is offered its own work only: no analyst's queue, job menu or job docks.
    CHECK(window.queueDock() == nullptr);
    CHECK(window.workspace() == nullptr);
    CHECK(window.findChild<QDockWidget*>(QStringLiteral("verdictDock")) == nullptr);
    CHECK(window.welcomePanel()->text().contains(QStringLiteral("Jobs are assigned to analysts")));
  }
}

TEST_CASE("Trainers, trainees and administrators are offered no analyst's queue or jobs", "[app][gui][identity]") {
  requireGui();
  AppFixture fx;
  fx.store->jobs().save(samples::job(QStringLiteral("J-1"), 1));  // an analyst's job on this workstation
  for (Role role : {Role::Trainer, Role::Trainee, Role::Admin}) {
    MainWindow window(*fx.store, AppFixture::user(QStringLiteral("li.wei"), role), *fx.settings, fx.languages);
    INFO(cip::model::roleToString(role).toStdString());
    CHECK(window.queuePanel() == nullptr);
    CHECK(window.workspace() == nullptr);
    CHECK_FALSE(window.openJob(QStringLiteral("J-1")));
    bool jobMenu = false;
    for (QAction* menu : window.menuBar()->actions()) jobMenu = jobMenu || menu->text() == QStringLiteral("&Job");
    CHECK_FALSE(jobMenu);
  }
}

TEST_CASE("Each user sees only the jobs the central system gave them", "[app][gui][identity]") {
  requireGui();
  AppFixture fx;
  fx.store->jobs().save(samples::job(QStringLiteral("J-li"), 1));  // li.wei's
  cip::model::Job other = samples::job(QStringLiteral("J-wang"), 1);
  other.assignedTo = QStringLiteral("wang.fang");
  fx.store->jobs().save(other);
  MainWindow li(*fx.store, AppFixture::user(QStringLiteral("li.wei"), Role::Analyst), *fx.settings, fx.languages);
  CHECK(li.queuePanel()->visibleRows() == 1);
  CHECK(li.queuePanel()->table()->model()->index(0, cip::widgets::JobQueueModel::JobId).data().toString() == QStringLiteral("J-li"));
  CHECK_FALSE(li.openJob(QStringLiteral("J-wang")));
  CHECK(li.statusBar()->currentMessage().contains(QStringLiteral("not assigned to you")));
  MainWindow wang(*fx.store, AppFixture::user(QStringLiteral("wang.fang"), Role::Analyst), *fx.settings, fx.languages);
  CHECK(wang.queuePanel()->visibleRows() == 1);
  CHECK(wang.queuePanel()->table()->model()->index(0, cip::widgets::JobQueueModel::JobId).data().toString() == QStringLiteral("J-wang"));
}

TEST_CASE("The language switches at run time and is remembered", "[app][gui][i18n]") {
  requireGui();
  AppFixture fx;
  fx.store->jobs().save(samples::job(QStringLiteral("J-1"), 1));
  MainWindow window(*fx.store, AppFixture::user(QStringLiteral("li.wei"), Role::Analyst), *fx.settings, fx.languages);
  window.show();
  REQUIRE(QTest::qWaitForWindowExposed(&window));
  CHECK(firstMenuTitle(window) == QStringLiteral("&File"));

  window.applyPreferences(QStringLiteral("zh_CN"), static_cast<int>(cip::widgets::Theme::Dark));
  CHECK(fx.languages.current() == QStringLiteral("zh_CN"));
  CHECK(firstMenuTitle(window) == QStringLiteral("文件(&F)"));
  CHECK(window.queueDock()->windowTitle() == QStringLiteral("任务队列"));
  CHECK(window.queuePanel()->table()->model()->headerData(0, Qt::Horizontal).toString() == QStringLiteral("优先级"));
  CHECK(window.welcomePanel()->text().contains(QStringLiteral("审图员")));
  CHECK(fx.settings->language() == QStringLiteral("zh_CN"));
  // Qt's own strings (standard dialog buttons) follow too: qtbase_zh_CN.qm is loaded.
  CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == QStringLiteral("取消"));
  saveArtifact(grabPainted(window), QStringLiteral("main_window_zh_CN.png"));

  window.applyPreferences(QStringLiteral("en"), static_cast<int>(cip::widgets::Theme::Light));
  CHECK(firstMenuTitle(window) == QStringLiteral("&File"));
  CHECK(fx.settings->theme() == cip::widgets::Theme::Light);
  cip::widgets::applyTheme(cip::widgets::Theme::Dark);
}

TEST_CASE("The About box lists the versions of every library", "[app]") {
  const auto components = cip::app::componentVersions();
  QStringList names;
  for (const auto& c : components) {
    names << c.first;
    CHECK_FALSE(c.second.isEmpty());
  }
  CHECK(names == QStringList{QStringLiteral("Qt"), QStringLiteral("VTK"), QStringLiteral("DCMTK"),
                             QStringLiteral("OpenCV"), QStringLiteral("SQLite")});
  CHECK(components.first().second == QString::fromLatin1(qVersion()));
  CHECK(components.at(1).second.startsWith(QStringLiteral("9.")));
}

TEST_CASE("The About box lists the scan-format plugins found, with their versions", "[app][gui][plugins]") {
  requireGui();
  AppFixture fx;
  MainWindow window(*fx.store, AppFixture::user(QStringLiteral("li.wei"), Role::Analyst), *fx.settings, fx.languages);
  window.show();
  QMenu* help = window.menuBar()->actions().last()->menu();
  REQUIRE(help);
  inspectModal(*help->actions().last(), [](QDialog& dialog) {
    auto* plugins = dialog.findChild<QTableWidget*>(QStringLiteral("scanPlugins"));
    REQUIRE(plugins);
    CHECK(plugins->isVisible());
    QStringList rows;
    for (int row = 0; row < plugins->rowCount(); ++row)
      rows << plugins->item(row, 0)->text() + QLatin1Char(' ') + plugins->item(row, 1)->text() + QLatin1Char(' ') + plugins->item(row, 3)->text();
    CHECK(rows.contains(QStringLiteral("Acme ACX cargo scan 1.0.0 libcip_plugin_acme_acx.so")));
    saveArtifact(grabPainted(dialog), QStringLiteral("about_plugins.png"));
  });
}

namespace {

/// The order in which watched widgets receive their Paint events.
class PaintOrder : public QObject {
 public:
  void watch(QWidget& widget) { widget.installEventFilter(this); }
  QList<QObject*> order;

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override {
    if (event->type() == QEvent::Paint && !order.contains(watched)) order << watched;
    return false;
  }
};

}  // namespace

TEST_CASE("Opening a job draws its image first and the docks in the next frame", "[app][gui]") {
  requireGui();
  AppFixture fx;
  const QStringList ids = fx.demoJobs(2, 1, 20);
  MainWindow window(*fx.store, AppFixture::user(QStringLiteral("li.wei"), Role::Analyst), *fx.settings, fx.languages);
  window.resize(1600, 1000);
  window.show();
  REQUIRE(QTest::qWaitForWindowExposed(&window));
  REQUIRE(window.openJob(ids[0]));
  window.workspace()->jobs().waitForAnalysis();
  QWidget* declaration = window.workspace()->declarationPanel();
  REQUIRE(declaration->isVisible());
  PaintOrder paints;
  paints.watch(*window.viewer());
  paints.watch(*declaration);

  REQUIRE(window.openJob(ids[1]));
  // The docks' contents are the new job's at once; only their painting waits for the image's frame.
  CHECK(window.workspace()->jobs().currentJob()->id == ids[1]);
  CHECK_FALSE(declaration->updatesEnabled());
  REQUIRE(QTest::qWaitFor([&] { return paints.order.size() == 2; }, 5000));
  CHECK(paints.order.first() == static_cast<QObject*>(window.viewer()));
  CHECK(declaration->updatesEnabled());
}

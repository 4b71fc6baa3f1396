#include "AppFixture.h"
#include "Samples.h"

#include "app/MainWindow.h"
#include "app/QueueController.h"
#include "app/jobs/AnalystWorkspace.h"
#include "app/jobs/JobController.h"
#include "widgets/JobQueueDelegate.h"
#include "widgets/JobQueueModel.h"
#include "widgets/JobQueuePanel.h"
#include "widgets/Theme.h"
#include "widgets/WelcomePanel.h"
#include "widgets/viewer/RadiographView.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QOpenGLWidget>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using cip::widgets::JobQueueModel;
using cip::widgets::JobQueuePanel;

namespace {

cip::model::Job jobDue(const QString& id, int priority, int deadlineMinutes, int arrivedMinutes = 0) {
  cip::model::Job job = samples::job(id, priority);
  job.deadline = samples::at(deadlineMinutes);
  job.createdAt = samples::at(arrivedMinutes);
  return job;
}

/// Four jobs whose orders by urgency, priority and arrival all differ (clock at samples::at(0)).
QList<cip::model::Job> mixedJobs() {
  cip::model::Job shanghai = jobDue(QStringLiteral("J-D"), 2, 120, -60);
  shanghai.port = QStringLiteral("CNSHA");
  shanghai.declarationId = QStringLiteral("D-77");
  shanghai.containerNumbers = {QStringLiteral("MSCU1234565")};
  return {jobDue(QStringLiteral("J-A"), 3, 17, -10), jobDue(QStringLiteral("J-B"), 1, 120, -5), jobDue(QStringLiteral("J-C"), 4, -12, -30),
          shanghai};
}

QStringList shownIds(const JobQueuePanel& panel) {
  QStringList ids;
  const QAbstractItemModel* rows = panel.table()->model();
  for (int row = 0; row < rows->rowCount(); ++row) ids << rows->index(row, 0).data(JobQueueModel::JobIdRole).toString();
  return ids;
}

QModelIndex shownCell(const JobQueuePanel& panel, const QString& jobId, int column) {
  const QAbstractItemModel* rows = panel.table()->model();
  for (int row = 0; row < rows->rowCount(); ++row)
    if (rows->index(row, 0).data(JobQueueModel::JobIdRole).toString() == jobId) return rows->index(row, column);
  return {};
}

/// A widget lies inside `panel` and is at least as large as it asks to be (its text is not cut).
void checkFits(const QWidget& panel, const QWidget& widget) {
  INFO(widget.objectName().toStdString() << " at " << widget.geometry().x() << "," << widget.geometry().y() << " "
                                         << widget.width() << "x" << widget.height() << ", wants " << widget.sizeHint().width());
  const QRect inPanel(widget.mapTo(&panel, QPoint(0, 0)), widget.size());
  CHECK(panel.rect().contains(inPanel));
  CHECK(widget.width() >= widget.sizeHint().width());
  CHECK(widget.isVisible());
}

}  // namespace

TEST_CASE("The queue counts down to each job's deadline", "[app][queue]") {
  const QDateTime now = samples::at(0);
  CHECK(JobQueueModel::countdownText(now, samples::at(25)) == QStringLiteral("in 25 min"));
  CHECK(JobQueueModel::countdownText(now, samples::at(125)) == QStringLiteral("in 2 h 05 min"));
  CHECK(JobQueueModel::countdownText(now, samples::at(-12)) == QStringLiteral("overdue 12 min"));
  CHECK(JobQueueModel::countdownText(now, now.addSecs(30)) == QStringLiteral("in 1 min"));
  CHECK(JobQueueModel::countdownText(now, samples::at(27 * 60)) == QStringLiteral("in 1 d 03 h"));

  JobQueueModel model;
  QDateTime clock = samples::at(0);
  model.setClock([&clock] { return clock; });
  model.setJobs({samples::job(QStringLiteral("J-1"), 1)});  // deadline at +30 min
  const QModelIndex deadline = model.index(0, JobQueueModel::Deadline);
  CHECK(deadline.data().toString() == QStringLiteral("in 30 min"));
  CHECK_FALSE(deadline.data(Qt::ForegroundRole).isValid());
  CHECK_FALSE(deadline.data(JobQueueModel::OverdueRole).toBool());
  clock = samples::at(45);
  CHECK(deadline.data().toString() == QStringLiteral("overdue 15 min"));
  CHECK(deadline.data(Qt::ForegroundRole).isValid());
  CHECK(deadline.data(JobQueueModel::OverdueRole).toBool());
  CHECK(model.index(0, JobQueueModel::Priority).data(JobQueueModel::SortRole).toInt() == 1);
  CHECK(model.index(0, JobQueueModel::Containers).data().toString() == QStringLiteral("CSQU3054383"));
}

TEST_CASE("Overdue jobs are marked in words and in a red that reads on either theme", "[app][queue][gui]") {
  requireGui();
  JobQueueModel model;
  model.setClock([] { return samples::at(0); });
  model.setJobs(mixedJobs());
  const QModelIndex overdue = model.index(2, JobQueueModel::Deadline);  // J-C
  REQUIRE(overdue.data(JobQueueModel::JobIdRole).toString() == QStringLiteral("J-C"));
  CHECK(overdue.data().toString().startsWith(QStringLiteral("overdue")));
  for (const cip::widgets::Theme theme : {cip::widgets::Theme::Dark, cip::widgets::Theme::Light}) {
    cip::widgets::applyTheme(theme);
    const QColor red = overdue.data(Qt::ForegroundRole).value<QBrush>().color();
    const QColor base = QGuiApplication::palette().color(QPalette::Base);
    INFO("theme " << cip::widgets::themeKey(theme).toStdString() << ": red " << red.name().toStdString() << " on "
                  << base.name().toStdString());
    CHECK(red.hue() < 15);
    CHECK(std::abs(red.lightness() - base.lightness()) > 90);
  }
  cip::widgets::applyTheme(cip::widgets::Theme::Dark);
}

TEST_CASE("The queue puts the most urgent job first and sorts as the analyst chooses", "[app][queue][gui]") {
  requireGui();
  JobQueueModel model;
  model.setClock([] { return samples::at(0); });
  JobQueuePanel panel(&model);
  model.setJobs(mixedJobs());
  panel.resize(1400, 400);
  panel.show();
  REQUIRE(QTest::qWaitForWindowExposed(&panel));
  QSignalSpy sortChanged(&panel, &JobQueuePanel::sortChanged);

  // Deadline first: the job due in 17 min sits above the P1 job due in 2 h; equal deadlines by priority.
  CHECK(panel.sortKey() == QStringLiteral("urgency"));
  CHECK(panel.sortBox()->currentText() == QStringLiteral("urgency"));
  CHECK(shownIds(panel) == QStringList{QStringLiteral("J-C"), QStringLiteral("J-A"), QStringLiteral("J-B"), QStringLiteral("J-D")});

  // The analyst picks "priority" in the box, from the keyboard.
  panel.sortBox()->setFocus();
  QTest::keyClick(panel.sortBox(), Qt::Key_Down);
  CHECK(panel.sortBox()->currentText() == QStringLiteral("priority"));
  CHECK(shownIds(panel) == QStringList{QStringLiteral("J-B"), QStringLiteral("J-D"), QStringLiteral("J-A"), QStringLiteral("J-C")});
  REQUIRE(sortChanged.count() == 1);
  CHECK(sortChanged.last().at(0).toString() == QStringLiteral("priority"));

  // … or clicks the Arrived header: oldest first, and the box follows.
  REQUIRE_FALSE(panel.compact());
  QHeaderView* header = panel.table()->horizontalHeader();
  const int arrivedX = header->sectionViewportPosition(JobQueueModel::Arrived) + header->sectionSize(JobQueueModel::Arrived) / 2;
  QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(arrivedX, header->height() / 2));
  CHECK(shownIds(panel) == QStringList{QStringLiteral("J-D"), QStringLiteral("J-C"), QStringLiteral("J-A"), QStringLiteral("J-B")});
  CHECK(panel.sortBox()->currentText() == QStringLiteral("arrival"));
  CHECK(sortChanged.last().at(0).toString() == QStringLiteral("arrival"));

  panel.setSortKey(QStringLiteral("-priority"));
  CHECK(shownIds(panel).first() == QStringLiteral("J-C"));
  CHECK(panel.sortKey() == QStringLiteral("-priority"));
  panel.setSortKey(QStringLiteral("no such order"));
  CHECK(panel.sortKey() == QStringLiteral("urgency"));
}

TEST_CASE("The chosen queue order survives a restart", "[app][queue][gui]") {
  requireGui();
  AppFixture fx;
  for (const cip::model::Job& job : mixedJobs()) fx.store->jobs().save(job);
  const cip::app::Session session = AppFixture::user(QStringLiteral("li.wei"), cip::model::Role::Analyst);
  {
    JobQueueModel model;
    JobQueuePanel panel(&model);
    cip::widgets::WelcomePanel welcome;
    cip::app::QueueController controller(*fx.store, model, panel, welcome, session.user);
    controller.keepSortIn(*fx.settings);
    CHECK(panel.sortKey() == QStringLiteral("urgency"));
    panel.setSortKey(QStringLiteral("port"));
  }
  CHECK(fx.settings->queueSort() == QStringLiteral("port"));
  JobQueueModel model;
  JobQueuePanel panel(&model);
  cip::widgets::WelcomePanel welcome;
  cip::app::QueueController controller(*fx.store, model, panel, welcome, session.user);
  controller.keepSortIn(*fx.settings);
  CHECK(panel.sortKey() == QStringLiteral("port"));
  CHECK(panel.sortBox()->currentText() == QStringLiteral("port"));
  CHECK(shownIds(panel).last() == QStringLiteral("J-D"));  // CNSHA after CNNGB
}

TEST_CASE("The queue filters by container, job, port and declaration, and can show only the overdue", "[app][queue][gui]") {
  requireGui();
  JobQueueModel model;
  model.setClock([] { return samples::at(0); });
  JobQueuePanel panel(&model);
  model.setJobs(mixedJobs());
  auto* filter = panel.findChild<QLineEdit*>(QStringLiteral("jobQueueFilter"));
  REQUIRE(filter);
  QTest::keyClicks(filter, QStringLiteral("cnsha"));
  CHECK(shownIds(panel) == QStringList{QStringLiteral("J-D")});
  filter->clear();
  QTest::keyClicks(filter, QStringLiteral("D-77"));
  CHECK(shownIds(panel) == QStringList{QStringLiteral("J-D")});
  filter->clear();
  QTest::keyClicks(filter, QStringLiteral("msCU1234"));
  CHECK(shownIds(panel) == QStringList{QStringLiteral("J-D")});
  filter->clear();
  QTest::keyClicks(filter, QStringLiteral("J-B"));
  CHECK(shownIds(panel) == QStringList{QStringLiteral("J-B")});
  filter->clear();
  QTest::keyClicks(filter, QStringLiteral("3054383 cnngb"));  // every word must match
  CHECK(shownIds(panel) == QStringList{QStringLiteral("J-C"), QStringLiteral("J-A"), QStringLiteral("J-B")});
  filter->clear();
  CHECK(panel.visibleRows() == 4);

  QTest::mouseClick(panel.overdueOnlyBox(), Qt::LeftButton, {}, QPoint(4, panel.overdueOnlyBox()->height() / 2));
  CHECK(panel.overdueOnlyBox()->isChecked());
  CHECK(shownIds(panel) == QStringList{QStringLiteral("J-C")});
  QTest::keyClicks(filter, QStringLiteral("J-A"));
  CHECK(panel.visibleRows() == 0);
  CHECK(panel.emptyText().contains(QStringLiteral("J-A")));
}

TEST_CASE("The countdowns move with the clock without reloading the queue", "[app][queue][gui]") {
  requireGui();
  JobQueueModel model;
  QDateTime clock = samples::at(0);
  model.setClock([&clock] { return clock; });
  JobQueuePanel panel(&model);
  model.setJobs(mixedJobs());
  panel.setOverdueOnly(true);
  REQUIRE(shownIds(panel) == QStringList{QStringLiteral("J-C")});
  QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

  panel.setCountdownInterval(20);
  clock = samples::at(20);  // J-A was due at +17 min
  REQUIRE(QTest::qWaitFor([&] { return panel.visibleRows() == 2; }, 5000));
  CHECK(shownIds(panel) == QStringList{QStringLiteral("J-C"), QStringLiteral("J-A")});
  CHECK(shownCell(panel, QStringLiteral("J-A"), JobQueueModel::Deadline).data().toString() == QStringLiteral("overdue 3 min"));
  CHECK(shownCell(panel, QStringLiteral("J-C"), JobQueueModel::Deadline).data().toString() == QStringLiteral("overdue 32 min"));
  CHECK(resets.isEmpty());
}

TEST_CASE("A narrow queue dock keeps deadline, status and port in sight", "[app][queue][gui]") {
  requireGui();
  cip::widgets::applyTheme(cip::widgets::Theme::Dark);
  JobQueueModel model;
  model.setClock([] { return samples::at(0); });
  JobQueuePanel panel(&model);
  model.setJobs(mixedJobs());
  model.setOpenJob(QStringLiteral("J-B"));
  panel.resize(300, 400);
  panel.show();
  REQUIRE(QTest::qWaitForWindowExposed(&panel));

  CHECK(panel.minimumSizeHint().width() <= 300);
  CHECK(panel.minimumSizeHint().height() <= 400);
  for (const char* name : {"jobQueueFilter", "jobQueueSort", "jobQueueOverdueOnly", "jobQueueTable"})
    checkFits(panel, *panel.findChild<QWidget*>(QString::fromLatin1(name)));
  for (QLabel* label : panel.findChildren<QLabel*>())
    if (label->isVisible()) checkFits(panel, *label);

  REQUIRE(panel.compact());
  QTableView* table = panel.table();
  CHECK_FALSE(table->horizontalScrollBar()->isVisible());
  const QModelIndex cell = shownCell(panel, QStringLiteral("J-D"), JobQueueModel::JobId);
  CHECK(table->visualRect(cell).right() <= table->viewport()->width());
  const QString lines = cip::widgets::JobQueueDelegate::lines(cell).join(QLatin1Char('|'));
  CHECK(lines == QStringLiteral("J-D · P2|in 2 h 00 min|MSCU1234565 · CNSHA · SC-NB-01|Assigned"));
  CHECK(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Deadline: in 2 h 00 min")));
  const QImage shot = grabPainted(panel);
  saveArtifact(shot, QStringLiteral("job_queue_300x400.png"));

  // Wide enough for every column, it is a table again.
  panel.resize(1400, 400);
  REQUIRE(QTest::qWaitFor([&] { return !panel.compact(); }, 5000));
  CHECK(table->horizontalHeader()->isVisible());
  CHECK_FALSE(table->isColumnHidden(JobQueueModel::Origin));
}

TEST_CASE("The job open in the workspace is marked in the queue", "[app][queue][gui]") {
  requireGui();
  AppFixture fx;
  const QStringList ids = fx.demoJobs(2, 4, 10);
  cip::app::MainWindow window(*fx.store, AppFixture::user(QStringLiteral("li.wei"), cip::model::Role::Analyst), *fx.settings, fx.languages);
  window.show();
  JobQueuePanel& panel = *window.queuePanel();
  const auto status = [&](const QString& id) { return shownCell(panel, id, JobQueueModel::Status).data().toString(); };
  REQUIRE(status(ids[1]) != QStringLiteral("Open"));
  CHECK_FALSE(shownCell(panel, ids[1], JobQueueModel::JobId).data(Qt::FontRole).isValid());

  REQUIRE(window.openJob(ids[1]));
  CHECK(status(ids[1]) == QStringLiteral("Open"));
  CHECK(status(ids[0]) != QStringLiteral("Open"));
  CHECK(shownCell(panel, ids[1], JobQueueModel::JobId).data(Qt::FontRole).value<QFont>().bold());
  window.queueController()->refresh();  // a reload from the store keeps the mark
  CHECK(status(ids[1]) == QStringLiteral("Open"));

  window.workspace()->jobs().closeJob();
  CHECK(status(ids[1]) != QStringLiteral("Open"));
}

TEST_CASE("Next job opens the job at the top of the queue, the most urgent", "[app][queue][gui]") {
  requireGui();
  AppFixture fx;
  const QStringList ids = fx.demoJobs(3, 5, 10);
  // The lowest priority is due first; the two others share a later deadline and differ in priority.
  const QDateTime now = QDateTime::currentDateTimeUtc();
  const auto reschedule = [&](const QString& id, int priority, int minutes) {
    cip::model::Job job = *fx.store->jobs().find(id);
    job.priority = priority;
    job.deadline = now.addSecs(minutes * 60);
    fx.store->jobs().save(job);
  };
  reschedule(ids[0], 1, 120);
  reschedule(ids[1], 5, 17);
  reschedule(ids[2], 2, 120);
  cip::app::MainWindow window(*fx.store, AppFixture::user(QStringLiteral("li.wei"), cip::model::Role::Analyst), *fx.settings, fx.languages);
  window.show();
  window.queueController()->refresh();
  const QStringList shown = shownIds(*window.queuePanel());
  REQUIRE(shown == QStringList({ids[1], ids[0], ids[2]}));

  cip::app::JobController& jobs = window.workspace()->jobs();
  const auto opened = [&jobs](const QString& id) { return QTest::qWaitFor([&] { return jobs.currentJob() && jobs.currentJob()->id == id; }, 20000); };
  window.workspace()->nextJobAction()->trigger();
  CHECK(opened(ids[1]));
  window.workspace()->nextJobAction()->trigger();
  CHECK(opened(ids[0]));
}

TEST_CASE("A job whose scan is not read yet opens without making the window wait", "[app][queue][gui]") {
  requireGui();
  AppFixture fx;
  const QStringList ids = fx.demoJobs(2, 5, 10);
  cip::app::MainWindow window(*fx.store, AppFixture::user(QStringLiteral("li.wei"), cip::model::Role::Analyst), *fx.settings, fx.languages);
  window.show();
  REQUIRE(QTest::qWaitForWindowExposed(&window));
  cip::app::JobController& jobs = window.workspace()->jobs();
  QSignalSpy opening(&jobs, &cip::app::JobController::openingJob);
  QSignalSpy openedSpy(&jobs, &cip::app::JobController::jobOpened);
  QSignalSpy failed(&jobs, &cip::app::JobController::openFailed);

  // Asked from the queue: the call returns at once, the scan is read on a worker.
  window.requestJob(ids[1]);
  CHECK(jobs.openingJobId() == ids[1]);
  CHECK_FALSE(jobs.currentJob());
  CHECK(opening.count() == 1);
  CHECK(openedSpy.count() == 0);
  // Asking again while it is on its way changes nothing; the job opens once, when it is read.
  window.requestJob(ids[1]);
  CHECK(opening.count() == 1);
  REQUIRE(openedSpy.wait(20000));
  REQUIRE(jobs.currentJob());
  CHECK(jobs.currentJob()->id == ids[1]);
  CHECK(jobs.openingJobId().isEmpty());
  CHECK(openedSpy.count() == 1);
  CHECK(window.viewer()->scan() != nullptr);
  CHECK(failed.isEmpty());
  // A radiograph's window holds no OpenGL widget: Qt paints it raster, never composing it all.
  CHECK(window.findChildren<QOpenGLWidget*>().isEmpty());

  // A job that cannot open says why, and the open job stays.
  window.requestJob(QStringLiteral("J-NOT-THERE"));
  REQUIRE(failed.count() == 1);
  CHECK(failed.first().first().toString().contains(QStringLiteral("J-NOT-THERE")));
  CHECK(jobs.currentJob()->id == ids[1]);
}

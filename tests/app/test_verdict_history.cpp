// My verdicts: the analyst's own decided jobs found again by date, container and decision, one
// reopened read-only beside the job that stays open, and exported again.
#include "AppFixture.h"

#include "app/MainWindow.h"
#include "app/jobs/AnalystWorkspace.h"
#include "app/jobs/AnnotationController.h"
#include "app/jobs/JobController.h"
#include "app/jobs/JobFolderImport.h"
#include "app/jobs/VerdictController.h"
#include "app/jobs/VerdictHistoryController.h"
#include "imaging/core/readers/TdrReader.h"
#include "sync/demo/DemoData.h"
#include "widgets/viewer/AnnotationEditor.h"
#include "widgets/viewer/RadiographView.h"
#include "widgets/workflow/VerdictHistoryPanel.h"
#include "widgets/workflow/VerdictPanel.h"
#include "widgets/workflow/VerdictRecordView.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTest>

using cip::app::MainWindow;
using cip::model::Decision;
using cip::model::Role;

namespace {

QDateTime at(int day, int hour = 10) { return QDateTime(QDate(2026, 11, day), QTime(hour, 0), Qt::UTC); }

/// Decides `jobId` in the window as the analyst does: opens it, marks it when asked, chooses,
/// writes the comment and submits (the confirmation answered yes); at `time` on the window's clock.
QString decide(MainWindow& window, const QString& jobId, Decision decision, const QString& comment, const QDateTime& time, bool mark) {
  cip::app::AnalystWorkspace& work = *window.workspace();
  work.setClock([time] { return time; });
  work.verdicts().setConfirm([](const QString&) { return true; });
  work.verdicts().setAutoAdvance(false);
  REQUIRE(window.openJob(jobId));
  work.jobs().waitForAnalysis();
  if (mark) work.annotations().create(cip::imaging::Shape{cip::imaging::ShapeType::Rectangle, {{40, 30}, {90, 80}}});
  work.verdictPanel()->setDecision(decision);
  work.verdictPanel()->setComment(comment);
  emit work.verdictPanel()->formChanged();
  QString error;
  INFO(error.toStdString());
  REQUIRE(work.verdicts().submit(&error));
  return work.lastVerdictId();
}

QStringList listedJobs(const cip::widgets::VerdictHistoryPanel& panel) {
  QStringList jobs;
  for (int row = 0; row < panel.model()->rowCount(); ++row) jobs << panel.model()->entry(row).jobId;
  return jobs;
}

void drag(QWidget* view, QPoint from, QPoint to) {
  QTest::mousePress(view, Qt::LeftButton, {}, from);
  for (int i = 1; i <= 4; ++i) {
    const QPointF point = from + (to - from) * (i / 4.0);
    QMouseEvent move(QEvent::MouseMove, point, view->mapToGlobal(point), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view, &move);
  }
  QTest::mouseRelease(view, Qt::LeftButton, {}, to);
}

}  // namespace

TEST_CASE("My verdicts lists only the analyst's own verdicts, newest first, found by container, decision and date",
          "[app][gui][history]") {
  requireGui();
  AppFixture fx;
  const QStringList ids = fx.demoJobs(4, 4, 10);
  // Another analyst on the same workstation, with a verdict of their own.
  cip::demo::DemoJobOptions other;
  other.count = 1;
  other.seed = 5;
  const QString otherFolder = fx.dir.filePath(QStringLiteral("jobs-wang"));
  const QString otherJob = cip::demo::writeDemoJobs(otherFolder, other).first();
  REQUIRE(cip::app::importJobFolder(*fx.store, otherFolder, QStringLiteral("wang.fang")).imported.size() == 1);
  QString otherVerdict;
  {
    MainWindow wang(*fx.store, AppFixture::user(QStringLiteral("wang.fang"), Role::Analyst), *fx.settings, fx.languages);
    otherVerdict = decide(wang, otherJob, Decision::Release, QStringLiteral("Seen before."), at(23), false);
  }

  MainWindow window(*fx.store, AppFixture::user(QStringLiteral("li.wei"), Role::Analyst), *fx.settings, fx.languages);
  window.show();
  decide(window, ids[0], Decision::Release, QStringLiteral("Nothing unexpected."), at(20), false);
  decide(window, ids[1], Decision::ReferToInspection, QStringLiteral("Goods in a container declared empty."), at(22), true);
  decide(window, ids[2], Decision::Inconclusive, QStringLiteral("Image too dark at the doors."), at(24), false);

  // Job → My verdicts (its key) opens the history: the three, newest first, not Wang's.
  cip::app::AnalystWorkspace& work = *window.workspace();
  CHECK(work.historyAction()->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_H));
  work.historyAction()->trigger();
  cip::widgets::VerdictHistoryPanel& panel = *work.verdictHistory().panel();
  REQUIRE(panel.isVisible());
  CHECK(listedJobs(panel) == QStringList{ids[2], ids[1], ids[0]});
  CHECK(panel.model()->total() == 3);
  QString error;
  CHECK_FALSE(work.verdictHistory().openRecord(otherVerdict, &error));
  CHECK(error.contains(otherVerdict));

  // By part of a container number, typed in any case: Enter looks it up at once, a pause in the
  // typing too.
  const QString container = fx.store->jobs().find(ids[1])->containerNumbers.first();
  QTest::keyClicks(panel.containerEdit(), container.mid(2, 7).toLower());
  QTest::keyClick(panel.containerEdit(), Qt::Key_Return);
  CHECK(listedJobs(panel) == QStringList{ids[1]});
  panel.containerEdit()->clear();
  CHECK(QTest::qWaitFor([&] { return listedJobs(panel).size() == 3; }, 5000));

  // By decision: Wang's release is never among them.
  panel.decisionBox()->setCurrentIndex(panel.decisionBox()->findData(static_cast<int>(Decision::Release)));
  CHECK(listedJobs(panel) == QStringList{ids[0]});
  panel.decisionBox()->setCurrentIndex(panel.decisionBox()->findData(static_cast<int>(Decision::ReferToInspection)));
  CHECK(listedJobs(panel) == QStringList{ids[1]});

  // By date: the local day of the referral, both ends included; then from that day on.
  cip::widgets::VerdictHistoryPanel::Filter range;
  range.from = range.to = at(22).toLocalTime().date();
  panel.setFilter(range);
  CHECK(listedJobs(panel) == QStringList{ids[1]});
  range.to.reset();
  panel.setFilter(range);
  CHECK(listedJobs(panel) == QStringList{ids[2], ids[1]});
  range.from = at(25).toLocalTime().date();
  panel.setFilter(range);
  CHECK(listedJobs(panel).isEmpty());
  panel.setFilter({});
  CHECK(listedJobs(panel).size() == 3);

  // A page at a time: the table asks for more only as it needs them.
  panel.model()->setPageSize(2);
  work.verdictHistory().refresh();
  CHECK(panel.model()->rowCount() == 2);
  REQUIRE(panel.model()->canFetchMore({}));
  panel.model()->fetchMore({});
  CHECK(listedJobs(panel) == QStringList{ids[2], ids[1], ids[0]});
  CHECK_FALSE(panel.model()->canFetchMore({}));
  panel.model()->setPageSize(200);

  // A verdict submitted while the history is open appears at the top.
  decide(window, ids[3], Decision::Release, QStringLiteral("Matches the declaration."), at(26), false);
  CHECK(listedJobs(panel).first() == ids[3]);
  saveArtifact(grabPainted(panel), QStringLiteral("verdict_history.png"));
}

TEST_CASE("A verdict reopened from My verdicts is read-only, leaves the open job alone and exports its own files",
          "[app][gui][history]") {
  requireGui();
  AppFixture fx;
  const QStringList ids = fx.demoJobs(3, 4, 10);
  MainWindow window(*fx.store, AppFixture::user(QStringLiteral("li.wei"), Role::Analyst), *fx.settings, fx.languages);
  window.resize(1400, 900);
  window.show();
  cip::app::AnalystWorkspace& work = *window.workspace();
  const QString comment = QStringLiteral("Bricks behind the pallet — 托盘后的砖块");
  const QString referral = decide(window, ids[1], Decision::ReferToInspection, comment, at(22), true);
  decide(window, ids[2], Decision::Release, QStringLiteral("Matches."), at(23), false);
  const cip::model::Verdict stored = *fx.store->verdicts().find(referral);
  REQUIRE(stored.annotations.size() == 1);

  // The analyst is at work on another job, with a mark not yet submitted.
  REQUIRE(window.openJob(ids[0]));
  work.annotations().create(cip::imaging::Shape{cip::imaging::ShapeType::Ellipse, {{20, 20}, {60, 50}}});
  const auto openScan = window.viewer()->scan();
  REQUIRE(openScan);

  cip::app::VerdictHistoryController& history = work.verdictHistory();
  history.show();
  QString error;
  REQUIRE(history.openRecord(referral, &error));
  cip::widgets::VerdictRecordView& record = *history.recordView();
  REQUIRE(QTest::qWaitForWindowExposed(&record));
  REQUIRE(QTest::qWaitFor([&] { return record.view()->scan() != nullptr; }, 30000));
  CHECK(record.scanMessageLabel()->isHidden());

  // What was sent: the comment, the mark drawn on its own scan, the checks, the delivery so far.
  CHECK(record.commentView()->isReadOnly());
  CHECK(record.commentView()->toPlainText() == comment);
  CHECK(record.summaryLabel()->text().contains(cip::widgets::VerdictPanel::decisionName(Decision::ReferToInspection)));
  REQUIRE(record.marksList()->count() == 1);
  cip::widgets::AnnotationEditor& marks = record.view()->annotationEditor();
  REQUIRE(marks.annotations().size() == 1);
  CHECK(marks.annotations().front().id == stored.annotations.first().id);
  CHECK(record.receiptLabel()->text().contains(QStringLiteral("Waiting to be sent")));
  REQUIRE(QTest::qWaitFor([&] { return record.checksList()->count() == 4; }, 30000));

  // Nothing can change it: no drawing tool, the mark does not move when dragged, Delete does nothing.
  CHECK(marks.readOnly());
  marks.setTool(cip::widgets::AnnotationTool::Rectangle);
  CHECK(marks.tool() == cip::widgets::AnnotationTool::Select);
  const cip::imaging::Shape before = marks.annotations().front().shape;
  const QPoint edge = record.view()->imageToWidget(cv::Point2d(40, 55)).toPoint();
  drag(record.view(), edge, edge + QPoint(40, 10));
  CHECK(marks.selectedId() == stored.annotations.first().id);  // looked at …
  CHECK(marks.annotations().front().shape.points == before.points);  // … not moved
  QTest::keyClick(record.view(), Qt::Key_Delete);
  CHECK(marks.annotations().size() == 1);
  CHECK(fx.store->verdicts().find(referral)->annotations.first().points == stored.annotations.first().points);
  saveArtifact(grabPainted(record), QStringLiteral("verdict_record.png"));

  // The open job is as the analyst left it.
  REQUIRE(work.jobs().currentJob());
  CHECK(work.jobs().currentJob()->id == ids[0]);
  CHECK(window.viewer()->scan() == openScan);
  CHECK(work.annotations().annotations().size() == 1);
  CHECK(fx.store->annotations().drafts(ids[0]).size() == 1);

  // What the store holds of the central system's answer: a refusal and its reason.
  const std::optional<cip::store::OutboxItem> row = fx.store->outbox().findByVerdict(referral);
  REQUIRE(row);
  fx.store->outbox().markRefused(row->id, QStringLiteral("container number unknown (422)"), at(22, 11));
  REQUIRE(history.openRecord(referral, &error));
  CHECK(record.receiptLabel()->text().contains(QStringLiteral("container number unknown (422)")));

  // Export writes the chosen verdict's files — not the last one submitted.
  const QString out = fx.dir.filePath(QStringLiteral("export"));
  const QStringList files = history.exportVerdict(referral, out, &error);
  INFO(error.toStdString());
  REQUIRE(files.size() == 4);
  const cip::imaging::ThreatReport tdr = cip::imaging::readThreatReportFile(QDir(out).filePath(referral + QStringLiteral(".operator.tdr.dcs")).toStdString());
  CHECK(tdr.alarmDecision == "ALARM");
  CHECK(tdr.threats.size() == 1);
  QFile json(QDir(out).filePath(referral + QStringLiteral(".verdict.json")));
  REQUIRE(json.open(QIODevice::ReadOnly));
  const QJsonObject doc = QJsonDocument::fromJson(json.readAll()).object();
  CHECK(doc.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("id")).toString() == referral);
  CHECK(doc.value(QStringLiteral("job")).toObject().value(QStringLiteral("id")).toString() == ids[1]);
  CHECK(work.lastVerdictId() != referral);
  CHECK(history.exportVerdict(QStringLiteral("no-such-verdict"), out, &error).isEmpty());
  CHECK(error.contains(QStringLiteral("no-such-verdict")));
}

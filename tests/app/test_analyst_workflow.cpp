// The analyst's whole loop in the real window: next job, marks drawn with the mouse, undo and
// redo, a referral from the keyboard, and what the database holds afterwards.
#include "AppFixture.h"

#include "app/MainWindow.h"
#include "app/jobs/AnalystWorkspace.h"
#include "app/jobs/AnnotationController.h"
#include "sync/demo/DemoData.h"
#include "app/jobs/JobController.h"
#include "app/jobs/JobFolderImport.h"
#include "app/jobs/VerdictController.h"
#include "widgets/viewer/AnnotationEditor.h"
#include "widgets/viewer/RadiographView.h"
#include "widgets/workflow/DeclarationPanel.h"
#include "widgets/workflow/VerdictPanel.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QListWidget>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using cip::app::MainWindow;
using cip::model::Role;

namespace {

void drag(QWidget* view, QPoint from, QPoint to) {
  QTest::mousePress(view, Qt::LeftButton, {}, from);
  for (int i = 1; i <= 4; ++i) {
    const QPointF at = from + (to - from) * (i / 4.0);
    QMouseEvent move(QEvent::MouseMove, at, view->mapToGlobal(at), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view, &move);
  }
  QTest::mouseRelease(view, Qt::LeftButton, {}, to);
}

/// Presses the default button of the next modal dialog (the confirmation) as a user would.
void acceptNextDialog() {
  QTimer::singleShot(0, [] {
    QWidget* dialog = QApplication::activeModalWidget();
    REQUIRE(dialog);
    QTest::keyClick(dialog, Qt::Key_Return);
  });
}

}  // namespace

TEST_CASE("An analyst takes the next job, marks it, undoes, refers it from the keyboard", "[app][gui][workflow]") {
  requireGui();
  AppFixture fx;
  fx.demoJobs(4, 4, 10);
  const QString first = fx.store->jobs().queue().first().id;

  MainWindow window(*fx.store, AppFixture::user(QStringLiteral("li.wei"), Role::Analyst), *fx.settings, fx.languages);
  window.resize(1700, 1000);
  window.show();
  window.activateWindow();
  REQUIRE(QTest::qWaitForWindowActive(&window));
  cip::app::AnalystWorkspace& work = *window.workspace();
  cip::widgets::RadiographView* view = window.viewer();

  // N: the most urgent job opens, its declaration and checks beside it; the next one is prefetched.
  // Nothing is prepared yet: the scan is read on a worker and the job opens when it is.
  QTest::keyClick(view, Qt::Key_N);
  REQUIRE(QTest::qWaitFor([&] { return work.jobs().currentJob().has_value(); }, 20000));
  CHECK(work.jobs().currentJob()->id == first);
  CHECK(fx.store->jobs().find(first)->status == cip::model::JobStatus::InProgress);
  // Opened cold: the image first, the checks once the background analysis is done.
  work.jobs().waitForAnalysis();
  CHECK_FALSE(work.jobs().checksPending());
  CHECK(work.declarationPanel()->checksView()->count() == 4);
  CHECK(work.jobs().prefetchedJobId() == fx.store->jobs().queue().at(1).id);
  work.jobs().waitForPrefetch();

  // Two marks with the mouse: a rectangle (B) and an ellipse (O); both are in the database at once.
  view->setFocus();
  QTest::keyClick(view, Qt::Key_B);
  CHECK(view->annotationEditor().tool() == cip::widgets::AnnotationTool::Rectangle);
  const int w = view->width(), h = view->height();
  drag(view, QPoint(w * 30 / 100, h * 45 / 100), QPoint(w * 45 / 100, h * 60 / 100));
  QTest::keyClick(view, Qt::Key_O);
  drag(view, QPoint(w * 60 / 100, h * 45 / 100), QPoint(w * 70 / 100, h * 55 / 100));
  REQUIRE(fx.store->annotations().forJob(first).size() == 2);
  CHECK(fx.store->annotations().forJob(first).at(0).shape == cip::model::ShapeKind::Rectangle);
  CHECK(fx.store->annotations().forJob(first).at(1).shape == cip::model::ShapeKind::Ellipse);
  CHECK(fx.store->annotations().forJob(first).at(0).author == QStringLiteral("li.wei"));

  // Undo takes the ellipse away (in the database too); redo brings it back.
  QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
  CHECK(fx.store->annotations().forJob(first).size() == 1);
  QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
  CHECK(fx.store->annotations().forJob(first).size() == 2);

  // Select (S) and drag the rectangle by its edge: it moves, and undo puts it back.
  QTest::keyClick(view, Qt::Key_S);
  const QList<QPointF> before = fx.store->annotations().forJob(first).at(0).points;
  const QPoint edge(w * 30 / 100, h * 52 / 100);
  drag(view, edge, edge + QPoint(40, 0));
  const QList<QPointF> moved = fx.store->annotations().forJob(first).at(0).points;
  CHECK(moved[0].x() > before[0].x());
  CHECK(moved[1].y() == Approx(before[1].y()));
  QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
  CHECK(fx.store->annotations().forJob(first).at(0).points == before);
  saveArtifact(window.grab().toImage(), QStringLiteral("workflow_annotated.png"));

  // F10 refers, Ctrl+Enter submits, Enter confirms.
  QTest::keyClick(view, Qt::Key_F10);
  CHECK(work.verdictPanel()->decision() == cip::model::Decision::ReferToInspection);
  CHECK(work.verdictPanel()->submitButton()->isEnabled());
  acceptNextDialog();
  QTest::keyClick(view, Qt::Key_Return, Qt::ControlModifier);

  // The verdict, its two frozen marks, the job's status, the outbox row and the audit entry.
  const QList<cip::model::Verdict> verdicts = fx.store->verdicts().forJob(first);
  REQUIRE(verdicts.size() == 1);
  const cip::model::Verdict& v = verdicts.first();
  CHECK(v.decision == cip::model::Decision::ReferToInspection);
  CHECK(v.annotations.size() == 2);
  CHECK(v.analyst == QStringLiteral("li.wei"));
  CHECK(v.activeMs > 0);
  CHECK(v.openedAt <= v.submittedAt);
  CHECK(fx.store->jobs().find(first)->status == cip::model::JobStatus::Decided);
  const std::optional<cip::store::OutboxItem> queued = fx.store->outbox().findByVerdict(v.id);
  REQUIRE(queued);
  CHECK(cip::model::decodeVerdict(queued->payload).value->id == v.id);
  CHECK(fx.store->outbox().pendingCount() == 1);
  const cip::store::AuditChainCheck chain = fx.store->audit().verify();
  CHECK(chain.ok);
  // The audit log holds the job's whole story, each step by the signed-in analyst.
  QStringList story;
  for (const cip::store::AuditEntry& e : fx.store->audit().entries()) {
    if (e.entityId != first && e.details.value(QStringLiteral("jobId")).toString() != first) continue;
    CHECK(e.actor == QStringLiteral("li.wei"));
    story << e.action;
  }
  // (two marks drawn, the ellipse undone and redone, the rectangle moved and the move undone)
  CHECK(story.join(QLatin1Char(' ')) == QStringLiteral("job.open annotation.add annotation.add annotation.delete annotation.add annotation.change "
                                                       "annotation.change verdict.submit"));
  CHECK_THROWS_AS(fx.store->annotations().remove(v.annotations.first().id, v.submittedAt, v.analyst), cip::store::StoreError);

  // Job → Export last verdict writes the two threat reports and the JSON.
  CHECK(work.exportAction()->isEnabled());
  QString exportError;
  CHECK(work.exportLastVerdict(fx.dir.filePath(QStringLiteral("export")), &exportError).size() == 4);  // operator TDR, machine TDR, JSON, PDF report
  CHECK(exportError.isEmpty());

  // The workstation moved on to the next job, whose scan and checks came from the prefetch.
  REQUIRE(work.jobs().currentJob());
  CHECK(work.jobs().currentJob()->id != first);
  CHECK_FALSE(work.jobs().checksPending());
  CHECK(work.jobs().checks().size() == 4);
  CHECK(work.annotations().annotations().isEmpty());
  saveArtifact(grabPainted(window), QStringLiteral("workflow_next_job.png"));
}

TEST_CASE("A referral without marks or reason cannot be submitted, release needs a word on failed checks", "[app][gui][workflow]") {
  requireGui();
  AppFixture fx;
  const QStringList ids = fx.demoJobs(2, 4, 10);  // an empty container, and one declared empty that is not
  MainWindow window(*fx.store, AppFixture::user(QStringLiteral("li.wei"), Role::Analyst), *fx.settings, fx.languages);
  window.show();
  cip::app::AnalystWorkspace& work = *window.workspace();
  work.verdicts().setConfirm([](const QString&) { return true; });

  REQUIRE(window.openJob(ids[1]));  // declared empty, hides goods: the empty check fails
  work.jobs().waitForAnalysis();
  cip::widgets::VerdictPanel* panel = work.verdictPanel();
  panel->setDecision(cip::model::Decision::ReferToInspection);
  emit panel->formChanged();
  CHECK(panel->missingText().contains(QStringLiteral("mark")));
  QString error;
  CHECK_FALSE(work.verdicts().submit(&error));
  CHECK(error.contains(QStringLiteral("mark")));
  panel->setDecision(cip::model::Decision::Release);
  emit panel->formChanged();
  CHECK(work.verdicts().missing().join(QString()).contains(QStringLiteral("Empty container")));
  panel->setComment(QStringLiteral("Dunnage left behind; seen on the previous trip too."));
  CHECK(work.verdicts().missing().isEmpty());
  CHECK(panel->submitButton()->isEnabled());
  REQUIRE(work.verdicts().submit(&error));
  CHECK(fx.store->verdicts().forJob(ids[1]).size() == 1);
  // A second submission for the same job is refused by the store, whatever the UI does.
  cip::model::Verdict twice = fx.store->verdicts().forJob(ids[1]).first();
  twice.id = QStringLiteral("another-id");
  CHECK_THROWS_AS(fx.store->verdicts().submit(twice, QStringLiteral("another-key")), cip::store::StoreError);
}

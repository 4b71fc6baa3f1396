#include "AppFixture.h"

#include "app/MainWindow.h"
#include "app/jobs/AnalystWorkspace.h"
#include "app/jobs/JobController.h"
#include "app/jobs/VerdictController.h"
#include "widgets/JobQueuePanel.h"
#include "widgets/viewer/RadiographView.h"
#include "widgets/workflow/AnnotationPanel.h"
#include "widgets/workflow/VerdictPanel.h"

#include <catch2/catch.hpp>


#include <QAbstractButton>
#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>

using cip::app::MainWindow;
using cip::model::Role;

namespace {

/// The part of `widget` the window shows: its rectangle cut by every ancestor's.
QRect shownPart(const QWidget& widget, const QWidget& window) {
  QRect shown(widget.mapTo(&window, QPoint()), widget.size());
  for (const QWidget* up = widget.parentWidget(); up && up != &window; up = up->parentWidget())
    shown &= QRect(up->mapTo(&window, QPoint()), up->size());
  return shown & window.rect();
}

bool isActionWidget(const QWidget* widget) {
  // A dock's float and close buttons are Qt's own, drawn smaller than their hint by design.
  if (widget->objectName().startsWith(QLatin1String("qt_dockwidget_"))) return false;
  return qobject_cast<const QAbstractButton*>(widget) || qobject_cast<const QLineEdit*>(widget) ||
         qobject_cast<const QPlainTextEdit*>(widget);
}

/// Every action widget under `root`, scrolled into view where it sits in a scroll area, lies
/// whole on the screen and is at least as big as its text needs.
void checkActionWidgets(QWidget& window, QWidget& root, const QRect& screen) {
  for (QWidget* widget : root.findChildren<QWidget*>()) {
    if (!isActionWidget(widget) || !widget->isVisible()) continue;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);  // the layouts settled, as the next paint sees them
    for (QWidget* up = widget->parentWidget(); up; up = up->parentWidget())
      if (auto* scroll = qobject_cast<QScrollArea*>(up); scroll && scroll->widget()) {
        // The whole widget (ensureWidgetVisible() would show a text box's cursor line only).
        const QPoint centre = widget->mapTo(scroll->widget(), widget->rect().center());
        scroll->ensureVisible(centre.x(), centre.y(), widget->width() / 2 + 1, widget->height() / 2 + 1);
      }
    const QRect whole(widget->mapTo(&window, QPoint()), widget->size());
    const QRect global(widget->mapToGlobal(QPoint()), widget->size());
    INFO(widget->metaObject()->className() << " '" << widget->objectName().toStdString() << "' "
         << (qobject_cast<QAbstractButton*>(widget) ? qobject_cast<QAbstractButton*>(widget)->text().toStdString() : std::string())
         << " at " << whole.x() << "," << whole.y() << " " << whole.width() << "×" << whole.height() << ", size hint "
         << widget->sizeHint().width() << "×" << widget->sizeHint().height());
    const QRect shown = shownPart(*widget, window);
    INFO("shown " << shown.x() << "," << shown.y() << " " << shown.width() << "×" << shown.height());
    CHECK(shown == whole);
    CHECK(screen.contains(global));
    if (qobject_cast<QAbstractButton*>(widget)) {
      CHECK(widget->width() >= widget->sizeHint().width());
      CHECK(widget->height() >= widget->sizeHint().height());
    } else {  // text boxes: the minimum they were given, else the one they ask for
      CHECK(widget->width() >= (widget->minimumWidth() > 0 ? widget->minimumWidth() : widget->minimumSizeHint().width()));
      CHECK(widget->height() >= (widget->minimumHeight() > 0 ? widget->minimumHeight() : widget->minimumSizeHint().height()));
    }
  }
}

/// The docks' sizes and minimums, to tell which one holds a window too big.
std::string dockSizes(const QWidget& window) {
  QString text;
  if (const auto* main = qobject_cast<const QMainWindow*>(&window); main && main->centralWidget())
    text += QStringLiteral("\n  centre, minimum %1×%2").arg(main->centralWidget()->minimumSizeHint().width()).arg(main->centralWidget()->minimumSizeHint().height());
  for (const QDockWidget* dock : window.findChildren<QDockWidget*>())
    if (dock->isVisible())
      text += QStringLiteral("\n  %1 %2×%3, minimum %4×%5").arg(dock->objectName()).arg(dock->width()).arg(dock->height())
                  .arg(dock->minimumSizeHint().width()).arg(dock->minimumSizeHint().height());
  return text.toStdString();
}

QString screenName() {
  const QScreen* screen = QGuiApplication::primaryScreen();
  return QStringLiteral("%1x%2@%3").arg(screen->size().width()).arg(screen->size().height()).arg(qRound(screen->devicePixelRatio() * 100));
}

}  // namespace

// Run once per screen size and scaling by ctest ("layout: 1366x768 at 150%" …): each entry starts
// its own Xvfb of that size with QT_SCALE_FACTOR set.
TEST_CASE("Every role's window fits the screen with its action widgets whole", "[.layout]") {
  requireGui();
  const Role role = GENERATE(Role::Analyst, Role::Supervisor, Role::Admin, Role::Trainer, Role::Trainee);
  INFO("role " << cip::model::roleToString(role).toStdString() << " on " << screenName().toStdString());
  AppFixture fx;
  const QStringList ids = role == Role::Analyst ? fx.demoJobs(2, 4, 10) : QStringList();
  const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
  {
    MainWindow window(*fx.store, AppFixture::user(QStringLiteral("li.wei"), role), *fx.settings, fx.languages);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    if (role == Role::Analyst) {
      REQUIRE(window.openJob(ids[1]));
      window.workspace()->jobs().waitForAnalysis();
    }
    const QImage shot = grabPainted(window);
    saveArtifact(shot, QStringLiteral("layout_%1_%2.png").arg(cip::model::roleToString(role), screenName()));

    INFO("window " << window.frameGeometry().width() << "×" << window.frameGeometry().height() << " on a screen of "
                   << screen.width() << "×" << screen.height() << dockSizes(window));
    CHECK(screen.contains(window.frameGeometry()));
    CHECK(window.minimumSizeHint().width() <= screen.width());
    CHECK(window.minimumSizeHint().height() <= screen.height());
    if (role != Role::Analyst) {
      checkActionWidgets(window, window, screen);
      return;
    }
    cip::widgets::VerdictPanel& verdict = *window.workspace()->verdictPanel();
    REQUIRE(verdict.isVisible());
    for (const char* name : {"verdictRelease", "verdictRefer", "verdictInconclusive", "verdictSubmit"}) {
      INFO(name);
      CHECK(verdict.findChild<QWidget*>(QLatin1String(name))->isVisible());
    }
    checkActionWidgets(window, verdict, screen);
    REQUIRE(window.queuePanel()->isVisible());
    checkActionWidgets(window, *window.queuePanel(), screen);
    // The marking tools: every one shown (none behind the toolbar's overflow arrow).
    QDockWidget* marks = window.findChild<QDockWidget*>(QStringLiteral("annotationDock"));
    marks->raise();
    REQUIRE(QTest::qWaitFor([&] { return window.workspace()->annotationPanel()->isVisible(); }, 5000));
    grabPainted(window);
    const QList<QToolButton*> tools = window.workspace()->annotationPanel()->findChildren<QToolButton*>();
    CHECK(tools.size() >= 8);
    for (QToolButton* tool : tools) {
      INFO("tool " << tool->text().toStdString());
      CHECK(tool->isVisible());
    }
    checkActionWidgets(window, *window.workspace()->annotationPanel(), screen);

    // A layout saved on a bigger screen is fitted to this one.
    window.setGeometry(QRect(screen.topLeft() + QPoint(40, 40), screen.size() * 2));
    window.close();
  }
  MainWindow again(*fx.store, AppFixture::user(QStringLiteral("li.wei"), role), *fx.settings, fx.languages);
  again.show();
  REQUIRE(QTest::qWaitForWindowExposed(&again));
  grabPainted(again);
  CHECK(screen.contains(again.frameGeometry()));
  CHECK(again.queueDock()->width() >= 48);
  CHECK(again.workspace()->verdictPanel()->submitButton()->isVisible());
}

TEST_CASE("Submit with something missing says what, beside the button, and goes to the field", "[app][gui][workflow]") {
  requireGui();
  AppFixture fx;
  const QStringList ids = fx.demoJobs(2, 4, 10);
  MainWindow window(*fx.store, AppFixture::user(QStringLiteral("li.wei"), Role::Analyst), *fx.settings, fx.languages);
  window.show();
  window.activateWindow();
  REQUIRE(QTest::qWaitForWindowActive(&window));
  cip::app::AnalystWorkspace& work = *window.workspace();
  QString confirmed;
  work.verdicts().setConfirm([&](const QString& summary) {
    confirmed = summary;
    return true;
  });
  REQUIRE(window.openJob(ids[0]));
  work.jobs().waitForAnalysis();
  cip::widgets::VerdictPanel& panel = *work.verdictPanel();
  CHECK(panel.submitButton()->isEnabled());  // always answers while a job is open

  // No decision: the button says so and the focus goes to the decision.
  window.viewer()->setFocus();
  QTest::mouseClick(panel.submitButton(), Qt::LeftButton);
  CHECK(panel.missingText().contains(QStringLiteral("decision")));
  CHECK(panel.findChild<QWidget*>(QStringLiteral("verdictMissing"))->isVisible());
  CHECK(QApplication::focusWidget() == panel.fieldWidget(cip::widgets::VerdictPanel::Field::Decision));
  CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("not complete")));

  // Inconclusive without a comment, the verdict dock closed from the View menu: Ctrl+Enter
  // brings the dock back and the focus into the comment box.
  window.findChild<QDockWidget*>(QStringLiteral("verdictDock"))->hide();
  REQUIRE_FALSE(panel.isVisible());
  QTest::keyClick(window.viewer(), Qt::Key_F11);
  window.viewer()->setFocus();
  QTest::keyClick(window.viewer(), Qt::Key_Return, Qt::ControlModifier);
  CHECK(panel.isVisible());
  CHECK(panel.missingText().contains(QStringLiteral("comment")));
  CHECK(QApplication::focusWidget() == panel.commentEdit());
  CHECK(fx.store->verdicts().forJob(ids[0]).isEmpty());

  // Complete: the confirmation shows the whole verdict, comment included.
  QTest::keyClicks(panel.commentEdit(), QStringLiteral("Shadow behind the rear doors"));
  CHECK(panel.missingText().isEmpty());
  QTest::keyClick(panel.commentEdit(), Qt::Key_Return, Qt::ControlModifier);
  CHECK(confirmed.contains(QStringLiteral("Comment: Shadow behind the rear doors")));
  CHECK(confirmed.contains(QStringLiteral("Inconclusive")));
  CHECK(fx.store->verdicts().forJob(ids[0]).size() == 1);
}

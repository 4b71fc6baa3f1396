#include "app/WindowLayout.h"

#include "app/AppLog.h"
#include "app/AppSettings.h"

#include <QDockWidget>
#include <QEvent>
#include <QGuiApplication>
#include <QMainWindow>
#include <QScreen>
#include <QStackedWidget>
#include <QTabBar>
#include <QTimer>
#include <QWindow>

#include <algorithm>

namespace cip::app {

namespace {

/// Below this many pixels a dock shows nothing useful: it was collapsed, not chosen small.
constexpr int kCollapsed = 48;

int bounded(double value, int low, int high) { return std::clamp(static_cast<int>(value), low, std::max(low, high)); }

}  // namespace

WindowLayout::WindowLayout(QMainWindow& window, AppSettings& settings, model::Role role)
    : QObject(&window), window_(window), settings_(settings), role_(role) {
  window_.setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks | QMainWindow::AllowNestedDocks);
  window_.setTabPosition(Qt::AllDockWidgetAreas, QTabWidget::North);  // tabs under the dock title, as in a tab widget
  window_.installEventFilter(this);
}

void WindowLayout::placeViewerTools(QDockWidget* findings, QDockWidget* measurement) {
  firstTool_ = findings;
  window_.addDockWidget(Qt::RightDockWidgetArea, findings);
  window_.addDockWidget(Qt::RightDockWidgetArea, measurement);
  window_.tabifyDockWidget(findings, measurement);
  findings->raise();
}

void WindowLayout::placeAnalystDocks(QDockWidget* queue, QDockWidget* refused, QDockWidget* declaration, QDockWidget* verdict,
                                     const QList<QDockWidget*>& tools) {
  queue_ = queue;
  declaration_ = declaration;
  verdict_ = verdict;
  firstTool_ = tools.value(0);
  window_.addDockWidget(Qt::LeftDockWidgetArea, queue);
  window_.addDockWidget(Qt::LeftDockWidgetArea, refused);
  window_.splitDockWidget(queue, refused, Qt::Vertical);  // refused verdicts under the queue, while there are any
  if (firstTool_) {
    window_.addDockWidget(Qt::LeftDockWidgetArea, firstTool_);
    window_.splitDockWidget(refused, firstTool_, Qt::Vertical);
    for (QDockWidget* tool : tools.mid(1)) window_.tabifyDockWidget(firstTool_, tool);
    firstTool_->raise();
  }
  window_.addDockWidget(Qt::RightDockWidgetArea, declaration);
  window_.addDockWidget(Qt::RightDockWidgetArea, verdict);
  window_.splitDockWidget(declaration, verdict, Qt::Vertical);
  // The verdict is never closed by accident: the decision and Submit stay on screen.
  verdict->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
}

void WindowLayout::sizeByShownPage(QStackedWidget* centre) {
  const auto follow = [centre] {
    for (int i = 0; i < centre->count(); ++i) {
      const bool shown = i == centre->currentIndex();
      centre->widget(i)->setSizePolicy(shown ? QSizePolicy::Preferred : QSizePolicy::Ignored, shown ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    }
    centre->updateGeometry();
  };
  connect(centre, &QStackedWidget::currentChanged, this, follow);
  follow();
}

void WindowLayout::applyDefaultSizes() {
  const QSize room = window_.size();
  const int side = bounded(room.width() * 0.25, 220, 420);
  const int height = room.height();
  if (queue_ && declaration_) {
    window_.resizeDocks({queue_, declaration_}, {side, bounded(room.width() * 0.28, 250, 460)}, Qt::Horizontal);
    if (firstTool_) window_.resizeDocks({queue_, firstTool_}, {height * 45 / 100, height * 55 / 100}, Qt::Vertical);
    window_.resizeDocks({declaration_, verdict_}, {height * 42 / 100, height * 58 / 100}, Qt::Vertical);
  } else if (firstTool_) {
    window_.resizeDocks({firstTool_}, {side}, Qt::Horizontal);
  }
}

void WindowLayout::restore() {
  defaultState_ = window_.saveState();
  const QByteArray geometry = settings_.windowGeometry(role_);
  if (geometry.isEmpty() || !window_.restoreGeometry(geometry)) {
    // First start on this workstation: a comfortable window, or the whole screen when it is smaller.
    const QRect available = window_.screen()->availableGeometry();
    const QSize preferred(1400, 860);
    if (preferred.width() + 40 > available.width() || preferred.height() + 60 > available.height()) {
      window_.setGeometry(available);
      window_.setWindowState(window_.windowState() | Qt::WindowMaximized);
    } else {
      window_.resize(preferred);
      window_.move(available.center() - QPoint(preferred.width() / 2, preferred.height() / 2));
    }
  }
  fitToScreen();
  const QByteArray state = settings_.windowState(role_);
  if (state.isEmpty() || !window_.restoreState(state)) {
    if (!state.isEmpty()) qCWarning(lcApp) << "saved window layout could not be restored; using the default";
    applyDefaultSizes();
  }
}

void WindowLayout::save() { settings_.setWindowLayout(role_, window_.saveGeometry(), window_.saveState()); }

void WindowLayout::reset() {
  window_.restoreState(defaultState_);
  for (QDockWidget* dock : window_.findChildren<QDockWidget*>()) {
    if (dock->objectName() != QLatin1String("refusedDock") && dock->objectName() != QLatin1String("scannerDock")) dock->show();
  }
  if (firstTool_) firstTool_->raise();
  applyDefaultSizes();
  settings_.clearWindowLayout(role_);
}

void WindowLayout::fitToScreen() {
  if (window_.windowState() & (Qt::WindowMaximized | Qt::WindowFullScreen)) return;
  const QRect available = window_.screen()->availableGeometry();
  const QRect inner = window_.geometry();
  const QRect outer = window_.frameGeometry();
  const QMargins frame(inner.left() - outer.left(), inner.top() - outer.top(), outer.right() - inner.right(), outer.bottom() - inner.bottom());
  const QRect room = available.marginsRemoved(frame);
  QRect fitted(inner.topLeft(), inner.size().boundedTo(room.size()));
  fitted.moveLeft(std::clamp(fitted.left(), room.left(), room.right() - fitted.width() + 1));
  fitted.moveTop(std::clamp(fitted.top(), room.top(), room.bottom() - fitted.height() + 1));
  if (fitted != inner) window_.setGeometry(fitted);
}

void WindowLayout::reviveCollapsedDocks() {
  reviveQueued_ = false;
  for (QDockWidget* dock : window_.findChildren<QDockWidget*>()) {
    if (!dock->isVisible() || dock->isFloating() || !dock->widget()) continue;
    const Qt::DockWidgetArea area = window_.dockWidgetArea(dock);
    const QSize usable = dock->widget()->minimumSizeHint().expandedTo(QSize(200, 120));
    const bool sideways = area == Qt::LeftDockWidgetArea || area == Qt::RightDockWidgetArea;
    if (sideways && dock->width() < kCollapsed) window_.resizeDocks({dock}, {usable.width()}, Qt::Horizontal);
    if (!sideways && dock->height() < kCollapsed) window_.resizeDocks({dock}, {usable.height()}, Qt::Vertical);
    if (sideways && dock->height() < kCollapsed) window_.resizeDocks({dock}, {usable.height()}, Qt::Vertical);
    if (!sideways && dock->width() < kCollapsed) window_.resizeDocks({dock}, {usable.width()}, Qt::Horizontal);
  }
}

void WindowLayout::followScreen(QScreen* screen) {
  if (screen_) disconnect(screen_, nullptr, this, nullptr);
  screen_ = screen;
  if (screen_) connect(screen_, &QScreen::availableGeometryChanged, this, &WindowLayout::fitToScreen);
  fitToScreen();
}

bool WindowLayout::eventFilter(QObject* watched, QEvent* event) {
  if (watched == &window_) {
    switch (event->type()) {
      case QEvent::Show:
        if (!screen_ && window_.windowHandle()) {
          connect(window_.windowHandle(), &QWindow::screenChanged, this, &WindowLayout::followScreen);
          followScreen(window_.screen());
        }
        break;
      case QEvent::Resize:
        if (!reviveQueued_) {
          reviveQueued_ = true;
          QTimer::singleShot(0, this, &WindowLayout::reviveCollapsedDocks);
        }
        break;
      case QEvent::ChildPolished:
        // The window's dock tabs: whole titles, scroll arrows when they do not all fit.
        if (auto* bar = qobject_cast<QTabBar*>(static_cast<QChildEvent*>(event)->child())) {
          bar->setElideMode(Qt::ElideNone);
          bar->setUsesScrollButtons(true);
        }
        break;
      default: break;
    }
  }
  return QObject::eventFilter(watched, event);
}

}  // namespace cip::app

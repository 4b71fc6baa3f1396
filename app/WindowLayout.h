#pragma once

#include "sync/model/User.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QDockWidget;
class QMainWindow;
class QScreen;
class QStackedWidget;

namespace cip::app {

class AppSettings;

/// Where the main window's docks go and how big the window is, for every screen an analyst may
/// have (1366×768 to 2560×1440, at 100 % or 150 %): the window never asks for more than the
/// available screen, a layout saved on a bigger monitor is fitted to the current one, a dock that
/// a resize collapsed to nothing comes back with a usable size, and tabbed docks show their whole
/// titles. The layout is saved per role (AppSettings) and View → Reset layout brings back the default.
class WindowLayout : public QObject {
  Q_OBJECT
 public:
  WindowLayout(QMainWindow& window, AppSettings& settings, model::Role role);

  /// The viewer's tools every role has: findings and the profile, tabbed on the right.
  void placeViewerTools(QDockWidget* findings, QDockWidget* measurement);
  /// The analyst's screen: the queue above the viewer's tools (findings, profile, marks, reference
  /// images, tabbed) on the left; the declaration above the verdict on the right, so the decision
  /// and Submit never hide behind a tab.
  void placeAnalystDocks(QDockWidget* queue, QDockWidget* refused, QDockWidget* declaration, QDockWidget* verdict,
                         const QList<QDockWidget*>& tools);
  /// The centre asks for the room its shown page needs, not the biggest page's (a CT's four
  /// views do not hold the window wide while a radiograph is shown).
  void sizeByShownPage(QStackedWidget* centre);
  /// Remembers the arrangement as the default (for reset()), then restores the role's saved
  /// geometry and layout, fitted to the screen the window is on.
  void restore();
  void save();
  /// The default arrangement again; the saved one is forgotten.
  void reset();
  /// Moves and shrinks the window into the available geometry of its screen (never larger).
  void fitToScreen();
  /// Gives every shown dock that a resize squeezed to almost nothing a usable size again.
  void reviveCollapsedDocks();

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  void applyDefaultSizes();
  void followScreen(QScreen* screen);

  QMainWindow& window_;
  AppSettings& settings_;
  model::Role role_;
  QByteArray defaultState_;
  QDockWidget* queue_ = nullptr;
  QDockWidget* declaration_ = nullptr;
  QDockWidget* verdict_ = nullptr;
  QDockWidget* firstTool_ = nullptr;
  QPointer<QScreen> screen_;
  bool reviveQueued_ = false;
};

}  // namespace cip::app

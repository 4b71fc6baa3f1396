#pragma once

#include "app/Shortcuts.h"
#include "app/session/Session.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;

namespace cip::store {
class Store;
}
class QStackedWidget;

namespace cip::widgets {
class CtView;
class FindingsPanel;
class MeasurementPanel;
class JobQueueModel;
class RadiographView;
class JobQueuePanel;
class WelcomePanel;
}  // namespace cip::widgets

namespace cip::app {

class AnalystWorkspace;
class GiveBackController;
class HelpMenu;
class SyncController;
class BreakReminder;
class ViewerWindow;
class WindowLayout;
class AppSettings;
class LanguageManager;
class MeasurementController;
class QueueController;
class ScanController;
class ScannerController;

/// The workstation window for one signed-in session: a frame of dockable panels, menus and a
/// status bar. It offers the session's role only that role's work — an analyst's queue and job
/// docks to analysts, the scanners to supervisors and administrators — and owns no business
/// logic; controllers wire the panels to the store.
class MainWindow : public QMainWindow {
  Q_OBJECT
 public:
  MainWindow(store::Store& store, Session session, AppSettings& settings, LanguageManager& languages,
             QWidget* parent = nullptr);
  ~MainWindow() override;

  const Session& session() const { return session_; }
  /// What the person chose when the window closed: quit, sign out, or let someone else sign in.
  enum class Exit { Quit, SignOut, SwitchUser };
  Exit exitChoice() const { return exit_; }
  /// The analyst's queue (null for other roles).
  widgets::JobQueuePanel* queuePanel() const { return queuePanel_; }
  widgets::WelcomePanel* welcomePanel() const { return welcome_; }
  QDockWidget* queueDock() const { return queueDock_; }
  QueueController* queueController() const { return queueController_; }
  ScanController* scanController() const { return scanController_; }
  widgets::RadiographView* viewer() const { return viewer_; }
  widgets::CtView* ctView() const { return ctView_; }
  widgets::FindingsPanel* findingsPanel() const { return findingsPanel_; }
  QDockWidget* findingsDock() const { return findingsDock_; }
  widgets::MeasurementPanel* measurementPanel() const { return measurementPanel_; }
  MeasurementController* measurementController() const { return measurementController_; }
  /// The analyst's work on jobs (null for other roles).
  AnalystWorkspace* workspace() const { return workspace_; }
  /// The supervisor's Scanners dock (null for other roles, or before attachSync()).
  QDockWidget* scannerDock() const { return scannerDock_; }
  ScannerController* scannerController() const { return scannerController_; }
  BreakReminder* breakReminder() const { return breakReminder_; }
  ViewerWindow* viewerWindow() const { return viewerWindow_; }
  ShortcutMap& shortcuts() { return shortcuts_; }
  /// The keys held by the menus' fixed actions (not configurable).
  QList<QAction*> fixedActions() const;
  /// Connects the link to the central system: its state in the status bar, new jobs into the
  /// queue, submitted verdicts straight to the outbox sender.
  void attachSync(SyncController* sync);
  /// Opens a job (`--job`), waiting for its scan; errors go to the status bar.
  bool openJob(const QString& jobId);
  /// Opens a job from the queue without making the window wait for its scan (JobController::requestOpen).
  void requestJob(const QString& jobId);
  /// Opens a scan into the viewer; errors go to a message box unless `quiet` (then the status bar).
  bool openScan(const QString& path, bool quiet = false);
  /// Applies a language and theme as the settings dialog would (also used by tests).
  void applyPreferences(const QString& language, int theme);

 public slots:
  void showSettings();
  void showAbout();
  /// Holds the docks' painting for one frame while a job opens: the image is drawn first.
  void drawDocksAfterTheImage();
  void releaseDocks();
  void resetLayout();
  void chooseScan();
  void saveView();
  void verifyEmpty();
  /// Moves the viewer into a window of its own (second monitor), or back.
  void setViewerDetached(bool detached);
  /// Ends the session: the window closes and the sign-in dialog comes back (`switchUser`: empty,
  /// for somebody else). Asks first when verdicts of this user are still waiting to be sent.
  void signOut(bool switchUser = false);
  /// The central system no longer accepts the session: asks for the password again, leaving the
  /// open job, its marks and the outbox as they are.
  void askToSignInAgain();

 protected:
  void closeEvent(QCloseEvent* event) override;
  bool event(QEvent* event) override;
  void changeEvent(QEvent* event) override;

 private:
  QString notAnAnalyst() const;  ///< why a job does not open for this role
  void createActions();
  void installAnalystWork();
  void linkAnalystWork(SyncController* sync);
  void retranslate();
  void restoreLayout();
  model::Role role() const { return session_.role; }
  void showStoreError(const QString& message);

  store::Store& store_;
  Session session_;
  Exit exit_ = Exit::Quit;
  SyncController* sync_ = nullptr;
  AppSettings& settings_;
  LanguageManager& languages_;
  widgets::JobQueueModel* queueModel_ = nullptr;
  widgets::JobQueuePanel* queuePanel_ = nullptr;
  widgets::WelcomePanel* welcome_;
  QDockWidget* queueDock_ = nullptr;
  QList<QPointer<QDockWidget>> heldDocks_;  ///< docks whose painting waits for the frame with a new job's image
  QueueController* queueController_ = nullptr;
  QStackedWidget* centre_;
  widgets::RadiographView* viewer_;
  widgets::CtView* ctView_;
  widgets::FindingsPanel* findingsPanel_;
  QDockWidget* findingsDock_;
  ScanController* scanController_;
  class ScannerProfileSource* profiles_ = nullptr;
  widgets::MeasurementPanel* measurementPanel_;
  QDockWidget* measurementDock_;
  MeasurementController* measurementController_;
  AnalystWorkspace* workspace_ = nullptr;
  BreakReminder* breakReminder_ = nullptr;
  ViewerWindow* viewerWindow_ = nullptr;
  QAction* detachViewerAction_ = nullptr;
  ShortcutMap shortcuts_;
  void updateReviewing();
  void suggestBreak(int minutes);
  QMenu* jobMenu_ = nullptr;
  QLabel* cursorLabel_;
  QLabel* userLabel_;
  QLabel* outboxLabel_;
  QLabel* syncLabel_ = nullptr;
  QDockWidget* scannerDock_ = nullptr;
  GiveBackController* giveBack_ = nullptr;
  ScannerController* scannerController_ = nullptr;
  WindowLayout* layout_ = nullptr;
  int pendingVerdicts_ = 0;
  int unconfirmedVerdicts_ = 0;  ///< of an offline sign-in not yet confirmed by the central system

  QMenu* fileMenu_ = nullptr;
  QMenu* viewMenu_ = nullptr;
  QMenu* helpMenu_ = nullptr;
  QAction* refreshAction_ = nullptr;
  QAction* openScanAction_ = nullptr;
  QAction* saveViewAction_ = nullptr;
  QAction* verifyEmptyAction_ = nullptr;
  QAction* settingsAction_ = nullptr;
  QAction* quitAction_ = nullptr;
  QAction* signOutAction_ = nullptr;
  QAction* signInAgainAction_ = nullptr;
  QAction* switchUserAction_ = nullptr;
  QAction* resetLayoutAction_ = nullptr;
  QAction* aboutAction_ = nullptr;
  HelpMenu* help_ = nullptr;  ///< Help → Keyboard shortcuts, User guide
};

}  // namespace cip::app

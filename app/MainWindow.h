#pragma once

#include "sync/model/User.h"

#include <QMainWindow>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;

namespace cip::store {
class Store;
}
namespace cip::widgets {
class JobQueueModel;
class JobQueuePanel;
class WelcomePanel;
}  // namespace cip::widgets

namespace cip::app {

class AppSettings;
class LanguageManager;
class QueueController;

/// The workstation window: a frame of dockable panels, menus and a status bar. It owns no
/// business logic; controllers wire the panels to the store.
class MainWindow : public QMainWindow {
  Q_OBJECT
 public:
  MainWindow(store::Store& store, model::User user, AppSettings& settings, LanguageManager& languages,
             QWidget* parent = nullptr);
  ~MainWindow() override;

  widgets::JobQueuePanel* queuePanel() const { return queuePanel_; }
  widgets::WelcomePanel* welcomePanel() const { return welcome_; }
  QDockWidget* queueDock() const { return queueDock_; }
  QueueController* queueController() const { return queueController_; }
  /// Applies a language and theme as the settings dialog would (also used by tests).
  void applyPreferences(const QString& language, int theme);

 public slots:
  void showSettings();
  void showAbout();
  void resetLayout();

 protected:
  void closeEvent(QCloseEvent* event) override;
  void changeEvent(QEvent* event) override;

 private:
  void createActions();
  void retranslate();
  void restoreLayout();
  model::Role role() const;

  store::Store& store_;
  model::User user_;
  AppSettings& settings_;
  LanguageManager& languages_;
  widgets::JobQueueModel* queueModel_;
  widgets::JobQueuePanel* queuePanel_;
  widgets::WelcomePanel* welcome_;
  QDockWidget* queueDock_;
  QueueController* queueController_;
  QLabel* userLabel_;
  QLabel* outboxLabel_;
  QByteArray defaultState_;
  int pendingVerdicts_ = 0;

  QMenu* fileMenu_ = nullptr;
  QMenu* viewMenu_ = nullptr;
  QMenu* helpMenu_ = nullptr;
  QAction* refreshAction_ = nullptr;
  QAction* settingsAction_ = nullptr;
  QAction* quitAction_ = nullptr;
  QAction* resetLayoutAction_ = nullptr;
  QAction* aboutAction_ = nullptr;
};

}  // namespace cip::app

#include "app/MainWindow.h"

#include "imaging/core/plugins/ScanPlugins.h"

#include "app/AppSettings.h"
#include "app/BackgroundWork.h"
#include "app/BreakReminder.h"
#include "app/HelpMenu.h"
#include "app/cli/LanguageManager.h"
#include "app/MeasurementController.h"
#include "app/QueueController.h"
#include "app/ScanController.h"
#include "app/ScannerProfileSource.h"
#include "app/ScannerController.h"
#include "app/SyncController.h"
#include "app/jobs/VerdictController.h"
#include "sync/client/SyncService.h"
#include "app/cli/VersionInfo.h"
#include "app/ViewerWindow.h"
#include "app/WindowLayout.h"
#include "app/jobs/AnalystWorkspace.h"
#include "app/jobs/AnnotationController.h"
#include "app/jobs/GiveBackController.h"
#include "app/jobs/JobController.h"
#include "app/jobs/RefusalController.h"
#include "imaging/core/plugins/ScanPlugins.h"
#include "sync/store/Store.h"
#include "widgets/AboutDialog.h"
#include "widgets/FindingsPanel.h"
#include "widgets/JobQueueModel.h"
#include "widgets/supervisor/ScannerPanel.h"
#include "widgets/JobQueuePanel.h"
#include "widgets/SettingsDialog.h"
#include "widgets/SignInDialog.h"
#include "widgets/StatusMessages.h"
#include "widgets/WelcomePanel.h"
#include "widgets/viewer/CtView.h"
#include "widgets/viewer/MeasurementPanel.h"
#include "widgets/viewer/RadiographView.h"
#include "widgets/workflow/AnnotationPanel.h"
#include "widgets/workflow/RefusedVerdictsPanel.h"
#include "widgets/workflow/VerdictPanel.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QGuiApplication>
#include <QStackedWidget>
#include <QLabel>
#include <QMenuBar>
#include <QPointer>
#include <QStatusBar>

namespace cip::app {

MainWindow::MainWindow(store::Store& store, Session session, AppSettings& settings,
                       LanguageManager& languages, QWidget* parent)
    : QMainWindow(parent), store_(store), session_(std::move(session)), settings_(settings), languages_(languages),
      welcome_(new widgets::WelcomePanel(this)), centre_(new QStackedWidget(this)), viewer_(new widgets::RadiographView(this)), ctView_(new widgets::CtView(this)),
      findingsPanel_(new widgets::FindingsPanel(this)), findingsDock_(new QDockWidget(this)), scanController_(nullptr),
      measurementPanel_(new widgets::MeasurementPanel(this)), measurementDock_(new QDockWidget(this)), measurementController_(nullptr),
      cursorLabel_(new QLabel(this)), userLabel_(new QLabel(this)), outboxLabel_(new QLabel(this)) {
  setObjectName(QStringLiteral("mainWindow"));
  // The vendors' plugins are described once, by starting the converter host for each: done now on
  // a worker, so the Open dialog and the About box find the list ready instead of waiting for it.
  runInBackground([] { return imaging::ScanPlugins::standard().plugins().size(); });
  layout_ = new WindowLayout(*this, settings_, role());
  centre_->addWidget(welcome_);
  centre_->addWidget(viewer_);
  centre_->addWidget(ctView_);
  setCentralWidget(centre_);
  layout_->sizeByShownPage(centre_);
  findingsDock_->setObjectName(QStringLiteral("findingsDock"));
  findingsDock_->setWidget(findingsPanel_);
  measurementDock_->setObjectName(QStringLiteral("measurementDock"));
  measurementDock_->setWidget(measurementPanel_);
  layout_->placeViewerTools(findingsDock_, measurementDock_);
  scanController_ = new ScanController(*viewer_, *ctView_, *findingsPanel_, this);
  measurementController_ = new MeasurementController(*viewer_, *measurementPanel_, this);
  profiles_ = new ScannerProfileSource(store_, settings_, *scanController_, this);
  connect(profiles_, &ScannerProfileSource::problem, this, [this](const QString& text) { widgets::showStatusMessage(*statusBar(), text, 30000); });
  profiles_->reload();
  connect(scanController_, &ScanController::scanOpened, this, [this] {
    centre_->setCurrentWidget(scanController_->isVolume() ? static_cast<QWidget*>(ctView_) : viewer_);
  });
  connect(viewer_, &widgets::RadiographView::cursorInfo, cursorLabel_, &QLabel::setText);

  statusBar()->addWidget(userLabel_);
  statusBar()->addWidget(cursorLabel_, 1);
  statusBar()->addPermanentWidget(outboxLabel_);
  if (role() == model::Role::Analyst) installAnalystWork();
  else welcome_->setSummary({session_.user.id, widgets::SignInDialog::roleDisplayName(role()), false, 0, 0, 0, {}, store_.database().path()});


  createActions();
  if (workspace_) workspace_->registerShortcuts(shortcuts_);
  shortcuts_.apply(settings_);
  scanController_->setOpenInMaterialColours(settings_.openInMaterialColours());

  breakReminder_ = new BreakReminder(this);
  breakReminder_->setLimitMinutes(settings_.breakReminderMinutes());
  connect(breakReminder_, &BreakReminder::breakSuggested, this, &MainWindow::suggestBreak);
  if (workspace_) {
    connect(&workspace_->jobs(), &JobController::jobOpened, this, &MainWindow::updateReviewing);
    connect(&workspace_->jobs(), &JobController::jobClosed, this, &MainWindow::updateReviewing);
  }
  connect(qApp, &QGuiApplication::applicationStateChanged, this, &MainWindow::updateReviewing);

  retranslate();
  restoreLayout();
  if (workspace_) workspace_->refusals().refresh();  // a saved layout never hides a refusal waiting to be dealt with
}

MainWindow::~MainWindow() = default;

void MainWindow::installAnalystWork() {
  queueModel_ = new widgets::JobQueueModel(this);
  queuePanel_ = new widgets::JobQueuePanel(queueModel_);
  queueDock_ = new QDockWidget(this);
  queueDock_->setObjectName(QStringLiteral("queueDock"));  // the name keys saveState()
  queueDock_->setWidget(queuePanel_);

  queueController_ = new QueueController(store_, *queueModel_, *queuePanel_, *welcome_, session_.user, this);
  connect(queueController_, &QueueController::storeError, this, &MainWindow::showStoreError);
  connect(queueController_, &QueueController::pendingVerdictsChanged, this, [this](int count, int unconfirmed) {
    pendingVerdicts_ = count;
    unconfirmedVerdicts_ = unconfirmed;
    retranslate();
  });
  queueController_->refresh();

  workspace_ = new AnalystWorkspace(*this, store_, session_, *scanController_, *viewer_, settings_.annotationCategories());
  const QList<QDockWidget*> workDocks = workspace_->docks();  // declaration, annotations, verdict, reference images
  layout_->placeAnalystDocks(queueDock_, workspace_->refusedDock(), workDocks[0], workDocks[2],
                             {findingsDock_, measurementDock_, workDocks[1], workDocks[3]});
  workspace_->refusedDock()->setVisible(workspace_->refusedPanel()->count() > 0);  // shows while there is any
  connect(workspace_, &AnalystWorkspace::message, this, [this](const QString& text) { widgets::showStatusMessage(*statusBar(), text, 15000); });
  connect(workspace_, &AnalystWorkspace::queueChanged, queueController_, &QueueController::requestRefresh);
  connect(queuePanel_, &widgets::JobQueuePanel::jobActivated, this, &MainWindow::requestJob);
  // A decided job leaves the screen: what shows is the next job, or the welcome summary.
  connect(&workspace_->jobs(), &JobController::jobClosed, this, [this] { centre_->setCurrentWidget(welcome_); });
  connect(&workspace_->jobs(), &JobController::jobOpened, queueController_, &QueueController::setOpenJob);
  connect(&workspace_->jobs(), &JobController::jobOpening, this, &MainWindow::drawDocksAfterTheImage);
  connect(&workspace_->jobs(), &JobController::jobClosed, queueController_, &QueueController::clearOpenJob);
  queueController_->keepSortIn(settings_);
}

void MainWindow::showStoreError(const QString& message) {
  widgets::showStatusMessage(*statusBar(), tr("The local database failed: %1").arg(message), 30000);
}

void MainWindow::createActions() {
  refreshAction_ = new QAction(this);
  refreshAction_->setObjectName(QStringLiteral("refreshAction"));
  refreshAction_->setShortcut(QKeySequence::Refresh);
  if (queueController_) connect(refreshAction_, &QAction::triggered, queueController_, &QueueController::refresh);
  signOutAction_ = new QAction(this);
  signOutAction_->setObjectName(QStringLiteral("signOutAction"));
  connect(signOutAction_, &QAction::triggered, this, [this] { signOut(false); });
  switchUserAction_ = new QAction(this);
  switchUserAction_->setObjectName(QStringLiteral("switchUserAction"));
  connect(switchUserAction_, &QAction::triggered, this, [this] { signOut(true); });
  settingsAction_ = new QAction(this);
  settingsAction_->setObjectName(QStringLiteral("settingsAction"));
  settingsAction_->setShortcut(QKeySequence::Preferences);
  connect(settingsAction_, &QAction::triggered, this, &MainWindow::showSettings);
  quitAction_ = new QAction(this);
  quitAction_->setShortcut(QKeySequence::Quit);
  connect(quitAction_, &QAction::triggered, this, &QWidget::close);
  resetLayoutAction_ = new QAction(this);
  connect(resetLayoutAction_, &QAction::triggered, this, &MainWindow::resetLayout);
  aboutAction_ = new QAction(this);
  connect(aboutAction_, &QAction::triggered, this, &MainWindow::showAbout);
  openScanAction_ = new QAction(this);
  openScanAction_->setShortcut(QKeySequence::Open);
  connect(openScanAction_, &QAction::triggered, this, &MainWindow::chooseScan);
  saveViewAction_ = new QAction(this);
  saveViewAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
  connect(saveViewAction_, &QAction::triggered, this, &MainWindow::saveView);
  detachViewerAction_ = new QAction(this);
  detachViewerAction_->setObjectName(QStringLiteral("detachViewerAction"));
  detachViewerAction_->setCheckable(true);
  detachViewerAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
  connect(detachViewerAction_, &QAction::toggled, this, &MainWindow::setViewerDetached);
  verifyEmptyAction_ = new QAction(this);
  verifyEmptyAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
  connect(verifyEmptyAction_, &QAction::triggered, this, &MainWindow::verifyEmpty);

  fileMenu_ = menuBar()->addMenu(QString());
  fileMenu_->setObjectName(QStringLiteral("fileMenu"));
  fileMenu_->addAction(openScanAction_);
  fileMenu_->addAction(saveViewAction_);
  fileMenu_->addSeparator();
  fileMenu_->addAction(refreshAction_);
  fileMenu_->addAction(settingsAction_);
  fileMenu_->addSeparator();
  fileMenu_->addAction(signOutAction_);
  fileMenu_->addAction(switchUserAction_);
  fileMenu_->addAction(quitAction_);
  if (workspace_) {
    jobMenu_ = menuBar()->addMenu(QString());
    jobMenu_->addAction(workspace_->nextJobAction());
    jobMenu_->addAction(workspace_->exportAction());
    jobMenu_->addAction(workspace_->historyAction());
    jobMenu_->addSeparator();
    for (QAction* action : workspace_->annotations().actions()) {
      if (action) jobMenu_->addAction(action);
      else jobMenu_->addSeparator();
    }
  }
  viewMenu_ = menuBar()->addMenu(QString());
  if (queueDock_) viewMenu_->addAction(queueDock_->toggleViewAction());
  viewMenu_->addAction(findingsDock_->toggleViewAction());
  viewMenu_->addAction(measurementDock_->toggleViewAction());
  if (workspace_) {
    for (QDockWidget* dock : workspace_->docks()) viewMenu_->addAction(dock->toggleViewAction());
    viewMenu_->addAction(workspace_->refusedDock()->toggleViewAction());
  }
  viewMenu_->addAction(verifyEmptyAction_);
  viewMenu_->addAction(detachViewerAction_);
  viewMenu_->addSeparator();
  viewMenu_->addAction(resetLayoutAction_);
  helpMenu_ = menuBar()->addMenu(QString());
  help_ = new HelpMenu(*this, shortcuts_, languages_, [this] { return fixedActions(); }, this);
  helpMenu_->addAction(help_->keysAction());
  helpMenu_->addAction(help_->guideAction());
  helpMenu_->addSeparator();
  helpMenu_->addAction(aboutAction_);
}

void MainWindow::retranslate() {
  setWindowTitle(tr("CIP Workstation — %1").arg(session_.user.id));
  if (queueDock_) queueDock_->setWindowTitle(tr("Job queue"));
  findingsDock_->setWindowTitle(tr("Findings"));
  measurementDock_->setWindowTitle(tr("Profile"));
  if (scannerDock_) scannerDock_->setWindowTitle(tr("Scanners"));
  userLabel_->setText(session_.offlineVerified
                          ? tr("%1 · %2 · signed in offline").arg(session_.user.id, widgets::SignInDialog::roleDisplayName(role()))
                          : tr("%1 · %2").arg(session_.user.id, widgets::SignInDialog::roleDisplayName(role())));
  outboxLabel_->setText(pendingVerdicts_ == 0 ? tr("Outbox empty")
                                              : tr("%n verdict(s) to send", nullptr, pendingVerdicts_) +
                                                    (unconfirmedVerdicts_ == 0 ? QString()
                                                                               : tr(" · %n from an offline sign-in, not yet confirmed", nullptr,
                                                                                    unconfirmedVerdicts_)));
  if (!fileMenu_) return;
  fileMenu_->setTitle(tr("&File"));
  viewMenu_->setTitle(tr("&View"));
  if (jobMenu_) jobMenu_->setTitle(tr("&Job"));
  if (workspace_) workspace_->retranslate();
  helpMenu_->setTitle(tr("&Help"));
  refreshAction_->setText(tr("&Refresh queue"));
  openScanAction_->setText(tr("&Open scan…"));
  saveViewAction_->setText(tr("Save &view as PNG…"));
  verifyEmptyAction_->setText(tr("Verify &empty container"));
  detachViewerAction_->setText(tr("Viewer in its own &window (second monitor)"));
  settingsAction_->setText(tr("&Settings…"));
  quitAction_->setText(tr("&Quit"));
  signOutAction_->setText(tr("Sign &out"));
  if (signInAgainAction_) signInAgainAction_->setText(tr("Sign &in again…"));
  switchUserAction_->setText(tr("S&witch user…"));
  resetLayoutAction_->setText(tr("Reset &layout"));
  if (giveBack_) giveBack_->retranslate();
  aboutAction_->setText(tr("&About CIP Workstation"));
  help_->retranslate();
}

bool MainWindow::openScan(const QString& path, bool quiet) {
  QString error;
  if (scanController_->open(path, &error)) return true;
  if (quiet)
    widgets::showStatusMessage(*statusBar(), error, 15000);
  else
    QMessageBox::warning(this, tr("Cannot open the scan"), error);
  return false;
}

void MainWindow::attachSync(SyncController* sync) {
  sync_ = sync;
  sync->setRetention(settings_.retention());
  syncLabel_ = new QLabel(this);
  syncLabel_->setObjectName(QStringLiteral("syncStatus"));
  statusBar()->addPermanentWidget(syncLabel_);
  syncLabel_->setText(sync->statusText());
  connect(sync, &SyncController::statusChanged, syncLabel_, &QLabel::setText);
  connect(sync, &SyncController::message, this, [this](const QString& text) { widgets::showStatusMessage(*statusBar(), text, 30000); });
  connect(sync, &SyncController::signInNeeded, this, &MainWindow::askToSignInAgain);
  connect(&sync->service(), &client::SyncService::scannerProfilesChanged, profiles_, &ScannerProfileSource::reload);
  signInAgainAction_ = new QAction(this);
  signInAgainAction_->setObjectName(QStringLiteral("signInAgainAction"));
  signInAgainAction_->setEnabled(sync->signInNeededNow());
  fileMenu_->insertAction(signOutAction_, signInAgainAction_);
  connect(signInAgainAction_, &QAction::triggered, this, &MainWindow::askToSignInAgain);
  connect(sync, &SyncController::statusChanged, signInAgainAction_, [this, sync] { signInAgainAction_->setEnabled(sync->signInNeededNow()); });
  connect(sync, &SyncController::sessionConfirmed, this, [this] {
    session_.offlineVerified = false;
    retranslate();
    if (queueController_) queueController_->refresh();
  });
  // F5 asks the central system at once, not only the local store.
  connect(refreshAction_, &QAction::triggered, &sync->service(), &client::SyncService::pullNow);
  if (workspace_) linkAnalystWork(sync);
  // Supervisors and administrators watch the scanners; their telemetry comes with each pull.
  if (model::watchesScanners(role())) {
    auto* panel = new widgets::ScannerPanel(this);
    scannerDock_ = new QDockWidget(this);
    scannerDock_->setObjectName(QStringLiteral("scannerDock"));
    scannerDock_->setWidget(panel);
    addDockWidget(Qt::BottomDockWidgetArea, scannerDock_);
    viewMenu_->insertAction(verifyEmptyAction_, scannerDock_->toggleViewAction());
    scannerController_ = new ScannerController(store_, *panel, [client = &sync->client()] { return client->serverNow(); }, this);
    connect(&sync->service(), &client::SyncService::telemetryChanged, scannerController_, &ScannerController::refresh);
    connect(scannerController_, &ScannerController::storeError, this, &MainWindow::showStoreError);
  }
  retranslate();
}

void MainWindow::linkAnalystWork(SyncController* sync) {
  connect(sync, &SyncController::jobsChanged, queueController_, &QueueController::requestRefresh);
  connect(sync, &SyncController::jobsChanged, &workspace_->jobs(), &JobController::prefetchIfIdle);  // a scan arrived: prepare it off the GUI thread
  connect(profiles_, &ScannerProfileSource::reloaded, &workspace_->jobs(), &JobController::prefetchAgain);
  connect(&sync->client(), &client::CentralClient::connectivityChanged, queueController_,
          [this](client::Connectivity state) { queueController_->setLinkState(state == client::Connectivity::Online ? QString() : client::connectivityName(state)); });
  queueController_->setLinkState(sync->client().connectivity() == client::Connectivity::Online ? QString()
                                                                                               : client::connectivityName(sync->client().connectivity()));
  connect(&sync->service().outbox(), &client::OutboxSender::sent, queueController_, &QueueController::requestRefresh);
  connect(&sync->service().outbox(), &client::OutboxSender::rejected, workspace_, &AnalystWorkspace::verdictRefused);
  connect(workspace_, &AnalystWorkspace::sendNow, &sync->service().outbox(), &client::OutboxSender::kick);
  connect(&workspace_->jobs(), &JobController::jobOpened, sync, &SyncController::claim);
  giveBack_ = new GiveBackController(*this, workspace_->jobs(), *sync, this);
  jobMenu_->insertAction(workspace_->exportAction(), giveBack_->action());
  connect(giveBack_, &GiveBackController::message, this, [this](const QString& text) { widgets::showStatusMessage(*statusBar(), text, 15000); });
  // Deadlines and verdict times are the central system's: read against its clock, not ours.
  const auto centralClock = [client = &sync->client()] { return client->serverNow(); };
  queueModel_->setClock(centralClock);
  workspace_->setClock(centralClock);
}

bool MainWindow::openJob(const QString& jobId) {
  QString error = notAnAnalyst();
  if (workspace_ && workspace_->jobs().openJob(jobId, &error)) return true;
  widgets::showStatusMessage(*statusBar(), error, 15000);
  return false;
}

void MainWindow::requestJob(const QString& jobId) {
  if (workspace_) return workspace_->jobs().requestOpen(jobId);
  widgets::showStatusMessage(*statusBar(), notAnAnalyst(), 15000);
}

QString MainWindow::notAnAnalyst() const {
  return tr("Jobs are an analyst's work; you are signed in as %1.").arg(widgets::SignInDialog::roleDisplayName(role()));
}

void MainWindow::chooseScan() {
  QStringList patterns{QStringLiteral("*.dcm *.dcs *.dicom *.npy *.json *.png *.tif *.tiff *.jpg")};
  for (const imaging::PluginInfo& plugin : imaging::ScanPlugins::standard().plugins())  // vendors' formats
    for (const QString& ending : QString::fromStdString(plugin.extensions).split(QLatin1Char(' '), Qt::SkipEmptyParts))
      if (plugin.usable() && ending.startsWith(QLatin1Char('.'))) patterns << QLatin1Char('*') + ending;
  const QString path = QFileDialog::getOpenFileName(this, tr("Open scan"), settings_.lastScanFolder(),
                                                    tr("Scans (%1);;All files (*)").arg(patterns.join(QLatin1Char(' '))));
  if (path.isEmpty()) return;
  settings_.setLastScanFolder(QFileInfo(path).absolutePath());
  openScan(path);
}

void MainWindow::saveView() {
  if (!scanController_->hasScan()) return;
  const QString path = QFileDialog::getSaveFileName(this, tr("Save view as PNG"), QFileInfo(scanController_->path()).baseName() + QStringLiteral("_view.png"),
                                                    tr("PNG images (*.png)"));
  if (path.isEmpty()) return;
  QString error;
  if (scanController_->saveView(path, &error))
    widgets::showStatusMessage(*statusBar(), tr("View saved to %1").arg(path), 8000);
  else
    QMessageBox::warning(this, tr("Cannot save the view"), error);
}

void MainWindow::verifyEmpty() {
  if (!scanController_->hasScan()) return;
  scanController_->analyze(imaging::DeclaredContent{true, {}});
  findingsDock_->show();
  findingsDock_->raise();
}

void MainWindow::setViewerDetached(bool detached) {
  if (detached == (viewerWindow_ != nullptr)) return;
  if (detached) {
    viewerWindow_ = new ViewerWindow(this);
    viewerWindow_->setWindowTitle(windowTitle());
    viewerWindow_->hold(takeCentralWidget());
    auto* placeholder = new QLabel(tr("The viewer is in its own window. View → Viewer in its own window brings it back."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    setCentralWidget(placeholder);
    const QByteArray geometry = settings_.viewerWindowGeometry(role());
    if (geometry.isEmpty() || !viewerWindow_->restoreGeometry(geometry)) viewerWindow_->resize(1200, 800);
    connect(viewerWindow_, &ViewerWindow::closing, this, [this] { detachViewerAction_->setChecked(false); });
    viewerWindow_->show();
  } else {
    settings_.setViewerWindowGeometry(role(), {});
    ViewerWindow* window = viewerWindow_;
    viewerWindow_ = nullptr;
    setCentralWidget(window->release());  // the placeholder goes
    centre_->show();
    window->deleteLater();
  }
  if (detachViewerAction_->isChecked() != detached) detachViewerAction_->setChecked(detached);
}

void MainWindow::restoreLayout() {
  if (!settings_.viewerWindowGeometry(role()).isEmpty()) setViewerDetached(true);
  layout_->restore();
}

void MainWindow::resetLayout() {
  layout_->reset();
  if (workspace_) workspace_->refusals().refresh();
}

void MainWindow::closeEvent(QCloseEvent* event) {
  layout_->save();
  const QByteArray viewerGeometry = viewerWindow_ ? viewerWindow_->saveGeometry() : QByteArray();
  if (viewerWindow_) {
    const QSignalBlocker quiet(viewerWindow_);  // closing with the app keeps it detached for next time
    viewerWindow_->close();
  }
  settings_.setViewerWindowGeometry(role(), viewerGeometry);
  settings_.sync();
  QMainWindow::closeEvent(event);
}

void MainWindow::signOut(bool switchUser) {
  const int waiting = queueController_ ? pendingVerdicts_ : 0;
  if (waiting > 0) {
    QMessageBox ask(QMessageBox::Question, tr("Sign out"),
                    tr("%n verdict(s) of yours have not reached the central system yet. They stay on this workstation and are sent "
                       "the next time you sign in here.",
                       nullptr, waiting),
                    QMessageBox::NoButton, this);
    ask.setObjectName(QStringLiteral("signOutQuestion"));
    QPushButton* leave = ask.addButton(tr("Sign out"), QMessageBox::AcceptRole);
    ask.addButton(tr("Stay signed in"), QMessageBox::RejectRole);
    ask.exec();
    if (ask.clickedButton() != leave) return;
  }
  exit_ = switchUser ? Exit::SwitchUser : Exit::SignOut;
  close();
}

void MainWindow::askToSignInAgain() {
  if (!sync_) return;
  if (auto* open = findChild<widgets::SignInDialog*>(QStringLiteral("signInAgainDialog")); open && open->isVisible()) return open->raise();
  auto* dialog = new widgets::SignInDialog(this);
  dialog->setObjectName(QStringLiteral("signInAgainDialog"));
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->setFixedUser(session_.user.id, role());
  dialog->setNotice(tr("The central system asks you to sign in again. Your open job, your marks and the verdicts waiting to be sent are kept."));
  connect(dialog, &widgets::SignInDialog::signInRequested, this, [this, dialog](const QString&, const QString& password, model::Role) {
    const QPointer<widgets::SignInDialog> open(dialog);
    sync_->renewSignIn(password, [this, open](bool ok, const QString& error, int retryAfterSeconds) {
      if (!open) return;
      if (!ok) return open->refuse(error, {}, retryAfterSeconds);
      open->accept();
      widgets::showStatusMessage(*statusBar(), tr("Signed in again."), 8000);
    });
  });
  connect(dialog, &QDialog::rejected, sync_, &SyncController::passwordNotGiven);
  dialog->open();  // window-modal, never blocks the event loop: the outbox and downloads carry on
}

void MainWindow::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QMainWindow::changeEvent(event);
}

void MainWindow::applyPreferences(const QString& language, int theme) {
  settings_.setLanguage(language);
  settings_.setTheme(static_cast<widgets::Theme>(theme));
  widgets::applyTheme(static_cast<widgets::Theme>(theme));
  languages_.apply(language);
  if (queueController_) queueController_->refresh();
}

QList<QAction*> MainWindow::fixedActions() const {
  return {refreshAction_, openScanAction_, saveViewAction_, verifyEmptyAction_, detachViewerAction_, settingsAction_, quitAction_, help_->keysAction()};
}

void MainWindow::showSettings() {
  widgets::SettingsDialog dialog(this);
  dialog.setLanguage(languages_.requested());
  dialog.setTheme(settings_.theme());
  dialog.setOpenInMaterialColours(settings_.openInMaterialColours());
  dialog.setBreakReminderMinutes(settings_.breakReminderMinutes());
  dialog.setAnnotationCategories(settings_.annotationCategories());
  dialog.setScannerProfileFile(settings_.scannerProfileFile(), ScannerProfileBook::defaultLocalFile());
  const client::RetentionPolicy kept = settings_.retention();
  dialog.setStorage({static_cast<int>(kept.cacheLimitBytes >> 30), kept.partFileMaxAgeHours, kept.deliveredKeepDays, kept.telemetryKeepDays});
  dialog.shortcuts()->setEntries(shortcuts_.entries(), ShortcutMap::reservedKeys(fixedActions()));
  if (dialog.exec() != QDialog::Accepted) return;
  settings_.setOpenInMaterialColours(dialog.openInMaterialColours());
  scanController_->setOpenInMaterialColours(dialog.openInMaterialColours());
  settings_.setBreakReminderMinutes(dialog.breakReminderMinutes());
  breakReminder_->setLimitMinutes(dialog.breakReminderMinutes());
  if (!dialog.annotationCategories().isEmpty()) {
    settings_.setAnnotationCategories(dialog.annotationCategories());
    if (workspace_) workspace_->annotationPanel()->setCategories(settings_.annotationCategories());
  }
  shortcuts_.save(settings_, dialog.shortcuts()->entries());
  settings_.setScannerProfileFile(dialog.scannerProfileFile());
  profiles_->reload();
  const widgets::SettingsDialog::Storage storage = dialog.storage();
  settings_.setRetention({static_cast<qint64>(storage.cacheLimitGb) << 30, storage.partFileMaxAgeHours, storage.deliveredKeepDays, storage.telemetryKeepDays});
  if (sync_) sync_->setRetention(settings_.retention());
  if (workspace_) workspace_->verdictPanel()->updateKeyLabels();
  applyPreferences(dialog.language(), static_cast<int>(dialog.theme()));
}

void MainWindow::updateReviewing() {
  breakReminder_->setReviewing(workspace_ && workspace_->jobs().currentJob().has_value() &&
                               (QGuiApplication::applicationState() == Qt::ApplicationActive || !isMinimized()));
}

void MainWindow::suggestBreak(int minutes) {
  widgets::showStatusMessage(*statusBar(), tr("%n minute(s) of review without a break.", nullptr, minutes), 60000);
  auto* box = new QMessageBox(QMessageBox::Information, tr("Time for a short break"),
                              tr("You have been reviewing images for %n minute(s). A few minutes away from the screen keep detection up.",
                                 nullptr, minutes),
                              QMessageBox::NoButton, this);
  box->setObjectName(QStringLiteral("breakReminderBox"));
  box->setAttribute(Qt::WA_DeleteOnClose);
  box->setWindowModality(Qt::NonModal);  // never blocks the work
  box->addButton(tr("OK"), QMessageBox::AcceptRole);
  QPushButton* later = box->addButton(tr("Remind me in %n minute(s)", nullptr, BreakReminder::kSnoozeMinutes), QMessageBox::RejectRole);
  connect(later, &QPushButton::clicked, breakReminder_, &BreakReminder::snooze);
  box->show();
}

void MainWindow::drawDocksAfterTheImage() {
  // Opening a job changes nearly every widget; drawn in one frame, that frame and the opening
  // together held the GUI thread 40–55 ms on two cores. The image comes first, the docks in the
  // next frame (their contents are set at once; only their painting waits), so neither turn is long.
  for (QDockWidget* dock : findChildren<QDockWidget*>())
    if (dock->isVisible() && dock->updatesEnabled()) {
      dock->setUpdatesEnabled(false);
      heldDocks_ << dock;
    }
  QTimer::singleShot(200, this, &MainWindow::releaseDocks);  // in case no frame comes (a minimised window)
}

void MainWindow::releaseDocks() {
  for (const QPointer<QDockWidget>& dock : std::exchange(heldDocks_, {}))
    if (dock) dock->setUpdatesEnabled(true);
}

bool MainWindow::event(QEvent* event) {
  const bool handled = QMainWindow::event(event);
  // The frame with the new image is drawn: the docks' own frame follows after the event loop's next turn.
  if (event->type() == QEvent::UpdateRequest && !heldDocks_.isEmpty()) QTimer::singleShot(0, this, &MainWindow::releaseDocks);
  return handled;
}

void MainWindow::showAbout() {
  widgets::AboutDialog dialog(applicationVersion(), componentVersions(), imaging::ScanPlugins::standard().plugins(), this);
  dialog.exec();
}

}  // namespace cip::app

#pragma once

#include "AppFixture.h"

#include "app/MainWindow.h"
#include "app/SyncController.h"

#include <QUrl>

/// `count` small synthetic demo jobs for a central system to import; the folder.
QString writeServerJobs(AppFixture& fx, int count);

/// A workstation window signed in to the central system at `central` as `userId` in `role`
/// (password "demo") the way the workstation does it: the central system confirms the user
/// first, then the window opens and the sync starts.
struct SyncedWindow {
  SyncedWindow(AppFixture& fx, const QUrl& central, const QString& userId, cip::model::Role role);
  cip::app::SyncController sync;
  cip::app::MainWindow window;
};

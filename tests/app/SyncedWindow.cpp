#include "SyncedWindow.h"

#include "app/session/SignInFlow.h"
#include "sync/demo/DemoData.h"

#include <catch2/catch.hpp>

QString writeServerJobs(AppFixture& fx, int count) {
  cip::demo::DemoJobOptions options;
  options.count = count;
  options.pixelMm = 20;
  const QString folder = fx.dir.filePath(QStringLiteral("server-jobs"));
  cip::demo::writeDemoJobs(folder, options);
  return folder;
}

namespace {

cip::app::Session signIn(cip::app::SyncController& sync, const QString& userId, cip::model::Role role) {
  const cip::app::SignInResult signedIn = cip::app::signInNow(sync.authenticator(), userId, QStringLiteral("demo"), role);
  INFO(signedIn.error.toStdString());
  REQUIRE(signedIn.ok());
  return *signedIn.session;
}

}  // namespace

SyncedWindow::SyncedWindow(AppFixture& fx, const QUrl& central, const QString& userId, cip::model::Role role)
    : sync(*fx.store, central, fx.dir.filePath(QStringLiteral("cache"))), window(*fx.store, signIn(sync, userId, role), *fx.settings, fx.languages) {
  window.attachSync(&sync);
  window.show();
  sync.start(window.session());
}

#pragma once

#include "app/AppSettings.h"
#include "app/cli/LanguageManager.h"
#include "app/session/Session.h"
#include "sync/store/Store.h"

#include <QImage>
#include <QTemporaryDir>

#include <functional>
#include <memory>

class QAction;
class QDialog;
class QWidget;

/// A workstation environment of its own for each test: database, settings file, languages.
struct AppFixture {
  AppFixture();
  QTemporaryDir dir;
  std::unique_ptr<cip::store::Store> store;
  std::unique_ptr<cip::app::AppSettings> settings;
  cip::app::LanguageManager languages;

  /// A session for `id` in `role` as if the central system had confirmed it (the test's seam:
  /// the sign-in itself is tested against a real cip-central in test_sign_in).
  static cip::app::Session user(const QString& id, cip::model::Role role);
  /// Writes `count` synthetic demo jobs into <dir>/jobs and imports them for li.wei; their ids.
  QStringList demoJobs(int count, unsigned seed = 1, double pixelMm = 10);
};

/// Fails the test with a clear message when there is no display (run under xvfb-run).
void requireGui();
/// The window once it has painted what was asked of it so far (layouts, a raised dock, a new
/// scan in the viewer): its next paint comes after every event posted before this call.
/// Waits for that paint, with a deadline, then grabs the window.
QImage grabPainted(QWidget& window);
/// Saves a screenshot under the build's test-artifacts folder and returns its path.
QString saveArtifact(const QImage& image, const QString& name);
/// Mean luminance (0–255) of a rectangle of the image.
double meanLuminance(const QImage& image, const QRect& rect);
/// Triggers `action`, which opens a modal dialog (exec()), hands the dialog to `inspect` while it
/// is open, then closes it (reject). Fails the test when the action opened no dialog. `inspect`
/// runs inside the dialog's event loop: it CHECKs, never REQUIREs.
void inspectModal(QAction& action, const std::function<void(QDialog&)>& inspect);

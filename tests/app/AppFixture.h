#pragma once

#include "app/AppSettings.h"
#include "app/LanguageManager.h"
#include "sync/store/Store.h"

#include <QImage>
#include <QTemporaryDir>

#include <memory>

/// A workstation environment of its own for each test: database, settings file, languages.
struct AppFixture {
  AppFixture();
  QTemporaryDir dir;
  std::unique_ptr<cip::store::Store> store;
  std::unique_ptr<cip::app::AppSettings> settings;
  cip::app::LanguageManager languages;

  static cip::model::User user(const QString& id, cip::model::Role role);
  /// Writes `count` synthetic demo jobs into <dir>/jobs and imports them for li.wei; their ids.
  QStringList demoJobs(int count, unsigned seed = 1, double pixelMm = 10);
};

/// Fails the test with a clear message when there is no display (run under xvfb-run).
void requireGui();
/// Saves a screenshot under the build's test-artifacts folder and returns its path.
QString saveArtifact(const QImage& image, const QString& name);
/// Mean luminance (0–255) of a rectangle of the image.
double meanLuminance(const QImage& image, const QRect& rect);

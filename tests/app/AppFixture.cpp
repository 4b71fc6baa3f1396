#include "AppFixture.h"

#include <catch2/catch.hpp>

#include "sync/demo/DemoData.h"
#include "app/jobs/JobFolderImport.h"

#include <QApplication>
#include <QDir>

AppFixture::AppFixture() {
  REQUIRE(dir.isValid());
  store = cip::store::Store::open(dir.filePath(QStringLiteral("workstation.sqlite")));
  settings = std::make_unique<cip::app::AppSettings>(dir.filePath(QStringLiteral("settings.ini")));
  languages.apply(QStringLiteral("en"));
}

QStringList AppFixture::demoJobs(int count, unsigned seed, double pixelMm) {
  cip::demo::DemoJobOptions options;
  options.count = count;
  options.seed = seed;
  options.pixelMm = pixelMm;
  const QString folder = dir.filePath(QStringLiteral("jobs"));
  const QStringList ids = cip::demo::writeDemoJobs(folder, options);
  const cip::app::JobImportReport report = cip::app::importJobFolder(*store, folder, QStringLiteral("li.wei"));
  INFO(report.errors.join(QLatin1Char('\n')).toStdString());
  REQUIRE(report.imported.size() == count);
  return ids;
}

cip::model::User AppFixture::user(const QString& id, cip::model::Role role) { return {id, id, {role}}; }

void requireGui() {
  INFO("GUI tests need a display: run them under xvfb-run (see README)");
  REQUIRE(qobject_cast<QApplication*>(QCoreApplication::instance()) != nullptr);
}

QString saveArtifact(const QImage& image, const QString& name) {
  QDir().mkpath(QStringLiteral(CIP_TEST_ARTIFACTS));
  const QString path = QDir(QStringLiteral(CIP_TEST_ARTIFACTS)).filePath(name);
  REQUIRE(image.save(path));
  return path;
}

double meanLuminance(const QImage& image, const QRect& rect) {
  double sum = 0;
  int count = 0;
  for (int y = rect.top(); y <= rect.bottom(); y += 2)
    for (int x = rect.left(); x <= rect.right(); x += 2) {
      const QColor c = image.pixelColor(x, y);
      sum += 0.2126 * c.red() + 0.7152 * c.green() + 0.0722 * c.blue();
      ++count;
    }
  return count ? sum / count : 0;
}

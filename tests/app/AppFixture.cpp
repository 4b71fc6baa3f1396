#include "AppFixture.h"

#include <catch2/catch.hpp>

#include "sync/demo/DemoData.h"
#include "app/jobs/JobFolderImport.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QEvent>
#include <QTest>
#include <QTimer>
#include <QWidget>

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

cip::app::Session AppFixture::user(const QString& id, cip::model::Role role) { return {{id, id, {role}}, role, false, 0}; }

namespace {

/// Counts the paint events one widget receives.
class PaintCounter : public QObject {
 public:
  explicit PaintCounter(QWidget& widget) : widget_(widget) { widget_.installEventFilter(this); }
  ~PaintCounter() override { widget_.removeEventFilter(this); }
  int count() const { return count_; }

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override {
    if (watched == &widget_ && event->type() == QEvent::Paint) ++count_;
    return false;
  }

 private:
  QWidget& widget_;
  int count_ = 0;
};

}  // namespace

QImage grabPainted(QWidget& window) {
  PaintCounter paints(window);
  window.update();
  INFO("the window did not repaint within 5 s");
  REQUIRE(QTest::qWaitFor([&] { return paints.count() > 0; }, 5000));
  return window.grab().toImage();
}

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

void inspectModal(QAction& action, const std::function<void(QDialog&)>& inspect) {
  bool inspected = false;
  QTimer poll;  // runs inside the dialog's own event loop, until the dialog shows
  poll.setInterval(10);
  QObject::connect(&poll, &QTimer::timeout, [&] {
    auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
    if (!dialog || !dialog->isVisible()) return;
    poll.stop();
    inspect(*dialog);
    inspected = true;
    dialog->reject();
  });
  poll.start();
  action.trigger();
  poll.stop();
  INFO(action.text().toStdString() << " opened no dialog");
  REQUIRE(inspected);
}

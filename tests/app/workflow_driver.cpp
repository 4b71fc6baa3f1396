// A workstation without a screen that works through its queue as fast as it can — open the next
// job, draw marks, undo and redo some, refer, submit — and reports on stdout what it has been
// told is safe: "ANNOTATION+ id" once a mark is in the database, "ANNOTATION- id" once one is
// gone, "UNSURE id" before an undo or redo that may change it, "CONFIRMED verdict job" once a
// verdict's submission returned. The crash test kills it
// at random moments and compares those reports with the database.
#include "app/AppSettings.h"
#include "app/cli/LanguageManager.h"
#include "app/MainWindow.h"
#include "app/jobs/AnalystWorkspace.h"
#include "app/jobs/AnnotationController.h"
#include "app/jobs/JobController.h"
#include "app/jobs/VerdictController.h"
#include "sync/store/Store.h"
#include "widgets/workflow/VerdictPanel.h"

#include <QApplication>
#include <QLoggingCategory>

#include <cstdio>
#include <random>

using namespace cip;

int main(int argc, char* argv[]) {
  qputenv("QT_QPA_PLATFORM", "offscreen");
  QApplication application(argc, argv);
  QLoggingCategory::setFilterRules(QStringLiteral("cip.*.info=false"));
  const QStringList args = application.arguments();
  if (args.size() != 4) {
    std::fprintf(stderr, "usage: cip_workflow_driver DB SETTINGS SEED\n");
    return 2;
  }
  std::unique_ptr<store::Store> store = store::Store::open(args[1]);
  app::AppSettings settings(args[2]);
  app::LanguageManager languages;
  languages.apply(QStringLiteral("en"));
  std::mt19937 dice(args[3].toUInt());
  const app::Session session{{QStringLiteral("li.wei"), QStringLiteral("li.wei"), {model::Role::Analyst}}, model::Role::Analyst, false, 0};
  app::MainWindow window(*store, session, settings, languages);  // never shown: no GL needed
  app::AnalystWorkspace& work = *window.workspace();
  work.verdicts().setConfirm([](const QString&) { return true; });
  work.verdicts().setAutoAdvance(false);
  auto say = [](const QString& line) {
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
  };
  QString last;
  QObject::connect(&work.annotations(), &app::AnnotationController::annotationsChanged, [&] {
    // Report what is now stored: new ids added, ids gone removed.
    static QStringList known;
    QStringList now;
    for (const model::Annotation& a : work.annotations().annotations()) now << a.id;
    for (const QString& id : now)
      if (!known.contains(id)) say(QStringLiteral("ANNOTATION+ ") + id);
    for (const QString& id : known)
      if (!now.contains(id) && work.jobs().currentJob()) say(QStringLiteral("ANNOTATION- ") + id);
    known = now;
  });
  QObject::connect(&work.verdicts(), &app::VerdictController::submitted,
                   [&](const QString& verdict, const QString& job) { say(QStringLiteral("CONFIRMED %1 %2").arg(verdict, job)); });

  say(QStringLiteral("READY"));  // loading the libraries is over: from here on a kill lands in the work
  for (;;) {
    QString error;
    if (!work.jobs().openNextJob(&error)) break;
    work.jobs().waitForAnalysis();
    const int marks = 1 + static_cast<int>(dice() % 3);
    for (int i = 0; i < marks; ++i) {
      const double x = 20 + dice() % 200, y = 20 + dice() % 80;
      work.annotations().create(imaging::Shape{imaging::ShapeType::Rectangle, {{x, y}, {x + 30, y + 20}}});
      const QString created = work.annotations().annotations().isEmpty() ? QString() : work.annotations().annotations().last().id;
      // An undo or redo in flight when the kill comes may or may not have reached the database.
      if (dice() % 3 == 0) {
        say(QStringLiteral("UNSURE ") + created);
        work.annotations().undoStack().undo();
      }
      if (dice() % 2 == 0) {
        say(QStringLiteral("UNSURE ") + created);
        work.annotations().undoStack().redo();
      }
    }
    widgets::VerdictPanel& panel = *work.verdictPanel();
    panel.setDecision(model::Decision::ReferToInspection);
    if (work.annotations().annotations().isEmpty()) panel.setComment(QStringLiteral("seen on the image"));
    emit panel.formChanged();
    if (!work.verdicts().submit(&error)) {
      std::fprintf(stderr, "submit failed: %s\n", qPrintable(error));
      return 1;
    }
  }
  say(QStringLiteral("DONE"));
  return 0;
}

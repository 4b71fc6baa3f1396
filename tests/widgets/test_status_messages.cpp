#include "widgets/StatusMessages.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QFontMetrics>
#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>
#include <QTest>

using cip::widgets::elidePathsToFit;

TEST_CASE("A long path in a status message is shortened in its folders, keeping the words and the file name", "[widgets][status]") {
  const QFontMetrics metrics(QApplication::font());
  const QString path = QStringLiteral("/srv/cip/workstation/exports/2026/12/04/analysts/li.wei/J-1042/verdict_J-1042.json");
  const QString message = QStringLiteral("Verdict exported to %1 and sent.").arg(path);
  const int width = metrics.horizontalAdvance(message) / 2;
  const QString fitted = elidePathsToFit(message, metrics, width);
  CHECK(metrics.horizontalAdvance(fitted) <= width);
  CHECK(fitted.startsWith(QStringLiteral("Verdict exported to /")));
  CHECK(fitted.endsWith(QStringLiteral("verdict_J-1042.json and sent.")));
  CHECK(fitted.contains(QStringLiteral("…")));
  // What fits, and what has no path, stays as it is.
  CHECK(elidePathsToFit(message, metrics, metrics.horizontalAdvance(message) + 1) == message);
  const QString plain = QStringLiteral("Job J-1042 was given back to the central system for another analyst.");
  CHECK(elidePathsToFit(plain, metrics, 50) == plain);
  // However little room there is, the file's name stays whole.
  CHECK(elidePathsToFit(message, metrics, 40).contains(QStringLiteral("…/verdict_J-1042.json")));
}

TEST_CASE("The status bar shows a long path shortened, the whole message in its tooltip", "[widgets][status][gui]") {
  QMainWindow window;
  window.resize(640, 200);
  auto* link = new QLabel(QStringLiteral("Online · 0 waiting"));
  window.statusBar()->addPermanentWidget(link);
  window.show();
  REQUIRE(QTest::qWaitForWindowExposed(&window));
  const QString message = QStringLiteral("Cannot open /home/analyst/.local/share/cip-workstation/scans/cache/SCN-CNSHA-01/2026-12-04/J-1042_S1.dcm: truncated");
  cip::widgets::showStatusMessage(*window.statusBar(), message, 10000);
  const QString shown = window.statusBar()->currentMessage();
  CHECK(shown != message);
  CHECK(shown.contains(QStringLiteral("J-1042_S1.dcm: truncated")));
  CHECK(window.statusBar()->fontMetrics().horizontalAdvance(shown) < link->x());
  CHECK(window.statusBar()->toolTip() == message);
}

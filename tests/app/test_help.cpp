// Help → Keyboard shortcuts and Help → User guide, and the texts that were left in English in
// Chinese: the pixel readout's channels, the settings' mark categories and language box.
#include "AppFixture.h"

#include "app/HelpMenu.h"
#include "app/MainWindow.h"
#include "app/jobs/AnalystWorkspace.h"
#include "app/jobs/JobController.h"
#include "widgets/KeyReferenceDialog.h"
#include "widgets/SettingsDialog.h"
#include "widgets/UserGuideDialog.h"
#include "widgets/viewer/RadiographView.h"
#include "widgets/viewer/ViewerKeyMap.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QStatusBar>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using cip::app::MainWindow;
using cip::model::Role;

namespace {

/// The reference's rows as "group | keys | description".
QStringList referenceRows(const cip::widgets::KeyReferenceDialog& dialog, bool visibleOnly = false) {
  QStringList rows;
  const QTreeWidget& tree = *dialog.tree();
  for (int g = 0; g < tree.topLevelItemCount(); ++g)
    for (int r = 0; r < tree.topLevelItem(g)->childCount(); ++r) {
      const QTreeWidgetItem* row = tree.topLevelItem(g)->child(r);
      if (!visibleOnly || !row->isHidden())
        rows << QStringLiteral("%1 | %2 | %3").arg(tree.topLevelItem(g)->text(0), row->text(0), row->text(1));
    }
  return rows;
}

cip::widgets::KeyReferenceDialog& openKeyReference(MainWindow& window) {
  auto* action = window.findChild<QAction*>(QStringLiteral("keyReferenceAction"));
  REQUIRE(action);
  action->trigger();
  cip::widgets::KeyReferenceDialog* shown = nullptr;  // one closed before may await its deletion
  for (auto* dialog : window.findChildren<cip::widgets::KeyReferenceDialog*>())
    if (dialog->isVisible()) shown = dialog;
  REQUIRE(shown);
  return *shown;
}

}  // namespace

TEST_CASE("Help lists every key as it is set now, grouped and searchable", "[app][gui][help]") {
  requireGui();
  AppFixture fx;
  fx.demoJobs(1);
  fx.settings->setShortcut(QStringLiteral("job.next"), QKeySequence(Qt::Key_K));  // the analyst's own key
  MainWindow window(*fx.store, AppFixture::user(QStringLiteral("li.wei"), Role::Analyst), *fx.settings, fx.languages);
  window.show();
  auto* action = window.findChild<QAction*>(QStringLiteral("keyReferenceAction"));
  REQUIRE(action);
  CHECK(action->shortcuts() == QList<QKeySequence>{QKeySequence(Qt::Key_F1), QKeySequence(Qt::CTRL | Qt::Key_Slash)});

  cip::widgets::KeyReferenceDialog& dialog = openKeyReference(window);
  const QStringList rows = referenceRows(dialog);
  INFO(rows.join(QLatin1Char('\n')).toStdString());
  CHECK(rows.contains(QStringLiteral("Jobs | K | Next job")));                     // the own key, not N
  CHECK(rows.contains(QStringLiteral("Verdict | F10 | Decide: refer to inspection")));
  CHECK(rows.contains(QStringLiteral("Marks | Ctrl+Z | Undo")));
  CHECK(rows.contains(QStringLiteral("Viewer: images and CT planes | F | Fit the image to the view")));
  CHECK(rows.contains(QStringLiteral("Viewer: images and CT planes | +  ·  = | Zoom in")));
  CHECK(rows.contains(QStringLiteral("Viewer: 3D view | M | 3D: metal")));
  CHECK(rows.contains(QStringLiteral("Viewer: drawing and editing marks | Del | Delete the selected mark")));
  CHECK(rows.contains(QStringLiteral("Menus | Ctrl+O | Open scan")));
  CHECK(rows.contains(QStringLiteral("Menus | F1  ·  Ctrl+/ | Keyboard shortcuts")));
  // Every viewer key is there: the reference is read from the viewer's own table.
  CHECK(rows.filter(QStringLiteral("Viewer: ")).size() ==
        static_cast<int>(cip::widgets::ViewerKeyMap::keys().size()) + 4 /* the editor's four rows */);

  dialog.searchBox()->setText(QStringLiteral("zoom"));
  const QStringList found = referenceRows(dialog, true);
  CHECK(found.size() == 2);
  CHECK(found.filter(QStringLiteral("Zoom"), Qt::CaseInsensitive).size() == found.size());
  dialog.searchBox()->setText(QStringLiteral("F10"));  // by key too
  CHECK(referenceRows(dialog, true) == QStringList{QStringLiteral("Verdict | F10 | Decide: refer to inspection")});
  dialog.searchBox()->clear();
  CHECK(dialog.visibleRows() == rows.size());

  action->trigger();  // a second time brings the same dialog forward
  CHECK(&openKeyReference(window) == &dialog);
  delete &dialog;

  fx.languages.apply(QStringLiteral("zh_CN"));
  QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);  // the menus retranslate
  cip::widgets::KeyReferenceDialog& chinese = openKeyReference(window);
  const QStringList zhRows = referenceRows(chinese);
  INFO(zhRows.join(QLatin1Char('\n')).toStdString());
  CHECK(chinese.windowTitle() == QStringLiteral("键盘快捷键"));
  CHECK(zhRows.contains(QStringLiteral("任务 | K | 下一个任务")));
  CHECK(zhRows.filter(QStringLiteral("查看器：三维视图 | ")).size() == 4);
  CHECK(zhRows.contains(QStringLiteral("菜单 | Ctrl+O | 打开图像")));
  chinese.close();
  fx.languages.apply(QStringLiteral("en"));
}

TEST_CASE("Help opens the user guide shipped in the program, in the language in effect", "[app][gui][help]") {
  requireGui();
  AppFixture fx;
  const QString english = cip::app::HelpMenu::userGuide(QStringLiteral("en"));
  const QString chinese = cip::app::HelpMenu::userGuide(QStringLiteral("zh_CN"));
  CHECK(english.startsWith(QStringLiteral("# CIP Workstation — user guide")));
  CHECK(chinese.startsWith(QStringLiteral("# CIP 工作站 — 用户指南")));
  CHECK(english.count(QStringLiteral("\n## ")) == chinese.count(QStringLiteral("\n## ")));  // the same sections

  MainWindow window(*fx.store, AppFixture::user(QStringLiteral("zhao.min"), Role::Supervisor), *fx.settings, fx.languages);
  window.show();
  auto* action = window.findChild<QAction*>(QStringLiteral("userGuideAction"));
  REQUIRE(action);
  for (const auto& [language, heading] : {std::pair{QStringLiteral("en"), QStringLiteral("Supervisors and administrators")},
                                          std::pair{QStringLiteral("zh_CN"), QStringLiteral("主管和管理员")}}) {
    fx.languages.apply(language);
    action->trigger();
    auto* dialog = window.findChild<cip::widgets::UserGuideDialog*>(QStringLiteral("userGuideDialog"));
    REQUIRE(dialog);
    CHECK(dialog->browser()->toPlainText().contains(heading));
    CHECK_FALSE(dialog->browser()->toPlainText().contains(QStringLiteral("##")));  // rendered, not raw Markdown
    delete dialog;
  }
  fx.languages.apply(QStringLiteral("en"));
}

TEST_CASE("In Chinese the pixel readout names the channels in Chinese", "[app][gui][i18n]") {
  requireGui();
  AppFixture fx;
  const QStringList ids = fx.demoJobs(1, 1, 20);
  fx.languages.apply(QStringLiteral("zh_CN"));
  MainWindow window(*fx.store, AppFixture::user(QStringLiteral("li.wei"), Role::Analyst), *fx.settings, fx.languages);
  window.resize(1400, 860);
  window.show();
  REQUIRE(QTest::qWaitForWindowExposed(&window));
  REQUIRE(window.openJob(ids[0]));
  cip::widgets::RadiographView& viewer = *window.viewer();
  REQUIRE(QTest::qWaitFor([&] { return viewer.scan() != nullptr && viewer.isVisible(); }, 10000));
  grabPainted(window);  // laid out and drawn: the image lies under the view's centre
  QString readout;
  const QMetaObject::Connection taken = QObject::connect(&viewer, &cip::widgets::RadiographView::cursorInfo, [&](const QString& text) { readout = text; });
  const QPointF centre(viewer.width() / 2.0, viewer.height() / 2.0);
  QMouseEvent move(QEvent::MouseMove, centre, viewer.mapToGlobal(centre), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
  QApplication::sendEvent(&viewer, &move);
  QObject::disconnect(taken);
  INFO(readout.toStdString());
  CHECK(readout.contains(QStringLiteral("高能")));
  CHECK(readout.contains(QStringLiteral("低能")));
  CHECK_FALSE(readout.contains(QStringLiteral("high")));
  fx.languages.apply(QStringLiteral("en"));
}

TEST_CASE("Settings show the mark categories by name and the language in effect", "[app][gui][i18n]") {
  requireGui();
  AppFixture fx;
  REQUIRE(fx.settings->language().isEmpty());  // nothing chosen in the settings
  fx.languages.apply(QStringLiteral("zh_CN"));  // as `--language zh_CN` does
  MainWindow window(*fx.store, AppFixture::user(QStringLiteral("li.wei"), Role::Analyst), *fx.settings, fx.languages);
  window.show();
  auto* settings = window.findChild<QAction*>(QStringLiteral("settingsAction"));
  REQUIRE(settings);
  inspectModal(*settings, [](QDialog& dialog) {
    auto* language = dialog.findChild<QComboBox*>(QStringLiteral("language"));
    auto* categories = dialog.findChild<QLineEdit*>(QStringLiteral("annotationCategories"));
    CHECK((language && language->currentData().toString() == QStringLiteral("zh_CN")));
    CHECK((categories && categories->text().startsWith(QStringLiteral("未申报货物、藏匿、毒品"))));
  });

  // Names in either language, and codes, come back as codes.
  cip::widgets::SettingsDialog dialog;
  dialog.setAnnotationCategories({QStringLiteral("drugs"), QStringLiteral("ivory"), QStringLiteral("other")});
  CHECK(dialog.annotationCategories() == QStringList{QStringLiteral("drugs"), QStringLiteral("ivory"), QStringLiteral("other")});
  dialog.findChild<QLineEdit*>(QStringLiteral("annotationCategories"))->setText(QStringLiteral("毒品，武器、concealment, Drugs"));
  CHECK(dialog.annotationCategories() == QStringList{QStringLiteral("drugs"), QStringLiteral("weapons"), QStringLiteral("concealment")});
  fx.languages.apply(QStringLiteral("en"));
  dialog.findChild<QLineEdit*>(QStringLiteral("annotationCategories"))->setText(QStringLiteral("Undeclared goods, Weapons"));
  CHECK(dialog.annotationCategories() == QStringList{QStringLiteral("undeclared-goods"), QStringLiteral("weapons")});
}

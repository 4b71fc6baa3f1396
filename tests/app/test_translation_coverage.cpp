// Every text a user can see is in the language chosen: the window of each role with work open,
// its menus and status bar, and every dialog it opens. In Chinese a text with an English word
// (not an id, a file name, a unit, a key name or an acronym) fails the test; in English a text
// with Chinese does. The failure lists each text with where it is, ready to be translated.
#include "AppFixture.h"
#include "CentralProcess.h"
#include "SyncedWindow.h"

#include "app/jobs/AnalystWorkspace.h"
#include "app/jobs/JobController.h"
#include "sync/client/SyncService.h"
#include "widgets/JobQueuePanel.h"
#include "widgets/SignInDialog.h"
#include "widgets/viewer/RadiographView.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMouseEvent>
#include <QRegularExpression>
#include <QSet>
#include <QStackedWidget>
#include <QTabBar>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QTest>

using cip::model::Role;

namespace {

struct SeenText {
  QString where;
  QString text;
};

/// Words that stay as they are in every language: key names as Qt writes them, units, the
/// names of programs and libraries, each language's own name.
const QStringList& neverTranslated() {
  static const QStringList words{
      // keys
      QStringLiteral("Ctrl"), QStringLiteral("Shift"), QStringLiteral("Alt"), QStringLiteral("Meta"), QStringLiteral("Enter"),
      QStringLiteral("Return"), QStringLiteral("Esc"), QStringLiteral("Backspace"), QStringLiteral("Del"), QStringLiteral("Delete"),
      QStringLiteral("Ins"), QStringLiteral("Home"), QStringLiteral("End"), QStringLiteral("PgUp"), QStringLiteral("PgDown"),
      QStringLiteral("Left"), QStringLiteral("Right"), QStringLiteral("Up"), QStringLiteral("Down"), QStringLiteral("Space"),
      QStringLiteral("Tab"),
      // units
      QStringLiteral("mm"), QStringLiteral("cm"), QStringLiteral("km"), QStringLiteral("kg"), QStringLiteral("min"), QStringLiteral("ms"),
      QStringLiteral("px"), QStringLiteral("keV"), QStringLiteral("MeV"),
      // names
      QStringLiteral("Qt"), QStringLiteral("OpenCV"), QStringLiteral("SQLite"), QStringLiteral("OpenSSL"), QStringLiteral("English"),
      QStringLiteral("http"), QStringLiteral("https")};
  return words;
}

/// The English words in `text` that should have been translated. A word is letters only (or
/// letters joined by hyphens); tokens with digits, dots, slashes or underscores are ids, file
/// names and numbers. One letter, an all-capitals acronym (DICOS, HS, CT) and the words above
/// are never translated.
QStringList untranslatedWords(const QString& text, const QStringList& alsoAllowed) {
  static const QRegularExpression token(QStringLiteral("[A-Za-z0-9._/\\\\-]+"));
  static const QRegularExpression word(QStringLiteral("^[A-Za-z]+(-[A-Za-z]+)*$"));
  QStringList found;
  for (auto it = token.globalMatch(text); it.hasNext();) {
    QString t = it.next().captured();
    while (t.endsWith(QLatin1Char('.')) || t.endsWith(QLatin1Char('-'))) t.chop(1);
    if (!word.match(t).hasMatch()) continue;
    for (const QString& part : t.split(QLatin1Char('-'))) {
      if (part.size() < 2 || part == part.toUpper() || neverTranslated().contains(part) || alsoAllowed.contains(part)) continue;
      found << part;
    }
  }
  return found;
}

bool hasChinese(const QString& text) {
  static const QRegularExpression han(QStringLiteral("\\p{Han}"));
  return han.match(text).hasMatch();
}

QString plain(QString text) {
  if (Qt::mightBeRichText(text)) text = QTextDocumentFragment::fromHtml(text).toPlainText();
  return text.remove(QLatin1Char('&')).simplified();
}

QString whereIs(const QWidget* w) {
  QStringList path;
  for (const QWidget* p = w; p && path.size() < 3; p = p->parentWidget())
    path.prepend(p->objectName().isEmpty() ? QString::fromLatin1(p->metaObject()->className()) : p->objectName());
  return path.join(QLatin1Char('/'));
}

/// Whether the user can come to see `w` inside `root`: nothing between them was hidden on
/// purpose, except the pages of a stack or tab widget and the docks (a tab or the View menu
/// brings them).
bool reachable(const QWidget* w, const QWidget* root) {
  for (const QWidget* p = w; p && p != root; p = p->parentWidget()) {
    if (p->isWindow()) return false;  // a dialog or menu of its own: walked separately
    const bool hiddenOnPurpose = p->isHidden() && p->testAttribute(Qt::WA_WState_ExplicitShowHide);
    if (hiddenOnPurpose && !qobject_cast<const QDockWidget*>(p) && !qobject_cast<const QStackedWidget*>(p->parentWidget())) return false;
  }
  return true;
}

void addMenu(const QMenu* menu, const QString& where, QList<SeenText>& out) {
  for (const QAction* action : menu->actions()) {
    if (action->isSeparator()) continue;
    out.push_back({where, plain(action->text())});
    if (action->menu()) addMenu(action->menu(), where + QStringLiteral(" → ") + plain(action->text()), out);
  }
}

/// Every text shown in `root` and the widgets the user can reach in it.
QList<SeenText> textsOf(QWidget& root) {
  QList<SeenText> out;
  out.push_back({whereIs(&root) + QStringLiteral(" (title)"), root.windowTitle()});
  QList<QWidget*> widgets = root.findChildren<QWidget*>();
  widgets.prepend(&root);
  for (QWidget* w : widgets) {
    if (w != &root && !reachable(w, &root)) continue;
    const QString where = whereIs(w);
    const auto add = [&](const QString& text) {
      if (!text.trimmed().isEmpty()) out.push_back({where, plain(text)});
    };
    if (auto* label = qobject_cast<QLabel*>(w)) add(label->text());
    if (auto* button = qobject_cast<QAbstractButton*>(w)) add(button->text());
    if (auto* group = qobject_cast<QGroupBox*>(w)) add(group->title());
    if (auto* dock = qobject_cast<QDockWidget*>(w)) add(dock->windowTitle());
    if (auto* tabs = qobject_cast<QTabBar*>(w))
      for (int i = 0; i < tabs->count(); ++i) add(tabs->tabText(i));
    if (auto* combo = qobject_cast<QComboBox*>(w))
      for (int i = 0; i < combo->count(); ++i) add(combo->itemText(i));
    if (auto* spin = qobject_cast<QAbstractSpinBox*>(w)) add(spin->text());
    if (auto* edit = qobject_cast<QLineEdit*>(w); edit && edit->echoMode() == QLineEdit::Normal) {
      add(edit->text());
      add(edit->placeholderText());
    }
    if (auto* browser = qobject_cast<QTextBrowser*>(w)) add(browser->toPlainText());
    if (auto* view = qobject_cast<QAbstractItemView*>(w); view && view->model())
      for (const QHeaderView* header : w->findChildren<QHeaderView*>(QString(), Qt::FindDirectChildrenOnly))
        if (header->orientation() == Qt::Horizontal && !header->isHidden())
          for (int s = 0; s < header->count(); ++s)
            if (!header->isSectionHidden(s)) add(view->model()->headerData(s, Qt::Horizontal).toString());
    if (auto* bar = qobject_cast<QMenuBar*>(w))
      for (const QAction* action : bar->actions())
        if (action->menu()) {
          add(action->text());
          addMenu(action->menu(), plain(action->text()), out);
        }
  }
  return out;
}

/// Triggers `action`, which opens a modal dialog, and returns that dialog's texts.
QList<SeenText> textsOfModal(QAction& action) {
  QList<SeenText> texts;
  inspectModal(action, [&](QDialog& dialog) { texts = textsOf(dialog); });
  return texts;
}

/// The dialog `action` opens beside the window (not modal), found by its object name.
QList<SeenText> textsOfDialog(QWidget& window, QAction& action, const QString& name) {
  action.trigger();
  auto* dialog = window.findChild<QDialog*>(name);
  INFO(plain(action.text()).toStdString() << " opened no " << name.toStdString());
  REQUIRE(dialog);
  REQUIRE(QTest::qWaitForWindowExposed(dialog));
  QList<SeenText> texts = textsOf(*dialog);
  dialog->close();
  return texts;
}

QAction* actionNamed(QWidget& window, const QString& name) {
  auto* action = window.findChild<QAction*>(name);
  INFO("no action " << name.toStdString());
  REQUIRE(action);
  return action;
}

/// Everything one role sees: the window with work open (every dock raised in turn, the pixel
/// readout under the cursor), its menus, and the dialogs of its menus.
QList<SeenText> textsOfRole(AppFixture& fx, const CentralProcess& central, const QString& user, Role role, const QString& scanFile) {
  SyncedWindow synced(fx, central.url(), user, role);
  cip::app::MainWindow& window = synced.window;
  window.resize(1600, 1000);
  REQUIRE(QTest::qWaitForWindowExposed(&window));
  if (role == Role::Analyst) {
    REQUIRE(waitFor([&] { return window.queuePanel()->visibleRows() > 0 && synced.sync.service().downloads().pending() == 0; }));
    QString error;
    const bool opened = window.workspace()->jobs().openNextJob(&error);
    INFO(error.toStdString());
    REQUIRE(opened);
    window.workspace()->jobs().waitForAnalysis();
  } else {
    REQUIRE(window.openScan(scanFile, true));
  }
  cip::widgets::RadiographView& viewer = *window.viewer();
  const QPointF centre(viewer.width() / 2.0, viewer.height() / 2.0);
  QMouseEvent move(QEvent::MouseMove, centre, viewer.mapToGlobal(centre), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
  QApplication::sendEvent(&viewer, &move);

  QList<SeenText> texts;
  for (QDockWidget* dock : window.findChildren<QDockWidget*>()) {
    dock->raise();
    texts += textsOf(window);
  }
  texts += textsOf(window);
  texts += textsOfModal(*actionNamed(window, QStringLiteral("settingsAction")));
  QMenu* help = window.menuBar()->actions().last()->menu();
  REQUIRE(help);
  texts += textsOfModal(*help->actions().last());  // About
  texts += textsOfDialog(window, *actionNamed(window, QStringLiteral("keyReferenceAction")), QStringLiteral("keyReferenceDialog"));
  texts += textsOfDialog(window, *actionNamed(window, QStringLiteral("userGuideAction")), QStringLiteral("userGuideDialog"));
  if (role == Role::Analyst)  // with the job still open: the dialog asks why it goes back
    texts += textsOfDialog(window, *actionNamed(window, QStringLiteral("releaseJobAction")), QStringLiteral("giveBackDialog"));
  return texts;
}

QList<SeenText> textsOfSignIn() {
  QList<SeenText> texts;
  cip::widgets::SignInDialog first;
  first.show();
  texts += textsOf(first);
  cip::widgets::SignInDialog again;
  again.setFixedUser(QStringLiteral("li.wei"), Role::Analyst);
  again.setNotice(QStringLiteral("—"));
  again.show();
  texts += textsOf(again);
  return texts;
}

void addWords(const QJsonValue& value, QStringList& words) {
  static const QRegularExpression separator(QStringLiteral("[^A-Za-z]+"));
  if (value.isString()) words += value.toString().split(separator, Qt::SkipEmptyParts);
  if (value.isArray())
    for (const QJsonValue& v : value.toArray()) addWords(v, words);
  if (value.isObject())
    for (const QJsonValue& v : value.toObject()) addWords(v, words);
}

/// The words of the jobs' declarations (company names, vessels): data shown as received, in
/// whatever language the declarant wrote.
QStringList declarationWords(const QString& jobFolder) {
  QStringList words;
  for (const QFileInfo& file : QDir(jobFolder).entryInfoList({QStringLiteral("*.declaration.json")}, QDir::Files)) {
    QFile f(file.absoluteFilePath());
    REQUIRE(f.open(QIODevice::ReadOnly));
    addWords(QJsonDocument::fromJson(f.readAll()).object(), words);
  }
  REQUIRE_FALSE(words.isEmpty());
  return words;
}

/// Every role's window and dialogs in `language`, with a job (or, for roles without jobs, a
/// scan) open. `dataWords` receives the words of the data shown (the declarations).
QList<SeenText> everythingIn(AppFixture& fx, const QString& language, QStringList* dataWords = nullptr) {
  REQUIRE(fx.languages.apply(language) == language);
  const QString jobs = writeServerJobs(fx, 2);
  CentralProcess central(fx.dir.filePath(QStringLiteral("central")), {QStringLiteral("--import"), jobs});
  const QString scanFile = QDir(jobs).entryInfoList({QStringLiteral("*.dcs")}, QDir::Files, QDir::Name).value(0).absoluteFilePath();
  REQUIRE_FALSE(scanFile.isEmpty());
  if (dataWords) *dataWords += declarationWords(jobs);
  QList<SeenText> texts = textsOfSignIn();
  const std::pair<const char*, Role> roles[] = {{"li.wei", Role::Analyst},  {"zhao.min", Role::Supervisor}, {"chen.jie", Role::Trainer},
                                                {"sun.li", Role::Trainee}, {"admin", Role::Admin}};
  for (const auto& [user, role] : roles) {
    INFO("signed in as " << user);
    texts += textsOfRole(fx, central, QString::fromLatin1(user), role, scanFile);
  }
  return texts;
}

/// One line per distinct text, with the first place it was seen.
QString listed(const QList<SeenText>& texts) {
  QStringList lines;
  QSet<QString> seen;
  for (const SeenText& t : texts)
    if (!seen.contains(t.text)) {
      seen.insert(t.text);
      lines << QStringLiteral("  \"%1\"   (%2)").arg(t.text, t.where);
    }
  return lines.join(QLatin1Char('\n'));
}

}  // namespace

TEST_CASE("In Chinese, no text on screen is left in English", "[app][gui][sync][i18n]") {
  requireGui();
  AppFixture fx;
  QStringList shownAsReceived{QStringLiteral("admin")};  // a user id
  const QList<SeenText> texts = everythingIn(fx, QStringLiteral("zh_CN"), &shownAsReceived);
  QList<SeenText> english;
  for (const SeenText& t : texts)
    if (!untranslatedWords(t.text, shownAsReceived).isEmpty()) english << t;
  CHECK(texts.size() > 200);  // the walk did reach the windows and dialogs
  INFO("Texts still in English (wrap them in tr() and translate them in translations/cip_zh_CN.ts):\n" << listed(english).toStdString());
  CHECK(english.isEmpty());
  fx.languages.apply(QStringLiteral("en"));
}

TEST_CASE("In English, no text on screen is in Chinese", "[app][gui][sync][i18n]") {
  requireGui();
  AppFixture fx;
  const QList<SeenText> texts = everythingIn(fx, QStringLiteral("en"));
  QList<SeenText> chinese;
  for (const SeenText& t : texts)
    if (hasChinese(t.text) && t.text != QStringLiteral("简体中文")) chinese << t;  // each language is named in itself
  CHECK(texts.size() > 200);
  INFO("Texts in Chinese in the English interface:\n" << listed(chinese).toStdString());
  CHECK(chinese.isEmpty());
}

TEST_CASE("The English-word check tells words from ids, units, keys and acronyms", "[app][i18n]") {
  CHECK(untranslatedWords(QStringLiteral("登录 — CIP 工作站"), {}).isEmpty());
  CHECK(untranslatedWords(QStringLiteral("li.wei · 审图员 · MSCU1234565 · /tmp/a_b/scan.dcs · 12 mm · Ctrl+Shift+Z · DICOS TDR"), {}).isEmpty());
  CHECK(untranslatedWords(QStringLiteral("x 12, y 40   高能 1234"), {}).isEmpty());
  CHECK(untranslatedWords(QStringLiteral("x 12, y 40   high 1234"), {}) == QStringList{QStringLiteral("high")});
  CHECK(untranslatedWords(QStringLiteral("标注类别：undeclared-goods, 毒品"), {}) == QStringList{QStringLiteral("undeclared"), QStringLiteral("goods")});
  CHECK(untranslatedWords(QStringLiteral("Sign in"), {}) == QStringList{QStringLiteral("Sign"), QStringLiteral("in")});
  CHECK(untranslatedWords(QStringLiteral("CIP 工作站 — admin"), {QStringLiteral("admin")}).isEmpty());
  CHECK(hasChinese(QStringLiteral("Job 任务")));
  CHECK_FALSE(hasChinese(QStringLiteral("Job queue — li.wei")));
}

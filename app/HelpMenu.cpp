#include "app/HelpMenu.h"

#include "app/cli/LanguageManager.h"
#include "app/Shortcuts.h"
#include "widgets/KeyReferenceDialog.h"
#include "widgets/UserGuideDialog.h"

#include <QAction>
#include <QFile>
#include <QWidget>

namespace cip::app {

namespace {

/// Brings the dialog of this kind already open over `window` to the front; false when none is open.
template <typename Dialog>
bool raiseOpen(QWidget& window, const QString& name) {
  Dialog* open = nullptr;
  for (Dialog* dialog : window.findChildren<Dialog*>(name, Qt::FindDirectChildrenOnly))
    if (dialog->isVisible()) open = dialog;
  if (!open) return false;  // (one closed a moment ago, awaiting deletion, is not visible)
  open->raise();
  open->activateWindow();
  return true;
}

}  // namespace

HelpMenu::HelpMenu(QWidget& window, const ShortcutMap& shortcuts, const LanguageManager& languages,
                   std::function<QList<QAction*>()> menuActions, QObject* parent)
    : QObject(parent), window_(window), shortcuts_(shortcuts), languages_(languages), menuActions_(std::move(menuActions)),
      keys_(new QAction(this)), guide_(new QAction(this)) {
  keys_->setObjectName(QStringLiteral("keyReferenceAction"));
  // F1 is help everywhere; Ctrl+/ is the usual "show the shortcuts" key. The viewer's '?' (its own
  // overlay) is Shift+/ without Ctrl, so the two never meet.
  keys_->setShortcuts({QKeySequence(Qt::Key_F1), QKeySequence(Qt::CTRL | Qt::Key_Slash)});
  keys_->setShortcutContext(Qt::ApplicationShortcut);
  guide_->setObjectName(QStringLiteral("userGuideAction"));
  connect(keys_, &QAction::triggered, this, &HelpMenu::showKeyReference);
  connect(guide_, &QAction::triggered, this, &HelpMenu::showUserGuide);
  retranslate();
}

void HelpMenu::retranslate() {
  keys_->setText(tr("&Keyboard shortcuts…"));
  guide_->setText(tr("&User guide…"));
}

void HelpMenu::showKeyReference() {
  if (raiseOpen<widgets::KeyReferenceDialog>(window_, QStringLiteral("keyReferenceDialog"))) return;
  auto* dialog = new widgets::KeyReferenceDialog(shortcuts_.reference(menuActions_()), &window_);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->show();
}

void HelpMenu::showUserGuide() {
  if (raiseOpen<widgets::UserGuideDialog>(window_, QStringLiteral("userGuideDialog"))) return;
  auto* dialog = new widgets::UserGuideDialog(userGuide(languages_.current()), &window_);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->show();
}

QString HelpMenu::userGuide(const QString& language) {
  // Compiled in from docs/ (app/CMakeLists.txt): the guide is there with or without a network.
  QFile file(language == QLatin1String("zh_CN") ? QStringLiteral(":/guide/user-guide.zh_CN.md") : QStringLiteral(":/guide/user-guide.md"));
  if (!file.open(QIODevice::ReadOnly)) return tr("The user guide is missing from this build (%1).").arg(file.fileName());
  return QString::fromUtf8(file.readAll());
}

}  // namespace cip::app

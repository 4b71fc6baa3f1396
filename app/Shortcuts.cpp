#include "app/Shortcuts.h"

#include "app/AppSettings.h"
#include "widgets/viewer/ViewerKeyMap.h"

#include <QAction>
#include <QCoreApplication>

namespace cip::app {

namespace {

QString plainText(const QAction* action) {
  QString text = action->text();
  text.remove(QLatin1Char('&'));
  return text.remove(QStringLiteral("…"));
}

struct Text {
  Q_DECLARE_TR_FUNCTIONS(ShortcutMap)
};

}  // namespace

void ShortcutMap::add(const QString& id, QAction* action) { items_.push_back({id, action, action->shortcut()}); }

QAction* ShortcutMap::action(const QString& id) const {
  for (const Item& item : items_)
    if (item.id == id) return item.action;
  return nullptr;
}

void ShortcutMap::apply(const AppSettings& settings) {
  for (const Item& item : items_)
    if (const std::optional<QKeySequence> key = settings.shortcut(item.id)) item.action->setShortcut(*key);
}

QList<widgets::ShortcutEntry> ShortcutMap::entries() const {
  QList<widgets::ShortcutEntry> out;
  for (const Item& item : items_) out.push_back({item.id, plainText(item.action), item.action->shortcut(), item.defaultKey});
  return out;
}

void ShortcutMap::save(AppSettings& settings, const QList<widgets::ShortcutEntry>& entries) {
  for (const widgets::ShortcutEntry& entry : entries) {
    QAction* target = action(entry.id);
    if (!target) continue;
    target->setShortcut(entry.key);
    settings.setShortcut(entry.id, entry.key);
  }
}

QList<widgets::ReservedKey> ShortcutMap::reservedKeys(const QList<QAction*>& others) {
  QList<widgets::ReservedKey> reserved;
  for (const widgets::ViewerKey& k : widgets::ViewerKeyMap::keys())
    if (k.context == widgets::ViewerContext::Image) reserved.push_back({k.key, widgets::ViewerKeyMap::description(k)});
  reserved.push_back({QKeySequence(Qt::Key_Equal), widgets::ViewerKeyMap::tr("Zoom in")});
  const QString editor = Text::tr("drawing a mark (cancel, close, delete)");
  for (const int key : {int(Qt::Key_Escape), int(Qt::Key_Return), int(Qt::Key_Enter), int(Qt::Key_Delete), int(Qt::Key_Backspace)})
    reserved.push_back({QKeySequence(key), editor});
  for (const QAction* a : others)
    for (const QKeySequence& key : a->shortcuts())
      if (!key.isEmpty()) reserved.push_back({key, plainText(a)});
  return reserved;
}

}  // namespace cip::app

#include "app/Shortcuts.h"

#include "app/AppSettings.h"
#include "widgets/viewer/ViewerKeyMap.h"

#include <QAction>
#include <QCoreApplication>
#include <QRegularExpression>

namespace cip::app {

namespace {

QString plainText(const QAction* action) {
  static const QRegularExpression chineseMnemonic(QStringLiteral("\\(&\\w\\)"));  // "下一个任务(&N)"
  QString text = action->text();
  text.remove(chineseMnemonic).remove(QLatin1Char('&'));
  return text.remove(QStringLiteral("…"));
}

struct Text {
  Q_DECLARE_TR_FUNCTIONS(ShortcutMap)
};

/// The annotation editor's own keys (widgets/viewer/AnnotationEditor::keyPress).
struct EditorKey {
  QList<QKeySequence> keys;
  const char* description;
};

const QList<EditorKey>& editorKeys() {
  static const QList<EditorKey> table = {
      {{QKeySequence(Qt::Key_Escape)}, QT_TRANSLATE_NOOP("ShortcutMap", "Cancel the mark being drawn; then back to Select; then clear the selection")},
      {{QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}, QT_TRANSLATE_NOOP("ShortcutMap", "Close the polygon being drawn")},
      {{QKeySequence(Qt::Key_Backspace)}, QT_TRANSLATE_NOOP("ShortcutMap", "Drop the polygon's last point; otherwise delete the selected mark")},
      {{QKeySequence(Qt::Key_Delete)}, QT_TRANSLATE_NOOP("ShortcutMap", "Delete the selected mark")}};
  return table;
}

QString groupOf(const QString& id) {
  if (id.startsWith(QLatin1String("verdict."))) return Text::tr("Verdict");
  if (id.startsWith(QLatin1String("tool."))) return Text::tr("Marks");
  return Text::tr("Jobs");
}

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
  for (const EditorKey& k : editorKeys())
    for (const QKeySequence& key : k.keys) reserved.push_back({key, editor});
  for (const QAction* a : others)
    for (const QKeySequence& key : a->shortcuts())
      if (!key.isEmpty()) reserved.push_back({key, plainText(a)});
  return reserved;
}

QList<widgets::KeyReferenceEntry> ShortcutMap::reference(const QList<QAction*>& menuActions) const {
  QList<widgets::KeyReferenceEntry> out;
  for (const QString& group : {Text::tr("Jobs"), Text::tr("Marks"), Text::tr("Verdict")})
    for (const Item& item : items_)
      if (groupOf(item.id) == group) out.push_back({group, item.action->shortcuts(), plainText(item.action)});
  const QString images = Text::tr("Viewer: images and CT planes");
  const QString volume = Text::tr("Viewer: 3D view");
  for (const widgets::ViewerKey& k : widgets::ViewerKeyMap::keys()) {
    QList<QKeySequence> keys{k.key};
    if (k.action == widgets::ViewerAction::ZoomIn) keys.push_back(QKeySequence(Qt::Key_Equal));
    out.push_back({k.context == widgets::ViewerContext::Image ? images : volume, keys, widgets::ViewerKeyMap::description(k)});
  }
  const QString editor = Text::tr("Viewer: drawing and editing marks");
  for (const EditorKey& k : editorKeys()) out.push_back({editor, k.keys, Text::tr(k.description)});
  const QString menus = Text::tr("Menus");
  for (const QAction* a : menuActions)
    if (!a->shortcuts().isEmpty() && !a->shortcut().isEmpty()) out.push_back({menus, a->shortcuts(), plainText(a)});
  return out;
}

}  // namespace cip::app

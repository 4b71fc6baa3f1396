#pragma once

#include "widgets/KeyReferenceDialog.h"
#include "widgets/ShortcutEditor.h"

#include <QList>
#include <QString>

class QAction;

namespace cip::app {

class AppSettings;

/// The workflow's keys in one place: each configurable action under a stable id, its default
/// key, and the analyst's own key from the settings. The settings page edits them; keys the
/// viewer and the menus hold are reserved, so no key can ever mean two things.
class ShortcutMap {
 public:
  /// Registers an action; its current shortcut becomes the default.
  void add(const QString& id, QAction* action);
  /// Gives every action the analyst's own key, where there is one.
  void apply(const AppSettings& settings);
  QList<widgets::ShortcutEntry> entries() const;
  /// Stores the edited keys and gives them to the actions.
  void save(AppSettings& settings, const QList<widgets::ShortcutEntry>& entries);
  /// Keys held elsewhere: the 2D viewer's own table, the annotation editor's, and `others`
  /// (the menus' fixed actions).
  static QList<widgets::ReservedKey> reservedKeys(const QList<QAction*>& others);
  /// Every key for Help → Keyboard shortcuts, grouped: the workflow's keys as they are now (the
  /// analyst's own included), the viewer's and the annotation editor's, and `menuActions` (the
  /// menus' fixed actions). Read from the same tables the keys act from, so it is always true.
  QList<widgets::KeyReferenceEntry> reference(const QList<QAction*>& menuActions) const;
  QAction* action(const QString& id) const;

 private:
  struct Item {
    QString id;
    QAction* action;
    QKeySequence defaultKey;
  };
  QList<Item> items_;
};

}  // namespace cip::app

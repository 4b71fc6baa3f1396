#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace cip::widgets {

/// One configurable key: what it does and what it is now.
struct ShortcutEntry {
  QString id;           ///< stable, stored in the settings (e.g. "job.next")
  QString description;  ///< in the analyst's language
  QKeySequence key;
  QKeySequence defaultKey;
};

/// A key that is taken and cannot be given to an action here (the viewer's own keys, the menus').
struct ReservedKey {
  QKeySequence key;
  QString usedBy;
};

/// Why `key` cannot go to entry `index`: another entry or a reserved key has it. Empty when free
/// (an empty key is always allowed: the action then has none).
QString shortcutConflict(const QList<ShortcutEntry>& entries, int index, const QKeySequence& key, const QList<ReservedKey>& reserved);

/// The keyboard page of the settings: every configurable action with its key, edited in place.
/// A key that is already taken is refused on the spot, with what holds it.
class ShortcutEditor : public QWidget {
  Q_OBJECT
 public:
  explicit ShortcutEditor(QWidget* parent = nullptr);

  void setEntries(const QList<ShortcutEntry>& entries, const QList<ReservedKey>& reserved);
  const QList<ShortcutEntry>& entries() const { return entries_; }
  /// Tries to give `key` to entry `index`; false (and the reason shown) when it is taken.
  bool assign(int index, const QKeySequence& key);
  void resetToDefaults();
  QString lastProblem() const { return problem_; }
  QTableWidget* table() const { return table_; }

 private:
  void fill();

  QTableWidget* table_;
  QLabel* message_;
  QList<ShortcutEntry> entries_;
  QList<ReservedKey> reserved_;
  QString problem_;
};

}  // namespace cip::widgets

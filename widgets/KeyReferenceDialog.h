#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QString>

class QLineEdit;
class QTreeWidget;

namespace cip::widgets {

/// One key of the workstation and what it does, in the analyst's language. The app reads these
/// from the live key tables (the configurable workflow keys, the viewer's, the menus'), so the
/// reference shows the keys as they are now, the analyst's own included.
struct KeyReferenceEntry {
  QString group;  ///< where the key acts, e.g. "Viewer: images"
  QList<QKeySequence> keys;
  QString description;
};

/// Help → Keyboard shortcuts: every key, grouped by where it acts, with a search box that keeps
/// only the rows whose key or description contain what was typed.
class KeyReferenceDialog : public QDialog {
  Q_OBJECT
 public:
  explicit KeyReferenceDialog(const QList<KeyReferenceEntry>& entries, QWidget* parent = nullptr);

  /// Shows only the rows matching `text` (key or description, case-insensitive); "" shows all.
  void setFilter(const QString& text);
  /// Rows shown now (groups not counted).
  int visibleRows() const;
  QTreeWidget* tree() const { return tree_; }
  QLineEdit* searchBox() const { return search_; }

 private:
  QTreeWidget* tree_;
  QLineEdit* search_;
};

}  // namespace cip::widgets

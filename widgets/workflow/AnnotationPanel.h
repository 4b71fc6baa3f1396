#pragma once

#include <QColor>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QGridLayout;
class QToolButton;

namespace cip::widgets {

/// The annotations dock: the tools (a button per controller action, undo and redo among them,
/// wrapping onto more rows in a narrow dock so none hides behind an overflow arrow), the job's marks as a list, and the chosen mark's properties — category from
/// the configurable list, the declaration line it refers to, a note. Edits leave as signals; the
/// controller applies them undoably and hands the list back.
class AnnotationPanel : public QWidget {
  Q_OBJECT
 public:
  struct Row {
    QString id;
    QString text;      ///< e.g. "Concealment — rectangle, 1.2 × 0.8 m"
    QColor colour;
    QString category;
    QString note;
    QString label;     ///< text annotations: their words
    int declarationLine = 0;  ///< 0: none
  };

  explicit AnnotationPanel(QWidget* parent = nullptr);

  void setToolActions(const QList<QAction*>& actions);
  /// Category codes offered (e.g. "concealment"); shown by their translated names.
  void setCategories(const QStringList& codes);
  /// Goods lines offered for linking: (line number, short description).
  void setDeclarationLines(const QList<std::pair<int, QString>>& lines);
  void setRows(const QList<Row>& rows);
  void setSelected(const QString& id);
  /// The category new marks get.
  QString currentCategory() const;
  void setCurrentCategory(const QString& code);

  QListWidget* list() const { return list_; }
  QComboBox* categoryBox() const { return category_; }
  QComboBox* lineBox() const { return line_; }
  QLineEdit* noteEdit() const { return note_; }

  /// The category's name in the analyst's language (the code itself for a site's own category).
  static QString categoryName(const QString& code);
  /// The code of a category named in either language or given as its code ("Drugs", "毒品",
  /// "drugs" → "drugs"); a site's own name becomes a code (lower case, hyphens). Empty when it
  /// cannot be a code.
  static QString categoryCode(const QString& nameOrCode);
  /// A colour per category, the same on every workstation.
  static QColor categoryColour(const QString& code);

 signals:
  void selected(const QString& id);
  /// The chosen mark's properties were edited (category, note, declaration line, text).
  void propertiesEdited(const QString& id, const QString& category, const QString& note, int declarationLine, const QString& label);

 protected:
  void changeEvent(QEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;

 private:
  void arrangeTools();
  void retranslate();
  void showProperties();
  void emitEdit();
  std::optional<Row> selectedRow() const;

  QWidget* tools_;
  QGridLayout* toolGrid_;
  QList<QToolButton*> toolButtons_;
  int toolColumns_ = 0;
  QListWidget* list_;
  QLabel* categoryLabel_;
  QComboBox* category_;
  QLabel* lineLabel_;
  QComboBox* line_;
  QLabel* noteLabel_;
  QLineEdit* note_;
  QLabel* textLabel_;
  QLineEdit* text_;
  QList<Row> rows_;
  QStringList categories_;
  QList<std::pair<int, QString>> lines_;
  bool filling_ = false;
};

}  // namespace cip::widgets

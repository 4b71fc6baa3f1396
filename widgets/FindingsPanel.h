#pragma once

#include <QColor>
#include <QRectF>
#include <QWidget>

#include <vector>

class QLabel;
class QListWidget;

namespace cip::widgets {

/// The list of what the automatic analysis and any threat reports point at. Choosing an entry
/// (click or Enter) asks the viewer to go there.
class FindingsPanel : public QWidget {
  Q_OBJECT
 public:
  struct Entry {
    QString text;
    QRectF imageRect;
    QColor colour;
  };
  explicit FindingsPanel(QWidget* parent = nullptr);
  /// `summary`: one line above the list (e.g. the empty check); empty entries: "no findings".
  void setEntries(const QString& summary, const std::vector<Entry>& entries);
  int count() const;
  QListWidget* list() const { return list_; }

 signals:
  void regionChosen(const QRectF& imageRect);
  /// The same choice by position in the list (for views that keep more than a rectangle).
  void entryChosen(int row);

 private:
  QLabel* summary_;
  QListWidget* list_;
  std::vector<Entry> entries_;
};

}  // namespace cip::widgets

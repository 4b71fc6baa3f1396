#pragma once

#include "sync/model/Declaration.h"
#include "sync/model/DeclarationCheck.h"

#include <QWidget>

class QLabel;
class QTableWidget;
class QListWidget;

namespace cip::widgets {

/// The customs declaration beside the scan: who, what route, which containers (each with its
/// ISO 6346 check shown), the goods lines with their HS chapter in words, the totals — and above
/// them the image–declaration checks, each pass / warn / fail with why. Choosing a goods line
/// tells the annotation tools which line a mark refers to.
class DeclarationPanel : public QWidget {
  Q_OBJECT
 public:
  explicit DeclarationPanel(QWidget* parent = nullptr);

  void setDeclaration(const model::Declaration& declaration);
  void setChecks(const QList<model::DeclarationCheck>& checks);
  void clear();

  QListWidget* checksView() const { return checks_; }
  QTableWidget* goodsTable() const { return goods_; }
  QLabel* headerLabel() const { return header_; }
  /// The chosen goods line's number, or 0.
  int currentLine() const;

  static QString outcomeText(model::CheckOutcome outcome);
  static QColor outcomeColour(model::CheckOutcome outcome);

 signals:
  void goodsLineChosen(int line);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void retranslate();
  void fill();

  QLabel* header_;
  QLabel* checksTitle_;
  QListWidget* checks_;
  QLabel* goodsTitle_;
  QTableWidget* goods_;
  QLabel* totals_;
  std::optional<model::Declaration> declaration_;
  QList<model::DeclarationCheck> checkList_;
};

}  // namespace cip::widgets

#pragma once

#include <QWidget>

class QLabel;
class QListWidget;

namespace cip::widgets {

class RadiographView;

/// Reference images beside the scan: typical images of the declared goods from the case
/// library, best match first, the chosen one in a viewer of its own (same tools and keys), so
/// the analyst can compare "what these goods look like" with "what this container shows".
class ReferencePanel : public QWidget {
  Q_OBJECT
 public:
  struct Entry {
    QString caseId;
    QString title;
    QString detail;  ///< HS codes and description
  };

  explicit ReferencePanel(QWidget* parent = nullptr);

  void setEntries(const QList<Entry>& entries);
  int count() const;
  QString currentCaseId() const;
  void choose(int row);
  RadiographView* view() const { return view_; }
  QListWidget* list() const { return list_; }
  void setMessage(const QString& text);

 signals:
  void caseChosen(const QString& caseId);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void retranslate();

  QListWidget* list_;
  QLabel* message_;
  RadiographView* view_;
  QList<Entry> entries_;
};

}  // namespace cip::widgets

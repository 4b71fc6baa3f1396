#pragma once

#include <QDateTime>
#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace cip::widgets {

/// The verdicts the central system refused, each with the server's reason, and the two ways to
/// deal with one: decide the job again, or hand the verdict to a supervisor. A refused verdict
/// never disappears on its own; it stays here until the analyst has dealt with it.
class RefusedVerdictsPanel : public QWidget {
  Q_OBJECT
 public:
  struct Entry {
    QString verdictId;
    QString jobId;
    QString decision;   ///< as shown to people
    QDateTime refusedAt;
    QString reason;     ///< the central system's own words
  };
  explicit RefusedVerdictsPanel(QWidget* parent = nullptr);

  void setEntries(const QList<Entry>& entries);
  int count() const { return static_cast<int>(entries_.size()); }
  /// Selects the row of `verdictId` (tests, and after a refusal arrives).
  void select(const QString& verdictId);
  QString selectedVerdict() const;

 signals:
  void decideAgainRequested(const QString& verdictId);
  void handToSupervisorRequested(const QString& verdictId);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void retranslate();
  void updateButtons();

  QList<Entry> entries_;
  QLabel* intro_;
  QTableWidget* table_;
  QPushButton* decideAgain_;
  QPushButton* handOver_;
};

}  // namespace cip::widgets

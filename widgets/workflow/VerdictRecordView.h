#pragma once

#include "imaging/core/Scan.h"
#include "imaging/core/analysis/MaterialImage.h"
#include "sync/model/DeclarationCheck.h"
#include "sync/model/Verdict.h"
#include "widgets/viewer/AnnotationEditor.h"
#include "widgets/workflow/VerdictHistoryModel.h"

#include <QWidget>

#include <memory>
#include <vector>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace cip::widgets {

class RadiographView;

/// A verdict already submitted, shown as it was sent and nothing more: the scan in a viewer of
/// its own with the marks drawn (they can be selected and looked at, never drawn, moved or
/// deleted), the decision, reasons and comment, the image–declaration checks, and what the
/// workstation recorded of the central system's answer. Nothing here edits anything; the open
/// job in the main window is not touched.
class VerdictRecordView : public QWidget {
  Q_OBJECT
 public:
  /// What the workstation recorded of the verdict's delivery (its outbox row).
  struct Receipt {
    VerdictHistoryModel::Delivery delivery = VerdictHistoryModel::Delivery::NotKept;
    QDateTime at;             ///< delivered or refused at
    int attempts = 0;
    QString lastError;        ///< pending: why the last try failed
    QDateTime nextAttemptAt;  ///< pending: the next try
    QString refusal;          ///< refused: the central system's reason
    QString resolution;       ///< refused: "decided-again" or "handed-to-supervisor"
    QString resolutionNote;
    QDateTime escalatedAt;    ///< a hand-over the central system took
  };

  explicit VerdictRecordView(QWidget* parent = nullptr);

  /// The verdict and its delivery; clears the scan, marks and checks until they are given.
  void setVerdict(const model::Verdict& verdict, const QStringList& containerNumbers, const QString& supersededBy, const Receipt& receipt);
  /// The scan, or why it is not shown (`scan` null).
  void setScan(std::shared_ptr<const imaging::Scan> scan, std::shared_ptr<const imaging::MaterialClassifier> classifier, const QString& message = {});
  /// The marks as the viewer draws them (ids of the verdict's annotations).
  void setMarks(std::vector<DisplayedAnnotation> marks);
  /// The checks, or why there are none (`message`).
  void setChecks(const QList<model::DeclarationCheck>& checks, const QString& message = {});

  QString verdictId() const { return verdict_.id; }
  RadiographView* view() const { return view_; }
  QPlainTextEdit* commentView() const { return comment_; }
  QListWidget* marksList() const { return marks_; }
  QListWidget* checksList() const { return checks_; }
  QLabel* summaryLabel() const { return summary_; }
  QLabel* receiptLabel() const { return receipt_; }
  QLabel* scanMessageLabel() const { return scanMessage_; }
  QPushButton* exportButton() const { return export_; }

  static QString receiptText(const Receipt& receipt);

 signals:
  void exportRequested(const QString& verdictId);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void retranslate();
  void fill();

  RadiographView* view_;
  QLabel* scanMessage_;
  QLabel* summary_;
  QLabel* commentTitle_;
  QPlainTextEdit* comment_;
  QLabel* marksTitle_;
  QListWidget* marks_;
  QLabel* checksTitle_;
  QListWidget* checks_;
  QLabel* receiptTitle_;
  QLabel* receipt_;
  QPushButton* export_;
  model::Verdict verdict_;
  QStringList containers_;
  QString supersededBy_;
  Receipt receiptData_;
  QList<model::DeclarationCheck> checkList_;
  QString checksMessage_;
};

}  // namespace cip::widgets

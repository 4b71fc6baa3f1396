#pragma once

#include "sync/model/Verdict.h"

#include <QStringList>
#include <QWidget>

#include <optional>

class QAction;
class QButtonGroup;
class QCheckBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSlider;

namespace cip::widgets {

/// The decision: release, refer to physical inspection or inconclusive; reason codes; an optional
/// confidence; a comment. What the chosen decision still requires is listed under the form and
/// the submit button stays off until it is there (the controller says what is missing). Every
/// part has a key: F9/F10/F11 choose the decision, Ctrl+Enter submits (all configurable).
class VerdictPanel : public QWidget {
  Q_OBJECT
 public:
  explicit VerdictPanel(QWidget* parent = nullptr);

  void setReasonCodes(const QStringList& codes);
  /// Empties the form for a new job (or none: `enabled` false).
  void reset(bool enabled);

  std::optional<model::Decision> decision() const;
  void setDecision(model::Decision decision);
  QStringList checkedReasons() const;
  void setReasonChecked(const QString& code, bool checked);
  QString comment() const;
  void setComment(const QString& text);
  std::optional<int> confidence() const;
  void setConfidence(std::optional<int> value);
  /// What is still missing for the chosen decision; empty enables the submit button.
  void setMissing(const QStringList& missing);

  QPushButton* submitButton() const { return submit_; }
  /// Release, refer, inconclusive, submit: window-wide keys, configurable in the settings.
  QList<QAction*> actions() const { return decisionActions_ + QList<QAction*>{submitAction_}; }
  /// Shows the actions' current keys on the buttons (after the settings changed them).
  void updateKeyLabels() { retranslate(); }
  QListWidget* reasonList() const { return reasons_; }
  QPlainTextEdit* commentEdit() const { return comment_; }

  static QString decisionName(model::Decision decision);
  static QString reasonName(const QString& code);

 signals:
  void formChanged();
  void submitRequested();

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void retranslate();

  QButtonGroup* decisions_;
  QRadioButton* release_;
  QRadioButton* refer_;
  QRadioButton* inconclusive_;
  QLabel* reasonsLabel_;
  QListWidget* reasons_;
  QCheckBox* confidenceStated_;
  QSlider* confidence_;
  QLabel* confidenceValue_;
  QLabel* commentLabel_;
  QPlainTextEdit* comment_;
  QLabel* missing_;
  QPushButton* submit_;
  QList<QAction*> decisionActions_;
  QAction* submitAction_ = nullptr;
  QStringList codes_;
  QStringList missingList_;
};

}  // namespace cip::widgets

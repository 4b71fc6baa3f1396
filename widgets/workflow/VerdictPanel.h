#pragma once

#include "sync/model/Verdict.h"

#include <QStringList>
#include <QWidget>

#include <optional>

class QAction;
class QBoxLayout;
class QButtonGroup;
class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QScrollArea;
class QSlider;
class QVBoxLayout;

namespace cip::widgets {

/// The decision: release, refer to physical inspection or inconclusive; reason codes; an optional
/// confidence; a comment. The decision buttons, what is still needed and Submit sit in a footer
/// that never scrolls away, so the analyst can always decide and submit whatever the screen size;
/// the reasons and the comment scroll above it. Submit always answers: with something missing it
/// says what, beside the button, and takes the analyst to the field (see showMissing()). Every part
/// has a key: F9/F10/F11 choose the decision, Ctrl+Enter submits (all configurable).
class VerdictPanel : public QWidget {
  Q_OBJECT
 public:
  /// The parts of the form a missing item can point the analyst to.
  enum class Field { None, Decision, Reasons, Comment };

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
  /// What is still missing for the chosen decision, shown as a hint above Submit.
  void setMissing(const QStringList& missing);
  /// A submission was refused for `reason`: says so beside Submit, brings the panel's dock to the
  /// front and moves the focus to `field` (scrolled into view).
  void showMissing(const QString& reason, Field field);
  /// The text beside Submit (the hint, or why the last submission was refused).
  QString missingText() const;

  QPushButton* submitButton() const { return submit_; }
  /// Release, refer, inconclusive, submit: window-wide keys, configurable in the settings.
  QList<QAction*> actions() const { return decisionActions_ + QList<QAction*>{submitAction_}; }
  /// Shows the actions' current keys on the buttons (after the settings changed them).
  void updateKeyLabels() { retranslate(); }
  QList<QCheckBox*> reasonBoxes() const { return reasonBoxes_; }
  QPlainTextEdit* commentEdit() const { return comment_; }
  /// Where the focus goes for `field`.
  QWidget* fieldWidget(Field field) const;

  static QString decisionName(model::Decision decision);
  static QString reasonName(const QString& code);

 signals:
  void formChanged();
  void submitRequested();

 protected:
  void changeEvent(QEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;

 private:
  void retranslate();
  void arrangeDecisions();

  QButtonGroup* decisions_;
  QRadioButton* release_;
  QRadioButton* refer_;
  QRadioButton* inconclusive_;
  QWidget* decisionBox_;
  QBoxLayout* decisionRow_;
  QScrollArea* scroll_;
  QLabel* reasonsLabel_;
  QVBoxLayout* reasonsColumn_;
  QList<QCheckBox*> reasonBoxes_;
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
  QString refusal_;  ///< why the last submission was refused, until the form changes
};

}  // namespace cip::widgets

#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>

namespace cip::app {

/// Suggests a break after a stretch of continuous image review (default 40 minutes): vigilance
/// and detection fall off over long stretches. Review counts while a job is open and the
/// workstation is the active application; a pause of five minutes or more is a break and starts
/// the stretch again. A reminder can be put off for ten minutes. Never blocks the work.
class BreakReminder : public QObject {
  Q_OBJECT
 public:
  explicit BreakReminder(QObject* parent = nullptr);

  /// 0 turns the reminder off.
  void setLimitMinutes(int minutes) { limitMinutes_ = minutes; }
  int limitMinutes() const { return limitMinutes_; }
  void setClock(std::function<QDateTime()> clock) { clock_ = std::move(clock); }
  /// Whether the analyst is reviewing now (a job open, the application active).
  void setReviewing(bool reviewing);
  /// Re-evaluates against the clock (the timer calls it every 30 s; tests call it directly).
  void tick();
  /// Puts the next reminder off by ten minutes.
  void snooze();
  /// Minutes of review in the current stretch.
  double stretchMinutes() const;

  static constexpr int kBreakMinutes = 5;
  static constexpr int kSnoozeMinutes = 10;

 signals:
  void breakSuggested(int minutes);

 private:
  std::function<QDateTime()> clock_;
  QTimer timer_;
  int limitMinutes_ = 40;
  bool reviewing_ = false;
  QDateTime stretchStart_;   ///< when the current stretch of review began
  QDateTime lastReview_;     ///< when review was last seen going on
  QDateTime remindAt_;       ///< null: at the limit
  bool reminded_ = false;
};

}  // namespace cip::app

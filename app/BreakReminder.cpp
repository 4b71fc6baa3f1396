#include "app/BreakReminder.h"

namespace cip::app {

BreakReminder::BreakReminder(QObject* parent) : QObject(parent), clock_([] { return QDateTime::currentDateTimeUtc(); }) {
  timer_.setInterval(30 * 1000);
  connect(&timer_, &QTimer::timeout, this, &BreakReminder::tick);
  timer_.start();
}

void BreakReminder::setReviewing(bool reviewing) {
  tick();
  reviewing_ = reviewing;
  tick();
}

double BreakReminder::stretchMinutes() const {
  if (!stretchStart_.isValid()) return 0;
  return stretchStart_.msecsTo(lastReview_) / 60000.0;
}

void BreakReminder::tick() {
  const QDateTime now = clock_();
  if (!reviewing_) {
    // Away long enough: that was a break.
    if (lastReview_.isValid() && lastReview_.secsTo(now) >= kBreakMinutes * 60) {
      stretchStart_ = QDateTime();
      remindAt_ = QDateTime();
      reminded_ = false;
    }
    return;
  }
  if (!stretchStart_.isValid() || (lastReview_.isValid() && lastReview_.secsTo(now) >= kBreakMinutes * 60)) {
    stretchStart_ = now;
    remindAt_ = QDateTime();
    reminded_ = false;
  }
  lastReview_ = now;
  if (limitMinutes_ <= 0) return;
  const QDateTime due = remindAt_.isValid() ? remindAt_ : stretchStart_.addSecs(limitMinutes_ * 60);
  if (now >= due && !reminded_) {
    reminded_ = true;
    emit breakSuggested(static_cast<int>(stretchMinutes()));
  }
}

void BreakReminder::snooze() {
  remindAt_ = clock_().addSecs(kSnoozeMinutes * 60);
  reminded_ = false;
}

}  // namespace cip::app

#include "app/GuardedApplication.h"

#include "app/AppLog.h"

#include <QMessageBox>
#include <QTimer>

#include <exception>

namespace cip::app {

bool GuardedApplication::notify(QObject* receiver, QEvent* event) {
  try {
    return QApplication::notify(receiver, event);
  } catch (const std::exception& e) {
    report(QString::fromUtf8(e.what()));
  } catch (...) {
    report(tr("an unknown error"));
  }
  return false;
}

void GuardedApplication::report(const QString& what) {
  qCCritical(lcApp) << "an error escaped its handler:" << what;
  if (reporting_) return;  // one message at a time; the log has every one
  reporting_ = true;
  QTimer::singleShot(0, this, [this, what] {
    QMessageBox::warning(activeWindow(), tr("CIP Workstation"),
                         tr("Something failed and was stopped before it could do harm:\n%1\n\nYour open job, marks and unsent verdicts are kept.")
                             .arg(what));
    reporting_ = false;
  });
}

}  // namespace cip::app

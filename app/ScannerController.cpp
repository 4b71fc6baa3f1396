#include "app/ScannerController.h"

#include "sync/model/ScannerStatus.h"
#include "sync/store/Store.h"
#include "widgets/supervisor/ScannerPanel.h"

namespace cip::app {

ScannerController::ScannerController(store::Store& store, widgets::ScannerPanel& panel, std::function<QDateTime()> clock, QObject* parent)
    : QObject(parent), store_(store), panel_(panel), clock_(std::move(clock)) {
  connect(&minute_, &QTimer::timeout, this, &ScannerController::refresh);
  minute_.start(60000);
  refresh();
}

void ScannerController::refresh() {
  const QDateTime now = clock_();
  const QDateTime from = now.addDays(-1);
  try {
    panel_.setStatuses(model::summarizeTelemetry(store_.scanners().scanners(), store_.scanners().lastStateChangesBefore(from),
                                                 store_.scanners().eventsSince(from), from, now),
                       now);
  } catch (const store::StoreError& e) {
    emit storeError(e.message());
  }
}

}  // namespace cip::app

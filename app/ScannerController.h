#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>

namespace cip::store {
class Store;
}
namespace cip::widgets {
class ScannerPanel;
}

namespace cip::app {

/// Feeds the supervisor's Scanners panel from the store: each scanner's state and last 24 hours,
/// worked out again when telemetry arrives and once a minute (so "since" and "ago" stay true).
class ScannerController : public QObject {
  Q_OBJECT
 public:
  /// `clock` is the central system's (the telemetry's times are its times).
  ScannerController(store::Store& store, widgets::ScannerPanel& panel, std::function<QDateTime()> clock, QObject* parent = nullptr);
  void refresh();

 signals:
  void storeError(const QString& message);

 private:
  store::Store& store_;
  widgets::ScannerPanel& panel_;
  std::function<QDateTime()> clock_;
  QTimer minute_;
};

}  // namespace cip::app

#pragma once

#include "sync/model/Scanner.h"

#include <QDateTime>
#include <QList>

namespace cip::model {

/// How one scanner has been doing over a window of time (the last 24 hours on the supervisor's
/// screen), worked out from its telemetry: what a supervisor checks before asking a port why
/// its images stopped coming.
struct ScannerStatus {
  enum class State { Unknown, Up, Down };
  Scanner scanner;
  State state = State::Unknown;
  QDateTime stateSince;     ///< the start-up or shut-down that set the state (invalid: unknown)
  QDateTime lastReport;     ///< the scanner's latest event of any kind (invalid: none)
  int scans = 0;            ///< scans completed in the window
  int anomalies = 0;        ///< anomalies the scanner's own software found in the window
  int faults = 0;           ///< faults reported in the window
  QString lastFault;        ///< the latest fault's text
  /// Share of the observed time the scanner was up, 0–1; -1 when nothing was observed. Observed
  /// time is the whole window when the state at its start is known, else from the first report
  /// in it: a scanner just connected to the centre is not "down" for the hours before.
  double uptime = -1;
};

/// One status per scanner in `scanners`, plus one for every other scanner the events name.
/// `before` holds each scanner's last start-up or shut-down before `from` (its state when the
/// window opens); `events` the events from `from` on, in sequence order. Counts and uptime
/// cover [from, now].
QList<ScannerStatus> summarizeTelemetry(const QList<Scanner>& scanners, const QList<TelemetryEvent>& before, const QList<TelemetryEvent>& events,
                                        const QDateTime& from, const QDateTime& now);

}  // namespace cip::model

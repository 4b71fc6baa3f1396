#pragma once

#include "sync/model/Scanner.h"
#include "sync/store/Database.h"

namespace cip::store {

/// The scanners of the centre and their telemetry as the central system reported it. Events are
/// kept by the central system's sequence number, so a pull that is repeated after a crash adds
/// nothing twice, and the next pull asks for what follows the last one held.
class ScannerRepository {
 public:
  explicit ScannerRepository(Database& db) : db_(db) {}

  /// Inserts or replaces the descriptions (events are kept). One transaction.
  void saveScanners(const QList<model::Scanner>& scanners);
  QList<model::Scanner> scanners() const;
  /// Replaces every profile held with the central system's current ones (a profile the centre
  /// dropped goes too). One transaction.
  void replaceProfiles(const QList<model::ScannerProfile>& profiles);
  QList<model::ScannerProfile> profiles() const;
  /// Adds events; one already held is ignored. One transaction.
  void appendEvents(const QList<model::TelemetryEvent>& events);
  /// The highest sequence held (0: none): where the next pull starts.
  qint64 lastSequence() const;
  qint64 eventCount() const;
  /// Events at or after `from`, in sequence order.
  QList<model::TelemetryEvent> eventsSince(const QDateTime& from) const;
  /// Per scanner, its last start-up or shut-down before `before`: its state when a window opens.
  QList<model::TelemetryEvent> lastStateChangesBefore(const QDateTime& before) const;
  /// Deletes events from before `before`, keeping what the present still needs: each scanner's
  /// last start-up or shut-down (its state) and the newest event (where the next pull starts).
  /// Returns how many went.
  int pruneEventsBefore(const QDateTime& before);

 private:
  Database& db_;
};

}  // namespace cip::store

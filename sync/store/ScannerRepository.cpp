#include "sync/store/ScannerRepository.h"

#include "sync/store/JsonColumn.h"

namespace cip::store {

namespace {

model::TelemetryEvent eventFrom(const Statement& row) {
  model::TelemetryEvent e;
  e.sequence = row.integer(0);
  e.scannerId = row.text(1);
  e.kind = model::enumFromString(model::kTelemetryKindNames, row.text(2)).value_or(model::TelemetryKind::Fault);
  e.at = timestampColumn(row.text(3));
  e.count = static_cast<int>(row.integer(4));
  e.detail = row.text(5);
  return e;
}

constexpr const char* kEventColumns = "sequence, scanner_id, kind, at, count, detail";

}  // namespace

void ScannerRepository::saveScanners(const QList<model::Scanner>& scanners) {
  Transaction transaction(db_);
  for (const model::Scanner& s : scanners)
    db_.prepare("INSERT INTO scanners (id, document) VALUES (?1,?2) ON CONFLICT(id) DO UPDATE SET document=?2")
        .bind(1, s.id)
        .bind(2, jsonText(model::toJson(s)))
        .run();
  transaction.commit();
}

void ScannerRepository::replaceProfiles(const QList<model::ScannerProfile>& profiles) {
  Transaction transaction(db_);
  db_.prepare("DELETE FROM scanner_profiles").run();
  for (const model::ScannerProfile& p : profiles)
    db_.prepare("INSERT INTO scanner_profiles (scanner_id, document) VALUES (?1,?2) ON CONFLICT(scanner_id) DO UPDATE SET document=?2")
        .bind(1, p.scannerId)
        .bind(2, jsonText(model::toJson(p)))
        .run();
  transaction.commit();
}

QList<model::ScannerProfile> ScannerRepository::profiles() const {
  Statement query = db_.prepare("SELECT scanner_id, document FROM scanner_profiles ORDER BY scanner_id");
  QList<model::ScannerProfile> out;
  while (query.step())
    out << decodeColumn<model::ScannerProfile>(db_, query.text(1), model::readScannerProfile, "scanner_profiles.document", query.text(0));
  return out;
}

QList<model::Scanner> ScannerRepository::scanners() const {
  Statement query = db_.prepare("SELECT id, document FROM scanners ORDER BY id");
  QList<model::Scanner> out;
  while (query.step()) out << decodeColumn<model::Scanner>(db_, query.text(1), model::readScanner, "scanners.document", query.text(0));
  return out;
}

void ScannerRepository::appendEvents(const QList<model::TelemetryEvent>& events) {
  Transaction transaction(db_);
  for (const model::TelemetryEvent& e : events)
    db_.prepare("INSERT OR IGNORE INTO telemetry_events (sequence, scanner_id, kind, at, count, detail) VALUES (?1,?2,?3,?4,?5,?6)")
        .bind(1, e.sequence)
        .bind(2, e.scannerId)
        .bind(3, model::enumToString(model::kTelemetryKindNames, e.kind))
        .bind(4, model::timestampToString(e.at))
        .bind(5, e.count)
        .bind(6, e.detail.isNull() ? QStringLiteral("") : e.detail)
        .run();
  transaction.commit();
}

qint64 ScannerRepository::lastSequence() const {
  Statement query = db_.prepare("SELECT coalesce(max(sequence), 0) FROM telemetry_events");
  return query.step() ? query.integer(0) : 0;
}

qint64 ScannerRepository::eventCount() const {
  Statement query = db_.prepare("SELECT count(*) FROM telemetry_events");
  return query.step() ? query.integer(0) : 0;
}

QList<model::TelemetryEvent> ScannerRepository::eventsSince(const QDateTime& from) const {
  const QByteArray sql = QByteArray("SELECT ") + kEventColumns + " FROM telemetry_events WHERE at >= ?1 ORDER BY sequence";
  Statement query = db_.prepare(sql.constData());
  query.bind(1, model::timestampToString(from));
  QList<model::TelemetryEvent> out;
  while (query.step()) out << eventFrom(query);
  return out;
}

int ScannerRepository::pruneEventsBefore(const QDateTime& before) {
  db_.prepare("DELETE FROM telemetry_events WHERE at < ?1 AND sequence <> (SELECT max(sequence) FROM telemetry_events) AND sequence NOT IN "
              "(SELECT max(sequence) FROM telemetry_events WHERE kind IN ('start-up', 'shut-down') GROUP BY scanner_id)")
      .bind(1, model::timestampToString(before)).run();
  return db_.changes();
}

QList<model::TelemetryEvent> ScannerRepository::lastStateChangesBefore(const QDateTime& before) const {
  const QByteArray sql = QByteArray("SELECT ") + kEventColumns +
                         " FROM telemetry_events WHERE sequence IN (SELECT max(sequence) FROM telemetry_events "
                         "WHERE kind IN ('start-up', 'shut-down') AND at < ?1 GROUP BY scanner_id) ORDER BY scanner_id";
  Statement query = db_.prepare(sql.constData());
  query.bind(1, model::timestampToString(before));
  QList<model::TelemetryEvent> out;
  while (query.step()) out << eventFrom(query);
  return out;
}

}  // namespace cip::store

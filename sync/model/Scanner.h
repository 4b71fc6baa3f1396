#pragma once

#include "sync/model/Json.h"
#include "sync/model/ScannerProfile.h"

#include <QDateTime>
#include <QString>

namespace cip::model {

enum class ScannerKind { Cargo, Vehicle, Baggage, CT };
inline constexpr std::array<EnumName<ScannerKind>, 4> kScannerKindNames{
    {{ScannerKind::Cargo, "cargo"},
     {ScannerKind::Vehicle, "vehicle"},
     {ScannerKind::Baggage, "baggage"},
     {ScannerKind::CT, "ct"}}};

/// A scanner at a port or border post that sends its images to the centre.
struct Scanner {
  QString id;
  QString name;
  QString vendor;
  QString model;
  QString site;        ///< port or checkpoint, e.g. UN/LOCODE "CNSHA"
  ScannerKind kind = ScannerKind::Cargo;
  bool dualEnergy = false;
  /// The centre's profile of this scanner (pixel pitch, energies, calibration); set by an
  /// administrator on the central system, never by the scanner's own description of itself.
  ScannerProfile profile;
};

enum class TelemetryKind { StartUp, ShutDown, ScanCompleted, AnomalyFound, Fault };
inline constexpr std::array<EnumName<TelemetryKind>, 5> kTelemetryKindNames{
    {{TelemetryKind::StartUp, "start-up"},
     {TelemetryKind::ShutDown, "shut-down"},
     {TelemetryKind::ScanCompleted, "scan-completed"},
     {TelemetryKind::AnomalyFound, "anomaly-found"},
     {TelemetryKind::Fault, "fault"}}};

/// One event reported by a scanner. `sequence` is the central system's monotonic cursor, so a
/// client asks for "everything since N" and never misses or repeats an event.
struct TelemetryEvent {
  qint64 sequence = 0;
  QString scannerId;
  TelemetryKind kind = TelemetryKind::StartUp;
  QDateTime at;
  int count = 1;       ///< scans or anomalies this event stands for
  QString detail;
};

QJsonObject toJson(const Scanner& scanner);
Scanner readScanner(JsonReader& reader);
Decoded<Scanner> decodeScanner(const QByteArray& json);

QJsonObject toJson(const TelemetryEvent& event);
TelemetryEvent readTelemetryEvent(JsonReader& reader);
/// An event as a scanner reports it (`POST /telemetry`): everything but the sequence, which only
/// the central system assigns. A `sequence` sent anyway is ignored.
QJsonObject toReportJson(const TelemetryEvent& event);
TelemetryEvent readReportedTelemetryEvent(JsonReader& reader);
Decoded<TelemetryEvent> decodeTelemetryEvent(const QByteArray& json);

}  // namespace cip::model

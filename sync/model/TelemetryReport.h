#pragma once

#include "sync/model/Json.h"
#include "sync/model/Scanner.h"

#include <QList>

namespace cip::model {

/// Most events one `POST /telemetry` may carry; a scanner that fell behind sends several batches.
constexpr int kMaxTelemetryBatch = 500;

/// What a scanner (or its gateway) posts: events of that scanner, without sequence numbers.
struct TelemetryBatch {
  QList<TelemetryEvent> events;
};
QJsonObject toJson(const TelemetryBatch& batch);
/// Reads `{"events": [...]}`: 1 to kMaxTelemetryBatch reported events.
TelemetryBatch readTelemetryBatch(JsonReader& reader);
Decoded<TelemetryBatch> decodeTelemetryBatch(const QByteArray& json);

/// The answer to a batch: the sequence numbers its events were stored under, `first` to `last`
/// (a retry with the same idempotency key gets the same answer and stores nothing).
struct TelemetryReceipt {
  qint64 first = 0;
  qint64 last = 0;
  int count = 0;
};
QJsonObject toJson(const TelemetryReceipt& receipt);
Decoded<TelemetryReceipt> decodeTelemetryReceipt(const QByteArray& json);

}  // namespace cip::model

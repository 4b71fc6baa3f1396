#include "sync/model/TelemetryReport.h"

namespace cip::model {

namespace {
constexpr qint64 kMaxSequence = 1LL << 53;  // exact in a JSON number
}  // namespace

QJsonObject toJson(const TelemetryBatch& batch) {
  QJsonArray events;
  for (const TelemetryEvent& e : batch.events) events.append(toReportJson(e));
  return {{QStringLiteral("events"), events}};
}

TelemetryBatch readTelemetryBatch(JsonReader& reader) {
  TelemetryBatch batch;
  reader.objectArray(QStringLiteral("events"), true, kMaxTelemetryBatch,
                     [&](JsonReader& item) { batch.events.append(readReportedTelemetryEvent(item)); });
  return batch;
}

Decoded<TelemetryBatch> decodeTelemetryBatch(const QByteArray& json) { return decodeDocument<TelemetryBatch>(json, readTelemetryBatch); }

QJsonObject toJson(const TelemetryReceipt& receipt) {
  return {{QStringLiteral("first"), static_cast<double>(receipt.first)},
          {QStringLiteral("last"), static_cast<double>(receipt.last)},
          {QStringLiteral("count"), receipt.count}};
}

Decoded<TelemetryReceipt> decodeTelemetryReceipt(const QByteArray& json) {
  return decodeDocument<TelemetryReceipt>(json, [](JsonReader& r) {
    TelemetryReceipt receipt;
    receipt.first = r.requiredInteger(QStringLiteral("first"), 1, kMaxSequence);
    receipt.last = r.requiredInteger(QStringLiteral("last"), 1, kMaxSequence);
    receipt.count = static_cast<int>(r.requiredInteger(QStringLiteral("count"), 1, kMaxTelemetryBatch));
    if (r.ok() && receipt.last - receipt.first + 1 != receipt.count)
      r.fail(QStringLiteral("count"), QStringLiteral("%1 events cannot span sequences %2 to %3").arg(receipt.count).arg(receipt.first).arg(receipt.last));
    return receipt;
  });
}

}  // namespace cip::model

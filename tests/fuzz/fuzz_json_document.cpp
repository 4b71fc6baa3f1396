// libFuzzer target for one JSON document decoder of sync/model. The decoder is chosen at compile
// time (CIP_FUZZ_DECODER), one executable per document type, so each gets its own corpus.
// Property checked beyond "no crash": whatever decodes must re-encode and decode to the same value.

#include "sync/model/AuditAnchors.h"
#include "sync/model/Case.h"
#include "sync/model/Declaration.h"
#include "sync/model/Escalation.h"
#include "sync/model/Job.h"
#include "sync/model/JobRelease.h"
#include "sync/model/Protocol.h"
#include "sync/model/Scanner.h"
#include "sync/model/TelemetryReport.h"
#include "sync/model/User.h"
#include "sync/model/Verdict.h"

#include <QByteArray>
#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
  const auto decoded = cip::model::CIP_FUZZ_DECODER(bytes);
  if (!decoded.ok()) {
    if (decoded.error.message.isEmpty()) std::abort();  // a rejection must say why
    return 0;
  }
  const QByteArray again = QJsonDocument(cip::model::toJson(*decoded.value)).toJson();
  const auto redecoded = cip::model::CIP_FUZZ_DECODER(again);
  if (!redecoded.ok() || cip::model::toJson(*redecoded.value) != cip::model::toJson(*decoded.value)) std::abort();
  return 0;
}

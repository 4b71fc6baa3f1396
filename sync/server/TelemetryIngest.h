#pragma once

#include "sync/server/CentralStore.h"
#include "sync/server/ScannerCredentials.h"

#include <optional>

namespace cip::server {

class HttpExchange;

/// The scanners' side of the central system (docs/sync-protocol.md, "Scanners report"):
/// `PUT /scanners/{id}` (a scanner describes itself) and `POST /telemetry` (a batch of its
/// events, idempotent by key). Both take a scanner's credential and nothing else; a scanner's
/// credential is good for these two calls only (CentralServer never accepts it), and a user's
/// token is refused here. A credential speaks only for its own scanner.
class TelemetryIngest {
 public:
  explicit TelemetryIngest(CentralStore& store) : store_(store), credentials_(store) {}

  /// Whether the request is one of the two scanner calls.
  static bool handles(const HttpExchange& x);
  void serve(HttpExchange& x);

 private:
  std::optional<ScannerCredential> authenticate(HttpExchange& x);
  void describe(HttpExchange& x, const ScannerCredential& credential, const QString& scannerId);
  void receive(HttpExchange& x, const ScannerCredential& credential);

  CentralStore& store_;
  ScannerCredentials credentials_;
};

}  // namespace cip::server

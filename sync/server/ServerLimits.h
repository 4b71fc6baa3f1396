#pragma once

#include <cstdint>
#include <string_view>

namespace cip::server {

/// What one client may cost the central system, enforced in front of Qt's HTTP server by
/// GuardedTcpServer and ConnectionGuard (docs/sync-protocol.md, "Limits"). Each is a cip-central
/// flag; the defaults suit a centre's LAN.
struct ServerLimits {
  static constexpr std::uint64_t kKiB = 1024;
  static constexpr std::uint64_t kMiB = 1024 * kKiB;

  std::uint64_t maxBodyBytes = 8 * kMiB;  ///< --max-body: the largest body of any endpoint (a verdict's)
  std::uint64_t maxHeadBytes = 16 * kKiB;  ///< --max-header-bytes: request line and header fields (431)
  int maxHeaderFields = 100;               ///< more header fields than this: 431
  int idleSeconds = 60;                    ///< --idle-timeout: a keep-alive connection quiet this long is closed
  int requestSeconds = 30;                 ///< --request-timeout: a request (or TLS handshake) must be whole this long after its first byte (408)
  int maxConnections = 512;                ///< --max-connections: open connections in all (503 beyond)
  int maxConnectionsPerAddress = 64;       ///< --max-connections-per-address (503 beyond)
  int maxFileTransfers = 64;               ///< --max-transfers: scan files being sent at once (503 + Retry-After beyond)

  /// The largest body `method target` may carry: 4 KiB for a sign-in, 64 KiB for a review and
  /// any endpoint not named, maxBodyBytes for a verdict (never more than maxBodyBytes).
  std::uint64_t bodyLimit(std::string_view method, std::string_view target) const;
};

}  // namespace cip::server

#pragma once

#include <cstdint>
#include <string_view>

namespace cip::server {

/// What a `Range` header asks of a file of `size` bytes (RFC 9110 §14): the whole file, one
/// satisfiable range [first, last], or nothing satisfiable (416).
struct ByteRange {
  enum Kind { Whole, Part, Unsatisfiable };
  Kind kind = Whole;
  std::int64_t first = 0;
  std::int64_t last = 0;  ///< inclusive
};

/// Reads `bytes=N-`, `bytes=N-M` and `bytes=-N` (the last N bytes). Anything else — several
/// ranges, another unit, a malformed or overflowing number — is ignored as the RFC allows, and
/// the whole file is sent. No Qt, so a fuzzer can drive it alone.
ByteRange parseByteRange(std::string_view header, std::int64_t size);

}  // namespace cip::server

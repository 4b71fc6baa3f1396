#include "sync/server/ByteRange.h"

#include <algorithm>
#include <optional>

namespace cip::server {

namespace {

/// 1–18 decimal digits (no sign, no blanks): never overflows an int64.
std::optional<std::int64_t> number(std::string_view text) {
  if (text.empty() || text.size() > 18) return std::nullopt;
  std::int64_t value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

}  // namespace

ByteRange parseByteRange(std::string_view header, std::int64_t size) {
  constexpr std::string_view kUnit = "bytes=";
  if (header.substr(0, kUnit.size()) != kUnit) return {};
  const std::string_view spec = header.substr(kUnit.size());
  const std::size_t dash = spec.find('-');
  if (dash == std::string_view::npos) return {};
  const std::string_view from = spec.substr(0, dash);
  const std::string_view to = spec.substr(dash + 1);
  if (from.empty()) {  // a suffix: the last N bytes
    const std::optional<std::int64_t> suffix = number(to);
    if (!suffix) return {};
    if (*suffix == 0 || size == 0) return {ByteRange::Unsatisfiable};
    return {ByteRange::Part, size - std::min(*suffix, size), size - 1};
  }
  const std::optional<std::int64_t> first = number(from);
  const std::optional<std::int64_t> last = to.empty() ? std::optional<std::int64_t>(size - 1) : number(to);
  if (!first || !last) return {};
  if (*first > *last && !to.empty()) return {};  // an invalid range is ignored, not refused
  if (*first >= size) return {ByteRange::Unsatisfiable};
  return {ByteRange::Part, *first, std::min(*last, size - 1)};
}

}  // namespace cip::server

#include "sync/server/ServerLimits.h"

#include <algorithm>

namespace cip::server {

namespace {

constexpr std::uint64_t kUnnamedBody = 64 * ServerLimits::kKiB;
constexpr std::uint64_t kWholeMaximum = 0;  ///< stands for maxBodyBytes in the table

/// Per-endpoint body maxima: method, path (a trailing '*' matches any rest), bytes.
struct BodyRule {
  std::string_view method;
  std::string_view path;
  std::uint64_t bytes;
};
constexpr BodyRule kBodyRules[] = {
    {"POST", "/api/v1/auth/login", 4 * ServerLimits::kKiB},
    {"POST", "/api/v1/verdicts", kWholeMaximum},
    {"POST", "/api/v1/escalations", kWholeMaximum},  // a verdict with a note
    {"POST", "/api/v1/telemetry", 2 * ServerLimits::kMiB},  // 500 events of the largest size the codec admits
    {"POST", "/api/v1/review/verdicts/*", 64 * ServerLimits::kKiB},
};

bool matches(std::string_view pattern, std::string_view path) {
  if (!pattern.empty() && pattern.back() == '*') return path.substr(0, pattern.size() - 1) == pattern.substr(0, pattern.size() - 1);
  return path == pattern;
}

}  // namespace

std::uint64_t ServerLimits::bodyLimit(std::string_view method, std::string_view target) const {
  const std::string_view path = target.substr(0, target.find('?'));
  // A path spelled otherwise than the workstation spells it (escapes, empty or dot segments, an
  // absolute URL) may still reach an endpoint once decoded: it gets the smallest limit there is.
  const bool plain = path.substr(0, 1) == "/" && path.find('%') == std::string_view::npos && path.find("//") == std::string_view::npos &&
                     path.find("/.") == std::string_view::npos;
  if (!plain) {
    std::uint64_t smallest = kUnnamedBody;
    for (const BodyRule& rule : kBodyRules)
      if (rule.bytes != kWholeMaximum) smallest = std::min(smallest, rule.bytes);
    return std::min(smallest, maxBodyBytes);
  }
  for (const BodyRule& rule : kBodyRules)
    if (rule.method == method && matches(rule.path, path)) return rule.bytes == kWholeMaximum ? maxBodyBytes : std::min(rule.bytes, maxBodyBytes);
  return std::min(kUnnamedBody, maxBodyBytes);
}

}  // namespace cip::server

#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cip::server {

/// What the framing itself bounds; a body's bound depends on the endpoint and comes per request.
struct FramingLimits {
  std::size_t maxHeadBytes = 16 * 1024;  ///< request line, header fields and the empty line
  std::size_t maxHeaderFields = 100;
};

/// Follows the framing of the HTTP/1.1 requests on one connection, byte by byte as they arrive,
/// so the central system can refuse a request — too large, malformed, ambiguous — before Qt's
/// HTTP server reads it into memory. Stricter than Qt 6.4's parser on purpose: whatever the two
/// could read differently (a bare LF, a folded or duplicate length, a transfer coding) is
/// refused, so they never disagree about where one request ends and the next begins. Chunked
/// request bodies are refused with 411 (Qt 6.4's chunked parsing cannot be trusted); the
/// workstation always sends a Content-Length. No Qt, so a fuzzer can drive it alone.
class RequestFraming {
 public:
  enum class Event {
    NeedMore,         ///< every byte given was consumed; nothing to decide yet
    HeadComplete,     ///< the request line and header fields are in: call limitBody()
    RequestComplete,  ///< the whole request is in; the next byte starts another
    Refused,          ///< see refusal() and reason(); the connection must close
  };
  struct Head {
    std::string method;
    std::string target;
    std::uint64_t contentLength = 0;
  };

  explicit RequestFraming(FramingLimits limits = {}) : limits_(limits) {}

  /// Consumes bytes of `data` up to the next event and says how many in `*consumed`. After
  /// Refused it consumes nothing more.
  Event feed(std::string_view data, std::size_t* consumed);
  /// After HeadComplete: the largest body this request may carry. False (and Refused from then
  /// on, status 413) when its Content-Length says more.
  bool limitBody(std::uint64_t maxBytes);

  const Head& head() const { return head_; }
  /// Whether a request has begun (a byte of it arrived) and is not complete yet.
  bool midRequest() const { return state_ != State::Idle && state_ != State::Refused; }
  bool refused() const { return state_ == State::Refused; }
  /// The HTTP status of a refusal: 400, 411, 413, 414, 431, 501 or 505.
  int refusal() const { return refusal_; }
  const std::string& reason() const { return reason_; }

 private:
  enum class State { Idle, RequestLine, Fields, Body, Refused };

  Event refuse(int status, std::string reason);
  Event endOfLine();
  Event requestLine(std::string_view line);
  Event field(std::string_view line);
  Event headEnd();

  FramingLimits limits_;
  State state_ = State::Idle;
  std::string line_;
  std::size_t headBytes_ = 0;
  std::size_t fields_ = 0;
  Head head_;
  std::optional<std::uint64_t> declaredLength_;
  std::uint64_t bodyLeft_ = 0;
  int refusal_ = 0;
  std::string reason_;
};

}  // namespace cip::server

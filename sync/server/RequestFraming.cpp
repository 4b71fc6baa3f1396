#include "sync/server/RequestFraming.h"

#include <algorithm>
#include <cstring>

namespace cip::server {

namespace {

bool isTokenChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c != '\0' && std::strchr("!#$%&'*+-.^_`|~", c) != nullptr);
}

bool isToken(std::string_view text) { return !text.empty() && std::all_of(text.begin(), text.end(), isTokenChar); }

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

}  // namespace

RequestFraming::Event RequestFraming::feed(std::string_view data, std::size_t* consumed) {
  std::size_t i = 0;
  for (;;) {
    if (state_ == State::Refused) break;
    if (state_ == State::Body) {
      if (bodyLeft_ == 0) {
        state_ = State::Idle;
        *consumed = i;
        return Event::RequestComplete;
      }
      const std::uint64_t take = std::min<std::uint64_t>(bodyLeft_, data.size() - i);
      if (take == 0) break;
      i += static_cast<std::size_t>(take);
      bodyLeft_ -= take;
      continue;
    }
    if (i == data.size()) break;
    const char c = data[i++];
    if (state_ == State::Idle) {
      state_ = State::RequestLine;
      headBytes_ = 0;
      fields_ = 0;
      line_.clear();
      head_ = {};
      declaredLength_.reset();
    }
    if (++headBytes_ > limits_.maxHeadBytes) {
      *consumed = i;
      return state_ == State::RequestLine ? refuse(414, "the request line is longer than the server accepts")
                                          : refuse(431, "the request's header fields are larger than the server accepts");
    }
    if (c != '\n') {
      line_.push_back(c);
      continue;
    }
    const Event event = endOfLine();
    if (event != Event::NeedMore) {
      *consumed = i;
      return event;
    }
  }
  *consumed = i;
  return state_ == State::Refused ? Event::Refused : Event::NeedMore;
}

bool RequestFraming::limitBody(std::uint64_t maxBytes) {
  if (state_ != State::Body) return state_ != State::Refused;
  if (head_.contentLength <= maxBytes) return true;
  refuse(413, "the body (" + std::to_string(head_.contentLength) + " bytes) is larger than " + std::to_string(maxBytes) + " bytes, the most " +
                  head_.method + ' ' + head_.target.substr(0, 200) + " takes");
  return false;
}

RequestFraming::Event RequestFraming::refuse(int status, std::string reason) {
  state_ = State::Refused;
  refusal_ = status;
  reason_ = std::move(reason);
  return Event::Refused;
}

RequestFraming::Event RequestFraming::endOfLine() {
  if (line_.empty() || line_.back() != '\r') return refuse(400, "a line of the request head ends in a bare LF, not CRLF");
  line_.pop_back();
  const std::string line = std::move(line_);
  line_.clear();
  if (line.find_first_of(std::string_view("\r\0", 2)) != std::string::npos) return refuse(400, "a stray CR or NUL in the request head");
  if (state_ == State::RequestLine) return line.empty() ? Event::NeedMore : requestLine(line);  // empty lines before a request are skipped
  return line.empty() ? headEnd() : field(line);
}

RequestFraming::Event RequestFraming::requestLine(std::string_view line) {
  const std::size_t first = line.find(' ');
  const std::size_t second = first == std::string_view::npos ? first : line.find(' ', first + 1);
  if (second == std::string_view::npos || line.find(' ', second + 1) != std::string_view::npos)
    return refuse(400, "the request line is not METHOD SP TARGET SP VERSION");
  const std::string_view method = line.substr(0, first);
  const std::string_view target = line.substr(first + 1, second - first - 1);
  const std::string_view version = line.substr(second + 1);
  if (!isToken(method)) return refuse(400, "the request method is not a token");
  if (target.empty() || !std::all_of(target.begin(), target.end(), [](char c) { return c > 0x20 && c < 0x7f; }))
    return refuse(400, "the request target is empty or holds characters outside visible ASCII");
  if (version != "HTTP/1.1" && version != "HTTP/1.0")
    return version.substr(0, 5) == "HTTP/" ? refuse(505, "only HTTP/1.1 and HTTP/1.0 are served") : refuse(400, "the request line names no HTTP version");
  head_.method = std::string(method);
  head_.target = std::string(target);
  state_ = State::Fields;
  return Event::NeedMore;
}

RequestFraming::Event RequestFraming::field(std::string_view line) {
  if (line.front() == ' ' || line.front() == '\t') return refuse(400, "a header field is folded over two lines");
  if (++fields_ > limits_.maxHeaderFields) return refuse(431, "the request has more header fields than the server accepts");
  const std::size_t colon = line.find(':');
  if (colon == std::string_view::npos || !isToken(line.substr(0, colon))) return refuse(400, "a header field has no valid name before its colon");
  const std::string name = lower(line.substr(0, colon));
  const std::string_view value = trimmed(line.substr(colon + 1));
  if (std::any_of(value.begin(), value.end(), [](char c) { return (static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7f; }))
    return refuse(400, "the header field " + name + " holds control characters");
  if (name == "transfer-encoding")
    return lower(value) == "chunked" ? refuse(411, "a chunked request body is not accepted: send it with a Content-Length")
                                     : refuse(501, "the transfer coding of the request body is not supported");
  if (name == "content-length") {
    if (declaredLength_) return refuse(400, "Content-Length is given more than once");
    if (value.empty() || value.size() > 18 || !std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; }))
      return refuse(400, "Content-Length is not a decimal number of bytes");
    declaredLength_ = std::stoull(std::string(value));
  }
  return Event::NeedMore;
}

RequestFraming::Event RequestFraming::headEnd() {
  head_.contentLength = declaredLength_.value_or(0);
  bodyLeft_ = head_.contentLength;
  state_ = State::Body;
  return Event::HeadComplete;
}

}  // namespace cip::server

// libFuzzer target for the request framing cip-central checks in front of Qt's HTTP server
// (sync/server/RequestFraming): any byte stream, cut into pieces where the input says, is framed
// the same as when it arrives whole — the same events, the same bytes consumed, the same refusal —
// and every refusal says why.

#include "sync/server/RequestFraming.h"
#include "sync/server/ServerLimits.h"

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace {

struct Step {
  cip::server::RequestFraming::Event event;
  std::size_t offset;  ///< of the stream, after the event
  std::string detail;  ///< the head at HeadComplete, the refusal at Refused
};

/// Feeds `stream` in pieces of `piece` bytes (0: whole) and records every event.
std::vector<Step> frame(std::string_view stream, std::size_t piece) {
  using Event = cip::server::RequestFraming::Event;
  const cip::server::ServerLimits limits;
  cip::server::RequestFraming framing({1024, 16});  // small bounds, so the fuzzer reaches them
  std::vector<Step> steps;
  std::size_t offset = 0;
  while (offset < stream.size() && !framing.refused()) {
    std::string_view chunk = stream.substr(offset, piece == 0 ? std::string_view::npos : piece);
    for (;;) {
      std::size_t used = 0;
      const Event event = framing.feed(chunk, &used);
      if (used > chunk.size()) std::abort();
      chunk.remove_prefix(used);
      offset += used;
      if (event == Event::NeedMore) {
        if (!chunk.empty()) std::abort();  // NeedMore only when every byte was taken
        break;
      }
      std::string detail;
      if (event == Event::HeadComplete) {
        const auto& head = framing.head();
        detail = head.method + ' ' + head.target + ' ' + std::to_string(head.contentLength);
        framing.limitBody(limits.bodyLimit(head.method, head.target) % 4096);
      }
      if (event == Event::Refused || framing.refused()) {
        if (framing.reason().empty() || framing.refusal() < 400 || framing.refusal() > 505) std::abort();
        detail += std::to_string(framing.refusal()) + framing.reason();
      }
      steps.push_back({event, offset, detail});
      if (framing.refused()) break;
    }
  }
  return steps;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::size_t piece = data[0] % 17;  // 1–16 bytes at a time, or 0: all at once
  const std::string_view stream(reinterpret_cast<const char*>(data) + 1, size - 1);
  const std::vector<Step> whole = frame(stream, 0);
  const std::vector<Step> pieces = frame(stream, piece);
  if (whole.size() != pieces.size()) std::abort();
  for (std::size_t i = 0; i < whole.size(); ++i)
    if (whole[i].event != pieces[i].event || whole[i].offset != pieces[i].offset || whole[i].detail != pieces[i].detail) std::abort();
  return 0;
}

// libFuzzer target for the Range header parser of cip-central's scan downloads: the first line
// is the file's size, the rest the header. Whatever it says, a range handed out lies inside the file.

#include "sync/server/ByteRange.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::size_t newline = input.find('\n');
  std::int64_t fileSize = 0;
  for (char c : input.substr(0, std::min<std::size_t>(newline, 15)))
    if (c >= '0' && c <= '9') fileSize = fileSize * 10 + (c - '0');
  const std::string_view header = newline == std::string_view::npos ? std::string_view() : input.substr(newline + 1);
  const cip::server::ByteRange range = cip::server::parseByteRange(header, fileSize);
  if (range.kind == cip::server::ByteRange::Part && (range.first < 0 || range.first > range.last || range.last >= fileSize)) std::abort();
  return 0;
}

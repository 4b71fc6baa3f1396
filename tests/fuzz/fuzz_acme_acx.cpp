// libFuzzer target for the example scan-format plugin's parser (imaging/plugins/example): the
// code a vendor would ship, held to the same rule as ours: a reason for bad input, never a crash.
// Whatever it accepts must be a consistent scan within the limits it was given.

#include "imaging/plugins/example/acme_acx_format.h"

#include <cstdint>
#include <cstdlib>
#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const cip_read_limits limits{1u << 22, 4096};
  cip_scan scan;
  std::memset(&scan, 0x5a, sizeof scan);
  char error[256] = {};
  if (acme_acx_parse(data, size, &limits, &scan, error, sizeof error) != 0) {
    if (!error[0] || !std::memchr(error, '\0', sizeof error)) std::abort();  // a reason, terminated
    return 0;
  }
  const std::uint64_t bytes = std::uint64_t(scan.width) * scan.height * (scan.sample_type == CIP_SAMPLE_U8 ? 1 : 2);
  if (scan.depth != 1 || scan.channel_count < 1 || scan.channel_count > 2 || bytes * scan.channel_count > limits.max_pixel_bytes)
    std::abort();
  unsigned sum = 0;
  for (std::uint32_t c = 0; c < scan.channel_count; ++c) {
    const auto* pixels = static_cast<const unsigned char*>(scan.channels[c].pixels);
    sum += pixels[0] + pixels[bytes - 1];  // the sanitizer checks both ends of every channel
  }
  if (!std::memchr(scan.model, '\0', sizeof scan.model)) std::abort();
  acme_acx_release(&scan);
  return static_cast<int>(sum & 0);
}

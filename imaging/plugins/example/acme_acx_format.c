/* The ACX parser: every field is checked against the file's size and the host's limits before
 * anything is allocated (see acme_acx_format.h for the layout). */
#include "imaging/plugins/example/acme_acx_format.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint16_t read_u16(const unsigned char* p) { return (uint16_t)(p[0] | (p[1] << 8)); }

static uint32_t read_u32(const unsigned char* p) {
  return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) | ((uint32_t)p[3] << 24);
}

static float read_f32(const unsigned char* p) {
  const uint32_t bits = read_u32(p);
  float value;
  memcpy(&value, &bits, sizeof value);
  return value;
}

/* A pitch or energy field: finite and not negative. */
static int read_quantity(const unsigned char* data, size_t offset, const char* field, double* value, char* error,
                         size_t error_size) {
  const float v = read_f32(data + offset);
  if (!isfinite(v) || v < 0) {
    snprintf(error, error_size, "%s at offset %zu is %g; it must be a finite number, 0 or more", field, offset, (double)v);
    return 1;
  }
  *value = v;
  return 0;
}

int acme_acx_sniff(const unsigned char* head, size_t head_size) {
  return head_size >= 8 && memcmp(head, ACME_ACX_MAGIC, 8) == 0 ? 100 : 0;
}

int acme_acx_parse(const unsigned char* data, size_t size, const cip_read_limits* limits, cip_scan* out, char* error,
                   size_t error_size) {
  if (size < ACME_ACX_MIN_HEADER) {
    snprintf(error, error_size, "the header needs %u bytes, the file has %zu", ACME_ACX_MIN_HEADER, size);
    return 1;
  }
  if (memcmp(data, ACME_ACX_MAGIC, 8) != 0) {
    snprintf(error, error_size, "no ACMEACX1 magic at offset 0");
    return 1;
  }
  const uint16_t header = read_u16(data + 8);
  const uint16_t flags = read_u16(data + 10);
  const uint32_t width = read_u32(data + 12);
  const uint32_t height = read_u32(data + 16);
  const uint16_t bits = read_u16(data + 20);
  if (header < ACME_ACX_MIN_HEADER || header > size) {
    snprintf(error, error_size, "header size %u at offset 8 is below %u or beyond the file's %zu bytes", header,
             ACME_ACX_MIN_HEADER, size);
    return 1;
  }
  if (flags > 1) {
    snprintf(error, error_size, "flags 0x%04x at offset 10 set bits this version does not know", flags);
    return 1;
  }
  if (bits != 8 && bits != 16) {
    snprintf(error, error_size, "bits per sample %u at offset 20 is neither 8 nor 16", bits);
    return 1;
  }
  if (width == 0 || height == 0 || width > limits->max_dimension || height > limits->max_dimension) {
    snprintf(error, error_size, "%u x %u pixels at offset 12 is empty or beyond the limit of %u", width, height,
             limits->max_dimension);
    return 1;
  }
  const uint32_t channels = (flags & 1) ? 2 : 1;
  const uint64_t bytesPerSample = bits / 8;
  /* width × height < 2^64, but × 2 bytes × 2 channels might not be: compared by division first. */
  if ((uint64_t)width * height > UINT64_MAX / 4 ||
      (uint64_t)width * height * bytesPerSample > limits->max_pixel_bytes / channels) {
    snprintf(error, error_size, "%u x %u x %u channels would take more than the limit of %llu bytes", width, height,
             channels, (unsigned long long)limits->max_pixel_bytes);
    return 1;
  }
  const uint64_t channelBytes = (uint64_t)width * height * bytesPerSample;
  if (channelBytes * channels > size - header) {
    snprintf(error, error_size, "claims %u x %u pixels in %u channels (%llu bytes) but holds %zu bytes after the header",
             width, height, channels, (unsigned long long)(channelBytes * channels), size - header);
    return 1;
  }
  double pitchX, pitchY, high, low;
  if (read_quantity(data, 24, "pixel pitch across", &pitchX, error, error_size) ||
      read_quantity(data, 28, "pixel pitch along", &pitchY, error, error_size) ||
      read_quantity(data, 32, "high energy", &high, error, error_size) ||
      read_quantity(data, 36, "low energy", &low, error, error_size))
    return 1;

  unsigned char* pixels = (unsigned char*)malloc((size_t)(channelBytes * channels));
  if (!pixels) {
    snprintf(error, error_size, "%llu bytes of pixels could not be allocated", (unsigned long long)(channelBytes * channels));
    return 1;
  }
  memcpy(pixels, data + header, (size_t)(channelBytes * channels));
  memset(out, 0, sizeof *out);
  out->width = width;
  out->height = height;
  out->depth = 1;
  out->sample_type = bits == 8 ? CIP_SAMPLE_U8 : CIP_SAMPLE_U16;
  out->channel_count = channels;
  out->channels[0].role = channels == 2 ? CIP_ROLE_HIGH : CIP_ROLE_SINGLE;
  out->channels[0].pixels = pixels;
  if (channels == 2) {
    out->channels[1].role = CIP_ROLE_LOW;
    out->channels[1].pixels = pixels + channelBytes;
  }
  out->spacing_x_mm = pitchX;
  out->spacing_y_mm = pitchY;
  out->high_energy_kev = high;
  out->low_energy_kev = low;
  out->meaning = CIP_MEANING_TRANSMISSION;
  snprintf(out->vendor, sizeof out->vendor, "Acme Imaging");
  memcpy(out->model, data + 40, 24); /* the model field is 24 bytes, the ABI's 64: always terminated */
  snprintf(out->object_type, sizeof out->object_type, "CARGO");
  out->plugin_data = pixels;
  return 0;
}

void acme_acx_release(cip_scan* scan) {
  free(scan->plugin_data);
  scan->plugin_data = NULL;
}

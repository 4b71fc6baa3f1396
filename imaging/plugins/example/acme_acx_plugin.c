/* The example scan-format plugin: the made-up "Acme ACX" cargo format through the C ABI of
 * cip_scan_plugin.h. Written in C, as a vendor might, to show that nothing of C++ crosses. */
#include "imaging/plugins/example/acme_acx_format.h"

#include <stdio.h>
#include <stdlib.h>

static int sniff(const unsigned char* head, size_t head_size, uint64_t file_size, const char* path) {
  (void)file_size;
  (void)path;
  return acme_acx_sniff(head, head_size);
}

static int read_file(const char* path, const cip_read_limits* limits, cip_scan* out, char* error, size_t error_size) {
  FILE* file = fopen(path, "rb");
  if (!file) {
    snprintf(error, error_size, "cannot be opened for reading");
    return 1;
  }
  unsigned char* data = NULL;
  long size = -1;
  if (fseek(file, 0, SEEK_END) == 0) size = ftell(file);
  /* The file is read whole: it may hold at most the header and the limit's pixels. */
  if (size < 0 || ((unsigned long long)size > 65536ull && (unsigned long long)size - 65536ull > limits->max_pixel_bytes) ||
      fseek(file, 0, SEEK_SET) != 0) {
    snprintf(error, error_size, size < 0 ? "its size cannot be read" : "is larger than any scan within the limits");
    fclose(file);
    return 1;
  }
  data = (unsigned char*)malloc(size > 0 ? (size_t)size : 1);
  const int ok = data && fread(data, 1, (size_t)size, file) == (size_t)size;
  fclose(file);
  if (!ok) {
    snprintf(error, error_size, "could not be read whole");
    free(data);
    return 1;
  }
  const int result = acme_acx_parse(data, (size_t)size, limits, out, error, error_size);
  free(data);
  return result;
}

static void release(cip_scan* scan) { acme_acx_release(scan); }

static const cip_scan_plugin plugin = {
    CIP_SCAN_PLUGIN_ABI_VERSION, "Acme ACX cargo scan", "1.0.0", "Acme Imaging (an example for plugin writers)", ".acx",
    sniff, read_file, release};

__attribute__((visibility("default"))) const cip_scan_plugin* cip_scan_plugin_v1(void) { return &plugin; }

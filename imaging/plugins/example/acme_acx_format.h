/* The "Acme ACX" cargo scan format: a made-up vendor format, the example of a scan-format
 * plugin (see cip_scan_plugin.h). All integers little endian.
 *
 *   offset  size  field
 *        0     8  magic "ACMEACX1"
 *        8     2  header size in bytes (at least 64; pixels start there)
 *       10     2  flags: bit 0 = dual energy (a high then a low channel)
 *       12     4  width
 *       16     4  height
 *       20     2  bits per sample: 8 or 16
 *       22     2  reserved, 0
 *       24     4  pixel pitch across, mm (float32; 0 = unknown)
 *       28     4  pixel pitch along, mm (float32; 0 = unknown)
 *       32     4  high (or only) energy, keV (float32; 0 = not stated)
 *       36     4  low energy, keV (float32; 0 when single energy)
 *       40    24  model, NUL-padded
 *   header     -  the channels' samples, row after row, the high channel first
 */
#ifndef ACME_ACX_FORMAT_H
#define ACME_ACX_FORMAT_H

#include "imaging/plugins/cip_scan_plugin.h"

#ifdef __cplusplus
extern "C" {
#endif

#define ACME_ACX_MAGIC "ACMEACX1"
#define ACME_ACX_MIN_HEADER 64u

/* Confidence that `head` starts an ACX file: 100 when the magic matches, else 0. */
int acme_acx_sniff(const unsigned char* head, size_t head_size);

/* Parses a whole ACX file held in memory into `out` (pixels copied into memory of its own,
 * freed by acme_acx_release). Returns 0, or non-zero with the field and offset in `error`. */
int acme_acx_parse(const unsigned char* data, size_t size, const cip_read_limits* limits, cip_scan* out, char* error,
                   size_t error_size);

void acme_acx_release(cip_scan* scan);

#ifdef __cplusplus
}
#endif

#endif /* ACME_ACX_FORMAT_H */

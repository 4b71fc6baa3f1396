/* CIP Workstation scan-format plugins: the C ABI a vendor implements to let the workstation and
 * the central system read their scanner's own file format.
 *
 * Why plain C: a vendor builds the plugin with their own compiler and C++ runtime; only C structs
 * of fixed-size fields and function pointers cross the boundary, so nothing of either side's
 * standard library has to match.
 *
 * Why out of process: a plugin is loaded only by `cip-convert-host`, a small program the
 * workstation and `cip-central import` start for one file at a time. A plugin that crashes,
 * hangs, exhausts memory or returns inconsistent data costs that one file, with an error naming
 * the plugin and the file; the workstation itself never runs the vendor's code.
 *
 * A plugin is a shared library in a plugins folder that exports one function,
 * CIP_SCAN_PLUGIN_ENTRY, returning a pointer to a static cip_scan_plugin. The host checks
 * abi_version first and refuses a plugin written for another version of this header.
 *
 * Version 1.
 */
#ifndef CIP_SCAN_PLUGIN_H
#define CIP_SCAN_PLUGIN_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define CIP_SCAN_PLUGIN_ABI_VERSION 1u
#define CIP_SCAN_PLUGIN_ENTRY "cip_scan_plugin_v1"
#define CIP_SCAN_MAX_CHANNELS 4

/* The type of every sample of every channel. Rows are packed without padding, in the
 * machine's byte order. */
enum cip_sample_type { CIP_SAMPLE_U8 = 1, CIP_SAMPLE_U16 = 2, CIP_SAMPLE_F32 = 3 };

/* What a channel holds: one image, or the high / low energy image of a dual-energy scan. */
enum cip_channel_role { CIP_ROLE_SINGLE = 0, CIP_ROLE_HIGH = 1, CIP_ROLE_LOW = 2 };

/* What the values measure: detector counts (bright = empty) or attenuation (bright = dense). */
enum cip_pixel_meaning { CIP_MEANING_UNKNOWN = 0, CIP_MEANING_TRANSMISSION = 1, CIP_MEANING_ATTENUATION = 2 };

typedef struct cip_scan_channel {
  int32_t role;        /* enum cip_channel_role */
  const void* pixels;  /* depth x height rows of width samples; owned by the plugin until release */
} cip_scan_channel;

/* A scan as the plugin read it. The host zero-fills it before read(); text fields are
 * NUL-terminated (the host terminates them again whatever the plugin wrote). */
typedef struct cip_scan {
  uint32_t width, height, depth; /* depth 1 for a radiograph, slices for a CT volume */
  int32_t sample_type;           /* enum cip_sample_type */
  uint32_t channel_count;        /* 1 .. CIP_SCAN_MAX_CHANNELS */
  cip_scan_channel channels[CIP_SCAN_MAX_CHANNELS];
  double spacing_x_mm, spacing_y_mm, spacing_z_mm; /* 0 = unknown: never guess */
  double high_energy_kev, low_energy_kev;          /* endpoint energies (6 MeV = 6000); 0 = not stated */
  int32_t meaning;                                 /* enum cip_pixel_meaning */
  char vendor[64];
  char model[64];
  char object_type[32]; /* DICOS Object of Inspection Type: "CARGO", "VEHICLE", "BAGGAGE" ... */
  char description[128];
  void* plugin_data;    /* the plugin's own, for release() */
} cip_scan;

/* What read() may allocate: a file whose header asks for more is refused before allocating. */
typedef struct cip_read_limits {
  uint64_t max_pixel_bytes; /* all channels together */
  uint32_t max_dimension;   /* width, height or depth */
} cip_read_limits;

typedef struct cip_scan_plugin {
  uint32_t abi_version; /* CIP_SCAN_PLUGIN_ABI_VERSION */
  const char* name;     /* the format, shown to users: "Acme ACX cargo scan" */
  const char* version;  /* the plugin's own version */
  const char* vendor;   /* who wrote it */
  const char* extensions; /* usual file name endings, space separated: ".acx .acx2"; a hint only */

  /* How sure the plugin is that the file is its format, from its first bytes (at most 4 KiB),
   * its size and its path: 0 = not this format, 100 = certain (a magic number matched). */
  int (*sniff)(const unsigned char* head, size_t head_size, uint64_t file_size, const char* path);

  /* Reads the whole file into `out`. Returns 0 on success; otherwise writes a one-line reason
   * (which field, at which offset) into `error` and returns non-zero, leaving nothing to release. */
  int (*read)(const char* path, const cip_read_limits* limits, cip_scan* out, char* error, size_t error_size);

  /* Frees what a successful read() allocated. */
  void (*release)(cip_scan* scan);
} cip_scan_plugin;

typedef const cip_scan_plugin* (*cip_scan_plugin_entry_fn)(void);

#ifdef __cplusplus
}
#endif

#endif /* CIP_SCAN_PLUGIN_H */

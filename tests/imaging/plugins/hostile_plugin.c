/* Plugins that misbehave, one kind per build (HOSTILE_KIND), each claiming only files that begin
 * with its own magic: the tests check that each costs one file with a clear error and nothing more. */
#include "imaging/plugins/cip_scan_plugin.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define KIND_CRASH 1 /* dereferences nothing while reading */
#define KIND_HANG 2  /* never returns from read */
#define KIND_LIE 3   /* says its buffer holds far more pixels than any limit allows */
#define KIND_ROLES 4 /* two high channels: not a dual-energy scan */
#define KIND_OLD_ABI 5 /* written for another version of the ABI */
#define KIND_NOISY 6   /* prints a description of its own, before and after the host's */
#define KIND_QUITS 7   /* ends the whole program in read, writing nothing */

#define NAME2(kind) #kind
#define NAME(kind) NAME2(kind)

static const char magic[8] = {'H', 'O', 'S', 'T', 'I', 'L', 'E', '0' + HOSTILE_KIND};
static unsigned short pixels[16];

static int sniff(const unsigned char* head, size_t head_size, uint64_t file_size, const char* path) {
  (void)file_size;
  (void)path;
  return head_size >= 8 && memcmp(head, magic, 8) == 0 ? 100 : 0;
}

static int read_file(const char* path, const cip_read_limits* limits, cip_scan* out, char* error, size_t error_size) {
  (void)path;
  (void)limits;
  (void)error;
  (void)error_size;
#if HOSTILE_KIND == KIND_CRASH
  raise(SIGSEGV);
#elif HOSTILE_KIND == KIND_HANG
  for (volatile int forever = 1; forever;) {
  }
#elif HOSTILE_KIND == KIND_QUITS
  exit(0);
#endif
  out->width = HOSTILE_KIND == KIND_LIE ? 1000000 : 4;
  out->height = HOSTILE_KIND == KIND_LIE ? 1000000 : 4;
  out->depth = 1;
  out->sample_type = CIP_SAMPLE_U16;
  out->channel_count = 2;
  out->channels[0].role = CIP_ROLE_HIGH;
  out->channels[0].pixels = pixels;
  out->channels[1].role = HOSTILE_KIND == KIND_ROLES ? CIP_ROLE_HIGH : CIP_ROLE_LOW;
  out->channels[1].pixels = pixels;
  memset(out->model, 'x', sizeof out->model); /* unterminated: the host terminates it */
  return 0;
}

static void release(cip_scan* scan) { (void)scan; }

static const cip_scan_plugin plugin = {HOSTILE_KIND == KIND_OLD_ABI ? 99u : CIP_SCAN_PLUGIN_ABI_VERSION,
                                       "Hostile test format " NAME(HOSTILE_KIND), "0", "tests", ".hostile", sniff, read_file, release};

#if HOSTILE_KIND == KIND_NOISY
static void lie_at_exit(void) { printf("cip-convert-host describe: {\"abi\": \"one\", \"name\": 5}\n"); }
#endif

__attribute__((visibility("default"))) const cip_scan_plugin* cip_scan_plugin_v1(void) {
#if HOSTILE_KIND == KIND_NOISY
  printf("{\"abi\": 1, \"name\": \"Forged\", \"version\": \"9\", \"vendor\": \"\", \"extensions\": \"\"}\n");
  fflush(stdout);
  atexit(lie_at_exit);
#endif
  return &plugin;
}

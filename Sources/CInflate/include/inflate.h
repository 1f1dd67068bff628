#ifndef GRAPEVINE_INFLATE_H
#define GRAPEVINE_INFLATE_H

#include <stddef.h>
#include <stdint.h>

/* zlib, for the one zip file Grapevine reads: LinkedIn's data export (`import linkedin`). */

/*
 * Inflates raw deflate data (a zip entry stored with method 8) into `output`, which holds
 * exactly the size the archive gives for the entry. Returns 0 when `input` inflated to exactly
 * `output_count` bytes and its stream ended there; -1 when the data is damaged, ends early, or
 * would inflate to more than that (so a forged size cannot make it write past `output`).
 */
int grapevine_inflate(const uint8_t *input, size_t input_count, uint8_t *output, size_t output_count);

/* The CRC-32 of `bytes`, as a zip archive records it for each entry. */
uint32_t grapevine_crc32(const uint8_t *bytes, size_t count);

#endif

#include "inflate.h"

#include <limits.h>
#include <string.h>
#include <zlib.h>

int grapevine_inflate(const uint8_t *input, size_t input_count, uint8_t *output, size_t output_count) {
    if (input_count > UINT_MAX || output_count > UINT_MAX) {
        return -1;
    }
    z_stream stream;
    memset(&stream, 0, sizeof stream);
    /* Negative window bits: raw deflate data, without zlib's header and checksum. */
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK) {
        return -1;
    }
    stream.next_in = (Bytef *)input;
    stream.avail_in = (uInt)input_count;
    stream.next_out = output;
    stream.avail_out = (uInt)output_count;
    int status = inflate(&stream, Z_FINISH);
    int ended = status == Z_STREAM_END && stream.total_out == output_count;
    inflateEnd(&stream);
    return ended ? 0 : -1;
}

uint32_t grapevine_crc32(const uint8_t *bytes, size_t count) {
    uLong crc = crc32(0L, Z_NULL, 0);
    while (count > 0) {
        uInt chunk = count > UINT_MAX ? UINT_MAX : (uInt)count;
        crc = crc32(crc, bytes, chunk);
        bytes += chunk;
        count -= chunk;
    }
    return (uint32_t)crc;
}

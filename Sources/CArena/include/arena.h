#ifndef GRAPEVINE_ARENA_H
#define GRAPEVINE_ARENA_H

#include <stddef.h>

/*
 * A bump allocator for cmark-gfm, one per thread: a parse allocates a node for every block
 * and inline and grows a buffer for every text, and frees them all at the end. Here that is
 * a pointer moving through blocks of memory the thread keeps, and the end of a document
 * rewinds it; the memory stays warm for the next document. (cmark-gfm's own arena is one for
 * the whole process, so parses on two threads cannot share it.)
 *
 * Between `grapevine_arena_begin` and `grapevine_arena_end` on one thread, the three
 * functions below are a `cmark_mem`. `free` does nothing, and nothing allocated may outlive
 * the outermost `grapevine_arena_end`, which rewinds the thread's arena.
 */

void *grapevine_arena_calloc(size_t count, size_t size);
void *grapevine_arena_realloc(void *pointer, size_t size);
void grapevine_arena_free(void *pointer);

void grapevine_arena_begin(void);
void grapevine_arena_end(void);

/* Bytes allocated on this thread since its arena was last rewound; for tests. */
size_t grapevine_arena_used(void);

#endif

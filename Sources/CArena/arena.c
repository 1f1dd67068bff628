#include "arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Blocks of at least this many bytes, kept by the thread and reused. */
enum { block_size = 1 << 20, header = 16 };

typedef struct block {
    struct block *next;
    size_t size; /* the bytes after this header */
    char padding[header - sizeof(size_t)];
} block;

static _Thread_local block *first;
static _Thread_local block *current;
static _Thread_local char *position;
static _Thread_local char *limit;
static _Thread_local int depth;
static _Thread_local size_t used;

static size_t rounded(size_t size) { return (size + 15) & ~(size_t)15; }

static void use(block *next) {
    current = next;
    position = (char *)(next + 1);
    limit = position + next->size;
}

/* `size` bytes, 16-byte aligned, after a header that holds `size`; NULL when out of memory. */
static void *allocate(size_t size) {
    if (size > SIZE_MAX / 2) return NULL;
    size_t need = header + rounded(size);
    if (current == NULL || (size_t)(limit - position) < need) {
        block *next = current ? current->next : first;
        if (next == NULL || next->size < need) {
            size_t size_of_block = need > block_size ? need : block_size;
            block *fresh = malloc(sizeof(block) + size_of_block);
            if (fresh == NULL) return NULL;
            fresh->size = size_of_block;
            fresh->next = next;
            if (current) current->next = fresh;
            else first = fresh;
            next = fresh;
        }
        use(next);
    }
    *(size_t *)position = size;
    char *memory = position + header;
    position += need;
    used += need;
    return memory;
}

void *grapevine_arena_calloc(size_t count, size_t size) {
    if (size != 0 && count > SIZE_MAX / size) return NULL;
    void *memory = allocate(count * size);
    if (memory) memset(memory, 0, count * size);
    return memory;
}

void *grapevine_arena_realloc(void *pointer, size_t size) {
    if (pointer == NULL) return allocate(size);
    char *memory = pointer;
    size_t *old = (size_t *)(memory - header);
    /* The last allocation grows where it is when its block has room. */
    if (memory + rounded(*old) == position && size <= SIZE_MAX / 2 && (size_t)(limit - memory) >= rounded(size)) {
        used += rounded(size) - rounded(*old);
        position = memory + rounded(size);
        *old = size;
        return memory;
    }
    void *grown = allocate(size);
    if (grown) memcpy(grown, memory, *old < size ? *old : size);
    return grown;
}

void grapevine_arena_free(void *pointer) { (void)pointer; }

void grapevine_arena_begin(void) { depth += 1; }

void grapevine_arena_end(void) {
    depth -= 1;
    if (depth == 0 && first) {
        use(first);
        used = 0;
    }
}

size_t grapevine_arena_used(void) { return used; }

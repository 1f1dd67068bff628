// The least work `grapevine check` can do with libcmark-gfm: read every note and parse its
// body (front matter skipped) as its own document, with a fresh parser per file, on N threads.
// No YAML, no graph, no output. A floor for the check command, next to cmark-gfm's CLI.
//
//   cc -O2 -pthread Benchmarks/parse-floor.c $(pkg-config --cflags --libs libcmark-gfm) -o /tmp/parse-floor
//   cd VAULT && /tmp/parse-floor [-j THREADS] [-e table,tasklist,...] [-r] [-w] [-n] < LIST
//
//   -j N   threads (default 1)
//   -e     extensions to attach, comma-separated (default none)
//   -r     also render HTML (cmark_render_html), as the CLI does
//   -w     parse the whole file, front matter included, as the CLI does
//   -n     read the files only, parse nothing (the I/O floor with open/fstat/read/close)
//   LIST   note paths, one per line (check-vs-cmark.sh writes VAULT.files)
//
// SPEC section 8: with strikethrough/autolink attached, parsing on several threads gives wrong
// output; this program only measures time, so it does not care, but Grapevine must.
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char **paths;
static size_t path_count;
static atomic_size_t next_path;
static const char *extension_names[8];
static int extension_count;
static int render, whole, read_only;
static atomic_size_t total_bytes, total_nodes;

static const char *body_of(const char *text, size_t length) {
    if (whole || length < 4 || strncmp(text, "---\n", 4) != 0) return text;
    for (const char *line = text + 4; line < text + length;) {
        const char *end = memchr(line, '\n', text + length - line);
        if (!end) break;
        if ((end - line == 3 && (!strncmp(line, "---", 3) || !strncmp(line, "...", 3)))) return end + 1;
        line = end + 1;
    }
    return text;
}

static void parse(const char *text, size_t length) {
    cmark_parser *parser = cmark_parser_new(CMARK_OPT_DEFAULT);
    for (int i = 0; i < extension_count; i++)
        cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension(extension_names[i]));
    const char *body = body_of(text, length);
    cmark_parser_feed(parser, body, length - (size_t)(body - text));
    cmark_node *document = cmark_parser_finish(parser);
    size_t nodes = 0;
    cmark_iter *iter = cmark_iter_new(document);
    while (cmark_iter_next(iter) != CMARK_EVENT_DONE) nodes++;
    cmark_iter_free(iter);
    if (render) free(cmark_render_html(document, CMARK_OPT_DEFAULT, cmark_parser_get_syntax_extensions(parser)));
    atomic_fetch_add(&total_nodes, nodes);
    cmark_node_free(document);
    cmark_parser_free(parser);
}

static void *worker(void *unused) {
    (void)unused;
    char *buffer = NULL;
    size_t capacity = 0;
    for (size_t i; (i = atomic_fetch_add(&next_path, 1)) < path_count;) {
        int fd = open(paths[i], O_RDONLY);
        struct stat st;
        if (fd < 0 || fstat(fd, &st) != 0) { perror(paths[i]); exit(1); }
        if ((size_t)st.st_size + 1 > capacity) buffer = realloc(buffer, capacity = (size_t)st.st_size + 1);
        ssize_t got = read(fd, buffer, (size_t)st.st_size);
        close(fd);
        if (got != st.st_size) { fprintf(stderr, "%s: short read\n", paths[i]); exit(1); }
        buffer[got] = 0;
        atomic_fetch_add(&total_bytes, (size_t)got);
        if (!read_only) parse(buffer, (size_t)got);
    }
    free(buffer);
    return NULL;
}

int main(int argc, char **argv) {
    int threads = 1;
    for (int opt; (opt = getopt(argc, argv, "j:e:rwn")) != -1;) {
        if (opt == 'j') threads = atoi(optarg);
        else if (opt == 'r') render = 1;
        else if (opt == 'w') whole = 1;
        else if (opt == 'n') read_only = 1;
        else if (opt == 'e') {
            for (char *name = strtok(optarg, ","); name && extension_count < 8; name = strtok(NULL, ","))
                extension_names[extension_count++] = name;
        } else return 2;
    }
    cmark_gfm_core_extensions_ensure_registered();
    for (int i = 0; i < extension_count; i++)
        if (!cmark_find_syntax_extension(extension_names[i])) { fprintf(stderr, "no extension %s\n", extension_names[i]); return 2; }
    size_t capacity = 0;
    char *line = NULL;
    size_t line_capacity = 0;
    for (ssize_t n; (n = getline(&line, &line_capacity, stdin)) > 0;) {
        if (line[n - 1] == '\n') line[--n] = 0;
        if (!n) continue;
        if (path_count == capacity) paths = realloc(paths, (capacity = capacity * 2 + 1024) * sizeof *paths);
        paths[path_count++] = strdup(line);
    }
    pthread_t ids[64];
    if (threads < 1 || threads > 64) return 2;
    for (int i = 0; i < threads; i++) pthread_create(&ids[i], NULL, worker, NULL);
    for (int i = 0; i < threads; i++) pthread_join(ids[i], NULL);
    fprintf(stderr, "%zu files, %zu bytes, %zu nodes\n", path_count, (size_t)total_bytes, (size_t)total_nodes);
    return 0;
}

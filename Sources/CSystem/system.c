#if defined(__linux__)
#define _GNU_SOURCE
#include <sched.h>
#endif

#include "system.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#if defined(__linux__)
#include <sys/syscall.h>
#include <unistd.h>
#elif defined(__APPLE__)
#include <stdio.h>
#endif

int grapevine_exchange(int folder, const char *first, const char *second) {
#if defined(__linux__) && defined(SYS_renameat2)
    /* The system call itself: older C libraries have no `renameat2` wrapper. */
    const unsigned int exchange = 1u << 1; /* RENAME_EXCHANGE, <linux/fs.h> */
    return (int)syscall(SYS_renameat2, folder, first, folder, second, exchange);
#elif defined(__APPLE__)
    return renameatx_np(folder, first, folder, second, RENAME_SWAP);
#else
    (void)folder;
    (void)first;
    (void)second;
    errno = ENOTSUP;
    return -1;
#endif
}

int grapevine_allowed_processors(void) {
#if defined(__linux__)
    cpu_set_t allowed;
    if (sched_getaffinity(0, sizeof allowed, &allowed) == 0) {
        return CPU_COUNT(&allowed);
    }
#endif
    return 0;
}

int grapevine_sync_file_system(int descriptor) {
#if defined(__linux__)
    return syncfs(descriptor);
#else
    (void)descriptor;
    errno = ENOSYS;
    return -1;
#endif
}

int grapevine_is_open_for_writing(int descriptor) {
#if defined(__linux__) && defined(F_SETLEASE) && defined(F_SETSIG)
    if (fcntl(descriptor, F_SETSIG, SIGURG) != 0) {
        return -1;
    }
    if (fcntl(descriptor, F_SETLEASE, F_RDLCK) == 0) {
        fcntl(descriptor, F_SETLEASE, F_UNLCK);
        return 0;
    }
    return errno == EAGAIN ? 1 : -1;
#else
    (void)descriptor;
    return -1;
#endif
}

/* What each removal thread shares: the names, and the index of the next one to remove. */
struct grapevine_removal {
    int folder;
    const char **names;
    int count;
    int next;
    int failed;
};

static void *grapevine_remove_some(void *argument) {
    struct grapevine_removal *removal = argument;
    int failed = 0;
    for (;;) {
        int index = __atomic_fetch_add(&removal->next, 1, __ATOMIC_RELAXED);
        if (index >= removal->count) break;
        if (unlinkat(removal->folder, removal->names[index], 0) != 0) failed += 1;
    }
    __atomic_fetch_add(&removal->failed, failed, __ATOMIC_RELAXED);
    return NULL;
}

int grapevine_remove_names(int folder, const char *names, int count, int threads) {
    if (count <= 0) return 0;
    struct grapevine_removal removal = {folder, malloc(sizeof(char *) * (size_t)count), count, 0, 0};
    if (removal.names == NULL) return count;
    for (int index = 0; index < count; index += 1) {
        removal.names[index] = names;
        names += strlen(names) + 1;
    }
    if (threads > count) threads = count;
    pthread_t *started = malloc(sizeof(pthread_t) * (size_t)(threads > 0 ? threads : 1));
    int running = 0;
    /* The calling thread removes names too; the others are extra waiters. */
    while (started != NULL && running < threads - 1 &&
           pthread_create(&started[running], NULL, grapevine_remove_some, &removal) == 0) {
        running += 1;
    }
    grapevine_remove_some(&removal);
    for (int index = 0; index < running; index += 1) pthread_join(started[index], NULL);
    free(started);
    free(removal.names);
    return removal.failed;
}

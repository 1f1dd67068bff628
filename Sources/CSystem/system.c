#if defined(__linux__)
#define _GNU_SOURCE
#include <sched.h>
#endif

#include "system.h"

#include <errno.h>

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

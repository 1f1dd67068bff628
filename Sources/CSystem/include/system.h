#ifndef GRAPEVINE_SYSTEM_H
#define GRAPEVINE_SYSTEM_H

/* System calls Swift's C library modules do not offer. */

/*
 * Swaps two names in one folder in a single step: afterwards `first` names what `second`
 * named and the other way round, and whoever looks sees one or the other, never neither.
 * Grapevine writes a note's new text to a temporary file and swaps it with the note, so that
 * it can look at what it displaced and put back an edit saved in the meantime, which a
 * rename would have destroyed.
 *
 * `renameat2(RENAME_EXCHANGE)` on Linux, `renameatx_np(RENAME_SWAP)` on macOS. Returns 0, or
 * -1 with `errno` set; EINVAL, ENOSYS or ENOTSUP when the system or the file system cannot
 * swap (NFS, some FUSE file systems), so that the caller falls back to a rename.
 */
int grapevine_exchange(int folder, const char *first, const char *second);

/*
 * The number of processors this process may run on: on Linux those its CPU affinity allows
 * (`taskset`, a container's CPU set), as `nproc` counts them; elsewhere, or if that cannot be
 * read, 0.
 */
int grapevine_allowed_processors(void);

/*
 * Makes everything written so far to the file system holding the open file `descriptor`
 * durable, in one call: `syncfs` on Linux. A batch of new files (an import of a thousand
 * contacts) is written to temporary files first and synced once, rather than with one
 * `fsync` each, which costs milliseconds apiece. Returns 0, or -1 with `errno` set; ENOSYS
 * where the system has no such call, so that the caller syncs each file instead.
 */
int grapevine_sync_file_system(int descriptor);

/*
 * Removes `count` names from the open folder `folder`, with up to `threads` removals under
 * way at once; `names` holds them one after another, each ended by a NUL byte. Returns the
 * number of names that could not be removed.
 *
 * For the files an import's updates displaced: on a file system mounted with `discard`,
 * freeing a file's blocks waits for the disk to acknowledge the discard (about a tenth of a
 * millisecond alone, milliseconds while other programs write), and removals one after
 * another waited for each in turn. The threads only wait; they are joined before returning.
 */
int grapevine_remove_names(int folder, const char *names, int count, int threads);

/*
 * Whether another program has the file open for writing: 1 if so, 0 if not, -1 when the
 * system cannot tell. An editor that saves a note in place (truncate, then write) holds it
 * open for writing until the save is done; a note read or displaced meanwhile is half
 * written, and what the editor writes next goes to the file it opened.
 *
 * On Linux, a read lease is refused (EAGAIN) while any process has the file open for writing;
 * the lease is taken and dropped at once. `descriptor` must be open read-only. A lease broken
 * in that moment signals SIGURG, which is ignored unless handled, rather than the default
 * SIGIO, which would end the process. Elsewhere, or where leases are refused for another
 * reason (a file system without them, a file of another user), -1.
 */
int grapevine_is_open_for_writing(int descriptor);

#endif

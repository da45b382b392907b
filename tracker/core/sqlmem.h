#ifndef TRACK_SQLMEM_H
#define TRACK_SQLMEM_H

#include <sqlite3.h>
#include <stdbool.h>

/*
 * SQLite's memory in a process of one thread. SQLite allocates and frees
 * some ten thousand small blocks to parse the schema of every database it
 * opens and frees them again at close; through glibc's malloc that was a
 * fifth of the instructions of a `track log` (callgrind, issue 20).
 * Here a block of up to SQLMEM_SMALL_MAX bytes comes from a list of
 * freed blocks of its size class (16-byte steps) or is cut from a 64 KiB
 * chunk; freeing puts it back on its list, where the next block of that
 * class reuses it. Chunks stay until sqlite3_shutdown, so the memory of
 * small blocks is the most that was ever in use at once in each class.
 * Larger blocks (page caches, big strings) are glibc's malloc.
 *
 * Not thread-safe: only for SQLITE_CONFIG_SINGLETHREAD.
 */

#define SQLMEM_SMALL_MAX 1024

#ifdef __cplusplus
extern "C" {
#endif

/* The allocator's methods, for sqlite3_config(SQLITE_CONFIG_MALLOC). */
const sqlite3_mem_methods *sqlmem_methods(void);

/*
 * Makes SQLite allocate through sqlmem: before any other SQLite call in a
 * process configured with SQLITE_CONFIG_SINGLETHREAD. Returns whether
 * SQLite took it (false: its own allocator stays). Declines under
 * valgrind's memcheck, which watches glibc's malloc (other tools, such
 * as callgrind, see sqlmem as the process runs it).
 */
bool sqlmem_use(void);

#ifdef __cplusplus
}
#endif
#endif

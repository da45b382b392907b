#ifndef TRACK_ATOMIC_FILE_H
#define TRACK_ATOMIC_FILE_H

/*
 * Writing a file atomically: the output goes to a temporary file in the
 * target's directory, which replaces the target only once it is complete
 * and on disk (fsync, then rename), so a reader never sees half a file
 * and a failed command leaves the old file untouched.
 */

#include <stdio.h>

#include "error.h"

struct atomic_file {
	char *path;	/* the target */
	char *temp;	/* the temporary file beside it */
	FILE *f;	/* write here between open and commit/abort */
};

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Creates the temporary file for path. A missing directory, or a path
 * that names a directory, is refused with a message naming it. On
 * success write to a->f, then call atomic_file_commit or _abort.
 */
struct error *atomic_file_open(const char *path, struct atomic_file *a);
/*
 * Flushes, syncs and renames the temporary file over the target (mode
 * 0666 less the umask, as for any new file). On failure the temporary
 * file is removed and the target is untouched. Releases a either way.
 */
struct error *atomic_file_commit(struct atomic_file *a);
/* Removes the temporary file and releases a; accepts a never opened. */
void atomic_file_abort(struct atomic_file *a);

#ifdef __cplusplus
}
#endif
#endif

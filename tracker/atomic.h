#ifndef TRACK_ATOMIC_H
#define TRACK_ATOMIC_H

#include <stdio.h>

#include "error.h"

/*
 * Writing a file all at once (`--output FILE`): the text goes to a
 * temporary file beside it, which replaces FILE only once it is complete
 * and on disk. A reader sees the old file or the new one, never half of
 * one, and a failed command leaves FILE as it was.
 */
struct atomic_file {
	FILE *stream;		/* write here until commit or abort */
	char *path;		/* the file to replace */
	char *temp;		/* the temporary file beside it */
};

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Opens a temporary file in path's directory for f->stream. A missing
 * directory, a path that is a directory and an empty path are refused and
 * nothing is created. The new file will have path's mode when path exists,
 * else 0666 less the umask (like a shell redirection).
 */
struct error *atomic_open(const char *path, struct atomic_file *f);
/*
 * Flushes, syncs and closes the temporary file and renames it onto path
 * (then syncs the directory). On failure the temporary file is removed
 * and path is untouched. Either way f is released.
 */
struct error *atomic_commit(struct atomic_file *f);
/*
 * Closes and removes the temporary file, leaving path untouched. Accepts
 * a zeroed f, or one already committed or aborted.
 */
void atomic_abort(struct atomic_file *f);

#ifdef __cplusplus
}
#endif
#endif

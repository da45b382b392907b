#ifndef TRACK_OUTPUT_H
#define TRACK_OUTPUT_H

#include <stdbool.h>
#include <stdio.h>

#include "core/error.h"

/*
 * Writing a file a command was asked to write (`--output FILE`,
 * `--rejects FILE`). A regular file is replaced all at once: the text goes
 * to a temporary file beside it, which replaces it only once complete and
 * on disk, so a reader sees the old file or the new one and a failed
 * command leaves it as it was. Anything else that can be written (a
 * terminal, /dev/null, a FIFO, /dev/stdout) is written directly, and a
 * symbolic link is written through. What makes no sense is refused before
 * a byte is written: the database and its -wal, -shm and -journal, the
 * files the command reads, directories, block devices and sockets.
 */

/* The files an output must never be. */
struct output_guard {
	const char *database;	/* NULL, or the database path (it need
				   not exist) */
	char *const *inputs;	/* input_count files the command reads */
	int input_count;
};

/* The mode a new file gets. */
enum output_privacy {
	OUTPUT_SHARED,		/* 0666 less the umask, as a shell makes it */
	OUTPUT_PRIVATE,		/* 0600: it holds the learner's records */
};

struct output_file {
	FILE *stream;		/* write here until commit or abort */
	char *path;		/* the file written (links resolved) */
	char *temp;		/* the temporary file beside it, or NULL when
				   written directly */
	bool regular;		/* path is (or will be) a regular file */
};

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Opens path for f->stream as described above. guard may be NULL. An
 * existing regular file must be writable (as for a shell's `>`) and keeps
 * its permission bits (never setuid, setgid or sticky) and, for root, its
 * owner; a new one gets privacy's mode. On
 * an error nothing was created or changed and f is zeroed.
 */
struct error *output_open(const char *path, const struct output_guard *guard,
    enum output_privacy privacy, struct output_file *f);
/*
 * Flushes and syncs what was written; a temporary file then replaces
 * path (and the directory is synced). On failure the temporary file is
 * removed and path is untouched. Either way f is released.
 */
struct error *output_commit(struct output_file *f);
/*
 * Closes and removes the temporary file, leaving path untouched (what was
 * written directly stays written). Accepts a zeroed f, or one already
 * committed or aborted.
 */
void output_abort(struct output_file *f);
/*
 * Whether path names one of guard's files (by name, or as the same file
 * through a link): NULL when it is none, else the refusal.
 */
struct error *output_guard_check(const struct output_guard *guard,
    const char *path);

/*
 * Refuses an input file that is the database at database (or one of its
 * companions): track would read what it writes.
 */
struct error *input_guard_check(const char *database, const char *path);

#ifdef __cplusplus
}
#endif
#endif

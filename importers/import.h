#ifndef TRACK_IMPORT_H
#define TRACK_IMPORT_H

/*
 * `track import`: one file at a time, each in its own transaction, into
 * a batch that `track import undo` takes back. The command (tracker/
 * cmd_import.c) parses options and prints; this module does the rest.
 */

#include <sqlite3.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <time.h>

#include "core/error.h"
#include "core/session.h"

struct import_result;

struct import_options {
	const char *from;	/* NULL or "auto": detect by header */
	bool dry_run;		/* report only: everything is rolled back */
	bool skip_bad;		/* import the good rows of a file */
	FILE *rejects;		/* NULL, or where bad rows go (--rejects) */
	const char *topic;	/* --topic: every session's topic */
	const char *path;	/* --path: new topics and projects go there */
	const char *kind;	/* --kind: the kind when no word decides */
	const char *user;	/* --user: the one learner to read */
	char **maps;		/* --map COL=FIELD..., NULL-terminated */
	const char *date_order;	/* --date-order dmy|mdy, or NULL */
	FILE *warn;		/* warnings and FILE:LINE problems */
	time_t now;
	int today;
	/*
	 * NULL, or called once a file's result is final and before its
	 * transaction commits (or, for a dry run, is rolled back), with
	 * hook_arg: the command delivers its confirmation there, and an
	 * error refuses the file, so nothing is kept that was not reported.
	 */
	struct error *(*before_commit)(const struct import_result *result,
	    void *hook_arg);
	void *hook_arg;
};

/* What importing one file did (SPEC 11's keys). */
struct import_result {
	const char *format;	/* the profile used (static) */
	long rows;		/* data rows read */
	long sessions_added;
	long sessions_updated;	/* entries corrected since their import */
	long tutorials_added;
	long tutorials_updated;
	long duplicates;	/* sessions already in the database */
	long rejected;		/* bad rows skipped under --skip-bad */
	long skipped;		/* zero-length, not started, other people,
				   removed courses */
	long removed_courses;	/* course rows a platform left for courses
				   it removed (in skipped too) */
	long kinds_inferred[KIND_COUNT];	/* sessions added whose kind (enum kind)
				   words of the entry decided */
	long estimated_minutes;	/* course time spread over days ... */
	long estimated_days;	/* ... this many (distinct) days */
	int64_t batch;		/* the batch id, 0 when nothing was written */
};

/* One row of `track import list`. */
struct import_batch_info {
	int64_t id;
	char *created;		/* UTC instant */
	char *file;
	char *format;
	long rows, sessions_added, sessions_updated, tutorials_added;
	long tutorials_updated;
	long duplicates, rejected, skipped;
};

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Imports the file at path ("-": the standard input; a pipe or FIFO is
 * read as it streams, never rewound) into db in one transaction of its
 * own (a savepoint when a transaction is open already; always rolled
 * back under dry_run). Messages and the batch name the input as
 * import_input_name does. Bad rows are written to o->warn as "FILE:LINE: message"; any
 * bad row refuses the whole file (exit status 1) unless skip_bad. Nothing
 * is written when the result is an error.
 */
struct error *import_file(sqlite3 *db, const char *path,
    const struct import_options *o, struct import_result *result);

/*
 * The name an input is shown and recorded under: "(stdin)" for "-" (the
 * standard input), else path as given.
 */
const char *import_input_name(const char *path);

/* The known formats and the --map syntax, for the unknown-header error. */
char *import_formats_help(void);

/* Calls fn for every batch, newest first. */
struct error *import_batch_each(sqlite3 *db,
    struct error *(*fn)(const struct import_batch_info *b, void *arg),
    void *arg);
/*
 * Takes back batch id: removes its sessions, the tutorials and projects
 * it created (unless other sessions use them) and restores the tutorials
 * it updated. Writes one line saying so to out. An unknown id is a usage
 * error.
 */
struct error *import_batch_undo(sqlite3 *db, int64_t id, FILE *out);
/* The newest batch id (0 when none). */
struct error *import_batch_newest(sqlite3 *db, int64_t *id);

#ifdef __cplusplus
}
#endif
#endif

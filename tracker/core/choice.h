#ifndef TRACK_CHOICE_H
#define TRACK_CHOICE_H

/*
 * The history of path choices as `track path set`, `track path undo` and
 * `track undo` change it (SPEC §5.1): a choice on the day of the choice
 * before it replaces that one, and every `path set` that changed the
 * history leaves an undo entry, so it can be taken back newest first
 * among the sessions and imports of the undo log.
 */

#include <sqlite3.h>
#include <stdbool.h>
#include <stdint.h>
#include <time.h>

#include "core/error.h"

/* What a `path set` did to the history. */
enum path_set_outcome {
	PATH_SET_NEW,		/* a choice of its own */
	PATH_SET_REPLACED,	/* it replaced the choice of its day */
	PATH_SET_SAME,		/* the choice of its day was that path:
				   nothing written */
};

/* A `path set` taken back. Slugs are the caller's to free. */
struct path_undo {
	char *path;		/* the slug the undone `path set` chose */
	int day;		/* the day it was for */
	char *restored;		/* the slug put back: the undone choice had
				   replaced one of that day; NULL: it went */
	char *current;		/* the path current on today after it,
				   NULL: none */
	int since;		/* the day current was chosen (DAY_NONE) */
};

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Records `track path set` of path_id on day, made at now, with its undo
 * entry. When the choice current on day is of that very day, it is
 * replaced (*replaced: the path it had) or, already path_id, left alone
 * (nothing written). *outcome says which.
 */
struct error *path_choice_set(sqlite3 *db, int64_t path_id, int day,
    time_t now, enum path_set_outcome *outcome, int64_t *replaced);

/*
 * Takes back the `path set` of undo entry entry (a path choice's): puts
 * back the path its choice replaced, or removes the choice. Fills u,
 * with the current path as of today afterwards.
 */
struct error *path_choice_undo(sqlite3 *db, int64_t entry, int today,
    struct path_undo *u);

/*
 * `track path undo`: takes back the newest `path set` of the undo log;
 * without one (choices made before the log named them, or imported),
 * removes the newest choice. *found is false when there is no choice.
 */
struct error *path_choice_undo_latest(sqlite3 *db, int today,
    struct path_undo *u, bool *found);

void path_undo_init(struct path_undo *u);
void path_undo_release(struct path_undo *u);

#ifdef __cplusplus
}
#endif
#endif

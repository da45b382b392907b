#ifndef TRACK_LISTING_H
#define TRACK_LISTING_H

/*
 * The catalog and the path history as `track path` and `track topic`
 * list them: rows handed to a callback, and the counts and widths the
 * listings are laid out by.
 */

#include <sqlite3.h>
#include <stdbool.h>
#include <stdint.h>

#include "core/error.h"

/* A path as `track path list` shows it; strings live for one callback. */
struct path_row {
	int64_t id;
	const char *slug;
	const char *name;
	bool fundamentals;
	int topics;		/* topics whose home it is */
};

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Calls fn for every path (the fundamentals too) in position order;
 * stops at and returns the first error of fn.
 */
struct error *path_each(sqlite3 *db,
    struct error *(*fn)(const struct path_row *row, void *arg), void *arg);
/* The longest path slug and name, in bytes (0 when there is no path). */
struct error *path_widths(sqlite3 *db, int64_t *slug, int64_t *name);
/* How many topics path_id is the home of (0: how many are unmapped). */
struct error *path_topic_count(sqlite3 *db, int64_t path_id,
    int64_t *count);
/* How many topics of other homes serve path_id. */
struct error *path_serving_count(sqlite3 *db, int64_t path_id,
    int64_t *count);

/*
 * Calls fn for every topic name and alias of path_id (-1: of every
 * topic, 0: of the unmapped ones), sorted, each once.
 */
struct error *topic_name_each(sqlite3 *db, int64_t path_id,
    struct error *(*fn)(const char *name, void *arg), void *arg);

/*
 * Calls fn for every path choice, oldest first, with its day
 * (YYYY-MM-DD) and path slug; stops at the first error of fn.
 */
struct error *path_choice_each(sqlite3 *db,
    struct error *(*fn)(const char *day, const char *slug, void *arg),
    void *arg);
/* The longest slug among the chosen paths, in bytes (0: no choice). */
struct error *path_choice_width(sqlite3 *db, int64_t *width);
/* How many path choices are for a day after day. */
struct error *path_choices_after(sqlite3 *db, int day, int64_t *count);

#ifdef __cplusplus
}
#endif
#endif

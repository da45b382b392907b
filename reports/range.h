#ifndef TRACK_RANGE_H
#define TRACK_RANGE_H

/*
 * Sums over a range of days, read the cheap way: the whole months of the
 * range from the month_total summary (schema/003, kept by triggers), the
 * ragged edges before and after them from the session_day index. The cost
 * follows the number of months and topics, never the number of sessions.
 */

#include <sqlite3.h>
#include <stdbool.h>
#include <stdint.h>

#include "error.h"

/* One aggregated row: minutes on one topic of one kind within the range. */
struct range_row {
	bool mapped;		/* the topic belongs to a path */
	int64_t path_id;	/* its path (when mapped) */
	const char *topic;	/* the topic's name (valid during the call) */
	const char *kind;	/* tutorial | study | project */
	int minutes;
	int sessions;
};

/*
 * Called for every row; a topic and kind may come in up to three rows
 * (the summary and the two edges), so callers add them up.
 */
typedef void (*range_fn)(void *arg, const struct range_row *row);

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Calls fn for every row of the inclusive range [from, to] (nothing when
 * to < from). *cache holds the prepared statement between calls: start
 * it at NULL and sqlite3_finalize it when done.
 */
struct error *range_each(sqlite3 *db, sqlite3_stmt **cache, int from, int to,
    range_fn fn, void *arg);

#ifdef __cplusplus
}
#endif
#endif

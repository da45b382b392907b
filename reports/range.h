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

#include "core/error.h"
#include "core/stmt.h"

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
 * What range_each keeps between calls: the prepared statement and the
 * topics (id, name, path), read once. The sums are grouped by topic id
 * in SQL (the summary's own key order, no join) and named in C.
 */
struct range_topic {
	int64_t id;
	char *name;
	bool mapped;
	int64_t path_id;
};

struct range_query {
	struct stmt st;
	struct range_topic *topics;	/* by id */
	size_t topic_count;
	bool loaded;
};

void range_init(struct range_query *q);
void range_release(struct range_query *q);

/*
 * Calls fn for every row of the inclusive range [from, to] (nothing when
 * to < from), reusing q's statement and topics between calls.
 */
struct error *range_each(sqlite3 *db, struct range_query *q, int from,
    int to, range_fn fn, void *arg);
/* Reads q's topics unless they are loaded already. */
struct error *range_topics(sqlite3 *db, struct range_query *q);
/* The topic with id from q's topics (loaded by range_each), or NULL. */
const struct range_topic *range_topic_find(const struct range_query *q,
    int64_t id);

/*
 * The range query itself, for callers that sum rows their own way: it
 * yields (topic_id, kind, minutes, sessions); range_bind binds [from, to]
 * to it as whole months plus at most two ragged edges.
 */
struct error *range_prepare(sqlite3 *db, const char *doing, struct stmt *st);
void range_bind(struct stmt *st, int from, int to);
/* The 'YYYY-MM' of a day. */
void range_month_text(int day, char out[8]);

#ifdef __cplusplus
}
#endif
#endif

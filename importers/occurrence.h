#ifndef TRACK_OCCURRENCE_H
#define TRACK_OCCURRENCE_H

/*
 * Counting the rows of one file that share an identity (identity.h):
 * the first takes occurrence 0, the next 1, and so on, so identical
 * genuine entries both import and a re-import meets each again. A row
 * that matched a session of an older import (a duplicate, a correction)
 * "claims" its occurrence: the file's next row with that identity must
 * not match the same session.
 *
 * Counters are kept in memory for one day at a time (an identity's day
 * is part of it; a tool's ids share one pseudo-day), which a
 * chronological file leaves for good: a million-row file needs a few
 * dozen counters at once. When the day changes, or the table fills up,
 * the counters that hold a claim go to a spill store the caller keeps
 * (import.c's temporary table) and the rest are forgotten: a forgotten
 * count is found again from the database, where the file's own rows own
 * their fingerprints. Only a day held before, or spilled, is looked up
 * in the spill store (occurrences_get says when).
 *
 * Pure: no database; the spill store is the caller's callback.
 */

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct occurrence_slot {
	uint64_t base;		/* 0: empty */
	long next;		/* the occurrence the next row takes */
	bool claimed;		/* some occurrence matched an older session */
};

/* Receives a counter that must outlive the table (it holds a claim). */
typedef void (*occurrence_spill_fn)(void *arg, uint64_t base, long next);

struct occurrences {
	struct occurrence_slot *slots;
	size_t cap, count;	/* cap: a power of two */
	size_t *held;		/* the indexes of the count slots in use */
	int day;		/* the day held; DAY_NONE: none yet */
	bool ask;		/* a miss may be in the spill store */
	int *days;		/* the days held before (a hash set) */
	size_t days_cap, days_count;
	occurrence_spill_fn spill;
	void *arg;
};

#ifdef __cplusplus
extern "C" {
#endif

/* An empty table of cap slots (a power of two, at least 16). */
void occurrences_init(struct occurrences *o, size_t cap,
    occurrence_spill_fn spill, void *arg);
void occurrences_release(struct occurrences *o);

/*
 * The next occurrence of base on day, or -1 when the table does not
 * know it. Holding another day than before spills and forgets the
 * counters held. *ask says a miss must be looked up in the spill store
 * (the day was held before, or its counters spilled); else an unknown
 * base has had no row yet that claimed anything, and starts at 0.
 */
long occurrences_get(struct occurrences *o, int day, uint64_t base,
    bool *ask);

/*
 * Records that the next row with base (on the day of the last
 * occurrences_get) takes occurrence next; claimed when this row matched
 * an older session (a claim is never forgotten, only spilled).
 */
void occurrences_put(struct occurrences *o, uint64_t base, long next,
    bool claimed);

#ifdef __cplusplus
}
#endif
#endif

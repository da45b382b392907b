#ifndef TRACK_TIMER_H
#define TRACK_TIMER_H

#include <sqlite3.h>
#include <stdbool.h>
#include <stdint.h>
#include <time.h>

#include "core/buf.h"
#include "core/error.h"
#include "core/session.h"

/*
 * The timer of `track start` is the single row of the timer table: no
 * daemon keeps it, so it survives reboots and any command can read it.
 */

#define TIMER_CLOCK_SIZE 17	/* "YYYY-MM-DD HH:MM" + NUL */

/* The running timer, with its names joined in. */
struct timer {
	time_t started;		/* when it started */
	int64_t topic_id;
	char *topic;		/* topic name (read only) */
	char *path;		/* topic's path slug, NULL if unmapped (read only) */
	enum kind kind;
	int64_t project_id;	/* 0: none */
	char *project;		/* project name (read only) */
	int64_t tutorial_id;	/* 0: none */
	char *tutorial;		/* tutorial title (read only) */
	char *note;		/* NULL: none */
};

#ifdef __cplusplus
extern "C" {
#endif

void timer_init(struct timer *timer);
void timer_release(struct timer *timer);

/* Reads the running timer into timer; *running is false when none runs. */
struct error *timer_get(sqlite3 *db, struct timer *timer, bool *running);
/*
 * Stores timer (started, topic_id, kind, links, note) as the running one;
 * fails when a timer already runs.
 */
struct error *timer_insert(sqlite3 *db, const struct timer *timer);
/* Removes the running timer, if any (timer_delete is POSIX's). */
struct error *timer_discard(sqlite3 *db);

/*
 * The whole minutes from start to end, rounded half up (29 seconds are 0,
 * 30 seconds are 1); 0 when end is before start.
 */
int timer_minutes(time_t start, time_t end);

/*
 * Reads the --at TIME of start and stop: "HH:MM" (today, local),
 * "YYYY-MM-DD HH:MM" (local) or an ISO-8601 instant. A time after now, or
 * on a local day outside DAY_FIRST..DAY_LAST, is refused; a usage error
 * says which forms or days are accepted.
 */
struct error *timer_time_parse(const char *text, int today, time_t now,
    time_t *at);

/*
 * Formats an instant for the user in local time: "09:30" when it falls
 * on today, else "2026-11-21 09:30".
 */
void timer_clock_format(time_t t, int today, char out[TIMER_CLOCK_SIZE]);

/*
 * Appends why a timer running since started cannot be stopped at now
 * (more than a day) and how to stop it, with an example end.
 */
void timer_overlong_message(struct buf *b, time_t started, time_t now,
    int today);

/*
 * SPEC §13: appends to b how to end timer, running at now: "the django
 * timer has run 22h: track stop --at 18:30, or track cancel". The
 * suggested end is the start plus the typical session: the median length
 * of the newest 20 sessions (1h with none), at most now; "HH:MM" when it
 * falls today, else quoted 'YYYY-MM-DD HH:MM'.
 */
struct error *timer_end_hint(sqlite3 *db, const struct timer *timer,
    time_t now, int today, struct buf *b);
/*
 * SPEC §13: when a timer has run more than the timer.stale-hours setting,
 * appends its timer_end_hint to b (left empty otherwise). With no timer
 * it reads only the timer's one row.
 */
struct error *timer_stale_hint(sqlite3 *db, time_t now, int today,
    struct buf *b);

/*
 * Fills s (initialised by the caller) with the session of timer stopped
 * after minutes: day and start of the start, origin timer, the timer's
 * topic, kind, links, note and names.
 */
void timer_session(const struct timer *timer, int minutes,
    struct session *s);

#ifdef __cplusplus
}
#endif
#endif

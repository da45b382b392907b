#ifndef TRACK_SPREAD_H
#define TRACK_SPREAD_H

/*
 * Where a course's time goes (FORMATS.md 1.2). A course export says how
 * much time a course took, not when, so its new minutes are spread over
 * the days it was followed: evenly in whole minutes over a known span of
 * two days or more (the earlier days take the remainder), else backwards
 * from its last day at a fixed number of minutes a day (the earliest day
 * taking the rest). No day gets more than 1440 minutes. Pure: no
 * database, no clock.
 */

#include <stdbool.h>

#define SPREAD_DAY_MAX 1440	/* minutes of one day */

/* A plan of days and minutes; spread_minutes reads it day by day. */
struct spread {
	int first, last;	/* the days given time, inclusive */
	bool even;		/* even: base each, the first `extra` days
				   one more; else base each but the first,
				   which takes `extra` (the rest) */
	long base;
	long extra;
};

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Plans minutes (> 0) of course time ending on day end:
 *
 * - begin..end is the span (begin DAY_NONE: unknown). A span of two days
 *   or more shares the minutes evenly; when that would put more than
 *   1440 minutes on a day, the span reaches back before begin until it
 *   does not (as many days as 1440-minute days the time needs).
 * - A span of one day, none, or one that runs backwards (begin after
 *   end) places day_minutes (1..1440) a day from end backwards.
 * - No day is before floor: a plan that would reach before it is shared
 *   evenly over floor..end instead.
 *
 * Returns false, leaving *s empty, when the time does not fit even at
 * 1440 minutes a day between floor and end (or minutes <= 0).
 */
bool spread_plan(long minutes, int begin, int end, int day_minutes,
    int floor, struct spread *s);

/* The minutes s gives day (0 outside s->first..s->last). */
long spread_minutes(const struct spread *s, int day);

/*
 * The number of days s gives time to (an even share of fewer minutes
 * than days gives one minute to the first days, none to the others).
 */
int spread_days(const struct spread *s);

#ifdef __cplusplus
}
#endif
#endif

/*
 * The placing of course time over days (spread.h, FORMATS.md 1.2).
 */
#include "core/date.h"
#include "importers/spread.h"

/* Shares minutes evenly over first..end, the earlier days taking more. */
static void
plan_even(long minutes, int first, int end, struct spread *s)
{
	long days = (long)end - first + 1;

	s->first = first;
	s->last = end;
	s->even = true;
	s->base = minutes / days;
	s->extra = minutes % days;
}

/* day_minutes a day from end backwards, the earliest taking the rest. */
static void
plan_backwards(long minutes, int end, int day_minutes, struct spread *s)
{
	long days = (minutes + day_minutes - 1) / day_minutes;

	s->first = end - (int)(days - 1);
	s->last = end;
	s->even = false;
	s->base = day_minutes;
	s->extra = minutes - day_minutes * (days - 1);
}

bool
spread_plan(long minutes, int begin, int end, int day_minutes, int floor,
    struct spread *s)
{
	long needed = (minutes + SPREAD_DAY_MAX - 1) / SPREAD_DAY_MAX;

	*s = (struct spread){ .first = 1, .last = 0 };
	if (minutes <= 0 || end < floor || needed > (long)end - floor + 1)
		return false;
	if (day_minutes < 1 || day_minutes > SPREAD_DAY_MAX)
		day_minutes = day_minutes < 1 ? 1 : SPREAD_DAY_MAX;
	if (begin != DAY_NONE && begin < end) {
		if ((long)end - begin + 1 < needed)
			begin = end - (int)(needed - 1);
		plan_even(minutes, begin, end, s);
	} else {
		plan_backwards(minutes, end, day_minutes, s);
	}
	if (s->first < floor)
		plan_even(minutes, floor, end, s);
	return true;
}

long
spread_minutes(const struct spread *s, int day)
{
	long i = (long)day - s->first;

	if (day < s->first || day > s->last)
		return 0;
	if (s->even)
		return s->base + (i < s->extra ? 1 : 0);
	return i == 0 ? s->extra : s->base;
}

int
spread_days(const struct spread *s)
{
	int days = s->last >= s->first ? s->last - s->first + 1 : 0;

	/* Even shares under a minute a day: only the first days get one. */
	if (s->even && s->base == 0)
		return (int)s->extra;
	return days;
}

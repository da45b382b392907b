/*
 * The weekly goal of SPEC §13: the settings and the week's minutes from
 * the day_total summary (a few rows, whatever the history's size), and
 * the figures of `track goal`, the report's goal line and the prompt.
 */
#include <stdlib.h>
#include <string.h>

#include "core/date.h"
#include "core/settings.h"
#include "core/stmt.h"
#include "reports/goal.h"

struct error *
goal_week_start(sqlite3 *db, int *week_start)
{
	struct error *err;
	char *value = NULL;

	if ((err = setting_text(db, "week-start", &value)) != NULL)
		return err;
	*week_start = strcmp(value, "sunday") == 0 ? 6 : 0;
	free(value);
	return NULL;
}

struct error *
goal_minutes_between(sqlite3 *db, int from, int to, int *minutes)
{
	char first[DAY_TEXT_SIZE], last[DAY_TEXT_SIZE];
	struct stmt st;
	struct error *err;

	*minutes = 0;
	day_format(from, first);
	day_format(to, last);
	if ((err = stmt_prepare(&st, db, "cannot read the days",
	    "SELECT coalesce(sum(minutes), 0) FROM day_total "
	    "WHERE day BETWEEN ? AND ?")) != NULL)
		return err;
	stmt_bind(&st, "tt", first, last);
	if (stmt_step(&st) == STMT_ROW)
		*minutes = sqlite3_column_int(st.handle, 0);
	return stmt_finish(&st);
}

struct error *
goal_week_minutes(sqlite3 *db, int today, int *minutes)
{
	struct error *err;
	int week_start;

	*minutes = 0;
	if ((err = goal_week_start(db, &week_start)) != NULL)
		return err;
	return goal_minutes_between(db, today -
	    (day_weekday(today) - week_start + 7) % 7, today, minutes);
}

struct error *
goal_load(sqlite3 *db, int today, struct goal_status *g)
{
	struct error *err;
	int week_from;

	memset(g, 0, sizeof(*g));
	g->today = today;
	if ((err = goal_week_start(db, &g->week_start)) != NULL ||
	    (err = setting_int(db, "goal.weekly-minutes",
	    &g->goal_minutes)) != NULL ||
	    (err = setting_int(db, "goal.daily-minutes",
	    &g->daily_minutes)) != NULL)
		return err;
	week_from = today - (day_weekday(today) - g->week_start + 7) % 7;
	if ((err = goal_minutes_between(db, week_from, today,
	    &g->week_minutes)) != NULL ||
	    (err = goal_minutes_between(db, today - GOAL_AVERAGE_DAYS + 1,
	    today, &g->recent_minutes)) != NULL)
		return err;
	goal_compute(g);
	return NULL;
}

/* a / b rounded up, for a >= 0 and b > 0. */
static int
divide_up(long long a, long long b)
{
	return (int)((a + b - 1) / b);
}

void
goal_compute(struct goal_status *g)
{
	int before;

	g->week_from = g->today -
	    (day_weekday(g->today) - g->week_start + 7) % 7;
	g->week_to = g->week_from + 6;
	g->days_left = g->week_to - g->today + 1;
	before = g->today - g->week_from;
	g->average_minutes = (g->recent_minutes + 2) / 4;
	g->remaining = g->goal_minutes > g->week_minutes ?
	    g->goal_minutes - g->week_minutes : 0;
	g->per_day = divide_up(g->remaining, g->days_left);
	g->expected_minutes = divide_up((long long)g->goal_minutes * before, 7);
	g->behind = (long long)g->week_minutes * 7 <
	    (long long)g->goal_minutes * before;
	g->behind_minutes = g->behind ?
	    g->expected_minutes - g->week_minutes : 0;
}

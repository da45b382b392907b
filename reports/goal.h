#ifndef TRACK_GOAL_H
#define TRACK_GOAL_H

/*
 * The weekly goal and the pace of SPEC §13: this week's minutes against
 * the goal.weekly-minutes setting, what the days left need, the 4-week
 * average, and whether the week is on pace. goal_load reads the settings
 * and the day_total summary; goal_compute works the figures out of the
 * inputs alone (tests fill those by hand). Nothing here writes a word:
 * reports/render_goal.c does.
 */

#include <jansson.h>
#include <sqlite3.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "core/error.h"

#define GOAL_AVERAGE_DAYS 28	/* the 4-week average and the pace */
#define GOAL_MAX_MINUTES 10080	/* 168h: a week */
#define GOAL_BAR_WIDTH 10	/* the goal line's bar: "[#####.....]" */
#define GOAL_BAR_SIZE (GOAL_BAR_WIDTH + 3)

struct goal_status {
	/* Inputs. */
	int today;
	int week_start;		/* 0 Monday ... 6 Sunday (week-start) */
	int goal_minutes;	/* goal.weekly-minutes; 0: no goal */
	int daily_minutes;	/* goal.daily-minutes: a streak's day */
	int week_minutes;	/* logged from week_from to today */
	int recent_minutes;	/* logged in the 28 days up to today */
	/* Figures (goal_compute). */
	int week_from, week_to;	/* this week, inclusive */
	int days_left;		/* week_to - today + 1: today counts */
	int remaining;		/* goal minus week_minutes, at least 0 */
	int per_day;		/* remaining / days_left, rounded up */
	int average_minutes;	/* recent_minutes / 4, rounded half up */
	int expected_minutes;	/* goal x whole days before today / 7,
				   rounded up: what on pace needs by now */
	bool behind;		/* week_minutes x 7 < goal x days before */
	int behind_minutes;	/* expected_minutes - week_minutes */
};

#ifdef __cplusplus
extern "C" {
#endif

/* The week-start setting as a weekday: 0 monday, 6 sunday. */
struct error *goal_week_start(sqlite3 *db, int *week_start);
/*
 * Reads the goal settings and the minutes of this week and of the last
 * 28 days (day_total: at most 28 rows) as of today, then computes g.
 */
struct error *goal_load(sqlite3 *db, int today, struct goal_status *g);
/* Fills g's figures from its inputs. */
void goal_compute(struct goal_status *g);
/*
 * The minutes logged from day from to day to (day_total). The week of
 * `track status --short` reads only these rows.
 */
struct error *goal_minutes_between(sqlite3 *db, int from, int to,
    int *minutes);
/*
 * The minutes logged in the week (week-start) holding today, up to
 * today: the day_total rows of at most seven days.
 */
struct error *goal_week_minutes(sqlite3 *db, int today, int *minutes);

/* ---- The renderers (reports/render_goal.c) ---- */

/*
 * `track goal` as text: the week against the goal with a bar, the days
 * left and what each needs, the 4-week average, the verdict, and the
 * streak minimum when it is not the default minute.
 */
void goal_render_text(FILE *out, const struct goal_status *g, bool color);
/*
 * {"week_from", "week_to", "goal_minutes" (null: none), "daily_minutes",
 * "week_minutes", "days_left", "remaining_minutes", "per_day_minutes",
 * "average_minutes", "expected_minutes", "on_pace" (null: no goal),
 * "behind_minutes", "verdict"}. The caller owns it.
 */
json_t *goal_to_json(const struct goal_status *g);
/*
 * The verdict in words: "goal reached", "on pace", "behind by 2h" or,
 * with no goal, "no weekly goal".
 */
void goal_verdict(char *out, size_t size, const struct goal_status *g);
/* "[#####.....]": the week's share of the goal, full when reached. */
void goal_bar(char out[GOAL_BAR_SIZE], const struct goal_status *g);
/*
 * The report's goal line after its bar: "3h of 6h (50%), on pace: 45m a
 * day over the 4 days left" (or "goal reached", "behind by 2h: ...").
 * The caller frees it.
 */
char *goal_line_text(const struct goal_status *g);
/*
 * The same figures in words for a screen reader: "3 hours 5 minutes of
 * 6 hours this week, 51 percent, on pace". The caller frees it.
 */
char *goal_words_text(const struct goal_status *g);
/* The week's share of the goal in whole percent, rounded down. */
int goal_percent(const struct goal_status *g);

#ifdef __cplusplus
}
#endif
#endif

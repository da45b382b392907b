#ifndef TRACK_REPORT_H
#define TRACK_REPORT_H

/*
 * `track report` (SPEC §7): one period computed once into struct report,
 * then formatted by one renderer per format (render_report_*.c). The
 * plan, the findings and the portfolio come from the analysis modules
 * (analysis.h) over the history as it stood at the report's "now".
 */

#include <sqlite3.h>
#include <stdbool.h>
#include <stdio.h>

#include "reports/analysis.h"
#include "core/error.h"
#include "reports/goal.h"
#include "reports/history.h"
#include "reports/skills.h"

#define REPORT_TREND_WEEKS 12	/* the trend line's length */

/* The periods `track report` names. */
enum report_period {
	PERIOD_WEEK,		/* the week holding today */
	PERIOD_LAST_WEEK,	/* the week before it */
	PERIOD_MONTH,		/* the calendar month holding today */
	PERIOD_LAST_MONTH,
	PERIOD_YEAR,		/* the calendar year holding today */
	PERIOD_ALL,		/* the first session's day to today */
};

/* Minutes on one path (fundamentals and "unmapped" included). */
struct report_path {
	const char *path;	/* slug (borrowed from the history) */
	int minutes;
};

/* Minutes on one topic. */
struct report_topic {
	char *topic;
	const char *path;	/* slug (borrowed), "unmapped" for none */
	int minutes;
};

struct report {
	int from, to;			/* the period, inclusive days */
	int previous_from, previous_to;	/* what it is compared with
					   (report_previous) */
	int at;				/* "now": the earlier of to and today;
					   the last day that happened */
	bool running;			/* the period runs past today: it is
					   counted and compared by its
					   elapsed part, from..at */
	int week_start;			/* first weekday of a week: 0 Monday,
					   6 Sunday */

	/* Totals of the period. */
	int minutes;
	int sessions;
	int active_days;		/* days with at least one session */
	int streak_current;		/* active days in a row up to at (or
					   up to the day before, while at has
					   none yet); may start before from */
	int streak_longest;		/* longest run within from..at */
	int previous_minutes;		/* minutes of the previous period */

	struct report_path *paths;	/* most minutes first */
	size_t path_count;
	struct report_topic *topics;	/* most minutes first, then name */
	size_t topic_count;
	int by_kind[3];			/* enum kind order: tutorial, study,
					   project */

	int *days;			/* minutes of every day from..at (days
					   still to come are not there) */
	size_t day_count;

	int trend_from;			/* first day of the trend's first week */
	int trend[REPORT_TREND_WEEKS];	/* minutes per week, oldest first; the
					   last week holds at (days after at
					   do not count) */

	struct history history;		/* as it stood at at; the analyses
					   below borrow from it */
	struct plan plan;
	struct findings findings;
	struct portfolio portfolio;
	struct skills skills;		/* of the chosen path (SPEC §12) */
	/* SPEC §13. */
	int streak_minimum;		/* goal.daily-minutes: the least
					   minutes of a streak's day */
	struct goal_status goal;	/* the week holding at against the
					   weekly goal */
};

#ifdef __cplusplus
extern "C" {
#endif

/*
 * The days of a named period around today. Weeks start on week_start
 * (0 Monday ... 6 Sunday); PERIOD_ALL starts at first_day, the first
 * session's day (DAY_NONE with none: today). A period ends by DAY_LAST
 * at the latest: the week of 9999-12-31 is cut there.
 */
void report_period(enum report_period period, int today, int week_start,
    int first_day, int *from, int *to);

/*
 * The days a report of from..to is compared with, seen on today. A period
 * that ended before today is compared with the one of equal length just
 * before it. A period that holds today (this week, month or year, up to
 * its last day) is compared by its elapsed part, from..today: a period of
 * whole calendar months (a month, a year) with the same days of the month
 * or year before, the last one clamped to that month's length (1-6
 * December with 1-6 November; on 31 March, all of March with 1-28
 * February); any other (a week) with the same days one period length
 * earlier (Monday to Thursday with Monday to Thursday of the week before).
 */
void report_previous(int from, int to, int today, int *previous_from,
    int *previous_to);

/*
 * Whether r shows the goal line: a weekly goal is set and r is one week
 * (SPEC §13: the weekly report).
 */
bool report_shows_goal(const struct report *r);

/* The days of r that happened: from..at (at least 0). */
int report_elapsed_days(const struct report *r);

/* The first session's day in *day, or DAY_NONE with no session. */
struct error *report_first_day(sqlite3 *db, int *day);

/* The first day of the week (starting on week_start) that holds day. */
int report_week_of(int day, int week_start);

/*
 * Computes the report of [from, to] (from <= today is expected; a to
 * after today makes the period a running one: only from..today is
 * counted, and it is compared as report_previous says). On success the
 * caller releases r; on failure r is left empty.
 */
struct error *report_compute(sqlite3 *db, int from, int to, int today,
    int week_start, struct report *r);
void report_init(struct report *r);
void report_release(struct report *r);

/* ---- What the renderers share: the presentation rules of the struct ---- */

#define REPORT_HEAT_LEVELS 5	/* none, under 30m, under 1h, under 2h, more */
#define REPORT_HEAT_WEEKS 53	/* a heatmap shows at most the last 53 weeks */
#define REPORT_CALENDAR_WEEKS 13 /* up to this many weeks: one row a week */

/* The heatmap shade of a day's minutes: 0 none, 1 under 30m, 2 under 1h,
   3 under 2h, 4 two hours or more. */
int report_heat_level(int minutes);
/* The words for each level: "none", "under 30m", ..., "2h or more". */
extern const char *const report_heat_legend[REPORT_HEAT_LEVELS];
/* The first day of the heatmap's first week: the week holding from, or
   the start of the last REPORT_HEAT_WEEKS weeks of a longer period. */
int report_heat_from(const struct report *r);
/* The number of weeks the heatmap shows (from report_heat_from). */
int report_heat_weeks(const struct report *r);
/* Minutes of one day of the period; -1 for a day outside it or still
   to come (after at). */
int report_day_minutes(const struct report *r, int day);
/* part as a whole percentage of whole, rounded half up (0 when whole is 0). */
int report_percent(int part, int whole);
/* The largest of the trend's weeks. */
int report_trend_max(const struct report *r);
/* The index of the trend's largest week (the earliest of equals). */
int report_trend_peak(const struct report *r);
/* A trend week's sparkline level: 0 for none, else 1..8 eighths of the
   largest week, rounded up. */
int report_spark_level(const struct report *r, int week);

/*
 * The renderers: each formats r and nothing else. color only matters to
 * text. They write to out and report nothing: the caller checks out.
 */
void report_render_text(FILE *out, const struct report *r, bool color);
void report_render_json(FILE *out, const struct report *r, bool color);
void report_render_csv(FILE *out, const struct report *r, bool color);
void report_render_md(FILE *out, const struct report *r, bool color);
void report_render_html(FILE *out, const struct report *r, bool color);
/* Writes user text as Markdown: neutralised, its punctuation escaped. */
void md_put_text(FILE *out, const char *s);

#ifdef __cplusplus
}
#endif
#endif

#ifndef TRACK_HISTORY_H
#define TRACK_HISTORY_H

/*
 * The history as it stood on one day, aggregated in SQL (from the summary
 * tables of schema/003 and index ranges of the session table) into plain
 * structs. Every analysis (plan, findings, portfolio) is a pure function
 * of a history and the thresholds, so tests can build histories by hand.
 */

#include <sqlite3.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/error.h"

/* Every threshold of SPEC §5.1, read from the settings table. */
struct thresholds {
	int fundamentals_hours;		/* plan.fundamentals-hours */
	int plan_projects;		/* plan.projects */
	int focus_month_hours;		/* plan.focus-month-hours */
	int focus_share;		/* plan.focus-share (percent) */
	int focus_months;		/* plan.focus-months */
	int portfolio_score;		/* plan.portfolio-score */
	int tutorial_window_days;	/* tutorial-hell.window-days */
	int tutorial_min_hours;		/* tutorial-hell.min-hours */
	int tutorial_share;		/* tutorial-hell.share */
	int tutorial_project_share;	/* tutorial-hell.project-share */
	int tutorial_alert_hours;	/* tutorial-hell.alert-hours */
	int hopping_month_hours;	/* path-hopping.month-hours */
	int hopping_months;		/* path-hopping.months */
	int hopping_changes;		/* path-hopping.changes */
	int hopping_set_window_days;	/* path-hopping.set-window-days */
	int fundamentals_min_hours;	/* ignoring-fundamentals.min-hours */
	int portfolio_total_hours;	/* no-portfolio.total-hours */
	int portfolio_weeks;		/* no-portfolio.weeks */
	int portfolio_window_days;	/* no-portfolio.window-days */
	int portfolio_window_hours;	/* no-portfolio.window-hours */
	int scattered_window_days;	/* scattered.window-days */
	int scattered_paths;		/* scattered.paths */
	int scattered_path_hours;	/* scattered.path-hours */
	int scattered_top_share;	/* scattered.top-share */
	/* Version 2 (schema 007). */
	int fundamentals_area_hours;	/* plan.fundamentals-area-hours */
	int fundamentals_active_share;	/* plan.fundamentals-active-share */
	int fundamentals_further_share;	/* plan.fundamentals-further-share */
	int project_min_hours;		/* project.min-hours */
	int tutorial_min_history_days;	/* tutorial-hell.min-history-days */
	int off_path_min_hours;		/* off-path.min-hours */
	int off_path_share;		/* off-path.share */
	int memorization_window_days;	/* memorization.window-days */
	int memorization_topic_hours;	/* memorization.topic-hours */
	int memorization_min_hours;	/* memorization.min-hours */
	int memorization_share;		/* memorization.share */
	int prerequisites_path_hours;	/* prerequisites.path-hours */
	int prerequisites_min_hours;	/* prerequisites.min-hours */
	int stalled_days;		/* stalled.days */
	int deep_project_hours;		/* portfolio.deep-project-hours */
	/* Goals (schema 013). */
	int goal_weekly_minutes;	/* goal.weekly-minutes (0: none) */
	int stalled_min_hours;		/* stalled.min-hours (schema 014) */
};

/* The analyses look at specialization paths by index into history.paths. */
#define PATH_UNMAPPED (-1)

/* Windows and spans whose length SPEC §4-§6 fixes (not settings). */
#define FOCUS_WINDOW_DAYS 182	/* portfolio Focus: the last 182 days */
#define RECENT_WINDOW_DAYS 90	/* the suggested path: the last 90 days */
#define OFF_PATH_WINDOW_DAYS 28	/* off-path: the last 28 days */
#define PACE_MONTHS 6		/* the pace: the six months before now's */
/* F and H never fall under these (SPEC §4: max(3, ...), max(4, ...)). */
#define FOCUS_FLOOR_MINUTES 180
#define PROJECT_FLOOR_MINUTES 240

struct history_path {
	int64_t id;
	char *slug;
	bool fundamentals;
};

/* The area of article 1's fundamentals a fundamentals topic is in. */
enum topic_area {
	AREA_NONE,		/* not a fundamentals topic */
	AREA_BASICS,
	AREA_DATA_STRUCTURES,
	AREA_FUNCTIONS,
	AREA_CLASSES,
	AREA_ERROR_HANDLING,
	AREA_FURTHER,		/* also a fundamentals topic with no area */
};

struct history_topic {
	int64_t id;
	char *name;
	int path;		/* the path its hours count for, index into
				   history.paths, or PATH_UNMAPPED: its home,
				   or the chosen path when it serves it
				   (SPEC §4 "Topics serve paths") */
	int home;		/* its home path (index), or PATH_UNMAPPED */
	enum topic_area area;
	int total_by_kind[3];	/* minutes up to history.at, enum kind order
				   (tutorial, study, project) */
};

#define AREA_COUNT (AREA_FURTHER + 1)

/* Fundamentals minutes of one area (SPEC §4 step 1), up to history.at. */
struct area_minutes {
	int minutes;		/* all kinds */
	int active;		/* study and project */
};

/* Minutes on one path within a month or a window. */
struct path_minutes {
	int path;		/* index into history.paths, or PATH_UNMAPPED */
	int minutes;
	int active;		/* of them study and project (SPEC §4) */
	char *top_topic;	/* the path's most-logged topic there */
	int top_topic_minutes;
};

/* Sums over a range of days (a window, or a calendar month). */
struct span {
	int from, to;			/* inclusive days */
	int minutes;			/* all minutes */
	int fundamentals;		/* minutes on fundamentals topics */
	int by_kind[3];			/* enum kind order: tutorial, study, project */
	int project_sessions;		/* sessions of kind project */
	struct path_minutes *paths;	/* non-fundamentals paths, unmapped too,
					   most minutes first */
	size_t path_count;
	int dominant;			/* mapped specialization path with most
					   minutes (SPEC §5 ties: the path chosen
					   at the span's end, then the path its
					   first session on a tied path counts
					   for), or PATH_UNMAPPED when none */
	int projects_completed;		/* projects completed within the span */
};

/* Specialization minutes of a span: all minus fundamentals. */
int span_specialization(const struct span *s);
/* Minutes of a span on path (0 when absent). */
int span_path_minutes(const struct span *s, int path);

struct path_choice_entry {
	int day;
	int path;		/* index into history.paths */
};

struct history_project {
	int64_t id;
	char *name;
	int path;		/* SPEC §5.1: the path given (path_given), else
				   the path its specialization minutes are
				   assigned to most, else the path chosen on
				   its start day; PATH_UNMAPPED: none */
	int started;
	int completed;		/* day, or DAY_NONE while open (as of
				   history.at) */
	char *url;		/* NULL: none */
	int minutes;		/* logged on it up to history.at */
	int weeks;		/* distinct ISO weeks with its sessions */
	bool substantial;	/* SPEC §4 step 3: minutes and weeks reach
				   history.project_min_minutes and 2 */
	bool path_given;	/* path was given with --path (sticky) */
	bool contribution;	/* an open-source contribution (SPEC §12) */
	const char *top_topic;	/* its most-logged topic (borrowed from
				   history.topics), NULL: none */
	const char **topics;	/* its topics, most minutes first (names
				   borrowed from history.topics); only
				   after history_load_project_topics */
	size_t topic_count;
};

/* The open work last worked on (SPEC §5 stalled): findings v2. */
struct history_resume {
	char *name;		/* an open project or unfinished tutorial,
				   NULL: none */
	bool project;		/* a project (else a tutorial) */
	int day;		/* its last session up to history.at */
};

struct history {
	int at;				/* "now": nothing after it counts */
	int first_day;			/* first session, DAY_NONE with none */
	int last_day;			/* last session up to at, DAY_NONE */
	double pace_minutes;		/* SPEC §4 "the learner's pace": the
					   median monthly minutes of the six
					   months before at's (x.5 when the
					   mean of the middle two) */
	int focus_month_minutes;	/* F of §4 step 4: the least whole
					   minutes that reach it (F itself
					   may hold a fraction; see
					   history_focus_month_exact) */
	int project_min_minutes;	/* H of §4 step 3, likewise */
	struct history_path *paths;	/* every path (fundamentals too) */
	size_t path_count;
	int current;			/* chosen path on at, or PATH_UNMAPPED */
	struct history_topic *topics;	/* every topic, in name order */
	size_t topic_count;
	int *topic_index;		/* topic id -> position in topics */
	size_t topic_index_size;

	/* Totals from the first session up to at. */
	int total_minutes;
	int fundamentals_minutes;
	int tutorial_minutes;
	int project_sessions;		/* sessions of kind project */
	int active_weeks;		/* distinct ISO weeks with sessions */
	struct area_minutes areas[AREA_COUNT];	/* fundamentals by area
					   ([AREA_NONE] stays 0) */

	/* The last calendar months up to at's, oldest first (the last one
	   ends at at): the 12 that path-hopping looks at and every month a
	   window touches, never before the first session's month. Older
	   months are only summed up in streak_before. */
	struct span *months;
	size_t month_count;
	/* The consecutive months focused on the current path just before
	   months[0] (month_focused), counted only when none of
	   months[0..count-2] breaks the streak; 0 in histories built by
	   hand. */
	int streak_before;

	/* The windows the rules look at, each ending at at. */
	struct span tutorial_window;	/* tutorial-hell.window-days */
	struct span scattered_window;	/* scattered.window-days */
	struct span portfolio_window;	/* no-portfolio.window-days */
	struct span focus_window;	/* the last 182 days (portfolio Focus) */
	struct span recent_window;	/* the last 90 days (suggested path) */
	struct span off_path_window;	/* the last 28 days (off-path) */

	/* Every path set up to at, by day then entry order; a choice on
	   the same day as the one before replaced it (SPEC §5.1). */
	struct path_choice_entry *choices;
	size_t choice_count;

	/* Projects started up to at, by start day then name. */
	struct history_project *projects;
	size_t project_count;

	/* ---- findings v2 (SPEC §5): what only the findings read, loaded
	   at the end of history_load (load_findings_v2) ---- */
	int memorization_from;		/* first day of the memorization
					   window (memorization.window-days) */
	int memorization_minutes;	/* all minutes in it */
	int *memorization_learning;	/* by topic index: tutorial and study
					   minutes in it; NULL reads as 0 */
	int *prerequisites;		/* topic indexes of the current path's
					   prerequisites (path_prerequisite) */
	size_t prerequisite_count;
	bool *prerequisite_any;		/* by topic index: a prerequisite of
					   some path (the maths); NULL reads
					   as none */
	int last_topic;			/* topic index with most minutes on
					   last_day, or -1 */
	struct history_resume resume;	/* only while stalled.days hold */
};

#ifdef __cplusplus
extern "C" {
#endif

/* Reads every threshold from the settings table. */
struct error *thresholds_load(sqlite3 *db, struct thresholds *th);
/* The SPEC defaults (for tests that build histories by hand). */
void thresholds_defaults(struct thresholds *th);

/* Loads the history as it stood on day at. The caller releases it. */
struct error *history_load(sqlite3 *db, int at, const struct thresholds *th,
    struct history *h);
/*
 * Loads only what a project's path needs (paths, topics, path choices
 * and the projects with their minutes, weeks, topics and paths) as of at:
 * `track project list|show`. months, windows, pace and substantial stay
 * empty. The caller releases it.
 */
struct error *history_load_projects(sqlite3 *db, int at, struct history *h);
/*
 * Adds every project's topics (history_project.topics) to a loaded
 * history: only `track portfolio` lists them, so history_load leaves them
 * out.
 */
struct error *history_load_project_topics(sqlite3 *db, struct history *h);
void history_init(struct history *h);
void history_release(struct history *h);

/* The index of the path with slug, or PATH_UNMAPPED. */
int history_path_index(const struct history *h, const char *slug);
/* The slug of a path index ("unmapped" for PATH_UNMAPPED). */
const char *history_path_slug(const struct history *h, int path);
/* The project with id, or NULL. */
const struct history_project *history_project_find(const struct history *h,
    int64_t id);
/* The path chosen on day (the last choice up to it), or PATH_UNMAPPED. */
int history_path_on(const struct history *h, int day);

/*
 * The learner's pace (SPEC §4) of monthly minutes, oldest first: the
 * median (the mean of the middle two for an even count, 0 for none).
 * The months array is reordered.
 */
double pace_median(int *months, size_t count);
/* F (§4 step 4) and H (§4 step 3) in minutes, unrounded, from the pace. */
double history_focus_month_exact(const struct history *h,
    const struct thresholds *th);
double history_project_min_exact(const struct history *h,
    const struct thresholds *th);
/*
 * Sets h's pace and the whole minutes of F and H derived from it
 * (history_load does it; tests building histories by hand call it).
 */
void history_set_pace(struct history *h, const struct thresholds *th,
    double pace);

/*
 * Whether month s is focused on the current path (SPEC §4 step 4): its
 * active minutes on the path reach F (and are more than none) and its
 * minutes on the path are at least focus-share % of its specialization
 * minutes. false with no path.
 */
bool month_focused(const struct history *h, const struct span *s,
    const struct thresholds *th);
/* The same rule on a month's numbers: minutes on the current path, of
   them active, and the month's specialization minutes. */
bool month_focused_numbers(const struct history *h,
    const struct thresholds *th, int on_path, int active,
    int specialization);
/*
 * Consecutive focused months ending at at's month (SPEC §4 step 4 and
 * §5.1). An unfocused current month neither counts nor breaks the
 * streak; any earlier unfocused month breaks it. 0 with no path.
 */
int focus_streak(const struct history *h, const struct thresholds *th);

/*
 * The conditions step 2 and the findings share (SPEC §4 step 2, §5),
 * whatever silences the finding itself:
 * - history_off_path: a path is chosen, the off-path window holds
 *   off-path.min-hours of specialization and under off-path.share % of
 *   it is on the chosen path;
 * - history_hopping_months: fills months (room for 12) with the indexes
 *   into h->months of the months path-hopping compares (the last 12
 *   calendar months with month-hours of specialization and a dominant
 *   path, only the last path-hopping.months of them) and returns how many;
 * - history_hopping_by_months: their dominant path changed
 *   path-hopping.changes times;
 * - history_choice_changes: path changes (a choice whose path differs
 *   from the one before it) dated from day from on;
 * - history_hopping_by_choices: path-hopping.changes of them in the
 *   set window.
 */
#define HOPPING_MONTHS_LOOKED_AT 12
bool history_off_path(const struct history *h, const struct thresholds *th);
size_t history_hopping_months(const struct history *h,
    const struct thresholds *th, size_t months[HOPPING_MONTHS_LOOKED_AT]);
bool history_hopping_by_months(const struct history *h,
    const struct thresholds *th);
int history_choice_changes(const struct history *h, int from);
bool history_hopping_by_choices(const struct history *h,
    const struct thresholds *th);

/* ---- step 1 ---- */

/*
 * Step 1's hours (SPEC §4 step 1), from history.areas: the five areas'
 * minutes whole plus the `further` minutes up to
 * plan.fundamentals-further-share % of plan.fundamentals-hours, *active
 * their study and project part (the counted further minutes active in
 * the proportion of all further minutes), *further the further minutes
 * counted. The plan shows them; the findings compare them.
 */
void history_fundamentals_step(const struct history *h,
    const struct thresholds *th, double *minutes, double *active,
    double *further);
/* The same minutes, rounded down; a history without topics (built by
 * hand) counts every fundamentals minute. */
int history_fundamentals_step_minutes(const struct history *h,
    const struct thresholds *th);

#ifdef __cplusplus
}
#endif
#endif

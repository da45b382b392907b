#ifndef TRACK_ANALYSIS_H
#define TRACK_ANALYSIS_H

/*
 * The judgement of SPEC §4-§6: plan progress, anti-pattern findings and
 * portfolio depth, computed from a history into plain structs. Nothing
 * here prints or touches the database: renderers format these structs.
 */

#include <stdbool.h>

#include "reports/history.h"

/* ---- Portfolio depth (SPEC §6) ---- */

struct portfolio_project {
	char *name;
	const char *path;	/* slug (borrowed from the history), NULL: none */
	int minutes;
	int weeks;		/* distinct ISO weeks with its sessions */
	int started;
	int completed;		/* DAY_NONE: open */
	char *url;
	const char **topics;	/* borrowed from the history */
	size_t topic_count;
	bool substantial;	/* SPEC §4 step 3 (open ones too, so far) */
	bool contribution;	/* an open-source contribution (SPEC §12) */
	int missing_minutes;	/* what would make it substantial: more */
	int missing_weeks;	/* minutes, and weeks with sessions */
	double points;		/* what it adds to the Projects part */
};

/* What the single best action of the portfolio is (SPEC §6). */
enum next_code {
	NEXT_KEEP_UP,		/* nothing left to gain */
	NEXT_CHOOSE_ANY,	/* no path to suggest: choose one */
	NEXT_CHOOSE_SUGGESTED,	/* the most-logged specialization */
	NEXT_CHOOSE_BEST,	/* the path that raises the score most */
	NEXT_ADD_URL,		/* to a substantial completed project */
	NEXT_FINISH,		/* an open substantial project */
	NEXT_LOG_PAST,		/* the hours of a done project with none */
	NEXT_MAKE_OPEN,		/* an open project substantial */
	NEXT_MAKE_THIN,		/* a thin completed project substantial */
	NEXT_DEEPEN,		/* a substantial project by H more */
	NEXT_FOCUS_HOURS,	/* F more of specialization on the path */
	NEXT_FOCUSED_MONTH,	/* one more focused month on it */
	NEXT_FIRST_PROJECT,	/* a first project in the path */
	NEXT_ANOTHER_PROJECT,	/* another one */
};

/*
 * The skill a new project could apply (SPEC §12: the learned skill to
 * apply next), set by skills_point; title NULL: none.
 */
struct skill_pointer {
	const char *title;	/* "Concurrency" (borrowed from the skills) */
	const char *status;	/* "learned" */
	int minutes;		/* all logged on its topics */
	const char *topic;	/* its most-logged topic */
};

/* The next action as data: its code and its arguments. */
struct next_action {
	enum next_code code;
	const char *project;	/* the project's name (the history's) */
	const char *path;	/* the path's slug */
	const char *topic;	/* what to log, NULL: not known */
	int minutes;		/* what is missing, H or F */
	int weeks;		/* weeks with sessions missing (0 to 2) */
	int so_far;		/* focus hours: minutes on the path so far */
	int share;		/* focused month: plan.focus-share */
	struct skill_pointer skill;	/* a new project: the skill it
					   could apply */
};

struct portfolio {
	const char *path;	/* chosen path slug, NULL with none */
	int score;		/* 0..100: the sum of the rounded parts */
	const char *grade;	/* getting started | early | developing |
				   solid | deep */
	int projects;		/* part, max 50 */
	int evidence;		/* part, max 15 */
	int focus;		/* part, max 20 */
	int persistence;	/* part, max 15 */
	int focused_months;	/* the streak behind persistence */
	bool built;		/* a substantial project is completed, so
				   Focus and Persistence count */
	int substantial;	/* substantial completed projects (any path) */
	int thin;		/* completed projects that are not */
	int total_minutes;	/* all logged (the getting-started line) */
	struct portfolio_project *items;	/* completed and open projects */
	size_t item_count;
	struct next_action next;	/* the single action that raises
					   the score most */
	int next_gain;		/* points it would add (0: nothing to gain) */
};

/* ---- The five-step plan (SPEC §4) ---- */

struct plan_step {
	int step;		/* 1..5 */
	const char *title;	/* "Master fundamentals" */
	bool complete;
	double value;		/* e.g. fundamentals hours so far */
	double target;		/* e.g. 40 */
};

/* Why step 2's chosen path is not held yet. */
enum plan_hold {
	HOLD_HELD,
	HOLD_OFF_PATH,		/* the time went to another path */
	HOLD_CHANGES,		/* `path set` changed it too often */
	HOLD_MONTHS,		/* the months hopped */
};

/* What step 3 says to do next. */
enum plan_build {
	BUILD_DONE,		/* enough substantial projects */
	BUILD_FINISH,		/* an open substantial project */
	BUILD_KEEP_BUILDING,	/* an open project not substantial yet */
	BUILD_LOG_PAST,		/* a completed one with nothing logged */
	BUILD_MAKE_THIN,	/* a thin completed one */
	BUILD_NEW,		/* none to work on: build one */
};

/* Where the current month stands against a focused month (step 4). */
enum plan_month {
	MONTH_EMPTY,		/* nothing logged yet */
	MONTH_FOCUSED,
	MONTH_OUT_OF_REACH,	/* no more hours reach the share */
	MONTH_NEEDS,		/* month_needed more minutes make it one */
};

/*
 * The figures each step's line needs beside its value and target
 * (plan_step_text in reports/sentences.h writes the line). Names are
 * borrowed from the history.
 */
struct plan_hints {
	/* Step 1 */
	int to_go;		/* minutes to the target, 0: reached */
	int further_minutes;	/* all further minutes (more than counted:
				   the line says so) */
	const char *area_topic;	/* a topic of the first area missing */
	bool share_ok;		/* the active share is reached */
	int share_needed;	/* plan.fundamentals-active-share */
	/* Step 2 */
	int since;		/* the day the path was chosen */
	int year_changes;	/* path changes in the last 12 months */
	enum plan_hold hold;
	const char *off_to;	/* off-path: where the time went, NULL:
				   unmapped topics; NULL and off_share -1:
				   nowhere to name */
	int off_share, on_share;	/* percent of the specialization */
	int changes, change_days;	/* HOLD_CHANGES */
	size_t month_count;	/* HOLD_MONTHS: the months compared */
	int months[HOPPING_MONTHS_LOOKED_AT];	/* 1..12 */
	const char *month_paths[HOPPING_MONTHS_LOOKED_AT];
	/* Step 3 */
	enum plan_build build;
	size_t build_project;	/* index into plan.projects */
	struct skill_pointer apply;	/* BUILD_NEW: the skill the new
					   project could apply */
	/* Step 4 */
	enum plan_month month;
	int month_on, month_share, month_active, month_needed;
	/* Step 5 */
	const char *grade;
	struct next_action next;
	int next_gain;
};

/* One area of step 1 (JSON "areas"). */
struct plan_area {
	const char *area;	/* "basics", ..., "error-handling", "further" */
	int minutes;		/* all logged on it */
	bool complete;		/* minutes reach plan.fundamentals-area-hours */
};

/* A project of step 3: those in the chosen path. */
struct plan_project {
	const char *name;	/* borrowed from the history */
	int minutes;
	int weeks;
	bool completed;
	bool substantial;	/* open ones too, from their work so far */
};

/* The learner's pace and the thresholds it scales (SPEC §4). */
struct plan_pace {
	int minutes;		/* the pace, rounded half up */
	int focus_month_minutes;	/* F, whole minutes reaching it */
	int focus_share;	/* plan.focus-share */
	int project_min_minutes;	/* H, likewise */
};

/* Why a step's forecast has the date it has, or none (SPEC §13). */
enum forecast_code {
	FORECAST_NONE,		/* complete, or not a matter of hours (step
				   2; steps 3-5 with no path chosen) */
	FORECAST_DATE,		/* eta is the day it is done at the pace */
	FORECAST_NO_PACE,	/* nothing logged in 28 days, no goal */
	FORECAST_TOO_SLOW,	/* step 4: the pace makes no focused month */
};

/* When an incomplete step is done at the learner's pace. */
struct plan_forecast {
	enum forecast_code code;
	int minutes;		/* what is still to log (steps 1, 3, 5) */
	int months;		/* step 4: focused months still needed */
	int eta;		/* FORECAST_DATE: the day; else DAY_NONE */
};

/*
 * The pace forecasts assume: the mean weekly minutes of the 28 days up to
 * now, or the weekly goal when one is set and that mean is below it.
 */
struct plan_forecast_pace {
	int minutes;		/* a week, rounded half up */
	int recent_minutes;	/* the 28 days' mean a week */
	bool from_goal;		/* minutes is the weekly goal */
};

struct plan {
	const char *path;		/* chosen path slug, NULL: none */
	const char *suggested_path;	/* with no path: most-logged
					   specialization of the last 90 days */
	int current_step;		/* first incomplete step; 0 when all
					   five are complete */
	struct plan_step steps[5];
	struct plan_pace pace;
	char **open_projects;		/* open projects in the chosen path */
	size_t open_project_count;
	/* Step 1's parts. */
	struct plan_area areas[AREA_COUNT - 1];	/* the five, then further */
	int further_counted;		/* further minutes counted (capped) */
	int active_share;		/* percent of the step's hours that are
					   active, truncated */
	/* Step 3's projects in the chosen path. */
	struct plan_project *projects;
	size_t project_count;
	struct plan_hints hints;
	/* SPEC §13: when each incomplete step is done at the pace. */
	struct plan_forecast_pace forecast_pace;
	struct plan_forecast forecasts[5];
};

/* ---- Anti-pattern findings (SPEC §5) ---- */

/* The rules, in the order SPEC §5 lists them. */
enum finding_id {
	FINDING_TUTORIAL_HELL,
	FINDING_PATH_HOPPING,
	FINDING_OFF_PATH,
	FINDING_IGNORING_FUNDAMENTALS,
	FINDING_NO_PORTFOLIO,
	FINDING_SCATTERED,
	FINDING_MEMORIZATION,
	FINDING_SKIPPED_PREREQUISITES,
	FINDING_STALLED,
	FINDING_COUNT
};

/*
 * What a finding's advice says: the situation of its rule the analysis
 * found (reports/sentences.h writes the sentence of each). Stalled's
 * codes also choose the "welcome back" line.
 */
enum advice_code {
	ADVICE_TUTORIAL_ALERT_PROJECT,	/* alert, an open project */
	ADVICE_TUTORIAL_ALERT,		/* alert, none */
	ADVICE_TUTORIAL_PROJECT,	/* warning, an open project */
	ADVICE_TUTORIAL_EXAMPLE,	/* warning, the path's first project */
	ADVICE_TUTORIAL_BUILD,		/* warning, neither */
	ADVICE_HOPPING_PATH,		/* stay with the chosen path */
	ADVICE_HOPPING_NONE,		/* pick one */
	ADVICE_OFF_PATH_UNMAPPED,	/* the time went to no path */
	ADVICE_OFF_PATH_OTHER,		/* it went to another path */
	ADVICE_FUNDAMENTALS_COVERAGE,	/* areas not practised yet */
	ADVICE_FUNDAMENTALS_AUTOMATION,	/* the automation path */
	ADVICE_FUNDAMENTALS_TOPIC,	/* a specialization topic */
	ADVICE_FUNDAMENTALS_HOURS,	/* none known */
	ADVICE_PORTFOLIO_OPEN,		/* finish an open project */
	ADVICE_PORTFOLIO_OPEN_NEW,	/* work on an empty open project */
	ADVICE_PORTFOLIO_RECENT,	/* form (b) only: start the next */
	ADVICE_PORTFOLIO_EXAMPLE,	/* build the path's first project */
	ADVICE_PORTFOLIO_NONE,		/* finish one project */
	ADVICE_SCATTERED_PATH,		/* keep the chosen path */
	ADVICE_SCATTERED_NONE,		/* keep one path */
	ADVICE_MEMORIZATION_PROJECT,	/* use the topic in an open project */
	ADVICE_MEMORIZATION_TOPIC,	/* use it in a small project */
	ADVICE_PREREQUISITES,		/* the path's prerequisites */
	ADVICE_STALLED_PROJECT,		/* pick up a project */
	ADVICE_STALLED_TUTORIAL,	/* pick up a tutorial */
	ADVICE_STALLED_BUILD,		/* build something of one's own */
	ADVICE_STALLED_TOPIC,		/* the last session's topic */
	ADVICE_STALLED_NONE,		/* just one session */
	ADVICE_COUNT
};

/* The advice of a finding as data: its code and what fills it in. */
struct finding_advice {
	enum advice_code code;
	const char *path;	/* the chosen path's slug, NULL: none */
	const char *other;	/* the path that took the time */
	const char *project;	/* an open project or tutorial */
	const char *topic;
	int minutes;		/* the project's minutes so far */
	int days;		/* days since the last session */
	unsigned areas;		/* 1 << area of each area not practised */
	const char **names;	/* the path's prerequisites (the array is
				   the finding's, the names the history's) */
	size_t name_count;
};

/*
 * Which sentence a part of a finding's evidence is (reports/sentences.c
 * writes each), and the fields of struct finding_evidence it reads.
 */
enum evidence_kind {
	EVIDENCE_TUTORIAL_ALERT,	/* minutes of tutorials since day */
	EVIDENCE_TUTORIAL_WINDOW,	/* minutes of tutorials, other of
					   projects in days (share of whole) */
	EVIDENCE_HOPPING_MONTHS,	/* items: each month compared */
	EVIDENCE_HOPPING_CHOICES,	/* count changes in days: path, then
					   items (each path set and its day) */
	EVIDENCE_OFF_PATH,		/* path's minutes of whole in days
					   (share); items: the other paths */
	EVIDENCE_FUNDAMENTALS_COVERAGE,	/* minutes of specialization; of
					   other of fundamentals only counted
					   count (share of hours); areas */
	EVIDENCE_FUNDAMENTALS_HOURS,	/* minutes of specialization, other
					   of fundamentals, hours asked */
	EVIDENCE_PORTFOLIO_EVER,	/* minutes in weeks; count completed */
	EVIDENCE_PORTFOLIO_RECENT,	/* minutes in days; the last
					   substantial project on project_day */
	EVIDENCE_SCATTERED,		/* count paths in days: items; the
					   largest holds share */
	EVIDENCE_MEMORIZATION,		/* items of count topics: minutes in
					   days (share of whole) */
	EVIDENCE_PREREQUISITES,		/* minutes on path, other on items */
	EVIDENCE_STALLED,		/* day, days ago, topic; project last
					   worked on, on project_day */
};

/* One named figure of an evidence list: "django 14h", "Sep backend". */
struct evidence_item {
	const char *name;	/* a path or topic (the history's) */
	const char *topic;	/* a month's top topic there, NULL: the
				   path's minutes are shown */
	int minutes;
	int day;		/* a month's first day, a path set's day */
};

/* A part of a finding's evidence as data: its kind and its figures. */
struct finding_evidence {
	enum evidence_kind kind;
	int minutes;		/* the figure the sentence opens with */
	int other;		/* a second figure, in minutes */
	int whole;		/* minutes share is a percentage of */
	int share;		/* percent, truncated */
	int days;		/* the window's length, or days since day */
	int weeks;		/* weeks with sessions */
	int count;		/* projects, changes, paths, topics */
	int hours;		/* fundamentals: the hours step 1 asks for */
	int counted;		/* fundamentals: the minutes step 1 counts */
	int day;		/* the first or the last session */
	unsigned areas;		/* 1 << area of each area not practised */
	const char *path;	/* the path it names */
	const char *topic;	/* stalled: the last session's topic */
	const char *project;	/* a project or tutorial, NULL: none */
	bool is_project;	/* stalled: project is one (else a tutorial) */
	int project_day;	/* project's completion or last session */
	struct evidence_item *items;	/* owned by the finding */
	size_t item_count;
};

#define EVIDENCE_PARTS 2	/* path-hopping and no-portfolio: both forms */

struct finding {
	enum finding_id id;
	const char *name;	/* "tutorial-hell" */
	const char *severity;	/* "alert", "warning" or "info" */
	int from, to;		/* the period it covers, never before the
				   first session */
	struct finding_evidence evidence[EVIDENCE_PARTS];	/* the numbers
						   that triggered it */
	size_t evidence_count;
	struct finding_advice advice;	/* for the learner's path and
					   state; names borrowed from the
					   history, which outlives it */
};

/* With no finding: the numbers the rules looked at. */
struct findings_summary {
	bool logged;		/* false: nothing logged yet */
	int days;		/* the tutorial window's length */
	int minutes;		/* logged in it */
	int tutorial_share;	/* percent of them, truncated */
	int project_share;
	int paths;		/* mapped paths logged in the scattered window */
	int paths_days;		/* its length */
	int total_minutes;
	int fundamentals_minutes;
	int completed;		/* projects completed */
};

struct findings {
	int at;
	struct finding items[FINDING_COUNT];	/* alerts, warnings, then
						   infos; each in enum order */
	size_t count;
	bool holds[FINDING_COUNT];	/* each rule's condition, also when
					   another finding silences it (step
					   2 reads off-path's) */
	struct findings_summary looked_at;	/* with none found */
};

#ifdef __cplusplus
extern "C" {
#endif

void portfolio_compute(const struct history *h, const struct thresholds *th,
    struct portfolio *p);
void portfolio_release(struct portfolio *p);
/*
 * The grade of a score: early, developing, solid or deep; "getting
 * started" under 20 hours logged in total, whatever the score.
 */
const char *portfolio_grade(int score, int total_minutes);

/* Needs the portfolio score for step 5. */
void plan_compute(const struct history *h, const struct thresholds *th,
    const struct portfolio *p, struct plan *plan);
void plan_release(struct plan *plan);
/*
 * Fills plan's forecast_pace and forecasts (SPEC §13) for its incomplete
 * steps; plan_compute calls it last (reports/forecast.c).
 */
void plan_forecast(const struct history *h, const struct thresholds *th,
    struct plan *plan);
/*
 * Step 4's hint (SPEC §4): the least whole minutes x of active time on
 * the path with active + x >= F (and more than none) and (on_path + x) /
 * (specialization + x) >= share %; -1 when no x reaches the share (a
 * share of 100 with time off the path).
 */
int focus_minutes_needed(int active, int on_path, int specialization,
    double focus_minutes, int share);
/*
 * The path the history suggests with none chosen: the mapped
 * specialization with most minutes in the last 90 days (ties: the lower
 * index), or PATH_UNMAPPED when none was logged.
 */
int plan_suggested_path(const struct history *h);

void findings_compute(const struct history *h, const struct thresholds *th,
    struct findings *f);
void findings_release(struct findings *f);
/*
 * The stalled finding while it holds (plan and report then open with
 * its "welcome back" line), else NULL.
 */
const struct finding *findings_welcome(const struct findings *f);
/* Whether a warning or an alert was found (`check --strict` exits 3). */
bool findings_any_warning(const struct findings *f);

/* Rounds half up: 2.5 -> 3 (SPEC §5.1, never half to even). */
int round_half_up(double value);

#ifdef __cplusplus
}
#endif
#endif

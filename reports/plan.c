/*
 * The five-step plan (SPEC §4 and §5.1): each step's numbers against its
 * threshold, whether it is complete, and the state and figures of what
 * to do next for the learner's path (plan.hints; reports/sentences_plan.c
 * writes the line). Computed from a history and the portfolio (step 5 is
 * its score).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "reports/analysis.h"
#include "core/buf.h"
#include "core/date.h"

#define STEP_COUNT 5
#define CHANGE_WINDOW_DAYS 365	/* step 2's "last 12 months" */

static const char *const step_titles[STEP_COUNT] = {
	"Master fundamentals",
	"Pick one specialization",
	"Build real projects",
	"Deepen expertise",
	"Build a portfolio",
};

/* The areas of step 1 by enum topic_area: JSON names and words. */
static const char *const area_names[AREA_COUNT] = {
	NULL, "basics", "data-structures", "functions", "classes",
	"error-handling", "further",
};

static void plan_projects(const struct history *h, struct plan *plan);
static void step_fundamentals(const struct history *h,
    const struct thresholds *th, struct plan *plan);
static void step_specialization(const struct history *h,
    const struct thresholds *th, struct plan *plan);
static void step_projects(const struct thresholds *th, struct plan *plan);
static void step_depth(const struct history *h, const struct thresholds *th,
    struct plan *plan);
static void step_portfolio(const struct thresholds *th,
    const struct portfolio *p, struct plan *plan);
static void steps_without_path(const struct thresholds *th,
    const struct portfolio *p, struct plan *plan);

void
plan_compute(const struct history *h, const struct thresholds *th,
    const struct portfolio *p, struct plan *plan)
{
	int suggested;

	memset(plan, 0, sizeof(*plan));
	if (h->current != PATH_UNMAPPED)
		plan->path = history_path_slug(h, h->current);
	else if ((suggested = plan_suggested_path(h)) != PATH_UNMAPPED)
		plan->suggested_path = history_path_slug(h, suggested);
	for (int i = 0; i < STEP_COUNT; i++) {
		plan->steps[i].step = i + 1;
		plan->steps[i].title = step_titles[i];
	}
	plan->pace.minutes = round_half_up(h->pace_minutes);
	plan->pace.focus_month_minutes = h->focus_month_minutes;
	plan->pace.focus_share = th->focus_share;
	plan->pace.project_min_minutes = h->project_min_minutes;
	plan_projects(h, plan);
	step_fundamentals(h, th, plan);
	if (plan->path != NULL) {
		step_specialization(h, th, plan);
		step_projects(th, plan);
		step_depth(h, th, plan);
		step_portfolio(th, p, plan);
	} else {
		steps_without_path(th, p, plan);
	}
	for (int i = STEP_COUNT; i-- > 0;)
		if (!plan->steps[i].complete)
			plan->current_step = i + 1;
	plan_forecast(h, th, plan);
}

void
plan_release(struct plan *plan)
{
	for (size_t i = 0; i < plan->open_project_count; i++)
		free(plan->open_projects[i]);
	free(plan->open_projects);
	free(plan->projects);
	memset(plan, 0, sizeof(*plan));
}

int
plan_suggested_path(const struct history *h)
{
	const struct span *s = &h->recent_window;
	int best = PATH_UNMAPPED, best_minutes = 0;

	for (size_t i = 0; i < s->path_count; i++) {
		int path = s->paths[i].path;

		if (path == PATH_UNMAPPED || h->paths[path].fundamentals ||
		    s->paths[i].minutes < best_minutes ||
		    (s->paths[i].minutes == best_minutes &&
		    (best_minutes == 0 || path > best)))
			continue;
		best = path;
		best_minutes = s->paths[i].minutes;
	}
	return best;
}

/* The projects in the chosen path, in the history's order. */
static void
plan_projects(const struct history *h, struct plan *plan)
{
	size_t room = h->project_count ? h->project_count : 1;

	plan->open_projects = xcalloc(room, sizeof(*plan->open_projects));
	plan->projects = xcalloc(room, sizeof(*plan->projects));
	if (h->current == PATH_UNMAPPED)
		return;
	for (size_t i = 0; i < h->project_count; i++) {
		const struct history_project *hp = &h->projects[i];
		struct plan_project *p;

		if (hp->path != h->current)
			continue;
		p = &plan->projects[plan->project_count++];
		p->name = hp->name;
		p->minutes = hp->minutes;
		p->weeks = hp->weeks;
		p->completed = hp->completed != DAY_NONE;
		p->substantial = hp->substantial;
		if (!p->completed)
			plan->open_projects[plan->open_project_count++] =
			    xstrdup(hp->name);
	}
}

/* ---------------------------------------------------------------------
 * Step 1
 */

/* The first topic (name order) of an area, or NULL in a catalog without. */
static const char *
area_topic(const struct history *h, enum topic_area area)
{
	for (size_t i = 0; i < h->topic_count; i++)
		if (h->topics[i].area == area)
			return h->topics[i].name;
	return NULL;
}

/* A topic of the first of the five areas under area-hours, NULL: none. */
static const char *
first_missing_topic(const struct history *h, const struct plan *plan)
{
	for (int a = AREA_BASICS; a < AREA_FURTHER; a++)
		if (!plan->areas[a - 1].complete)
			return area_topic(h, (enum topic_area)a);
	return NULL;
}

/*
 * Step 1: the step's hours, shown with one decimal rounded down, so
 * 39h59m reads 39.9 and never looks complete before it is.
 */
static void
step_fundamentals(const struct history *h, const struct thresholds *th,
    struct plan *plan)
{
	struct plan_step *s = &plan->steps[0];
	struct plan_hints *hints = &plan->hints;
	double minutes, active, further;

	history_fundamentals_step(h, th, &minutes, &active, &further);
	for (int a = AREA_BASICS; a < AREA_COUNT; a++) {
		plan->areas[a - 1].area = area_names[a];
		plan->areas[a - 1].minutes = h->areas[a].minutes;
		plan->areas[a - 1].complete = h->areas[a].minutes >=
		    th->fundamentals_area_hours * 60LL;
	}
	plan->further_counted = (int)further;
	plan->active_share = minutes > 0 ? (int)(active * 100 / minutes) : 0;
	hints->share_ok = active * 100 >= th->fundamentals_active_share *
	    minutes;
	hints->share_needed = th->fundamentals_active_share;
	hints->further_minutes = h->areas[AREA_FURTHER].minutes;
	hints->to_go = minutes < th->fundamentals_hours * 60.0 ?
	    (int)ceil(th->fundamentals_hours * 60.0 - minutes) : 0;
	hints->area_topic = first_missing_topic(h, plan);
	s->value = floor(minutes / 6) / 10.0;
	s->target = th->fundamentals_hours;
	s->complete = hints->to_go == 0 && hints->share_ok;
}

/* ---------------------------------------------------------------------
 * Step 2
 */

/* The first day of the current unbroken run of choices of the path. */
static int
path_since(const struct history *h)
{
	size_t i = h->choice_count;

	while (i > 1 && h->choices[i - 2].path == h->current)
		i--;
	return h->choices[i - 1].day;
}

/* Where the last 28 days' specialization went instead of the path. */
static void
off_path_figures(const struct history *h, struct plan_hints *hints)
{
	const struct span *w = &h->off_path_window;
	long long specialization = span_specialization(w);
	const struct path_minutes *top = NULL;

	for (size_t i = 0; i < w->path_count; i++)
		if (w->paths[i].path != h->current && (top == NULL ||
		    (top->path == PATH_UNMAPPED &&
		    w->paths[i].path != PATH_UNMAPPED &&
		    w->paths[i].minutes == top->minutes)))
			top = &w->paths[i];
	hints->off_share = -1;
	if (top == NULL)
		return;
	hints->off_share = (int)(top->minutes * 100LL / specialization);
	hints->off_to = top->path == PATH_UNMAPPED ? NULL :
	    history_path_slug(h, top->path);
	hints->on_share = (int)(span_path_minutes(w, h->current) * 100LL /
	    specialization);
}

/* The months path-hopping compares, with their dominant paths. */
static void
hopping_figures(const struct history *h, const struct thresholds *th,
    struct plan_hints *hints)
{
	size_t months[HOPPING_MONTHS_LOOKED_AT];

	hints->month_count = history_hopping_months(h, th, months);
	for (size_t i = 0; i < hints->month_count; i++) {
		const struct span *m = &h->months[months[i]];
		int year, mday;

		day_to_civil(m->from, &year, &hints->months[i], &mday);
		hints->month_paths[i] = history_path_slug(h, m->dominant);
	}
}

/* Step 2, with a path chosen: held, since when, the changes of a year. */
static void
step_specialization(const struct history *h, const struct thresholds *th,
    struct plan *plan)
{
	struct plan_step *s = &plan->steps[1];
	struct plan_hints *hints = &plan->hints;

	hints->since = path_since(h);
	hints->year_changes = history_choice_changes(h, h->at -
	    CHANGE_WINDOW_DAYS + 1);
	hints->change_days = th->hopping_set_window_days;
	hints->changes = history_choice_changes(h, h->at -
	    (th->hopping_set_window_days - 1));
	hints->hold = history_off_path(h, th) ? HOLD_OFF_PATH :
	    history_hopping_by_choices(h, th) ? HOLD_CHANGES :
	    history_hopping_by_months(h, th) ? HOLD_MONTHS : HOLD_HELD;
	if (hints->hold == HOLD_OFF_PATH)
		off_path_figures(h, hints);
	else if (hints->hold == HOLD_MONTHS)
		hopping_figures(h, th, hints);
	s->complete = hints->hold == HOLD_HELD;
	s->value = s->complete;
	s->target = 1;
}

/* ---------------------------------------------------------------------
 * Step 3
 */

/* The open (or thin completed) project of the path with most minutes. */
static const struct plan_project *
project_to_work_on(const struct plan *plan, bool open, bool substantial)
{
	const struct plan_project *best = NULL;

	for (size_t i = 0; i < plan->project_count; i++) {
		const struct plan_project *p = &plan->projects[i];

		if (p->completed != open && p->substantial == substantial &&
		    (best == NULL || p->minutes > best->minutes))
			best = p;
	}
	return best;
}

/* What to do next for step 3, by the state of the path's projects. */
static enum plan_build
projects_next(const struct plan *plan, const struct plan_project **p)
{
	if ((*p = project_to_work_on(plan, true, true)) != NULL)
		return BUILD_FINISH;
	if ((*p = project_to_work_on(plan, true, false)) != NULL)
		return BUILD_KEEP_BUILDING;
	if ((*p = project_to_work_on(plan, false, false)) != NULL)
		return (*p)->minutes == 0 ? BUILD_LOG_PAST : BUILD_MAKE_THIN;
	return BUILD_NEW;
}

/* Step 3: substantial completed projects in the chosen path. */
static void
step_projects(const struct thresholds *th, struct plan *plan)
{
	struct plan_step *s = &plan->steps[2];
	const struct plan_project *p = NULL;
	int substantial = 0;

	for (size_t i = 0; i < plan->project_count; i++)
		substantial += plan->projects[i].completed &&
		    plan->projects[i].substantial;
	s->value = substantial;
	s->target = th->plan_projects;
	s->complete = substantial >= th->plan_projects;
	plan->hints.build = s->complete ? BUILD_DONE : projects_next(plan, &p);
	plan->hints.build_project = p ? (size_t)(p - plan->projects) : 0;
}

/* ---------------------------------------------------------------------
 * Step 4
 */

int
focus_minutes_needed(int active, int on_path, int specialization,
    double focus_minutes, int share)
{
	long long x = (long long)ceil(focus_minutes - active), y = 0;
	long long missing = (long long)share * specialization -
	    100LL * on_path;

	if (x < 0)
		x = 0;
	if (active + x <= 0)
		x = 1 - active;		/* a focused month holds some work */
	if (missing > 0 && share >= 100)
		return -1;
	if (missing > 0)
		y = (missing + (100 - share) - 1) / (100 - share);
	return (int)(x > y ? x : y);
}

/* Where the current month stands against a focused month. */
static void
month_figures(const struct history *h, const struct thresholds *th,
    struct plan_hints *hints)
{
	const struct span *m = &h->months[h->month_count - 1];
	int specialization = span_specialization(m);

	for (size_t i = 0; i < m->path_count; i++)
		if (m->paths[i].path == h->current) {
			hints->month_on = m->paths[i].minutes;
			hints->month_active = m->paths[i].active;
		}
	hints->month_share = specialization ? (int)(hints->month_on * 100LL /
	    specialization) : 0;
	hints->month_needed = focus_minutes_needed(hints->month_active,
	    hints->month_on, specialization, history_focus_month_exact(h, th),
	    th->focus_share);
	hints->month = month_focused(h, m, th) ? MONTH_FOCUSED :
	    hints->month_needed < 0 ? MONTH_OUT_OF_REACH : MONTH_NEEDS;
}

/* Step 4: consecutive focused months, 12 shown as mastery. */
static void
step_depth(const struct history *h, const struct thresholds *th,
    struct plan *plan)
{
	struct plan_step *s = &plan->steps[3];
	int streak = focus_streak(h, th);

	s->value = streak;
	s->target = th->focus_months;
	s->complete = streak >= th->focus_months;
	if (h->month_count > 0)
		month_figures(h, th, &plan->hints);
	else
		plan->hints.month = MONTH_EMPTY;
}

/* ---------------------------------------------------------------------
 * Step 5, and the steps with no path
 */

/* Step 5: the portfolio-depth score and what would raise it most. */
static void
step_portfolio(const struct thresholds *th, const struct portfolio *p,
    struct plan *plan)
{
	struct plan_step *s = &plan->steps[4];

	s->value = p->score;
	s->target = th->portfolio_score;
	s->complete = p->score >= th->portfolio_score;
	plan->hints.grade = p->grade;
	plan->hints.next = p->next;
	plan->hints.next_gain = p->next_gain;
}

/* Steps 2-5 with no path chosen: incomplete, each saying how to choose. */
static void
steps_without_path(const struct thresholds *th, const struct portfolio *p,
    struct plan *plan)
{
	const int targets[STEP_COUNT] = { 0, 1, th->plan_projects,
	    th->focus_months, th->portfolio_score };

	for (int i = 1; i < STEP_COUNT; i++) {
		struct plan_step *s = &plan->steps[i];

		s->value = i == 4 ? p->score : 0;
		s->target = targets[i];
		s->complete = false;
	}
	plan->hints.grade = p->grade;
}

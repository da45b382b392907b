/*
 * The rules of SPEC §4 and §5 that several analyses share, as pure
 * functions of a loaded history: the learner's pace and the thresholds
 * it scales (F and H), focused months and the focus streak, and the
 * conditions of off-path and path-hopping that step 2 of the plan and
 * `track check` must agree on.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/date.h"
#include "reports/history.h"

/* ---------------------------------------------------------------------
 * Lookups
 */

const struct history_project *
history_project_find(const struct history *h, int64_t id)
{
	for (size_t i = 0; i < h->project_count; i++)
		if (h->projects[i].id == id)
			return &h->projects[i];
	return NULL;
}

int
history_path_on(const struct history *h, int day)
{
	int path = PATH_UNMAPPED;

	for (size_t i = 0; i < h->choice_count && h->choices[i].day <= day; i++)
		path = h->choices[i].path;
	return path;
}

int
history_path_index(const struct history *h, const char *slug)
{
	for (size_t i = 0; i < h->path_count; i++)
		if (strcmp(h->paths[i].slug, slug) == 0)
			return (int)i;
	return PATH_UNMAPPED;
}

const char *
history_path_slug(const struct history *h, int path)
{
	if (path < 0 || (size_t)path >= h->path_count)
		return "unmapped";
	return h->paths[path].slug;
}

/* ---------------------------------------------------------------------
 * Pace, F and H
 */

static int
compare_ints(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;

	return (x > y) - (x < y);
}

double
pace_median(int *months, size_t count)
{
	if (count == 0)
		return 0;
	qsort(months, count, sizeof(*months), compare_ints);
	if (count % 2 == 1)
		return months[count / 2];
	return (months[count / 2 - 1] + (double)months[count / 2]) / 2;
}

/* min(cap, max(floor, pace / 2)) */
static double
scaled(double pace, double floor, double cap)
{
	double half = pace / 2;

	if (half < floor)
		half = floor;
	return half < cap ? half : cap;
}

double
history_focus_month_exact(const struct history *h, const struct thresholds *th)
{
	return scaled(h->pace_minutes, FOCUS_FLOOR_MINUTES,
	    th->focus_month_hours * 60.0);
}

double
history_project_min_exact(const struct history *h, const struct thresholds *th)
{
	return scaled(h->pace_minutes, PROJECT_FLOOR_MINUTES,
	    th->project_min_hours * 60.0);
}

void
history_set_pace(struct history *h, const struct thresholds *th, double pace)
{
	h->pace_minutes = pace;
	/* Whole minutes reach a fraction from its ceiling on. */
	h->focus_month_minutes = (int)ceil(history_focus_month_exact(h, th));
	h->project_min_minutes = (int)ceil(history_project_min_exact(h, th));
}

/* ---------------------------------------------------------------------
 * Step 1's hours
 */

void
history_fundamentals_step(const struct history *h,
    const struct thresholds *th, double *minutes, double *active,
    double *further)
{
	const struct area_minutes *f = &h->areas[AREA_FURTHER];
	double cap = th->fundamentals_hours * 60.0 *
	    th->fundamentals_further_share / 100;

	*further = f->minutes < cap ? f->minutes : cap;
	*minutes = *further;
	*active = f->minutes > 0 ? *further * f->active / f->minutes : 0;
	for (int a = AREA_BASICS; a < AREA_FURTHER; a++) {
		*minutes += h->areas[a].minutes;
		*active += h->areas[a].active;
	}
}

int
history_fundamentals_step_minutes(const struct history *h,
    const struct thresholds *th)
{
	double minutes, active, further;

	if (h->topic_count == 0)
		return h->fundamentals_minutes;
	history_fundamentals_step(h, th, &minutes, &active, &further);
	return (int)minutes;
}

/* ---------------------------------------------------------------------
 * Focus
 */

bool
month_focused_numbers(const struct history *h, const struct thresholds *th,
    int on_path, int active, int specialization)
{
	if (h->current == PATH_UNMAPPED || active <= 0)
		return false;
	return active >= h->focus_month_minutes &&
	    (long long)on_path * 100 >=
	    (long long)th->focus_share * specialization;
}

bool
month_focused(const struct history *h, const struct span *s,
    const struct thresholds *th)
{
	for (size_t i = 0; i < s->path_count; i++)
		if (s->paths[i].path == h->current)
			return month_focused_numbers(h, th, s->paths[i].minutes,
			    s->paths[i].active, span_specialization(s));
	return false;
}

int
focus_streak(const struct history *h, const struct thresholds *th)
{
	int streak = 0;

	if (h->current == PATH_UNMAPPED || h->month_count == 0)
		return 0;
	for (size_t i = h->month_count; i-- > 0;) {
		if (month_focused(h, &h->months[i], th))
			streak++;
		else if (i != h->month_count - 1)
			return streak;
	}
	return streak + h->streak_before;
}

/* ---------------------------------------------------------------------
 * off-path and path-hopping
 */

bool
history_off_path(const struct history *h, const struct thresholds *th)
{
	const struct span *w = &h->off_path_window;
	long long specialization = span_specialization(w);

	if (h->current == PATH_UNMAPPED || specialization <= 0 ||
	    specialization < th->off_path_min_hours * 60LL)
		return false;
	return span_path_minutes(w, h->current) * 100LL <
	    th->off_path_share * specialization;
}

size_t
history_hopping_months(const struct history *h, const struct thresholds *th,
    size_t months[HOPPING_MONTHS_LOOKED_AT])
{
	int first = day_add_months(h->at, 1 - HOPPING_MONTHS_LOOKED_AT);
	size_t count = 0, keep;

	for (size_t i = 0; i < h->month_count; i++) {
		const struct span *m = &h->months[i];

		if (m->from < first || count == HOPPING_MONTHS_LOOKED_AT ||
		    span_specialization(m) <= 0 ||
		    span_specialization(m) < th->hopping_month_hours * 60LL ||
		    m->dominant == PATH_UNMAPPED)
			continue;
		months[count++] = i;
	}
	keep = th->hopping_months > 0 ? (size_t)th->hopping_months : 0;
	if (count > keep) {
		memmove(months, months + (count - keep), keep * sizeof(*months));
		count = keep;
	}
	return count;
}

bool
history_hopping_by_months(const struct history *h,
    const struct thresholds *th)
{
	size_t months[HOPPING_MONTHS_LOOKED_AT];
	size_t count = history_hopping_months(h, th, months);
	int changes = 0;

	for (size_t i = 1; i < count; i++)
		if (h->months[months[i]].dominant !=
		    h->months[months[i - 1]].dominant)
			changes++;
	return count > 0 && changes >= th->hopping_changes;
}

int
history_choice_changes(const struct history *h, int from)
{
	int changes = 0;

	for (size_t i = 1; i < h->choice_count; i++)
		if (h->choices[i].day >= from &&
		    h->choices[i].path != h->choices[i - 1].path)
			changes++;
	return changes;
}

bool
history_hopping_by_choices(const struct history *h,
    const struct thresholds *th)
{
	int changes = history_choice_changes(h,
	    h->at - (th->hopping_set_window_days - 1));

	return changes > 0 && changes >= th->hopping_changes;
}

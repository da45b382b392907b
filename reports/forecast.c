/*
 * Forecasts of the plan (SPEC §13): for every incomplete step, the day it
 * is done at the learner's pace. The pace is the mean weekly minutes of
 * the 28 days up to now, or the weekly goal when one is set and that mean
 * is below it. A step of hours is done on the day now + remaining / pace
 * falls on: at + remaining x 7 / pace days, rounded down (what is left
 * fits in the days before it). Step 4 counts months, not hours.
 */
#include <math.h>
#include <string.h>

#include "core/date.h"
#include "reports/analysis.h"

/* The day minutes more are logged at pace minutes a week, or DAY_NONE. */
static int
eta_of_minutes(int at, int minutes, int pace)
{
	if (pace <= 0)
		return DAY_NONE;
	return at + (int)((long long)minutes * 7 / pace);
}

/*
 * Step 1: the minutes to the target, or more when the active share
 * holds it back: the least x of active time with (active + x) / (minutes
 * + x) reaching the share.
 */
static int
fundamentals_minutes(const struct history *h, const struct thresholds *th,
    const struct plan *plan)
{
	double minutes, active, further, share = th->fundamentals_active_share;
	int x = 0;

	history_fundamentals_step(h, th, &minutes, &active, &further);
	if (!plan->hints.share_ok && share < 100)
		x = (int)ceil((share * minutes - 100 * active) / (100 - share));
	return x > plan->hints.to_go ? x : plan->hints.to_go;
}

/*
 * Step 3: the minutes that make the open projects of the path substantial
 * (H each), and H for each further project the step still needs once
 * those are done (with none open: the projects it needs, from zero).
 * *weeks says whether an open project still lacks a second week.
 */
static int
projects_minutes(const struct plan *plan, bool *weeks)
{
	int h = plan->pace.project_min_minutes, minutes = 0, open = 0;
	int needed = (int)(plan->steps[2].target - plan->steps[2].value);

	*weeks = false;
	for (size_t i = 0; i < plan->project_count; i++) {
		const struct plan_project *p = &plan->projects[i];

		if (p->completed)
			continue;
		open++;
		if (p->minutes < h)
			minutes += h - p->minutes;
		if (p->weeks < 2)
			*weeks = true;
	}
	if (open < needed)
		minutes += (needed - open) * h;
	return minutes;
}

/*
 * A step of hours: its date at the pace, or why there is none; a step
 * that needs a session in another ISO week is not done before next
 * Monday.
 */
static void
forecast_minutes(struct plan_forecast *f, int at, int minutes, int pace,
    bool weeks)
{
	int monday = day_week_start(at) + 7;

	f->minutes = minutes > 0 ? minutes : 0;
	f->eta = eta_of_minutes(at, f->minutes, pace);
	f->code = f->eta == DAY_NONE ? FORECAST_NO_PACE : FORECAST_DATE;
	if (f->eta != DAY_NONE && weeks && f->eta < monday)
		f->eta = monday;
}

/*
 * Step 4: the last day of the month in which the streak reaches its
 * target if every month from now is focused (a focused current month
 * is in the streak already; one that may still be focused is the first
 * of the months to come; one out of reach is not). A pace whose
 * month falls short of F makes no month focused: no date.
 */
static void
forecast_depth(struct plan_forecast *f, const struct plan *plan, int at)
{
	const struct plan_step *s = &plan->steps[3];
	int pace = plan->forecast_pace.minutes;
	int months = (int)(s->target - s->value), last;

	f->months = months;
	f->eta = DAY_NONE;
	if (pace <= 0) {
		f->code = FORECAST_NO_PACE;
		return;
	}
	/* A month holds 30 days or more: 30/7 weeks of the pace. */
	if ((long long)pace * 30 < (long long)plan->pace.focus_month_minutes * 7) {
		f->code = FORECAST_TOO_SLOW;
		return;
	}
	/* This month counts when focused, or while it still may be. */
	last = plan->hints.month == MONTH_FOCUSED ||
	    plan->hints.month == MONTH_OUT_OF_REACH ? months : months - 1;
	f->eta = day_add_months(at, last + 1) - 1;
	f->code = FORECAST_DATE;
}

/* The pace the forecasts assume, from the last 28 days and the goal. */
static void
forecast_pace(const struct history *h, const struct thresholds *th,
    struct plan_forecast_pace *pace)
{
	pace->recent_minutes = (h->off_path_window.minutes + 2) / 4;
	pace->minutes = pace->recent_minutes;
	pace->from_goal = th->goal_weekly_minutes > pace->recent_minutes;
	if (pace->from_goal)
		pace->minutes = th->goal_weekly_minutes;
}

void
plan_forecast(const struct history *h, const struct thresholds *th,
    struct plan *plan)
{
	int pace, at = h->at;
	bool weeks;

	forecast_pace(h, th, &plan->forecast_pace);
	pace = plan->forecast_pace.minutes;
	for (int i = 0; i < 5; i++) {
		plan->forecasts[i].code = FORECAST_NONE;
		plan->forecasts[i].eta = DAY_NONE;
	}
	if (!plan->steps[0].complete)
		forecast_minutes(&plan->forecasts[0], at,
		    fundamentals_minutes(h, th, plan), pace, false);
	if (plan->path == NULL)
		return;
	if (!plan->steps[2].complete) {
		int minutes = projects_minutes(plan, &weeks);

		forecast_minutes(&plan->forecasts[2], at, minutes, pace, weeks);
	}
	if (!plan->steps[3].complete)
		forecast_depth(&plan->forecasts[3], plan, at);
	if (!plan->steps[4].complete)
		forecast_minutes(&plan->forecasts[4], at,
		    plan->hints.next.minutes, pace,
		    plan->hints.next.weeks > 0);
}

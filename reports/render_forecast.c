/*
 * The forecasts of the plan in words (SPEC §13), for every format: the
 * pace they assume, and each incomplete step's date or why it has none.
 */
#include <stdlib.h>

#include "core/buf.h"
#include "core/date.h"
#include "core/duration.h"
#include "core/jsonout.h"
#include "reports/render_analysis.h"

char *
plan_forecast_pace_text(const struct plan *plan)
{
	const struct plan_forecast_pace *p = &plan->forecast_pace;
	char pace[32], recent[32];
	struct buf b;

	buf_init(&b);
	duration_format(p->minutes, pace, sizeof(pace));
	duration_format(p->recent_minutes, recent, sizeof(recent));
	if (p->minutes == 0)
		buf_puts(&b, "at no pace yet: log a session");
	else if (p->from_goal)
		buf_printf(&b, "at %s a week, your weekly goal (the last 28 "
		    "days averaged %s a week)", pace, recent);
	else
		buf_printf(&b, "at %s a week, the mean of the last 28 days",
		    pace);
	return buf_detach(&b);
}

/* "by 2027-03-14 (12h30m to go)", for a step of hours. */
static void
put_hours(struct buf *b, const struct plan_forecast *f)
{
	char day[DAY_TEXT_SIZE], left[32];

	day_format(f->eta, day);
	duration_format(f->minutes, left, sizeof(left));
	if (f->minutes == 0)
		buf_printf(b, "by %s (no hours to go)", day);
	else
		buf_printf(b, "by %s (%s to go)", day, left);
}

char *
plan_forecast_text(const struct plan *plan, int step)
{
	const struct plan_forecast *f = &plan->forecasts[step - 1];
	char day[DAY_TEXT_SIZE], pace[32], focus[32];
	struct buf b;

	if (f->code == FORECAST_NONE)
		return NULL;
	buf_init(&b);
	if (f->code == FORECAST_NO_PACE) {
		buf_puts(&b, "at no pace yet: log a session");
	} else if (f->code == FORECAST_TOO_SLOW) {
		duration_format(plan->forecast_pace.minutes, pace, sizeof(pace));
		duration_format(plan->pace.focus_month_minutes, focus,
		    sizeof(focus));
		buf_printf(&b, "at %s a week no month is focused (one needs %s "
		    "on the path)", pace, focus);
	} else if (step == 4) {
		day_format(f->eta, day);
		buf_printf(&b, "by %s if every month from now is focused (%d "
		    "more)", day, f->months);
	} else {
		put_hours(&b, f);
	}
	return buf_detach(&b);
}

void
plan_forecast_to_json(json_t *step, const struct plan *plan, int step_number)
{
	const struct plan_forecast *f = &plan->forecasts[step_number - 1];
	char *text = plan_forecast_text(plan, step_number);

	json_object_set_new(step, "eta", json_day(f->eta));
	json_object_set_new(step, "forecast", json_text(text));
	free(text);
}

json_t *
plan_forecast_pace_to_json(const struct plan *plan)
{
	const struct plan_forecast_pace *p = &plan->forecast_pace;
	json_t *o = json_object();

	json_object_set_new(o, "minutes", json_integer(p->minutes));
	json_object_set_new(o, "recent_minutes",
	    json_integer(p->recent_minutes));
	json_object_set_new(o, "from_goal", json_boolean(p->from_goal));
	return o;
}

bool
plan_forecast_any(const struct plan *plan)
{
	for (int i = 0; i < 5; i++)
		if (plan->forecasts[i].code != FORECAST_NONE)
			return true;
	return false;
}

void
plan_forecast_render_text(FILE *f, const struct plan *plan)
{
	char *pace;

	if (!plan_forecast_any(plan))
		return;
	pace = plan_forecast_pace_text(plan);
	fprintf(f, "forecast: %s\n", pace);
	free(pace);
	for (int step = 1; step <= 5 && plan->forecast_pace.minutes > 0;
	    step++) {
		char *text = plan_forecast_text(plan, step);

		if (text != NULL)
			fprintf(f, "  step %d %s\n", step, text);
		free(text);
	}
}

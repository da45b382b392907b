/*
 * The report as JSON with the stable keys of SPEC §11, built with
 * jansson. The plan, findings and portfolio objects come from the same
 * builders as `track plan`, `track check` and `track portfolio`, so they
 * are identical. Keys added beyond §11: previous_period, trend,
 * period.elapsed_to (the last day that happened) and totals.elapsed_days
 * (active_days is out of these); "days" lists only days that happened.
 */
#include "core/date.h"
#include "core/jsonout.h"
#include "reports/render.h"
#include "reports/render_analysis.h"
#include "reports/render_skills.h"
#include "reports/report.h"
#include "core/session.h"

/* A day as "YYYY-MM-DD" (days before 1970 too, unlike json_day). */
static json_t *
day_to_json(int day)
{
	char text[DAY_TEXT_SIZE];

	day_format(day, text);
	return json_string(text);
}

static json_t *
period_to_json(int from, int to)
{
	json_t *o = json_object();

	json_object_set_new(o, "from", day_to_json(from));
	json_object_set_new(o, "to", day_to_json(to));
	return o;
}

/* The period, and the last day of it that happened. */
static json_t *
report_period_to_json(const struct report *r)
{
	json_t *o = period_to_json(r->from, r->to);

	json_object_set_new(o, "elapsed_to", day_to_json(r->at));
	return o;
}

static json_t *
totals_to_json(const struct report *r)
{
	json_t *o = json_object();

	json_object_set_new(o, "minutes", json_integer(r->minutes));
	json_object_set_new(o, "sessions", json_integer(r->sessions));
	json_object_set_new(o, "active_days", json_integer(r->active_days));
	json_object_set_new(o, "elapsed_days",
	    json_integer(report_elapsed_days(r)));
	json_object_set_new(o, "streak_current",
	    json_integer(r->streak_current));
	json_object_set_new(o, "streak_longest",
	    json_integer(r->streak_longest));
	json_object_set_new(o, "previous_minutes",
	    json_integer(r->previous_minutes));
	json_object_set_new(o, "streak_minimum",
	    json_integer(r->streak_minimum));
	return o;
}

static json_t *
paths_to_json(const struct report *r)
{
	json_t *a = json_array();

	for (size_t i = 0; i < r->path_count; i++) {
		json_t *o = json_object();

		json_object_set_new(o, "path", json_text(r->paths[i].path));
		json_object_set_new(o, "minutes",
		    json_integer(r->paths[i].minutes));
		json_array_append_new(a, o);
	}
	return a;
}

static json_t *
topics_to_json(const struct report *r)
{
	json_t *a = json_array();

	for (size_t i = 0; i < r->topic_count; i++) {
		json_t *o = json_object();

		json_object_set_new(o, "topic", json_text(r->topics[i].topic));
		json_object_set_new(o, "path", json_text(r->topics[i].path));
		json_object_set_new(o, "minutes",
		    json_integer(r->topics[i].minutes));
		json_array_append_new(a, o);
	}
	return a;
}

static json_t *
kinds_to_json(const struct report *r)
{
	json_t *o = json_object();

	for (int k = 0; k < KIND_COUNT; k++)
		json_object_set_new(o, kind_name((enum kind)k),
		    json_integer(r->by_kind[k]));
	return o;
}

/* [{key: first day, "minutes"}] for n values, one every step days. */
static json_t *
series_to_json(const char *key, int first, int step, const int *minutes,
    size_t n)
{
	json_t *a = json_array();

	for (size_t i = 0; i < n; i++) {
		json_t *o = json_object();

		json_object_set_new(o, key, day_to_json(first + (int)i * step));
		json_object_set_new(o, "minutes", json_integer(minutes[i]));
		json_array_append_new(a, o);
	}
	return a;
}

void
report_render_json(FILE *out, const struct report *r, bool color)
{
	json_t *o = json_object();

	(void)color;
	json_object_set_new(o, "period", report_period_to_json(r));
	json_object_set_new(o, "previous_period",
	    period_to_json(r->previous_from, r->previous_to));
	json_object_set_new(o, "totals", totals_to_json(r));
	json_object_set_new(o, "by_path", paths_to_json(r));
	json_object_set_new(o, "by_topic", topics_to_json(r));
	json_object_set_new(o, "by_kind", kinds_to_json(r));
	json_object_set_new(o, "days", series_to_json("day", r->from, 1,
	    r->days, r->day_count));
	json_object_set_new(o, "trend", series_to_json("week", r->trend_from, 7,
	    r->trend, REPORT_TREND_WEEKS));
	json_object_set_new(o, "plan", plan_to_json(&r->plan));
	json_object_set_new(o, "goal", report_shows_goal(r) ?
	    goal_to_json(&r->goal) : json_null());
	json_object_set_new(o, "findings", findings_to_json(&r->findings));
	json_object_set_new(o, "portfolio",
	    portfolio_to_json(&r->portfolio, false));
	json_object_set_new(o, "skills", skills_summary_to_json(&r->skills));
	findings_welcome_to_json(o, &r->findings);
	error_free(json_print(out, o));
}

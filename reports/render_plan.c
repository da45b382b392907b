/*
 * The plan as JSON (SPEC §11) and as text: the path line, then one line
 * per step with a 10-wide ASCII progress bar, value/target and detail.
 */
#include <stdio.h>
#include <stdlib.h>

#include "core/jsonout.h"
#include "core/buf.h"
#include "core/duration.h"
#include "reports/render_analysis.h"
#include "core/text.h"
#include "reports/sentences.h"

#define BAR_WIDTH 10
#define COLOR_DONE "\033[32m"	/* green: a complete step */
#define COLOR_TODO "\033[33m"	/* yellow: progress still to make */
#define COLOR_RESET "\033[0m"


/* Step 1's areas: [{"area", "minutes", "complete"}], further last. */
static json_t *
areas_to_json(const struct plan *plan)
{
	json_t *areas = json_array();

	for (size_t i = 0; i < sizeof(plan->areas) / sizeof(plan->areas[0]);
	    i++) {
		json_t *a = json_object();

		json_object_set_new(a, "area", json_string(plan->areas[i].area));
		json_object_set_new(a, "minutes",
		    json_integer(plan->areas[i].minutes));
		json_object_set_new(a, "complete",
		    json_boolean(plan->areas[i].complete));
		json_array_append_new(areas, a);
	}
	return areas;
}

/* Step 3's projects in the path: [{"name", "minutes", "weeks",
   "completed", "substantial"}]. */
static json_t *
projects_to_json(const struct plan *plan)
{
	json_t *projects = json_array();

	for (size_t i = 0; i < plan->project_count; i++) {
		const struct plan_project *p = &plan->projects[i];
		json_t *o = json_object();

		json_object_set_new(o, "name", json_text(p->name));
		json_object_set_new(o, "minutes", json_integer(p->minutes));
		json_object_set_new(o, "weeks", json_integer(p->weeks));
		json_object_set_new(o, "completed", json_boolean(p->completed));
		json_object_set_new(o, "substantial",
		    json_boolean(p->substantial));
		json_array_append_new(projects, o);
	}
	return projects;
}

/*
 * Step 1's value is hours with one decimal; the others are counts. Step
 * 1 adds its areas, the further minutes counted and its active share;
 * step 3 the path's projects.
 */
static json_t *
step_to_json(const struct plan *plan, const struct plan_step *s)
{
	json_t *o = json_object();
	char *detail = plan_step_text(plan, s->step);

	json_object_set_new(o, "step", json_integer(s->step));
	json_object_set_new(o, "title", json_string(s->title));
	json_object_set_new(o, "complete", json_boolean(s->complete));
	json_object_set_new(o, "value", s->step == 1 ? json_real(s->value) :
	    json_integer((json_int_t)s->value));
	json_object_set_new(o, "target", json_integer((json_int_t)s->target));
	json_object_set_new(o, "detail", json_text(detail));
	free(detail);
	if (s->step == 1) {
		json_object_set_new(o, "areas", areas_to_json(plan));
		json_object_set_new(o, "further_counted_minutes",
		    json_integer(plan->further_counted));
		json_object_set_new(o, "active_share",
		    json_integer(plan->active_share));
	} else if (s->step == 3) {
		json_object_set_new(o, "projects", projects_to_json(plan));
	}
	plan_forecast_to_json(o, plan, s->step);
	return o;
}

static json_t *
pace_to_json(const struct plan_pace *pace)
{
	json_t *o = json_object();

	json_object_set_new(o, "minutes", json_integer(pace->minutes));
	json_object_set_new(o, "focus_month_minutes",
	    json_integer(pace->focus_month_minutes));
	json_object_set_new(o, "project_min_minutes",
	    json_integer(pace->project_min_minutes));
	return o;
}

char *
plan_pace_text(const struct plan *plan)
{
	char pace[32], focus[32], project[32];
	struct buf b;

	duration_format(plan->pace.minutes, pace, sizeof(pace));
	duration_format(plan->pace.focus_month_minutes, focus, sizeof(focus));
	duration_format(plan->pace.project_min_minutes, project,
	    sizeof(project));
	buf_init(&b);
	if (plan->pace.minutes > 0)
		buf_printf(&b, "%s a month", pace);
	else
		buf_puts(&b, "nothing logged in the six months before this one");
	buf_printf(&b, ": a focused month needs %s active (%d%% of your "
	    "specialization hours), a substantial project %s over two weeks",
	    focus, plan->pace.focus_share, project);
	return buf_detach(&b);
}

json_t *
plan_to_json(const struct plan *plan)
{
	json_t *o = json_object(), *steps = json_array(), *open = json_array();

	for (int i = 0; i < 5; i++)
		json_array_append_new(steps, step_to_json(plan,
		    &plan->steps[i]));
	for (size_t i = 0; i < plan->open_project_count; i++)
		json_array_append_new(open,
		    json_text(plan->open_projects[i]));
	json_object_set_new(o, "path", json_text(plan->path));
	json_object_set_new(o, "current_step", json_integer(plan->current_step));
	json_object_set_new(o, "steps", steps);
	json_object_set_new(o, "suggested_path",
	    json_text(plan->suggested_path));
	json_object_set_new(o, "open_projects", open);
	json_object_set_new(o, "pace", pace_to_json(&plan->pace));
	json_object_set_new(o, "forecast_pace",
	    plan_forecast_pace_to_json(plan));
	return o;
}

/* "[######....]": the share of the target reached, full when complete. */
static void
put_bar(FILE *f, const struct plan_step *s, bool color)
{
	int filled = BAR_WIDTH;

	if (!s->complete && s->target > 0)
		filled = (int)(BAR_WIDTH * s->value / s->target);
	if (filled > BAR_WIDTH)
		filled = BAR_WIDTH;
	if (!s->complete && filled == BAR_WIDTH)
		filled = BAR_WIDTH - 1;
	fputc('[', f);
	if (color && filled > 0)
		fputs(s->complete ? COLOR_DONE : COLOR_TODO, f);
	for (int i = 0; i < filled; i++)
		fputc('#', f);
	if (color && filled > 0)
		fputs(COLOR_RESET, f);
	for (int i = filled; i < BAR_WIDTH; i++)
		fputc('.', f);
	fputc(']', f);
}

static void
step_render_text(FILE *f, const struct plan *plan, const struct plan_step *s,
    bool color)
{
	bool current = plan->current_step == s->step;
	char *detail = plan_step_text(plan, s->step);
	char numbers[48];

	if (s->step == 1)
		snprintf(numbers, sizeof(numbers), "%.1f/%dh", s->value,
		    (int)s->target);
	else
		snprintf(numbers, sizeof(numbers), "%d/%d", (int)s->value,
		    (int)s->target);
	fprintf(f, "%c %d %-23s ", current ? '>' : ' ', s->step, s->title);
	put_bar(f, s, color);
	fprintf(f, " %9s  ", numbers);
	fput_terminal(f, detail);
	fputc('\n', f);
	free(detail);
}

void
plan_render_text(FILE *f, const struct plan *plan, bool color)
{
	char *pace;

	fputs("path: ", f);
	if (plan->path != NULL) {
		fput_terminal(f, plan->path);
	} else {
		fputs("none chosen", f);
		if (plan->suggested_path != NULL) {
			fputs(" (suggested: ", f);
			fput_terminal(f, plan->suggested_path);
			fputc(')', f);
		}
	}
	fputc('\n', f);
	pace = plan_pace_text(plan);
	fprintf(f, "pace: %s\n", pace);
	free(pace);
	for (int i = 0; i < 5; i++)
		step_render_text(f, plan, &plan->steps[i], color);
	plan_forecast_render_text(f, plan);
}

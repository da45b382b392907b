/*
 * The plan as JSON (SPEC §11) and as text: the path line, then one line
 * per step with a 10-wide ASCII progress bar, value/target and detail.
 */
#include <stdio.h>

#include "buf.h"
#include "render_analysis.h"
#include "text.h"

#define BAR_WIDTH 10
#define COLOR_DONE "\033[32m"	/* green: a complete step */
#define COLOR_TODO "\033[33m"	/* yellow: progress still to make */
#define COLOR_RESET "\033[0m"

json_t *
analysis_json_string(const char *s)
{
	struct buf clean;
	json_t *value;

	if (s == NULL)
		return json_null();
	if ((value = json_string(s)) != NULL)
		return value;
	buf_init(&clean);
	buf_put_terminal(&clean, s);
	value = json_string(clean.data);
	buf_release(&clean);
	return value ? value : json_null();
}

/* Step 1's value is hours with one decimal; the others are counts. */
static json_t *
step_to_json(const struct plan_step *s)
{
	json_t *o = json_object();

	json_object_set_new(o, "step", json_integer(s->step));
	json_object_set_new(o, "title", json_string(s->title));
	json_object_set_new(o, "complete", json_boolean(s->complete));
	json_object_set_new(o, "value", s->step == 1 ? json_real(s->value) :
	    json_integer((json_int_t)s->value));
	json_object_set_new(o, "target", json_integer((json_int_t)s->target));
	json_object_set_new(o, "detail", analysis_json_string(s->detail));
	return o;
}

json_t *
plan_to_json(const struct plan *plan)
{
	json_t *o = json_object(), *steps = json_array(), *open = json_array();

	for (int i = 0; i < 5; i++)
		json_array_append_new(steps, step_to_json(&plan->steps[i]));
	for (size_t i = 0; i < plan->open_project_count; i++)
		json_array_append_new(open,
		    analysis_json_string(plan->open_projects[i]));
	json_object_set_new(o, "path", analysis_json_string(plan->path));
	json_object_set_new(o, "current_step", json_integer(plan->current_step));
	json_object_set_new(o, "steps", steps);
	json_object_set_new(o, "suggested_path",
	    analysis_json_string(plan->suggested_path));
	json_object_set_new(o, "open_projects", open);
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
step_render_text(FILE *f, const struct plan_step *s, bool current, bool color)
{
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
	fput_terminal(f, s->detail);
	fputc('\n', f);
}

void
plan_render_text(FILE *f, const struct plan *plan, bool color)
{
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
	for (int i = 0; i < 5; i++)
		step_render_text(f, &plan->steps[i],
		    plan->current_step == i + 1, color);
}

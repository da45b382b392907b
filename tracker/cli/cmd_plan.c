/*
 * track plan: the five steps of SPEC §4 for the chosen path, where the
 * learner stands on each and what to do next. Only reads; --at shows the
 * plan as it stood on an earlier day.
 */
#include <getopt.h>

#include "reports/analyze.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "core/jsonout.h"
#include "reports/render.h"
#include "reports/render_analysis.h"
#include "reports/skills.h"

/* Writes the plan, opened by the welcome-back line while stalled holds. */
typedef struct error *plan_writer(struct track *t, const struct plan *plan,
    const struct findings *f);

static struct error *
write_text(struct track *t, const struct plan *plan, const struct findings *f)
{
	findings_render_welcome(t->out, f);
	plan_render_text(t->out, plan, track_use_color(t));
	return NULL;
}

static struct error *
write_json(struct track *t, const struct plan *plan, const struct findings *f)
{
	json_t *o = plan_to_json(plan);

	findings_welcome_to_json(o, f);
	return json_print(t->out, o);
}

/* The formats, by name; the first one is the default. */
static const struct plan_format {
	const char *name;
	plan_writer *write;
} formats[] = {
	{ "text", write_text },
	{ "json", write_json },
	{ NULL, NULL },
};

struct error *
cmd_plan(struct track *t, int argc, char **argv)
{
	const char *at = NULL;
	size_t format = 0;
	struct thresholds th;
	struct history h;
	struct portfolio p;
	struct plan plan;
	struct findings f;
	struct skills s = { 0 };
	struct error *err;

	if ((err = option_at_and_format("plan", argc, argv, formats,
	    sizeof(*formats), &at, &format)) != NULL)
		return err;
	if (optind != argc)
		return usage_error("plan");
	if ((err = analysis_prepare(t->db, t->today, at, &th, &h)) != NULL) {
		history_release(&h);
		return err;
	}
	portfolio_compute(&h, &th, &p);
	plan_compute(&h, &th, &p, &plan);
	findings_compute(&h, &th, &f);
	/* Only step 3 with nothing to build on may name a skill. */
	if (plan.path != NULL && plan.hints.build == BUILD_NEW)
		err = skills_analyse(t->db, &h, &th, plan.path, &plan, false,
		    &s);
	if (err == NULL) {
		skills_point(&s, &plan, NULL);
		err = formats[format].write(t, &plan, &f);
	}
	skills_release(&s);
	findings_release(&f);
	plan_release(&plan);
	portfolio_release(&p);
	history_release(&h);
	return err;
}

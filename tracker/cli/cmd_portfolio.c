/*
 * track portfolio: the portfolio-depth score of SPEC §6 with its four
 * parts, every project, and the action that would raise the score most;
 * --format md writes a section to paste into a README. Only reads.
 */
#include <getopt.h>

#include "reports/analyze.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "core/jsonout.h"
#include "reports/render_analysis.h"
#include "reports/skills.h"

typedef struct error *portfolio_writer(struct track *t,
    const struct portfolio *p);

static struct error *
write_text(struct track *t, const struct portfolio *p)
{
	portfolio_render_text(t->out, p, track_use_color(t));
	return NULL;
}

static struct error *
write_json(struct track *t, const struct portfolio *p)
{
	return json_print(t->out, portfolio_to_json(p, true));
}

static struct error *
write_md(struct track *t, const struct portfolio *p)
{
	portfolio_render_md(t->out, p);
	return NULL;
}

/* The formats, by name; the first one is the default. */
static const struct portfolio_format {
	const char *name;
	portfolio_writer *write;
} formats[] = {
	{ "text", write_text },
	{ "json", write_json },
	{ "md", write_md },
	{ NULL, NULL },
};

struct error *
cmd_portfolio(struct track *t, int argc, char **argv)
{
	const char *at = NULL;
	size_t format = 0;
	struct thresholds th;
	struct history h;
	struct portfolio p;
	struct plan plan;
	struct skills s = { 0 };
	struct error *err;

	if ((err = option_at_and_format("portfolio", argc, argv, formats,
	    sizeof(*formats), &at, &format)) != NULL)
		return err;
	if (optind != argc)
		return usage_error("portfolio");
	if ((err = analysis_prepare(t->db, t->today, at, &th, &h)) != NULL ||
	    (err = history_load_project_topics(t->db, &h)) != NULL) {
		history_release(&h);
		return err;
	}
	portfolio_compute(&h, &th, &p);
	plan_compute(&h, &th, &p, &plan);
	/* Only a new project may name a skill. */
	if (p.next.code == NEXT_FIRST_PROJECT ||
	    p.next.code == NEXT_ANOTHER_PROJECT)
		err = skills_analyse(t->db, &h, &th, plan.path, &plan, false,
		    &s);
	if (err == NULL) {
		skills_point(&s, NULL, &p);
		err = formats[format].write(t, &p);
	}
	skills_release(&s);
	plan_release(&plan);
	portfolio_release(&p);
	history_release(&h);
	return err;
}

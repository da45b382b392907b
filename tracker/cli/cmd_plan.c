/*
 * track plan: the five steps of SPEC §4 for the chosen path, where the
 * learner stands on each and what to do next. Only reads; --at shows the
 * plan as it stood on an earlier day.
 */
#include <getopt.h>
#include <string.h>

#include "reports/analyze.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "core/jsonout.h"
#include "reports/render.h"
#include "reports/render_analysis.h"

enum plan_format { PLAN_TEXT, PLAN_JSON };

static struct error *parse_options(int argc, char **argv, const char **at,
    enum plan_format *format);

struct error *
cmd_plan(struct track *t, int argc, char **argv)
{
	enum plan_format format = PLAN_TEXT;
	const char *at = NULL;
	struct thresholds th;
	struct history h;
	struct portfolio p;
	struct plan plan;
	struct findings f;
	struct error *err;
	json_t *o;

	if ((err = parse_options(argc, argv, &at, &format)) != NULL)
		return err;
	if (optind != argc)
		return usage_error("plan");
	if ((err = analysis_prepare(t->db, t->today, at, &th, &h)) != NULL) {
		history_release(&h);
		return err;
	}
	portfolio_compute(&h, &th, &p);
	plan_compute(&h, &th, &p, &plan);
	/* While stalled holds the plan opens with "welcome back". */
	findings_compute(&h, &th, &f);
	if (format == PLAN_JSON) {
		o = plan_to_json(&plan);
		findings_welcome_to_json(o, &f);
		err = json_print(t->out, o);
	} else {
		findings_render_welcome(t->out, &f);
		plan_render_text(t->out, &plan, track_use_color(t));
	}
	findings_release(&f);
	plan_release(&plan);
	portfolio_release(&p);
	history_release(&h);
	return err;
}

static struct error *
parse_options(int argc, char **argv, const char **at,
    enum plan_format *format)
{
	struct option_reader r;
	int c;

	option_reader_init(&r, "plan", NULL, argc, argv);
	while ((c = option_next(&r)) != -1) {
		switch (c) {
		case 'a':
			*at = optarg;
			break;
		case 'f':
			if (strcmp(optarg, "text") == 0)
				*format = PLAN_TEXT;
			else if (strcmp(optarg, "json") == 0)
				*format = PLAN_JSON;
			else
				return error_usage("invalid format '%s': use "
				    "text or json", optarg);
			break;
		default:
			return option_error("plan", argv, c);
		}
	}
	return NULL;
}

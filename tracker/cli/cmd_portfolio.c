/*
 * track portfolio: the portfolio-depth score of SPEC §6 with its four
 * parts, every project, and the action that would raise the score most;
 * --format md writes a section to paste into a README. Only reads.
 */
#include <getopt.h>
#include <string.h>

#include "reports/analyze.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "core/jsonout.h"
#include "reports/render_analysis.h"

enum portfolio_format { PORTFOLIO_TEXT, PORTFOLIO_JSON, PORTFOLIO_MD };

static struct error *parse_options(int argc, char **argv, const char **at,
    enum portfolio_format *format);

struct error *
cmd_portfolio(struct track *t, int argc, char **argv)
{
	enum portfolio_format format = PORTFOLIO_TEXT;
	const char *at = NULL;
	struct thresholds th;
	struct history h;
	struct portfolio p;
	struct error *err;

	if ((err = parse_options(argc, argv, &at, &format)) != NULL)
		return err;
	if (optind != argc)
		return usage_error("portfolio");
	if ((err = analysis_prepare(t->db, t->today, at, &th, &h)) != NULL ||
	    (err = history_load_project_topics(t->db, &h)) != NULL) {
		history_release(&h);
		return err;
	}
	portfolio_compute(&h, &th, &p);
	if (format == PORTFOLIO_JSON)
		err = json_print(t->out, portfolio_to_json(&p, true));
	else if (format == PORTFOLIO_MD)
		portfolio_render_md(t->out, &p);
	else
		portfolio_render_text(t->out, &p, track_use_color(t));
	portfolio_release(&p);
	history_release(&h);
	return err;
}

static struct error *
parse_options(int argc, char **argv, const char **at,
    enum portfolio_format *format)
{
	struct option_reader r;
	int c;

	option_reader_init(&r, "portfolio", NULL, argc, argv);
	while ((c = option_next(&r)) != -1) {
		switch (c) {
		case 'a':
			*at = optarg;
			break;
		case 'f':
			if (strcmp(optarg, "text") == 0)
				*format = PORTFOLIO_TEXT;
			else if (strcmp(optarg, "json") == 0)
				*format = PORTFOLIO_JSON;
			else if (strcmp(optarg, "md") == 0)
				*format = PORTFOLIO_MD;
			else
				return error_usage("invalid format '%s': use "
				    "text, json or md", optarg);
			break;
		default:
			return option_error("portfolio", argv, c);
		}
	}
	return NULL;
}

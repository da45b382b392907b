/*
 * track report: one period computed once (reports/report.c) and written
 * by the renderer its --format names, to stdout or to --output (a
 * regular file atomically, never the database: output.h). A new format is one entry in the renderers table and one
 * function in reports/render_report_FORMAT.c.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "core/output.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "core/date.h"
#include "core/format.h"
#include "reports/report.h"
#include "core/settings.h"

/* The formats, by name; the first one is the default. */
static const struct renderer {
	const char *name;
	void (*render)(FILE *out, const struct report *r, bool color);
} renderers[] = {
	{ "text", report_render_text },
	{ "json", report_render_json },
	{ "csv", report_render_csv },
	{ "md", report_render_md },
	{ "html", report_render_html },
	{ NULL, NULL },
};

struct report_options {
	const char *period;	/* the period option as typed, NULL: --week */
	enum report_period named;
	const char *since, *until;
	const char *format;
	const char *output;
};

static struct error *parse_options(int argc, char **argv,
    struct report_options *o);
static struct error *find_renderer(const char *name,
    const struct renderer **renderer);
static struct error *resolve_period(struct track *t,
    const struct report_options *o, int week_start, int *from, int *to);
static struct error *read_week_start(sqlite3 *db, int *week_start);
static struct error *write_report(struct track *t, const char *output,
    const struct renderer *renderer, const struct report *r);

struct error *
cmd_report(struct track *t, int argc, char **argv)
{
	struct report_options o = { 0 };
	const struct renderer *renderer;
	struct report r;
	struct error *err;
	int week_start, from, to;

	if ((err = parse_options(argc, argv, &o)) != NULL)
		return err;
	if (optind != argc)
		return usage_error("report");
	if ((err = find_renderer(o.format, &renderer)) != NULL ||
	    (err = read_week_start(t->db, &week_start)) != NULL ||
	    (err = resolve_period(t, &o, week_start, &from, &to)) != NULL ||
	    (err = report_compute(t->db, from, to, t->today, week_start,
	    &r)) != NULL)
		return err;
	err = write_report(t, o.output, renderer, &r);
	report_release(&r);
	return err;
}

/* Records one period option; a second, different one is a usage error. */
static struct error *
set_period(struct report_options *o, const char *option,
    enum report_period named)
{
	if (o->period != NULL && strcmp(o->period, option) != 0)
		return error_usage("options '%s' and '%s' both name the period: "
		    "give one of --week, --last-week, --month, --last-month, "
		    "--year, --since DATE [--until DATE] or --all", o->period,
		    option);
	o->period = option;
	o->named = named;
	return NULL;
}

static struct error *
parse_options(int argc, char **argv, struct report_options *o)
{
	struct option_reader r;
	struct error *err = NULL;
	int c;

	option_reader_init(&r, "report", NULL, argc, argv);
	while (err == NULL && (c = option_next(&r)) != -1) {
		switch (c) {
		case 'w': err = set_period(o, "--week", PERIOD_WEEK); break;
		case 'W': err = set_period(o, "--last-week", PERIOD_LAST_WEEK);
			break;
		case 'm': err = set_period(o, "--month", PERIOD_MONTH); break;
		case 'M': err = set_period(o, "--last-month",
			    PERIOD_LAST_MONTH);
			break;
		case 'y': err = set_period(o, "--year", PERIOD_YEAR); break;
		case 'a': err = set_period(o, "--all", PERIOD_ALL); break;
		case 's': err = set_period(o, "--since", PERIOD_ALL);
			o->since = optarg;
			break;
		case 'u': o->until = optarg; break;
		case 'f': o->format = optarg; break;
		case 'o': o->output = optarg; break;
		default: return option_error("report", argv, c);
		}
	}
	return err;
}

/* The renderer --format names (NULL: the first). */
static struct error *
find_renderer(const char *name, const struct renderer **renderer)
{
	size_t i;
	struct error *err = format_pick(renderers, sizeof(*renderers), name,
	    &i);

	*renderer = &renderers[i];
	return err;
}

/* The week-start setting: 0 for monday, 6 for sunday. */
static struct error *
read_week_start(sqlite3 *db, int *week_start)
{
	struct error *err;
	char *value = NULL;

	if ((err = setting_text(db, "week-start", &value)) != NULL)
		return err;
	*week_start = strcmp(value, "sunday") == 0 ? 6 : 0;
	free(value);
	return NULL;
}

/* --since D [--until D]: inclusive, --until defaults to today. */
static struct error *
resolve_range(struct track *t, const struct report_options *o, int *from,
    int *to)
{
	bool has_since, has_until;

	*to = t->today;
	return date_range_parse(o->since, o->until, t->today, &has_since, from,
	    &has_until, to);
}

static struct error *
resolve_period(struct track *t, const struct report_options *o,
    int week_start, int *from, int *to)
{
	struct error *err;
	int first = DAY_NONE;

	if (o->until != NULL && o->since == NULL)
		return error_usage("--until needs --since: use --since DATE "
		    "--until DATE");
	if (o->since != NULL)
		return resolve_range(t, o, from, to);
	if (o->period != NULL && o->named == PERIOD_ALL &&
	    (err = report_first_day(t->db, &first)) != NULL)
		return err;
	report_period(o->period ? o->named : PERIOD_WEEK, t->today,
	    week_start, first, from, to);
	return NULL;
}

/* Renders to stdout, or to --output through a temporary file. */
static struct error *
write_report(struct track *t, const char *output,
    const struct renderer *renderer, const struct report *r)
{
	struct output_guard guard = { t->db_path, NULL, 0 };
	struct output_file file;
	struct error *err;

	if (output == NULL) {
		renderer->render(t->out, r, track_use_color(t));
		return NULL;
	}
	if ((err = output_open(output, &guard, OUTPUT_SHARED, &file)) != NULL)
		return err;
	t->checkpoint = true;
	renderer->render(file.stream, r, false);
	return output_commit(&file);
}

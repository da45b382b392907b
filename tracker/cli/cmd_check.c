/*
 * track check [--at DATE] [--strict] [--format text|json]: the
 * anti-pattern findings of SPEC §5 as the history stood on one day.
 * Exit status 3 under --strict when a warning or an alert is found (an
 * info alone exits 0), with no error line: the findings on stdout are
 * the message.
 */
#include <getopt.h>
#include <jansson.h>
#include <string.h>

#include "reports/analysis.h"
#include "reports/analyze.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "core/jsonout.h"
#include "core/date.h"
#include "core/format.h"
#include "reports/render.h"

struct check_options {
	const char *at;
	const char *format;
	bool strict;
};

static struct error *parse_options(int argc, char **argv,
    struct check_options *o);
static struct error *print_text(FILE *out, const struct findings *f,
    bool color);
static struct error *print_json(FILE *out, const struct findings *f,
    bool color);

/* The formats, by name; the first one is the default. */
static const struct check_format {
	const char *name;
	struct error *(*render)(FILE *out, const struct findings *f,
	    bool color);
} formats[] = {
	{ "text", print_text },
	{ "json", print_json },
	{ NULL, NULL },
};

struct error *
cmd_check(struct track *t, int argc, char **argv)
{
	struct check_options o = { 0 };
	size_t format;
	struct thresholds th;
	struct history h;
	struct findings f;
	struct error *err;

	if ((err = parse_options(argc, argv, &o)) != NULL)
		return err;
	if (optind != argc)
		return usage_error("check");
	if ((err = format_pick(formats, sizeof(*formats), o.format, &format))
	    != NULL)
		return err;
	if ((err = analysis_prepare(t->db, t->today, o.at, &th, &h)) != NULL) {
		history_release(&h);
		return err;
	}
	findings_compute(&h, &th, &f);
	err = formats[format].render(t->out, &f, track_use_color(t));
	if (err == NULL && o.strict && findings_any_warning(&f))
		err = error_new(EXIT_FINDINGS, "%s", "");
	findings_release(&f);
	history_release(&h);
	return err;
}

static struct error *
parse_options(int argc, char **argv, struct check_options *o)
{
	struct option_reader r;
	int c;

	option_reader_init(&r, "check", NULL, argc, argv);
	while ((c = option_next(&r)) != -1) {
		switch (c) {
		case 'a': o->at = optarg; break;
		case 's': o->strict = true; break;
		case 'f': o->format = optarg; break;
		default: return option_error("check", argv, c);
		}
	}
	return NULL;
}

static struct error *
print_text(FILE *out, const struct findings *f, bool color)
{
	findings_render_text(out, f, color);
	return NULL;
}

/* {"at": DAY, "findings": [...]} (SPEC §11), indented by two spaces. */
static struct error *
print_json(FILE *out, const struct findings *f, bool color)
{
	char at[DAY_TEXT_SIZE];
	json_t *o = json_object();

	day_format(f->at, at);
	json_object_set_new(o, "at", json_string(at));
	json_object_set_new(o, "findings", findings_to_json(f));
	(void)color;
	return json_print(out, o);
}

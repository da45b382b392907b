/*
 * track export: everything needed to rebuild the database, as the CSV
 * that `track import` reads back (EXPORT_FORMAT.md) or as one JSON
 * document. Both stream every record from a cursor, so memory does not
 * grow with the history, and both write the data exactly to a file or a
 * pipe (only CSV's formula guard touches a cell). On a terminal, where an
 * imported note's escape sequences would act, CSV cells are neutralised
 * as text output is and JSON escapes those characters (\u009b: the same
 * data). --output writes a file as output.h says: a regular one
 * atomically, never the database. The command reads the options; the
 * renderer its --format names (reports/render_export.c) writes.
 */
#include <getopt.h>
#include <string.h>

#include "core/output.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "core/date.h"
#include "core/export.h"
#include "core/format.h"
#include "core/progress.h"
#include "core/text.h"
#include "reports/render_export.h"

struct export_options {
	const char *format, *since, *until, *output;
};

static struct error *parse_options(int argc, char **argv,
    struct export_options *o);
static struct error *filter_days(struct track *t,
    const struct export_options *o, struct export_filter *f);
static void report_done(struct track *t, const struct export_written *w,
    const char *output);
static struct error *progress_open(struct track *t,
    const struct export_options *o, size_t format,
    const struct export_filter *filter);

/* The formats, by name; the first one is the default. */
static const struct export_format {
	const char *name;
	struct error *(*render)(FILE *out, sqlite3 *db,
	    const struct export_filter *f, struct export_written *written);
} formats[] = {
	{ "csv", export_render_csv },
	{ "json", export_render_json },
	{ NULL, NULL },
};

struct error *
cmd_export(struct track *t, int argc, char **argv)
{
	struct export_options o = { 0 };
	struct export_filter filter = { 0 };
	struct export_written written = { 0, 0 };
	struct output_guard guard = { t->db_path, NULL, 0 };
	struct output_file file = { 0 };
	size_t format;
	struct error *err;

	if ((err = parse_options(argc, argv, &o)) != NULL)
		return err;
	if (optind != argc)
		return usage_error("export");
	if ((err = format_pick(formats, sizeof(*formats), o.format, &format))
	    != NULL ||
	    (err = filter_days(t, &o, &filter)) != NULL ||
	    (err = progress_open(t, &o, format, &filter)) != NULL)
		return err;
	if (o.output != NULL) {
		if ((err = output_open(o.output, &guard, OUTPUT_PRIVATE,
		    &file)) != NULL) {
			progress_end();
			return err;
		}
	}
	err = formats[format].render(o.output != NULL ? file.stream : t->out,
	    t->db, &filter, &written);
	progress_end();
	if (o.output != NULL && err != NULL)
		output_abort(&file);
	else if (o.output != NULL)
		err = output_commit(&file);
	if (err == NULL)
		report_done(t, &written, o.output);
	t->checkpoint = true;
	return err;
}

static struct error *
parse_options(int argc, char **argv, struct export_options *o)
{
	struct option_reader r;
	int c;

	option_reader_init(&r, "export", NULL, argc, argv);
	while ((c = option_next(&r)) != -1) {
		switch (c) {
		case 'f': o->format = optarg; break;
		case 's': o->since = optarg; break;
		case 'u': o->until = optarg; break;
		case 'o': o->output = optarg; break;
		default: return option_error("export", argv, c);
		}
	}
	return NULL;
}

/*
 * Starts the progress line, its total the records to write: on a
 * terminal's stderr, only for CSV (JSON is read by programs) going to a
 * file (rows streaming onto the same terminal would break the line).
 */
static struct error *
progress_open(struct track *t, const struct export_options *o,
    size_t format, const struct export_filter *filter)
{
	bool to_terminal = o->output == NULL && t->out_is_terminal;
	bool json = strcmp(formats[format].name, "json") == 0;
	FILE *line = json || to_terminal ? NULL : t->err;
	long total = -1;
	struct error *err;

	if (progress_possible(line) &&
	    (err = export_count(t->db, filter, &total)) != NULL)
		return err;
	return progress_begin(line, "rows exported", total);
}

/* Reads --since and --until; since after until is a usage error. */
static struct error *
filter_days(struct track *t, const struct export_options *o,
    struct export_filter *f)
{
	return date_range_parse(o->since, o->until, t->today, &f->has_since,
	    &f->since, &f->has_until, &f->until);
}

/*
 * With --output, says what went where (stdout is free then); warns when
 * JSON could not keep some text exactly.
 */
static void
report_done(struct track *t, const struct export_written *w,
    const char *output)
{
	if (w->repaired > 0)
		fprintf(t->err, "track: warning: %d text%s not valid UTF-8: "
		    "the JSON has U+FFFD in %s place (--format csv keeps them "
		    "exact)\n", w->repaired,
		    w->repaired == 1 ? " was" : "s were",
		    w->repaired == 1 ? "its" : "their");
	if (output == NULL)
		return;
	fprintf(t->out, "exported %d session%s to ", w->sessions,
	    w->sessions == 1 ? "" : "s");
	fput_terminal(t->out, output);
	fputc('\n', t->out);
}

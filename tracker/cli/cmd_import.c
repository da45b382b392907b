/*
 * track import FILE...: course and time-tracker exports into sessions and
 * tutorials, one transaction and one batch per file (importers/ does the
 * reading); `track import list` and `track import undo [ID]` manage the
 * batches.
 */
#include <errno.h>
#include <getopt.h>
#include <jansson.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/buf.h"
#include "core/catalog.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "core/jsonout.h"
#include "core/date.h"
#include "core/duration.h"
#include "importers/import.h"
#include "core/output.h"
#include "core/session.h"
#include "core/text.h"

struct import_args {
	struct import_options o;
	const char *rejects;
	const char *format;
	char **maps;
	size_t map_count;
	bool json;
};

static struct error *parse_options(int argc, char **argv,
    struct import_args *a);
static struct error *import_files(struct track *t, struct import_args *a,
    int count, char **files);
static struct error *import_list(struct track *t, int argc, char **argv);
static struct error *import_undo(struct track *t, int argc, char **argv);

struct error *
cmd_import(struct track *t, int argc, char **argv)
{
	struct import_args a = { 0 };
	struct error *err;

	if (argc >= 2 && strcmp(argv[1], "list") == 0)
		return import_list(t, argc - 1, argv + 1);
	if (argc >= 2 && strcmp(argv[1], "undo") == 0)
		return import_undo(t, argc - 1, argv + 1);
	if ((err = parse_options(argc, argv, &a)) == NULL) {
		if (optind >= argc)
			err = usage_error("import");
		else
			err = import_files(t, &a, argc - optind, argv + optind);
	}
	free(a.maps);
	return err;
}

enum db_mode
cmd_import_db(int argc, char **argv)
{
	if (argc >= 2 && strcmp(argv[1], "list") == 0)
		return DB_READ;
	if (argc >= 2 && strcmp(argv[1], "undo") == 0)
		return DB_WRITE;
	for (int i = 1; i < argc && strcmp(argv[i], "--") != 0; i++)
		if (strcmp(argv[i], "--dry-run") == 0)
			return DB_READ;
	return DB_WRITE_EACH;
}

/* ---------------------------------------------------------------------
 * Options
 */

static struct error *
check_options(struct import_args *a)
{
	struct error *err;
	enum kind kind;

	if (a->rejects != NULL && !a->o.skip_bad)
		return error_usage("--rejects needs --skip-bad: without it a bad "
		    "row refuses the whole file");
	if (a->format != NULL && strcmp(a->format, "text") != 0 &&
	    strcmp(a->format, "json") != 0)
		return error_usage("invalid format '%s': use text or json",
		    a->format);
	a->json = a->format != NULL && strcmp(a->format, "json") == 0;
	if (a->o.date_order != NULL && strcmp(a->o.date_order, "dmy") != 0 &&
	    strcmp(a->o.date_order, "mdy") != 0)
		return error_usage("invalid --date-order '%s': use dmy "
		    "(29/04/2025) or mdy (04/29/2025)", a->o.date_order);
	if (a->o.kind != NULL && (err = kind_parse(a->o.kind, &kind)) != NULL)
		return err;
	/*
	 * --topic may create the topic: it is typed, so it is refused as
	 * `track log` refuses one, not cleaned as a file's name is.
	 */
	if (a->o.topic != NULL && ((err = topic_name_check(a->o.topic)) ||
	    (err = name_controls_check("topic", a->o.topic))))
		return err;
	return NULL;	/* --path is checked in the file's transaction */
}

static struct error *
parse_options(int argc, char **argv, struct import_args *a)
{
	struct option_reader r;
	int c;

	option_reader_init(&r, "import", NULL, argc, argv);
	while ((c = option_next(&r)) != -1) {
		switch (c) {
		case 'f': a->o.from = optarg; break;
		case 'n': a->o.dry_run = true; break;
		case 's': a->o.skip_bad = true; break;
		case 'r': a->rejects = optarg; break;
		case 't': a->o.topic = optarg; break;
		case 'p': a->o.path = optarg; break;
		case 'k': a->o.kind = optarg; break;
		case 'u': a->o.user = optarg; break;
		case 'F': a->format = optarg; break;
		case 'D': a->o.date_order = optarg; break;
		case 'm':
			a->maps = xrealloc(a->maps, (a->map_count + 2) *
			    sizeof(*a->maps));
			a->maps[a->map_count++] = optarg;
			a->maps[a->map_count] = NULL;
			break;
		default: return option_error("import", argv, c);
		}
	}
	a->o.maps = a->maps;
	return check_options(a);
}

/* ---------------------------------------------------------------------
 * Importing
 */

static const char *
plural(long n)
{
	return n == 1 ? "" : "s";
}

/*
 * ", kind from the entries' words: 2 tutorial, 1 project" when words
 * (FORMATS.md's kind words) decided the kind of sessions added.
 */
static void
print_inferred(FILE *out, const struct import_result *r)
{
	const char *sep = ", kind from the entries' words: ";

	for (int k = 0; k < KIND_COUNT; k++)
		if (r->kinds_inferred[k] > 0) {
			fprintf(out, "%s%ld %s", sep, r->kinds_inferred[k],
			    kind_name((enum kind)k));
			sep = ", ";
		}
}

/* "FILE: 120 rows, 118 sessions added, 6 tutorials added, 2 duplicates
 * skipped", then what else happened. */
static void
print_summary(struct track *t, const char *file, const struct import_result *r,
    bool dry_run)
{
	fput_terminal(t->out, file);
	fprintf(t->out, ": %ld row%s, %ld session%s added, %ld tutorial%s added, "
	    "%ld duplicate%s skipped", r->rows, plural(r->rows),
	    r->sessions_added, plural(r->sessions_added), r->tutorials_added,
	    plural(r->tutorials_added), r->duplicates, plural(r->duplicates));
	if (r->sessions_updated > 0)
		fprintf(t->out, ", %ld session%s updated", r->sessions_updated,
		    plural(r->sessions_updated));
	if (r->tutorials_updated > 0)
		fprintf(t->out, ", %ld tutorial%s updated", r->tutorials_updated,
		    plural(r->tutorials_updated));
	if (r->rejected > 0)
		fprintf(t->out, ", %ld rejected", r->rejected);
	if (r->skipped > 0)
		fprintf(t->out, ", %ld skipped", r->skipped);
	if (r->removed_courses > 0)
		fprintf(t->out, " (%ld removed course%s)", r->removed_courses,
		    plural(r->removed_courses));
	if (r->estimated_minutes > 0) {
		char text[32];

		duration_format((int)(r->estimated_minutes < INT_MAX ?
		    r->estimated_minutes : INT_MAX), text, sizeof(text));
		fprintf(t->out, ", %s of course time spread over %ld day%s "
		    "(estimated)", text, r->estimated_days,
		    plural(r->estimated_days));
	}
	print_inferred(t->out, r);
	fputs(dry_run ? " (dry run: nothing written)\n" : "\n", t->out);
}

/* {"tutorial": N, "project": N}: the kinds words decided. */
static json_t *
inferred_json(const struct import_result *r)
{
	json_t *o = json_object();

	for (int k = 0; k < KIND_COUNT; k++)
		if (r->kinds_inferred[k] > 0)
			json_object_set_new(o, kind_name((enum kind)k),
			    json_integer(r->kinds_inferred[k]));
	return o;
}

static json_t *
result_json(const char *file, const struct import_result *r, bool dry_run)
{
	json_t *o = json_object();

	json_object_set_new(o, "file", json_text(file));
	json_object_set_new(o, "format", json_text(r->format));
	json_object_set_new(o, "rows", json_integer(r->rows));
	json_object_set_new(o, "sessions_added", json_integer(r->sessions_added));
	json_object_set_new(o, "sessions_updated",
	    json_integer(r->sessions_updated));
	json_object_set_new(o, "tutorials_added",
	    json_integer(r->tutorials_added));
	json_object_set_new(o, "tutorials_updated",
	    json_integer(r->tutorials_updated));
	json_object_set_new(o, "duplicates", json_integer(r->duplicates));
	json_object_set_new(o, "rejected", json_integer(r->rejected));
	json_object_set_new(o, "skipped", json_integer(r->skipped));
	json_object_set_new(o, "removed_courses",
	    json_integer(r->removed_courses));
	json_object_set_new(o, "kinds_inferred", inferred_json(r));
	json_object_set_new(o, "estimated_minutes",
	    json_integer(r->estimated_minutes));
	json_object_set_new(o, "estimated_days",
	    json_integer(r->estimated_days));
	json_object_set_new(o, "batch", r->batch ? json_integer(r->batch) :
	    json_null());
	json_object_set_new(o, "dry_run", json_boolean(dry_run));
	return o;
}

static void
print_json(struct track *t, json_t *array)
{
	char *text = json_dumps(array, JSON_PRESERVE_ORDER | JSON_INDENT(2));

	if (text != NULL) {
		json_put(t->out, text, stream_is_terminal(t->out));
		fputc('\n', t->out);
	}
	free(text);
}

/*
 * One element of the array of file results, printed as the file is done
 * (so it can be delivered before the file commits): "[" before the first,
 * "," between, indented as json_dumps indents an array.
 */
static void
print_json_element(FILE *out, json_t *element, bool first)
{
	char *text = json_dumps(element, JSON_PRESERVE_ORDER | JSON_INDENT(2));
	struct buf b;

	buf_init(&b);
	buf_puts(&b, first ? "[\n  " : ",\n  ");
	for (const char *p = text; p != NULL && *p; p++) {
		buf_putc(&b, *p);
		if (*p == '\n')
			buf_puts(&b, "  ");
	}
	json_put(out, b.data, stream_is_terminal(out));
	buf_release(&b);
	free(text);
}

/* ---------------------------------------------------------------------
 * --rejects
 *
 * The rejected rows go to a file opened like --output (never the
 * database or an input; a regular file is replaced atomically and new
 * ones are 0600: they are rows of the learner's records). A file that is
 * refused takes its rejected rows back with it; the file is written only
 * when some file was imported, and a new one only when it got a row.
 */

struct rejects {
	struct output_file file;
	long mark;		/* where the current input's rows start */
	bool existed;		/* --rejects named an existing file */
	bool imported;		/* some input was imported */
};

static struct error *
rejects_open(struct track *t, struct import_args *a, struct rejects *r,
    int count, char **files)
{
	struct output_guard guard = { t->db_path, files, count };
	struct stat st;
	struct error *err;

	memset(r, 0, sizeof(*r));
	if (a->rejects == NULL || a->o.dry_run)
		return NULL;
	r->existed = lstat(a->rejects, &st) == 0;
	if ((err = output_open(a->rejects, &guard, OUTPUT_PRIVATE,
	    &r->file)) != NULL)
		return err;
	a->o.rejects = r->file.stream;
	return NULL;
}

/* Remembers where the next input's rejected rows start. */
static void
rejects_mark(struct rejects *r)
{
	if (r->file.temp != NULL && fflush(r->file.stream) == 0)
		r->mark = ftell(r->file.stream);
}

/* Takes back the rejected rows of an input that was refused. */
static void
rejects_drop(struct rejects *r)
{
	if (r->file.temp == NULL || fflush(r->file.stream) != 0)
		return;
	if (ftruncate(fileno(r->file.stream), r->mark) == 0)
		fseek(r->file.stream, r->mark, SEEK_SET);
}

/* Writes the file out (see above), or leaves everything as it was. */
static struct error *
rejects_finish(struct import_args *a, struct rejects *r)
{
	bool wrote;

	if (r->file.stream == NULL)
		return NULL;
	a->o.rejects = NULL;
	wrote = r->file.temp == NULL || ftell(r->file.stream) > 0;
	if (!r->imported || (!wrote && !r->existed)) {
		output_abort(&r->file);
		return NULL;
	}
	return output_commit(&r->file);
}

/* ---------------------------------------------------------------------
 * Importing
 */

/* Where the files are, for the hook that reports each before it commits. */
struct import_run {
	struct track *t;
	struct import_args *a;
	struct rejects rejects;
	int count;		/* files given */
	int index;		/* the file being imported */
	const char *file;
	int printed;		/* JSON elements printed */
};

/* Closes the JSON array of results ("[]" when no file got that far). */
static void
print_json_end(struct import_run *run)
{
	if (run->a->json)
		fputs(run->printed > 0 ? "\n]\n" : "[]\n", run->t->out);
	run->a->json = false;
}

/*
 * The hook of import_file: prints the file's summary and flushes it
 * before the file commits; after the last file, the JSON array is closed
 * and the rejects written too. Any failure there refuses the file.
 */
static struct error *
before_commit(const struct import_result *r, void *arg)
{
	struct import_run *run = arg;
	struct track *t = run->t;
	bool last = run->index == run->count - 1;
	json_t *o;

	if (run->a->json) {
		o = result_json(run->file, r, run->a->o.dry_run);
		print_json_element(t->out, o, run->printed++ == 0);
		json_decref(o);
	} else {
		print_summary(t, run->file, r, run->a->o.dry_run);
	}
	if (last)
		print_json_end(run);
	if (fflush(t->out) != 0 || ferror(t->out))
		return error_runtime("cannot write the output (%s): nothing "
		    "imported from '%s'", strerror(errno), run->file);
	if (!last)
		return NULL;
	run->rejects.imported = true;
	return rejects_finish(run->a, &run->rejects);
}

/*
 * Imports the files in order; the first refused file stops the command
 * (the files before it stay imported).
 */
static struct error *
import_files(struct track *t, struct import_args *a, int count, char **files)
{
	struct import_run run = { .t = t, .a = a, .count = count };
	struct error *err = NULL, *finish_err;

	a->o.warn = t->err;
	a->o.now = t->now;
	a->o.today = t->today;
	a->o.before_commit = before_commit;
	a->o.hook_arg = &run;
	if ((err = rejects_open(t, a, &run.rejects, count, files)) != NULL)
		return err;
	for (int i = 0; i < count && err == NULL; i++) {
		struct import_result r;

		run.index = i;
		run.file = import_input_name(files[i]);
		rejects_mark(&run.rejects);
		if ((err = input_guard_check(t->db_path, files[i])) != NULL ||
		    (err = import_file(t->db, files[i], &a->o, &r)) != NULL)
			rejects_drop(&run.rejects);
		else
			run.rejects.imported = true;
	}
	print_json_end(&run);
	finish_err = rejects_finish(a, &run.rejects);
	if (err == NULL)
		return finish_err;
	error_free(finish_err);
	return err;
}

/* ---------------------------------------------------------------------
 * import list, import undo
 */

static struct error *
list_text(const struct import_batch_info *b, void *arg)
{
	struct track *t = arg;
	time_t created;
	char day[DAY_TEXT_SIZE] = "?";

	if (instant_parse(b->created, &created))
		day_format(day_of_instant(created), day);
	fprintf(t->out, "#%lld  %s  %-8s  ", (long long)b->id, day, b->format);
	fput_terminal(t->out, b->file);
	fprintf(t->out, ": %ld row%s, %ld session%s added, ", b->rows,
	    plural(b->rows), b->sessions_added, plural(b->sessions_added));
	if (b->sessions_updated > 0)
		fprintf(t->out, "%ld updated, ", b->sessions_updated);
	fprintf(t->out, "%ld tutorial%s added, %ld updated, %ld duplicate%s, "
	    "%ld rejected\n", b->tutorials_added, plural(b->tutorials_added),
	    b->tutorials_updated, b->duplicates, plural(b->duplicates),
	    b->rejected);
	return NULL;
}

static struct error *
list_json(const struct import_batch_info *b, void *arg)
{
	json_t *o = json_object();

	json_object_set_new(o, "id", json_integer(b->id));
	json_object_set_new(o, "created", json_text(b->created));
	json_object_set_new(o, "file", json_text(b->file));
	json_object_set_new(o, "format", json_text(b->format));
	json_object_set_new(o, "rows", json_integer(b->rows));
	json_object_set_new(o, "sessions_added", json_integer(b->sessions_added));
	json_object_set_new(o, "sessions_updated",
	    json_integer(b->sessions_updated));
	json_object_set_new(o, "tutorials_added",
	    json_integer(b->tutorials_added));
	json_object_set_new(o, "tutorials_updated",
	    json_integer(b->tutorials_updated));
	json_object_set_new(o, "duplicates", json_integer(b->duplicates));
	json_object_set_new(o, "rejected", json_integer(b->rejected));
	json_object_set_new(o, "skipped", json_integer(b->skipped));
	json_array_append_new(arg, o);
	return NULL;
}

static struct error *
import_list(struct track *t, int argc, char **argv)
{
	struct option_reader r;
	const char *format = "text";
	struct error *err;
	json_t *array;
	int c;

	option_reader_init(&r, "import", "list", argc, argv);
	while ((c = option_next(&r)) != -1) {
		if (c != 'F')
			return option_error("import", argv, c);
		format = optarg;
	}
	if (optind != argc)
		return subcommand_usage_error("import", "list");
	if (strcmp(format, "json") == 0) {
		array = json_array();
		if ((err = import_batch_each(t->db, list_json, array)) == NULL)
			print_json(t, array);
		json_decref(array);
		return err;
	}
	if (strcmp(format, "text") != 0)
		return error_usage("invalid format '%s': use text or json",
		    format);
	return import_batch_each(t->db, list_text, t);
}

/* An import id as 'track import list' shows it: 3 or #3. */
static struct error *
batch_id_parse(const char *text, int64_t *id)
{
	struct error *err = session_id_parse(text, id);

	if (err == NULL)
		return NULL;
	error_free(err);
	return error_usage("invalid import id '%s': use the number 'track "
	    "import list' shows, e.g. 3", text);
}

static struct error *
import_undo(struct track *t, int argc, char **argv)
{
	struct option_reader r;
	int64_t id = 0;
	struct error *err;

	option_reader_init(&r, "import", "undo", argc, argv);
	if (option_next(&r) != -1)
		return option_error("import", argv, '?');
	if (argc - optind > 1)
		return subcommand_usage_error("import", "undo");
	if (argc - optind == 1)
		return (err = batch_id_parse(argv[optind], &id)) != NULL ? err :
		    import_batch_undo(t->db, id, t->out);
	if ((err = import_batch_newest(t->db, &id)) != NULL)
		return err;
	if (id == 0)
		return error_runtime("no import to undo: 'track import list' "
		    "shows the imports");
	return import_batch_undo(t->db, id, t->out);
}

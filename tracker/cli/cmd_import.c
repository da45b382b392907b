/*
 * track import FILE...: course and time-tracker exports into sessions and
 * tutorials, one transaction and one batch per file (importers/ does the
 * reading); `track import list` and `track import undo [ID]` manage the
 * batches.
 */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/catalog.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "core/date.h"
#include "core/format.h"
#include "importers/import.h"
#include "core/output.h"
#include "core/progress.h"
#include "core/session.h"
#include "core/text.h"
#include "cli/render_import.h"

struct import_args {
	struct import_options o;
	const char *rejects;
	const char *format;
	char **maps;
	size_t map_count;
	const struct import_format *render;	/* --format's */
};

/* The formats of the summaries, by name; the first one is the default. */
static const struct import_format {
	const char *name;
	void (*summary)(FILE *out, const char *file,
	    const struct import_result *r, bool dry_run, int index);
	void (*end)(FILE *out, int printed);	/* NULL: nothing to end */
} formats[] = {
	{ "text", import_render_text, NULL },
	{ "json", import_render_json, import_render_json_end },
	{ NULL, NULL, NULL },
};

/* The formats of `track import list`. */
static const struct import_list_format {
	const char *name;
	struct error *(*list)(FILE *out, sqlite3 *db);
} list_formats[] = {
	{ "text", import_list_render_text },
	{ "json", import_list_render_json },
	{ NULL, NULL },
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
	size_t format;

	if (a->rejects != NULL && !a->o.skip_bad)
		return error_usage("--rejects needs --skip-bad: without it a bad "
		    "row refuses the whole file");
	if ((err = format_pick(formats, sizeof(*formats), a->format, &format))
	    != NULL)
		return err;
	a->render = &formats[format];
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
	int printed;		/* summaries printed */
	bool ended;		/* the format's end is written */
};

/* Ends the summaries once (JSON: "[]" when no file got that far). */
static void
print_end(struct import_run *run)
{
	if (run->a->render->end != NULL && !run->ended)
		run->a->render->end(run->t->out, run->printed);
	run->ended = true;
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

	progress_clear();
	run->a->render->summary(t->out, run->file, r, run->a->o.dry_run,
	    run->printed++);
	if (last)
		print_end(run);
	if (fflush(t->out) != 0 || ferror(t->out))
		return error_runtime("cannot write the output (%s): nothing "
		    "imported from '%s'", strerror(errno), run->file);
	if (!last)
		return NULL;
	run->rejects.imported = true;
	return rejects_finish(run->a, &run->rejects);
}

/*
 * The bytes of the files, the total of the progress line: -1 (unknown)
 * when one is not a regular file (stdin, a pipe).
 */
static long
files_size(int count, char **files)
{
	struct stat st;
	long total = 0;

	for (int i = 0; i < count; i++) {
		if ((strcmp(files[i], "-") == 0 ? fstat(0, &st) :
		    stat(files[i], &st)) != 0 || !S_ISREG(st.st_mode))
			return -1;
		total += (long)st.st_size;
	}
	return total;
}

/*
 * Starts the progress line: on a terminal's stderr, never for JSON
 * summaries (they are read by programs).
 */
static struct error *
progress_open(struct track *t, struct import_args *a, int count,
    char **files)
{
	bool json = strcmp(a->render->name, "json") == 0;
	FILE *line = json ? NULL : t->err;

	return progress_begin(line, "rows imported",
	    progress_possible(line) ? files_size(count, files) : -1);
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
	if ((err = progress_open(t, a, count, files)) != NULL)
		return err;
	if ((err = rejects_open(t, a, &run.rejects, count, files)) != NULL) {
		progress_end();
		return err;
	}
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
	progress_end();
	print_end(&run);
	t->checkpoint = true;
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
import_list(struct track *t, int argc, char **argv)
{
	struct option_reader r;
	const char *format = "text";
	struct error *err;
	size_t i;
	int c;

	option_reader_init(&r, "import", "list", argc, argv);
	while ((c = option_next(&r)) != -1) {
		if (c != 'F')
			return option_error("import", argv, c);
		format = optarg;
	}
	if (optind != argc)
		return subcommand_usage_error("import", "list");
	if ((err = format_pick(list_formats, sizeof(*list_formats), format,
	    &i)) != NULL)
		return err;
	return list_formats[i].list(t->out, t->db);
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

/*
 * track import FILE...: course and time-tracker exports into sessions and
 * tutorials, one transaction and one batch per file (importers/ does the
 * reading); `track import list` and `track import undo [ID]` manage the
 * batches.
 */
#include <errno.h>
#include <getopt.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "catalog.h"
#include "commands.h"
#include "jsonout.h"
#include "date.h"
#include "import.h"
#include "session.h"
#include "text.h"

struct import_args {
	struct import_options o;
	const char *rejects;
	const char *format;
	char **maps;
	size_t map_count;
	bool json;
	bool rejects_existed;	/* --rejects named an existing file */
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
	if (a->o.kind != NULL && (err = kind_parse(a->o.kind, &kind)) != NULL)
		return err;
	if (a->o.topic != NULL && (err = topic_name_check(a->o.topic)) != NULL)
		return err;
	return NULL;	/* --path is checked in the file's transaction */
}

static struct error *
parse_options(int argc, char **argv, struct import_args *a)
{
	static const struct option longopts[] = {
		{ "from", required_argument, NULL, 'f' },
		{ "dry-run", no_argument, NULL, 'n' },
		{ "skip-bad", no_argument, NULL, 's' },
		{ "rejects", required_argument, NULL, 'r' },
		{ "topic", required_argument, NULL, 't' },
		{ "path", required_argument, NULL, 'p' },
		{ "kind", required_argument, NULL, 'k' },
		{ "user", required_argument, NULL, 'u' },
		{ "map", required_argument, NULL, 'm' },
		{ "format", required_argument, NULL, 'F' },
		{ NULL, 0, NULL, 0 },
	};
	int c;

	optind = 0;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":f:nsr:t:p:k:u:m:F:", longopts,
	    NULL)) != -1) {
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
	if (r->tutorials_updated > 0)
		fprintf(t->out, ", %ld tutorial%s updated", r->tutorials_updated,
		    plural(r->tutorials_updated));
	if (r->rejected > 0)
		fprintf(t->out, ", %ld rejected", r->rejected);
	if (r->skipped > 0)
		fprintf(t->out, ", %ld skipped", r->skipped);
	fputs(dry_run ? " (dry run: nothing written)\n" : "\n", t->out);
}

static json_t *
result_json(const char *file, const struct import_result *r, bool dry_run)
{
	json_t *o = json_object();

	json_object_set_new(o, "file", json_text(file));
	json_object_set_new(o, "format", json_text(r->format));
	json_object_set_new(o, "rows", json_integer(r->rows));
	json_object_set_new(o, "sessions_added", json_integer(r->sessions_added));
	json_object_set_new(o, "tutorials_added",
	    json_integer(r->tutorials_added));
	json_object_set_new(o, "tutorials_updated",
	    json_integer(r->tutorials_updated));
	json_object_set_new(o, "duplicates", json_integer(r->duplicates));
	json_object_set_new(o, "rejected", json_integer(r->rejected));
	json_object_set_new(o, "skipped", json_integer(r->skipped));
	json_object_set_new(o, "batch", r->batch ? json_integer(r->batch) :
	    json_null());
	json_object_set_new(o, "dry_run", json_boolean(dry_run));
	return o;
}

static void
print_json(struct track *t, json_t *array)
{
	char *text = json_dumps(array, JSON_PRESERVE_ORDER | JSON_INDENT(2));

	if (text != NULL)
		fprintf(t->out, "%s\n", text);
	free(text);
}

/* Opens --rejects (not under --dry-run, which writes nothing). */
static struct error *
open_rejects(struct import_args *a)
{
	if (a->rejects == NULL || a->o.dry_run)
		return NULL;
	a->rejects_existed = access(a->rejects, F_OK) == 0;
	if ((a->o.rejects = fopen(a->rejects, "w")) == NULL)
		return error_runtime("cannot write '%s': %s", a->rejects,
		    strerror(errno));
	return NULL;
}

/* Closes --rejects, removing it when no row went there and it is new. */
static struct error *
close_rejects(struct import_args *a)
{
	bool empty;

	if (a->o.rejects == NULL)
		return NULL;
	empty = ftell(a->o.rejects) == 0;
	if (fclose(a->o.rejects) != 0)
		return error_runtime("cannot write '%s'", a->rejects);
	if (empty && !a->rejects_existed)
		unlink(a->rejects);
	return NULL;
}

/*
 * Imports the files in order; the first refused file stops the command
 * (the files before it stay imported).
 */
static struct error *
import_files(struct track *t, struct import_args *a, int count, char **files)
{
	json_t *array = json_array();
	struct error *err, *close_err;

	a->o.warn = t->err;
	a->o.now = t->now;
	a->o.today = t->today;
	if ((err = open_rejects(a)) != NULL) {
		json_decref(array);
		return err;
	}
	for (int i = 0; i < count && err == NULL; i++) {
		struct import_result r;

		if ((err = import_file(t->db, files[i], &a->o, &r)) != NULL)
			break;
		if (a->json)
			json_array_append_new(array, result_json(
			    import_input_name(files[i]), &r, a->o.dry_run));
		else
			print_summary(t, import_input_name(files[i]), &r,
			    a->o.dry_run);
	}
	if (a->json)
		print_json(t, array);
	json_decref(array);
	close_err = close_rejects(a);
	if (err == NULL)
		return close_err;
	error_free(close_err);
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
	fprintf(t->out, ": %ld row%s, %ld session%s added, %ld tutorial%s "
	    "added, %ld updated, %ld duplicate%s, %ld rejected\n", b->rows,
	    plural(b->rows), b->sessions_added, plural(b->sessions_added),
	    b->tutorials_added, plural(b->tutorials_added),
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
	static const struct option longopts[] = {
		{ "format", required_argument, NULL, 'F' },
		{ NULL, 0, NULL, 0 },
	};
	const char *format = "text";
	struct error *err;
	json_t *array;
	int c;

	optind = 0;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":F:", longopts, NULL)) != -1) {
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
	static const struct option longopts[] = { { NULL, 0, NULL, 0 } };
	int64_t id = 0;
	struct error *err;

	optind = 0;
	opterr = 0;
	if (getopt_long(argc, argv, ":", longopts, NULL) != -1)
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

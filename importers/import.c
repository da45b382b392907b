/*
 * One file of `track import`: recognise its format (a JSON array is
 * Timewarrior's, a JSON object track's own JSON export, anything else CSV
 * matched by its header), read it row by row inside one transaction, and
 * keep the result only when every row was good (or --skip-bad), recorded
 * as one batch that undo takes back.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "core/catalog.h"
#include "core/db.h"
#include "core/progress.h"
#include "importers/importer.h"
#include "importers/instream.h"
#include "core/text.h"
#include "core/settings.h"
#include "importers/bulk.h"

/* What a file holds, by its first non-blank byte (after a BOM). */
enum input {
	INPUT_CSV,
	INPUT_JSON_ARRAY,	/* '[': Timewarrior */
	INPUT_JSON_OBJECT,	/* '{': track's JSON export */
};

static struct error *on_record(const struct csv_record *record, void *arg);
static struct error *row_read(struct importer *imp,
    const struct csv_record *record);
static struct error *import_run(struct importer *imp, struct instream *in,
    enum input input);
static struct error *import_finish(struct importer *imp);

char *
import_formats_help(void)
{
	char *names = profile_names();
	struct buf b;

	buf_init(&b);
	buf_printf(&b, "known formats: %s (force one with --from NAME); or "
	    "name the columns with --map COLUMN=FIELD, e.g. --map Day=date "
	    "--map Time=duration --map Subject=topic (fields: %s)", names,
	    field_map_list());
	free(names);
	return buf_detach(&b);
}

const char *
import_input_name(const char *path)
{
	return strcmp(path, "-") == 0 ? "(stdin)" : path;
}

static void
close_input(FILE *in)
{
	if (in != stdin)
		fclose(in);
}

/*
 * Opens path for reading: a regular file, a pipe or FIFO, or stdin for
 * "-" (which is not closed afterwards); not a directory. The input is
 * read once from its start and never rewound (instream.h).
 */
static struct error *
open_input(const char *path, FILE **in)
{
	struct stat st;

	*in = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	if (*in == NULL)
		return error_runtime("cannot read '%s': %s", path,
		    strerror(errno));
	if (fstat(fileno(*in), &st) == 0 && S_ISDIR(st.st_mode)) {
		close_input(*in);
		return error_usage("'%s' is a directory: give an export file",
		    import_input_name(path));
	}
	return NULL;
}

/* The kind of input, from its first bytes (which are read again). */
static enum input
input_kind(struct instream *in)
{
	size_t n, i = 0;
	const char *head = instream_head(in, &n);

	if (n >= 3 && memcmp(head, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	while (i < n && strchr(" \t\r\n", head[i]) != NULL)
		i++;
	if (i < n && head[i] == '[')
		return INPUT_JSON_ARRAY;
	return i < n && head[i] == '{' ? INPUT_JSON_OBJECT : INPUT_CSV;
}

/* Refuses a --from that names another kind of input than the file's. */
static struct error *
forced_check(const char *path, const struct profile *forced,
    enum input input)
{
	enum input wants = INPUT_CSV;

	if (forced == NULL)
		return NULL;
	if (forced->json_twin != NULL && input == INPUT_JSON_ARRAY)
		return NULL;	/* the same tool's JSON (import_read) */
	if (forced->type == TYPE_JSON)
		wants = INPUT_JSON_ARRAY;
	else if (forced->type == TYPE_TRACK_JSON)
		wants = INPUT_JSON_OBJECT;
	if (input == wants)
		return NULL;
	if (wants == INPUT_CSV)
		return error_usage("%s: this is JSON, not CSV: drop --from or use "
		    "--from %s", path, input == INPUT_JSON_ARRAY ?
		    "timew or watson-json" : "track-json");
	if (wants == INPUT_JSON_ARRAY)
		return error_usage("%s: --from %s reads a JSON array, and this "
		    "file does not start with '['", path, forced->name);
	return error_usage("%s: this is not track's JSON export (it does not "
	    "start with '{')", path);
}

/* The profile --from names, or NULL for auto-detection. */
static struct error *
forced_profile(const struct import_options *o, const struct profile **p)
{
	char *names;
	struct error *err;

	*p = NULL;
	if (o->from == NULL || strcasecmp(o->from, "auto") == 0)
		return NULL;
	if ((*p = profile_find(o->from)) != NULL)
		return NULL;
	names = profile_names();
	err = error_usage("unknown format '%s': use auto, %s or custom (with "
	    "--map)", o->from, names);
	free(names);
	return err;
}

struct error *
import_file(sqlite3 *db, const char *path, const struct import_options *o,
    struct import_result *result)
{
	struct importer imp = { .db = db, .o = o,
		.file = import_input_name(path), .result = result };
	const struct profile *forced;
	struct instream stream;
	struct error *err;
	enum input input;
	FILE *in;

	memset(result, 0, sizeof(*result));
	if ((err = forced_profile(o, &forced)) != NULL ||
	    (err = open_input(path, &in)) != NULL)
		return err;
	instream_init(&stream, in);
	input = input_kind(&stream);
	if ((err = forced_check(imp.file, forced, input)) != NULL) {
		close_input(in);
		return err;
	}
	imp.map.profile = forced;
	buf_init(&imp.unmapped);
	buf_init(&imp.scratch);
	buf_init(&imp.tag_copy);
	buf_init(&imp.id_copy);
	for (int i = 0; i < F_COUNT; i++)
		buf_init(&imp.names[i]);
	err = import_run(&imp, &stream, input);
	close_input(in);
	for (int i = 0; i < imp.people_count && i < PEOPLE_MAX; i++)
		free(imp.people[i]);
	for (size_t i = 0; i < imp.header_count; i++)
		free(imp.header[i]);
	free(imp.header);
	buf_release(&imp.unmapped);
	buf_release(&imp.scratch);
	buf_release(&imp.tag_copy);
	buf_release(&imp.id_copy);
	dates_release(&imp);
	for (int i = 0; i < F_COUNT; i++)
		buf_release(&imp.names[i]);
	return err;
}

/* ---------------------------------------------------------------------
 * The transaction
 */

/* BEGIN IMMEDIATE (and migrate), or a savepoint inside an open one. */
static struct error *
file_begin(sqlite3 *db, bool *nested)
{
	struct error *err;

	*nested = !sqlite3_get_autocommit(db);
	if (*nested)
		return db_exec(db, "SAVEPOINT import_file", NULL);
	bulk_temp_files(db);
	if ((err = db_begin(db, true)) != NULL)
		return err;
	if ((err = db_migrate(db)) != NULL)
		db_rollback(db);
	return err;
}

static struct error *
file_end(sqlite3 *db, bool nested, bool keep, bool dry_run)
{
	struct error *err;

	if (nested && keep)
		return db_exec(db, "RELEASE import_file", NULL);
	if (nested && !dry_run) {
		/* A refused file inside the caller's write transaction. */
		if ((err = db_exec(db, "ROLLBACK TO import_file", NULL)) != NULL)
			return err;
		return db_exec(db, "RELEASE import_file", NULL);
	}
	if (nested) {
		/*
		 * The enclosing transaction (a dry run's, only reading) ends
		 * too: committing it after a rolled-back write would still
		 * touch the file's change counter.
		 */
		db_rollback(db);
		return db_begin(db, false);
	}
	if (keep)
		return db_commit(db);
	db_rollback(db);
	return NULL;
}

/* ---------------------------------------------------------------------
 * Ids: every table whose ids users see is AUTOINCREMENT (schema 006), so
 * an id once shown is never given again. An import also takes ids that
 * nothing ever shows: the batch of a file that added nothing, and the
 * session an INSERT OR IGNORE of a duplicate row skipped. Giving those
 * back keeps `track import list` and `track ls` free of gaps for a file
 * imported twice.
 */

/* The high-water marks of sessions and batches before this file. */
static struct error *
sequences_read(struct importer *imp)
{
	struct error *err;

	if ((err = db_query_int(imp->db, &imp->session_seq, 0, "SELECT seq FROM "
	    "sqlite_sequence WHERE name = 'session'", NULL)) != NULL)
		return err;
	return db_query_int(imp->db, &imp->batch_seq, 0, "SELECT seq FROM "
	    "sqlite_sequence WHERE name = 'import_batch'", NULL);
}

/*
 * Lowers the high-water marks to what they were or to the largest id now
 * held, whichever is higher: only ids no row has had are given back.
 */
static struct error *
sequences_trim(struct importer *imp)
{
	struct error *err;

	if ((err = db_exec(imp->db, "UPDATE sqlite_sequence SET seq = max(?, "
	    "(SELECT ifnull(max(id), 0) FROM session)) WHERE name = 'session'",
	    "i", imp->session_seq)) != NULL)
		return err;
	return db_exec(imp->db, "UPDATE sqlite_sequence SET seq = max(?, "
	    "(SELECT ifnull(max(id), 0) FROM import_batch)) WHERE name = "
	    "'import_batch'", "i", imp->batch_seq);
}

/* The batch row, the catalog and the statements of this file. */
static struct error *
import_setup(struct importer *imp)
{
	const struct import_options *o = imp->o;
	int64_t batch, path_id = 0;
	struct error *err;
	char created[INSTANT_TEXT_SIZE];
	char *kind = NULL;

	instant_format(o->now, created);
	if ((err = sequences_read(imp)) != NULL ||
	    (err = db_exec(imp->db, "INSERT INTO import_batch (file, format, "
	    "created) VALUES (?, '', ?)", "tt", imp->file, created)) != NULL)
		return err;
	batch = sqlite3_last_insert_rowid(imp->db);
	if (o->path != NULL) {
		struct path path;

		path_init(&path);
		err = path_require(imp->db, o->path, &path);
		path_id = path.id;
		path_release(&path);
		if (err != NULL)
			return err;
	}
	if ((err = matcher_get(imp->db, &imp->matcher)) != NULL ||
	    (err = setting_int(imp->db, "import.course-day-minutes",
	    &imp->course_day_minutes)) != NULL ||
	    (err = setting_text(imp->db, "default-kind", &kind)) != NULL)
		return err;
	err = kind_parse(o->kind ? o->kind : kind, &imp->default_kind);
	free(kind);
	if (err == NULL)
		err = store_open(&imp->store, imp->db, batch, path_id, o->now);
	return err;
}

struct error *
importer_format(struct importer *imp, const char *name)
{
	imp->map.profile = profile_find(name);
	imp->result->format = imp->map.profile->name;
	return db_exec(imp->db, "UPDATE import_batch SET format = ? WHERE "
	    "id = ?", "ti", imp->result->format, imp->store.batch_id);
}

/* Reads the file by its kind of input. */
static struct error *
import_read(struct importer *imp, struct instream *in, enum input input)
{
	bool forced = imp->map.profile != NULL;
	struct error *err;

	switch (input) {
	case INPUT_JSON_ARRAY:
		if (forced && imp->map.profile->json_twin != NULL)
			imp->map.profile = profile_find(
			    imp->map.profile->json_twin);
		return json_array_import(imp, in);
	case INPUT_JSON_OBJECT:
		if ((err = importer_format(imp, "track-json")) != NULL)
			return err;
		return trackjson_import(imp, in, forced);
	default:
		if ((err = csv_read(in, imp->file, on_record, imp)) != NULL)
			return err;
		return imp->has_header ? dates_finish(imp, row_read) : NULL;
	}
}

static struct error *
import_run(struct importer *imp, struct instream *in, enum input input)
{
	struct error *err, *end_err;
	bool nested, keep = false;

	if ((err = file_begin(imp->db, &nested)) != NULL)
		return err;
	if ((err = import_setup(imp)) == NULL)
		err = import_read(imp, in, input);
	if (err == NULL)
		err = import_finish(imp);
	keep = err == NULL && !imp->o->dry_run;
	if (!keep)
		imp->result->batch = 0;
	if (err == NULL && imp->o->before_commit != NULL &&
	    (err = imp->o->before_commit(imp->result, imp->o->hook_arg)) != NULL)
		keep = false;
	store_close(&imp->store);
	matcher_put(imp->db, imp->matcher);
	end_err = file_end(imp->db, nested, keep, imp->o->dry_run);
	if (!nested)
		bulk_temp_memory(imp->db);
	if (err == NULL && imp->unmapped_count > 0)
		fprint_line(imp->o->warn, "%s: %d topic%s stored unmapped "
		    "(%s%s): map them with 'track topic add NAME --path PATH' or "
		    "'track topic alias NAME TOPIC'", imp->file,
		    imp->unmapped_count,
		    imp->unmapped_count == 1 ? "" : "s", imp->unmapped.data,
		    imp->unmapped_count > 5 ? ", ..." : "");
	if (err != NULL || !keep)
		imp->result->batch = 0;
	error_free(err != NULL ? end_err : NULL);
	return err != NULL ? err : end_err;
}

/* ---------------------------------------------------------------------
 * The header
 */

static struct error *
unknown_header(struct importer *imp, const struct csv_record *record)
{
	char *help = import_formats_help();
	struct error *err;
	struct buf b;

	buf_init(&b);
	for (size_t i = 0; i < record->count && b.len < 60; i++)
		buf_printf(&b, "%s%s", i ? "," : "", record->cells[i]);
	if (b.len >= 60)
		buf_puts(&b, "...");
	err = error_usage("%s: unknown header '%s'; %s", imp->file, b.data,
	    help);
	buf_release(&b);
	free(help);
	return err;
}

/* A --map of an unknown header must give a day and a length. */
static struct error *
custom_check(const struct importer *imp)
{
	const int *c = imp->map.column;

	if ((c[F_DATE] < 0 && c[F_START] < 0) || (c[F_DURATION] < 0 &&
	    c[F_MINUTES] < 0 && c[F_HOURS] < 0 && c[F_END] < 0))
		return error_usage("%s: --map must name a date (or start) "
		    "column and a duration (or minutes, hours, end) column, "
		    "e.g. --map Day=date --map Time=duration", imp->file);
	return NULL;
}

/* Picks the profile for the header and maps its columns. */
static struct error *
header_setup(struct importer *imp, const struct csv_record *record)
{
	const struct profile *p = imp->map.profile;
	enum field missing;
	struct error *err;

	imp->header = xcalloc(record->count + 1, sizeof(char *));
	for (size_t i = 0; i < record->count; i++)
		imp->header[i] = xstrdup(record->cells[i]);
	imp->header_count = record->count;
	if (p == NULL)
		p = profile_detect(record->cells, record->count);
	if (p == NULL && imp->o->maps != NULL && imp->o->maps[0] != NULL)
		p = profile_custom();
	if (p == NULL)
		return unknown_header(imp, record);
	if (p->type == TYPE_REFUSED)
		return error_usage(p->refusal, imp->file);
	if ((err = header_map_build(&imp->map, p, record->cells, record->count,
	    imp->o->maps, &missing)) != NULL)
		return err;
	if (missing != F_NONE)
		return error_usage("%s: no column '%s' for format %s: map one "
		    "with --map COLUMN=%s", imp->file, profile_column_name(p,
		    missing), p->name, field_name(missing));
	if (p == profile_custom() && (err = custom_check(imp)) != NULL)
		return err;
	imp->result->format = p->name;
	imp->has_header = true;
	dates_start(imp, imp->o->date_order);
	return db_exec(imp->db, "UPDATE import_batch SET format = ? WHERE "
	    "id = ?", "ti", p->name, imp->store.batch_id);
}

/* ---------------------------------------------------------------------
 * Rows
 */

static struct error *
tracker_row(struct importer *imp, const struct csv_record *record)
{
	struct entry e;
	struct error *err;

	if ((err = entry_from_record(imp, record, &e)) != NULL)
		return err;
	return entry_import(imp, &e);
}

/* Reads one data row by its format; a problem makes it a bad row. */
static struct error *
row_read(struct importer *imp, const struct csv_record *record)
{
	struct error *err;

	switch (imp->map.profile->type) {
	case TYPE_TRACK: err = track_row(imp, record); break;
	case TYPE_GENERIC: err = generic_row(imp, record); break;
	case TYPE_TRACKER: err = tracker_row(imp, record); break;
	case TYPE_COURSE: err = course_row(imp, record); break;
	default: err = error_runtime("no reader for this format"); break;
	}
	return err != NULL ? row_bad(imp, record, record->line, err) : NULL;
}

static struct error *
on_record(const struct csv_record *record, void *arg)
{
	struct importer *imp = arg;
	struct error *err;
	bool take, held;

	if (!imp->has_header && record->problem != NULL)
		return error_usage("%s:%ld: %s", imp->file, record->line,
		    record->problem);
	if (!imp->has_header)
		return header_setup(imp, record);
	imp->result->rows++;
	progress_step(1);
	if (record->problem != NULL)
		return row_bad(imp, record, record->line,
		    error_usage("%s", record->problem));
	if ((err = row_person(imp, record, &take)) != NULL || !take)
		return err;
	if ((err = dates_row(imp, record, row_read, &held)) != NULL)
		return row_bad(imp, record, record->line, err);
	return held ? NULL : row_read(imp, record);
}

/* ---------------------------------------------------------------------
 * The end of a file
 */

static struct error *
people_error(const struct importer *imp)
{
	struct buf b;
	struct error *err;

	buf_init(&b);
	for (int i = 0; i < imp->people_count && i < PEOPLE_MAX; i++)
		buf_printf(&b, "%s%s", i ? ", " : "", imp->people[i]);
	if (imp->people_count > PEOPLE_MAX)
		buf_puts(&b, ", ...");
	err = error_usage("%s: rows of %d people (%s): pick one with --user "
	    "WHO (an e-mail or a full name)", imp->file, imp->people_count,
	    b.data);
	buf_release(&b);
	return err;
}

/* Records the batch (or drops it when it added nothing). */
static struct error *
batch_record(struct importer *imp)
{
	const struct import_result *r = imp->result;
	int64_t id = imp->store.batch_id;
	struct error *err;

	if (r->sessions_added + r->sessions_updated + r->tutorials_added +
	    r->tutorials_updated == 0)
		return db_exec(imp->db, "DELETE FROM import_batch WHERE id = ?",
		    "i", id);
	if ((err = db_exec(imp->db, "UPDATE import_batch SET rows = ?, "
	    "sessions_added = ?, sessions_updated = ?, tutorials_added = ?, "
	    "tutorials_updated = ?, duplicates = ?, rejected = ?, skipped = ? "
	    "WHERE id = ?", "iiiiiiiii", (int64_t)r->rows,
	    (int64_t)r->sessions_added, (int64_t)r->sessions_updated,
	    (int64_t)r->tutorials_added, (int64_t)r->tutorials_updated,
	    (int64_t)r->duplicates, (int64_t)r->rejected, (int64_t)r->skipped,
	    id)) != NULL)
		return err;
	imp->result->batch = id;
	return db_exec(imp->db, "INSERT INTO undo_entry (batch_id) VALUES (?)",
	    "i", id);
}

/* Counts the days the file's course time was spread over. */
static struct error *
estimated_days(struct importer *imp)
{
	int64_t days;
	struct error *err;

	if (imp->result->estimated_minutes == 0)
		return NULL;
	if ((err = db_query_int(imp->db, &days, 0, "SELECT count(DISTINCT day) "
	    "FROM session WHERE batch_id = ? AND estimated = 1", "i",
	    imp->store.batch_id)) != NULL)
		return err;
	imp->result->estimated_days = (long)days;
	return NULL;
}

static struct error *
import_finish(struct importer *imp)
{
	struct error *err;

	if (imp->result->format == NULL)
		return error_usage("%s: the file is empty: no header", imp->file);
	if (imp->people_count > 1 && imp->o->user == NULL)
		return people_error(imp);
	if (imp->bad > 0 && !imp->o->skip_bad)
		return error_runtime("%s: %ld bad row%s; nothing imported from "
		    "it (--skip-bad imports the good rows)", imp->file, imp->bad,
		    imp->bad == 1 ? "" : "s");
	if ((err = estimated_days(imp)) != NULL ||
	    (err = store_flush(&imp->store)) != NULL ||
	    (err = batch_record(imp)) != NULL)
		return err;
	return sequences_trim(imp);
}

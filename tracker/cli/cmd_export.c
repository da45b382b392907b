/*
 * track export: everything needed to rebuild the database, as the CSV
 * that `track import` reads back (EXPORT_FORMAT.md) or as one JSON
 * document. Both stream every record from a cursor, so memory does not
 * grow with the history, and both write the data exactly to a file or a
 * pipe (only CSV's formula guard touches a cell). On a terminal, where an
 * imported note's escape sequences would act, CSV cells are neutralised
 * as text output is and JSON escapes those characters (\u009b: the same
 * data). --output writes a file as output.h says: a regular one
 * atomically, never the database.
 */
#include <getopt.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "core/jsonout.h"
#include "core/output.h"
#include "cli/commands.h"
#include "core/csvout.h"
#include "core/date.h"
#include "core/export.h"
#include "core/format.h"
#include "core/text.h"

#define MAX_COLUMNS 32		/* more than the CSV header has */

struct export_options {
	const char *format, *since, *until, *output;
};

/* What the writers share. */
struct export_writer {
	sqlite3 *db;
	FILE *out;
	struct export_filter filter;
	struct buf line;	/* one CSV row */
	int sessions;		/* sessions written */
	int repaired;		/* JSON texts with invalid UTF-8 replaced */
};

static struct error *parse_options(int argc, char **argv,
    struct export_options *o);
static struct error *filter_days(struct track *t,
    const struct export_options *o, struct export_filter *f);
static struct error *write_csv(struct export_writer *w);
static struct error *write_json(struct export_writer *w);
static void report_done(struct track *t, const struct export_writer *w,
    const char *output);

/* The formats, by name; the first one is the default. */
static const struct export_format {
	const char *name;
	struct error *(*write)(struct export_writer *w);
} formats[] = {
	{ "csv", write_csv },
	{ "json", write_json },
	{ NULL, NULL },
};

struct error *
cmd_export(struct track *t, int argc, char **argv)
{
	struct export_options o = { 0 };
	struct export_writer w = { t->db, t->out, { 0 }, { 0 }, 0, 0 };
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
	    (err = filter_days(t, &o, &w.filter)) != NULL)
		return err;
	if (o.output != NULL) {
		if ((err = output_open(o.output, &guard, OUTPUT_PRIVATE,
		    &file)) != NULL)
			return err;
		w.out = file.stream;
	}
	buf_init(&w.line);
	err = formats[format].write(&w);
	buf_release(&w.line);
	if (o.output != NULL && err != NULL)
		output_abort(&file);
	else if (o.output != NULL)
		err = output_commit(&file);
	if (err == NULL)
		report_done(t, &w, o.output);
	return err;
}

static struct error *
parse_options(int argc, char **argv, struct export_options *o)
{
	static const struct option longopts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "since", required_argument, NULL, 's' },
		{ "until", required_argument, NULL, 'u' },
		{ "output", required_argument, NULL, 'o' },
		{ NULL, 0, NULL, 0 },
	};
	int c;

	optind = 0;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":f:s:u:o:", longopts,
	    NULL)) != -1) {
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
report_done(struct track *t, const struct export_writer *w,
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

/* ---------------------------------------------------------------------
 * CSV: one header, then every record as one row of the wide table
 */

/* The position of column name in the header. */
static size_t
csv_column(const char *name)
{
	size_t i;

	for (i = 1; i < export_csv_column_count; i++)
		if (strcmp(export_csv_columns[i], name) == 0)
			break;
	return i;
}

/*
 * Writes the rows of one kind of record; counts sessions. On a terminal
 * every cell is neutralised (csv_put_row_as).
 */
static struct error *
csv_records(struct export_writer *w, enum export_record record,
    bool terminal)
{
	const char *cells[MAX_COLUMNS] = { 0 };
	size_t count, slot[MAX_COLUMNS];
	const struct export_field *fields = export_record_fields(record,
	    &count);
	struct export_cursor *cursor;
	struct error *err;
	bool has;

	for (size_t i = 0; i < count; i++)
		slot[i] = fields[i].column ? csv_column(fields[i].column) : 0;
	if ((err = export_cursor_open(w->db, record, &w->filter,
	    &cursor)) != NULL)
		return err;
	cells[0] = export_record_name(record);
	while ((err = export_cursor_next(cursor, &has)) == NULL && has) {
		for (size_t i = 0; i < count; i++)
			if (slot[i] != 0)
				cells[slot[i]] = export_cursor_text(cursor, i);
		buf_clear(&w->line);
		csv_put_row_as(&w->line, cells, export_csv_column_count,
		    terminal);
		fputs(w->line.data, w->out);
		w->sessions += record == EXPORT_SESSION;
	}
	export_cursor_free(cursor);
	return err;
}

static struct error *
write_csv(struct export_writer *w)
{
	bool terminal = stream_is_terminal(w->out);
	struct error *err = NULL;

	buf_clear(&w->line);
	csv_put_row(&w->line, export_csv_columns, export_csv_column_count);
	fputs(w->line.data, w->out);
	for (int r = 0; r < EXPORT_RECORD_COUNT && err == NULL; r++)
		err = csv_records(w, (enum export_record)r, terminal);
	return err;
}

/* ---------------------------------------------------------------------
 * JSON: one document, every array streamed element by element
 */

/* The arrays of the document, in its order (keys: export_record_json). */
static const enum export_record json_arrays[] = {
	EXPORT_PATH, EXPORT_TOPIC, EXPORT_PATH_CHOICE, EXPORT_PROJECT,
	EXPORT_TUTORIAL, EXPORT_SESSION, EXPORT_SETTING,
};

/* A JSON string of s; invalid UTF-8 is replaced (and counted). */
static json_t *
export_text(struct export_writer *w, const char *s)
{
	if (s != NULL && !utf8_valid(s))
		w->repaired++;
	return json_text(s);
}

/* Field i of the cursor's row as a JSON value of its type. */
static json_t *
json_field(struct export_writer *w, struct export_cursor *c, size_t i)
{
	switch (export_cursor_type(c, i)) {
	case SQLITE_INTEGER:
		return json_integer(export_cursor_int(c, i));
	case SQLITE_FLOAT:
		return json_real(export_cursor_double(c, i));
	case SQLITE_NULL:
		return json_null();
	default:
		return export_text(w, export_cursor_text(c, i));
	}
}

/* The aliases of topic, in order, as an array of strings. */
static struct error *
json_aliases(struct export_writer *w, const char *topic, json_t **aliases)
{
	struct export_filter filter = { .topic = topic };
	struct export_cursor *cursor;
	struct error *err;
	bool has;

	*aliases = json_array();
	if ((err = export_cursor_open(w->db, EXPORT_ALIAS, &filter,
	    &cursor)) != NULL)
		return err;
	while ((err = export_cursor_next(cursor, &has)) == NULL && has)
		json_array_append_new(*aliases,
		    export_text(w, export_cursor_text(cursor, 0)));
	export_cursor_free(cursor);
	return err;
}

/* The cursor's row as an object of its JSON fields (topics: aliases). */
static struct error *
json_row(struct export_writer *w, struct export_cursor *c,
    enum export_record record, json_t **row)
{
	size_t count;
	const struct export_field *fields = export_record_fields(record,
	    &count);
	json_t *aliases;
	struct error *err;

	*row = json_object();
	for (size_t i = 0; i < count; i++)
		if (fields[i].key != NULL &&
		    export_column_boolean(fields[i].column))
			json_object_set_new(*row, fields[i].key,
			    json_boolean(export_cursor_text(c, i) != NULL &&
			    strcmp(export_cursor_text(c, i), "true") == 0));
		else if (fields[i].key != NULL)
			json_object_set_new(*row, fields[i].key,
			    json_field(w, c, i));
	if (record != EXPORT_TOPIC)
		return NULL;
	err = json_aliases(w, json_string_value(json_object_get(*row, "name")),
	    &aliases);
	json_object_set_new(*row, export_record_json(EXPORT_ALIAS), aliases);
	return err;
}

/*
 * Writes the elements of one array, one per line; counts sessions. On a
 * terminal, characters it would act on are \u escapes (json_put).
 */
static struct error *
json_records(struct export_writer *w, enum export_record record,
    bool terminal)
{
	struct export_cursor *cursor;
	struct error *err;
	json_t *row;
	char *text;
	int n = 0;
	bool has;

	if ((err = export_cursor_open(w->db, record, &w->filter,
	    &cursor)) != NULL)
		return err;
	while ((err = export_cursor_next(cursor, &has)) == NULL && has) {
		err = json_row(w, cursor, record, &row);
		text = err ? NULL : json_dumps(row, JSON_PRESERVE_ORDER);
		json_decref(row);
		if (err == NULL && text == NULL)
			err = error_runtime("cannot write a %s as JSON",
			    export_record_name(record));
		if (err != NULL)
			break;
		fputs(n++ ? ",\n  " : "\n  ", w->out);
		json_put(w->out, text, terminal);
		free(text);
		w->sessions += record == EXPORT_SESSION;
	}
	export_cursor_free(cursor);
	fputs(n ? "\n ]" : "]", w->out);
	return err;
}

static struct error *
write_json(struct export_writer *w)
{
	bool terminal = stream_is_terminal(w->out);
	struct error *err = NULL;

	fprintf(w->out, "{\"format\": \"%s\", \"version\": %d",
	    EXPORT_JSON_FORMAT, EXPORT_JSON_VERSION);
	for (size_t i = 0; i < sizeof(json_arrays) / sizeof(json_arrays[0]) &&
	    err == NULL; i++) {
		fprintf(w->out, ",\n \"%s\": [",
		    export_record_json(json_arrays[i]));
		err = json_records(w, json_arrays[i], terminal);
	}
	fputs("\n}\n", w->out);
	return err;
}

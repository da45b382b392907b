/*
 * The renderers of `track export`: every record streamed from core's
 * export cursors (export.h), as the CSV `track import` reads back
 * (EXPORT_FORMAT.md) or as one JSON document, so memory does not grow
 * with the history. The data is written exactly (only CSV's formula
 * guard touches a cell); on a terminal CSV cells are neutralised and
 * JSON escapes what a terminal acts on.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/csvout.h"
#include "core/jsonout.h"
#include "core/text.h"
#include "reports/render_export.h"

#define MAX_COLUMNS 32		/* more than the CSV header has */

/* What the writers share. */
struct export_writer {
	sqlite3 *db;
	FILE *out;
	const struct export_filter *filter;
	struct buf line;	/* one CSV row */
	struct export_written *written;
};

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
	if ((err = export_cursor_open(w->db, record, w->filter,
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
		w->written->sessions += record == EXPORT_SESSION;
	}
	export_cursor_free(cursor);
	return err;
}

/* The CSV document. */
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
	EXPORT_TUTORIAL, EXPORT_SESSION, EXPORT_SETTING, EXPORT_SKILL,
};

/* A JSON string of s; invalid UTF-8 is replaced (and counted). */
static json_t *
export_text(struct export_writer *w, const char *s)
{
	if (s != NULL && !utf8_valid(s))
		w->written->repaired++;
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

	if ((err = export_cursor_open(w->db, record, w->filter,
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
		w->written->sessions += record == EXPORT_SESSION;
	}
	export_cursor_free(cursor);
	fputs(n ? "\n ]" : "]", w->out);
	return err;
}

/* The JSON document. */
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

/* Runs write with a writer of out, db, f and written. */
static struct error *
render(FILE *out, sqlite3 *db, const struct export_filter *f,
    struct export_written *written,
    struct error *(*write)(struct export_writer *w))
{
	struct export_writer w = { db, out, f, { 0 }, written };
	struct error *err;

	buf_init(&w.line);
	err = write(&w);
	buf_release(&w.line);
	return err;
}

struct error *
export_render_csv(FILE *out, sqlite3 *db, const struct export_filter *f,
    struct export_written *written)
{
	return render(out, db, f, written, write_csv);
}

struct error *
export_render_json(FILE *out, sqlite3 *db, const struct export_filter *f,
    struct export_written *written)
{
	return render(out, db, f, written, write_json);
}

/*
 * track's own JSON export (`track export --format json`, tracker/
 * export.c): {"format": "track-export", "version": 1, "paths": [...],
 * "topics": [...], "path_choices", "projects", "tutorials", "sessions",
 * "settings"}. Each element becomes the record the CSV export holds for
 * it (export_record_fields pairs every JSON key with its CSV column) and
 * goes through track_row, so both forms of the export import alike.
 *
 * The document is read a value at a time (jsontext.h), twice: first to
 * check that it is whole, valid JSON and a track export of a version
 * this track reads, noting where each array starts; then each array is
 * imported, in the order of the CSV export (settings, paths, topics,
 * path choices, projects, tutorials, sessions) whatever the order of the
 * keys, so an entry may refer to what an earlier kind of record holds.
 * Problems are located by entry as jq names it, 0-based:
 * "FILE:sessions[3]: ...", an alias "FILE:topics[3].aliases[1]: ...".
 * Unknown keys are ignored; a known key given twice is refused.
 */
#include <stdlib.h>
#include <string.h>

#include "core/export.h"
#include "core/progress.h"
#include "importers/importer.h"
#include "importers/jsontext.h"

#define VALUE_SHOWN 40		/* bytes of a bad value in a message */

/* Where the array of one kind of record starts in the text. */
struct array_start {
	bool seen;
	size_t pos;		/* its '[' */
	long line;
};

/* The walks over the document. */
struct walk {
	struct importer *imp;	/* NULL: only checking the document */
	json_t *format;		/* the document's "format", or NULL */
	json_t *version;	/* the document's "version", or NULL */
	struct array_start arrays[EXPORT_RECORD_COUNT];
	char **cells;		/* the record being built, one per column */
	struct buf where;	/* the entry being read, for messages */
};

static struct error *walk_document(struct json_text *t, struct walk *w);
static struct error *import_arrays(struct json_text *t, struct walk *w);
static struct error *document_check(const char *file, const struct walk *w,
    bool forced);
static void map_columns(struct importer *imp);

struct error *
trackjson_import(struct importer *imp, struct instream *in, bool forced)
{
	struct walk w = { 0 };
	struct json_text t;
	struct error *err;

	buf_init(&w.where);
	w.cells = xcalloc(export_csv_column_count, sizeof(char *));
	if ((err = json_text_read(&t, in, imp->file, "a track export")) ==
	    NULL && (err = walk_document(&t, &w)) == NULL &&
	    (err = document_check(imp->file, &w, forced)) == NULL) {
		map_columns(imp);
		w.imp = imp;
		err = import_arrays(&t, &w);
		imp->where = NULL;
	}
	json_text_release(&t);
	for (size_t i = 0; i < export_csv_column_count; i++)
		free(w.cells[i]);
	free(w.cells);
	buf_release(&w.where);
	json_decref(w.format);
	json_decref(w.version);
	return err;
}

/*
 * The header of the records built here is the CSV export's, so rows.c
 * reads their cells and writes --rejects as for the CSV.
 */
static void
map_columns(struct importer *imp)
{
	enum field missing;
	struct error *err;

	imp->header = xcalloc(export_csv_column_count + 1, sizeof(char *));
	for (size_t i = 0; i < export_csv_column_count; i++)
		imp->header[i] = xstrdup(export_csv_columns[i]);
	imp->header_count = export_csv_column_count;
	err = header_map_build(&imp->map, profile_find("track-json"),
	    imp->header, imp->header_count, NULL, &missing);
	error_free(err);	/* no --map given: it cannot fail */
}

/* ---------------------------------------------------------------------
 * The document: "format", "version" and the arrays
 */

static struct error *walk_member(struct json_text *t, struct walk *w);
static struct error *walk_array(struct json_text *t, struct walk *w,
    enum export_record record);
static struct error *walk_other(struct json_text *t, struct walk *w,
    const char *key, bool array);

/*
 * Checks the whole document, keeping its "format" and "version" and where
 * each array starts.
 */
static struct error *
walk_document(struct json_text *t, struct walk *w)
{
	struct error *err;
	int c;

	json_text_rewind(t);
	if (json_text_peek(t) != '{')
		return json_text_expected(t, "'{'");
	t->pos++;
	if (json_text_peek(t) == '}')
		t->pos++;
	else
		do {
			if ((err = walk_member(t, w)) != NULL)
				return err;
			if ((c = json_text_peek(t)) != ',' && c != '}')
				return json_text_expected(t, "',' or '}'");
			t->pos++;
		} while (c == ',');
	if (json_text_peek(t) != 0)
		return json_text_expected(t, "nothing after the document");
	return NULL;
}

/* The kind of record held in the array called key, or -1. */
static int
record_of(const char *key)
{
	for (int r = 0; r < EXPORT_RECORD_COUNT; r++)
		if (r != EXPORT_ALIAS &&
		    strcmp(export_record_json((enum export_record)r), key) == 0)
			return r;
	return -1;
}

/* Refuses a known key seen before (at line, the key's). */
static struct error *
twice_check(const struct json_text *t, const struct walk *w, const char *key,
    long line)
{
	int record = record_of(key);

	if ((record >= 0 && w->arrays[record].seen) ||
	    (strcmp(key, "format") == 0 && w->format != NULL) ||
	    (strcmp(key, "version") == 0 && w->version != NULL))
		return error_usage("%s:%ld: invalid track export: \"%s\" is "
		    "given twice", t->file, line, key);
	return NULL;
}

/* One "key": value of the document. */
static struct error *
walk_member(struct json_text *t, struct walk *w)
{
	struct error *err;
	json_t *key;
	int record;
	long line;

	if (json_text_peek(t) != '"')
		return json_text_expected(t, "a key in double quotes");
	line = t->line;
	if ((err = json_text_value(t, &key)) != NULL)
		return err;
	record = record_of(json_string_value(key));
	if ((err = twice_check(t, w, json_string_value(key), line)) != NULL ||
	    json_text_peek(t) != ':') {
		json_decref(key);
		return err != NULL ? err : json_text_expected(t, "':'");
	}
	t->pos++;
	if (record >= 0 && json_text_peek(t) == '[') {
		w->arrays[record] = (struct array_start){ true, t->pos, t->line };
		err = walk_array(t, w, (enum export_record)record);
	} else {
		err = walk_other(t, w, json_string_value(key), record >= 0);
	}
	json_decref(key);
	return err;
}

/* Imports the arrays found by walk_document, in the CSV export's order. */
static struct error *
import_arrays(struct json_text *t, struct walk *w)
{
	struct error *err = NULL;

	for (int r = 0; r < EXPORT_RECORD_COUNT && err == NULL; r++) {
		if (!w->arrays[r].seen)
			continue;
		t->pos = w->arrays[r].pos;
		t->line = w->arrays[r].line;
		err = walk_array(t, w, (enum export_record)r);
	}
	return err;
}

static struct error *entry(struct walk *w, enum export_record record,
    size_t index, json_t *element);

/* The elements of one array of records, each decoded on its own. */
static struct error *
walk_array(struct json_text *t, struct walk *w, enum export_record record)
{
	struct error *err;
	json_t *element;
	int c;

	t->pos++;
	if (json_text_peek(t) == ']') {
		t->pos++;
		return NULL;
	}
	for (size_t index = 0;; index++) {
		if ((err = json_text_value(t, &element)) != NULL)
			return err;
		err = w->imp != NULL ? entry(w, record, index, element) : NULL;
		json_decref(element);
		if (err != NULL)
			return err;
		if ((c = json_text_peek(t)) != ',' && c != ']')
			return json_text_expected(t, "',' or ']'");
		t->pos++;
		if (c == ']')
			return NULL;
	}
}

/*
 * Any other member: "format" and "version" are kept; an array key whose
 * value is not an array (null: none) is refused; the rest is ignored.
 */
static struct error *
walk_other(struct json_text *t, struct walk *w, const char *key, bool array)
{
	struct error *err = NULL;
	json_t *value;
	long line;

	json_text_peek(t);
	line = t->line;
	if ((err = json_text_value(t, &value)) != NULL)
		return err;
	if (strcmp(key, "format") == 0)
		w->format = json_incref(value);
	else if (strcmp(key, "version") == 0)
		w->version = json_incref(value);
	else if (array && !json_is_null(value))
		err = error_usage("%s:%ld: invalid track export: \"%s\" must be "
		    "an array", t->file, line, key);
	json_decref(value);
	return err;
}

/* The value as compact JSON text, cut to VALUE_SHOWN bytes (free it). */
static char *
value_text(json_t *value)
{
	char *text = json_dumps(value, JSON_ENCODE_ANY | JSON_COMPACT);
	char *cut;
	size_t n;

	if (text == NULL)
		return xstrdup("?");
	if ((n = strlen(text)) <= VALUE_SHOWN)
		return text;
	/* Not in place: "..." may be longer than what it replaces. */
	n = VALUE_SHOWN;
	while (n > 0 && ((unsigned char)text[n] & 0xc0) == 0x80)
		n--;
	cut = xmalloc(n + sizeof("..."));
	memcpy(cut, text, n);
	memcpy(cut + n, "...", sizeof("..."));
	free(text);
	return cut;
}

/*
 * Refuses a document that is not a track export of a known version. A
 * forced one (--from track-json) may leave out "format" and "version".
 */
static struct error *
document_check(const char *file, const struct walk *w, bool forced)
{
	const char *format = json_string_value(w->format);
	struct error *err;
	char *text;

	if (w->format == NULL && !forced)
		return error_usage("%s: a JSON object without \"format\": \"%s\": "
		    "track imports the JSON of 'track export --format json' and "
		    "of 'timew export' (an array); --from track-json reads it as "
		    "track's export", file, EXPORT_JSON_FORMAT);
	if (w->format != NULL && (format == NULL ||
	    strcmp(format, EXPORT_JSON_FORMAT) != 0)) {
		text = value_text(w->format);
		err = error_usage("%s: JSON of format %s, not \"%s\": track "
		    "imports the JSON of 'track export --format json' and of "
		    "'timew export' (an array)", file, text, EXPORT_JSON_FORMAT);
		free(text);
		return err;
	}
	if ((w->version == NULL && forced) || (json_is_integer(w->version) &&
	    json_integer_value(w->version) == EXPORT_JSON_VERSION))
		return NULL;
	if (w->version == NULL)
		return error_usage("%s: no \"version\" in the track export: this "
		    "track reads version %d", file, EXPORT_JSON_VERSION);
	text = value_text(w->version);
	err = error_usage("%s: track export version %s is not supported: this "
	    "track reads version %d", file, text, EXPORT_JSON_VERSION);
	free(text);
	return err;
}

/* ---------------------------------------------------------------------
 * Entries: one element as the CSV record of the same thing
 */

/* The JSON values a column takes besides null; NULL: a string. */
static const struct {
	const char *column;
	const char *accepted;
} numeric_columns[] = {
	{ "minutes", "a whole number from 1 to 1440" },
	{ "tutorial_progress", "a number (a percentage) or null" },
};

/* How column's values are described when refused; NULL: a number column. */
static const char *
numbers_accepted(const char *column)
{
	for (size_t i = 0; i < sizeof(numeric_columns) /
	    sizeof(numeric_columns[0]); i++)
		if (strcmp(numeric_columns[i].column, column) == 0)
			return numeric_columns[i].accepted;
	return NULL;
}

/* Replaces the text of column in the record being built. */
static void
cell_set(struct walk *w, const char *column, char *text)
{
	for (size_t i = 0; i < export_csv_column_count; i++)
		if (strcmp(export_csv_columns[i], column) == 0) {
			free(w->cells[i]);
			w->cells[i] = text;
			return;
		}
	free(text);
}

/*
 * Sets column to the text of value (null or missing: empty), which must
 * be a number in a number column and a string elsewhere. A value of
 * another type is the problem returned; the cell gets its text (JSON
 * text but for a string) for --rejects.
 */
static struct error *
cell_from(struct walk *w, const char *column, const char *key, json_t *value)
{
	const char *accepted = numbers_accepted(column);
	char number[64];
	struct error *err;
	char *text;

	if (value == NULL || json_is_null(value))
		cell_set(w, column, xstrdup(""));
	else if (export_column_boolean(column) && json_is_boolean(value))
		cell_set(w, column, xstrdup(json_is_true(value) ? "true" :
		    "false"));
	else if (export_column_boolean(column)) {
		text = value_text(value);
		err = error_usage("invalid %s %s: use true, false or null", key,
		    text);
		cell_set(w, column, text);
		return err;
	} else if (accepted == NULL && json_is_string(value))
		cell_set(w, column, xstrdup(json_string_value(value)));
	else if (accepted != NULL && json_is_number(value)) {
		if (json_is_integer(value))
			snprintf(number, sizeof(number), "%" JSON_INTEGER_FORMAT,
			    json_integer_value(value));
		else	/* %.17g: the same double comes back */
			snprintf(number, sizeof(number), "%.17g",
			    json_real_value(value));
		cell_set(w, column, xstrdup(number));
	} else {
		text = value_text(value);
		err = error_usage("invalid %s %s: use %s", key, text,
		    accepted != NULL ? accepted : "a string or null");
		if (json_is_string(value)) {
			free(text);
			text = xstrdup(json_string_value(value));
		}
		cell_set(w, column, text);
		return err;
	}
	return NULL;
}

/*
 * Fills w->cells (and rec) with the CSV record of element o of the
 * record's array; returns the first problem (the cells are all set).
 */
static struct error *
entry_record(struct walk *w, enum export_record record, json_t *o,
    struct csv_record *rec)
{
	char *text;
	size_t count;
	const struct export_field *fields = export_record_fields(record,
	    &count);
	struct error *err = NULL, *problem;

	for (size_t i = 0; i < export_csv_column_count; i++)
		cell_set(w, export_csv_columns[i], xstrdup(""));
	cell_set(w, "record", xstrdup(export_record_name(record)));
	*rec = (struct csv_record){ .cells = w->cells,
	    .count = export_csv_column_count };
	if (!json_is_object(o)) {
		text = value_text(o);
		err = error_usage("invalid entry %s: each element of \"%s\" is "
		    "an object", text, export_record_json(record));
		free(text);
		return err;
	}
	for (size_t i = 0; i < count; i++) {
		if (fields[i].key == NULL || fields[i].column == NULL)
			continue;
		problem = cell_from(w, fields[i].column, fields[i].key,
		    json_object_get(o, fields[i].key));
		if (err == NULL)
			err = problem;
		else
			error_free(problem);
	}
	return err;
}

/* Imports the record of element o; false when it was a bad one. */
static struct error *
record_import(struct walk *w, enum export_record record, json_t *o,
    bool *good)
{
	struct csv_record rec;
	struct error *err;

	if ((err = entry_record(w, record, o, &rec)) == NULL)
		err = track_row(w->imp, &rec);
	*good = err == NULL;
	return err != NULL ? row_bad(w->imp, &rec, 0, err) : NULL;
}

/* Names the entry being read in messages ("topics[3].aliases[1]"). */
static void
where_set(struct walk *w, enum export_record record, size_t index,
    size_t alias)
{
	buf_clear(&w->where);
	buf_printf(&w->where, "%s[%zu]", export_record_json(record), index);
	if (alias != (size_t)-1)
		buf_printf(&w->where, ".%s[%zu]",
		    export_record_json(EXPORT_ALIAS), alias);
	w->imp->where = w->where.data;
}

/* The aliases of topics[index] (a good topic), each as an alias record. */
static struct error *
topic_aliases(struct walk *w, json_t *topic, size_t index)
{
	const char *key = export_record_json(EXPORT_ALIAS);
	json_t *aliases = json_object_get(topic, key), *alias, *o;
	struct error *err = NULL;
	bool good;
	size_t i;

	if (aliases == NULL || json_is_null(aliases))
		return NULL;
	if (!json_is_array(aliases))
		return row_bad(w->imp, NULL, 0, error_usage("invalid \"%s\": use "
		    "an array of names", key));
	json_array_foreach(aliases, i, alias) {
		where_set(w, EXPORT_TOPIC, index, i);
		o = json_object();
		json_object_set(o, "alias", alias);
		json_object_set(o, "topic", json_object_get(topic, "name"));
		err = record_import(w, EXPORT_ALIAS, o, &good);
		json_decref(o);
		if (err != NULL)
			break;
	}
	return err;
}

/* Imports element index of the record's array (a bad one is reported). */
static struct error *
entry(struct walk *w, enum export_record record, size_t index, json_t *o)
{
	struct error *err;
	bool good;

	w->imp->result->rows++;
	progress_step(1);
	where_set(w, record, index, (size_t)-1);
	err = record_import(w, record, o, &good);
	if (err == NULL && good && record == EXPORT_TOPIC)
		err = topic_aliases(w, o, index);
	return err;
}

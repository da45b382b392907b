/*
 * Timewarrior's `timew export`: a JSON array of intervals, one per line,
 * read an element at a time (jsontext.h), so the line of every interval
 * is known.
 */
#include <jansson.h>
#include <string.h>

#include "importer.h"
#include "jsontext.h"
#include "text.h"
#include "values.h"

/* Fills e from one interval object; *running when it has no end. */
static struct error *
interval_entry(struct importer *imp, json_t *o, struct entry *e,
    bool *running)
{
	const char *start = json_string_value(json_object_get(o, "start"));
	const char *end = json_string_value(json_object_get(o, "end"));
	json_t *tags = json_object_get(o, "tags"), *tag;
	struct when from, to;
	struct error *err;
	size_t i;

	if (start == NULL)
		return error_usage("interval without a start");
	if ((err = value_when(start, DATE_ISO, ZONE_UTC, &from)) != NULL)
		return err;
	*running = end == NULL;
	if (*running) {
		fprint_line(imp->o->warn, "%s: interval starting %s has no "
		    "end (still running); skipped", imp->file, start);
		return NULL;
	}
	if ((err = value_when(end, DATE_ISO, ZONE_UTC, &to)) != NULL)
		return err;
	e->day = from.day;
	e->has_start = true;
	e->start = from.instant;
	e->seconds = (long)(to.instant - from.instant);
	e->description = json_string_value(json_object_get(o, "annotation"));
	if (e->description == NULL)
		e->description = "";
	buf_clear(&imp->tag_copy);
	json_array_foreach(tags, i, tag)
		if (json_is_string(tag) && e->tag_count < TAGS_MAX) {
			e->tags[e->tag_count++] = json_string_value(tag);
			buf_printf(&imp->tag_copy, "%s%s", i ? ", " : "",
			    json_string_value(tag));
		}
	e->tags_text = imp->tag_copy.data;
	return NULL;
}

/* Imports one decoded interval found on line. */
static struct error *
interval(struct importer *imp, json_t *o, long line)
{
	struct entry e = { .line = line, .project = "", .task = "",
		.id = "", .topic = "", .kind = "", .note = "",
		.tag_exact_topic = true };
	struct error *err;
	bool running = false;

	imp->result->rows++;
	e.tags_text = "";
	if (!json_is_object(o))
		err = error_usage("not an interval object");
	else
		err = interval_entry(imp, o, &e, &running);
	if (err == NULL && running)
		imp->result->skipped++;
	else if (err == NULL)
		err = entry_import(imp, &e);
	return err != NULL ? row_bad(imp, NULL, line, err) : NULL;
}

/*
 * After the last interval: the ']' closing the array and nothing but
 * blanks after it. A file cut short (a copy interrupted, a full disk) is
 * refused rather than imported in part.
 */
static struct error *
array_end(const struct importer *imp, struct json_text *t)
{
	if (json_text_peek(t) != ']')
		return error_usage("%s:%ld: invalid JSON: the array ends without "
		    "']': is the file cut short?", imp->file, t->line);
	t->pos++;
	if (json_text_peek(t) != 0)
		return error_usage("%s:%ld: invalid JSON: text after the closing "
		    "']'", imp->file, t->line);
	return NULL;
}

struct error *
timew_import(struct importer *imp, struct instream *in)
{
	struct json_text t;
	struct error *err;
	json_t *value;

	if ((err = json_text_read(&t, in, imp->file, "a Timewarrior export")))
		goto done;
	if (json_text_peek(&t) == '[')
		t.pos++;
	while (err == NULL && json_text_peek(&t) != 0 &&
	    t.text.data[t.pos] != ']') {
		long line = t.line;

		if ((err = json_text_value(&t, &value)) != NULL)
			break;
		err = interval(imp, value, line);
		json_decref(value);
		if (json_text_peek(&t) == ',')
			t.pos++;
	}
	if (err == NULL)
		err = array_end(imp, &t);
done:
	json_text_release(&t);
	return err;
}

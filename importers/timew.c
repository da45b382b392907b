/*
 * JSON arrays of time entries: Timewarrior's `timew export` (intervals)
 * and Watson's `watson log --json` (frames). Both are read an element at
 * a time (jsontext.h), so the line of every entry is known; which tool
 * wrote the file is decided once, from its first element, never row by
 * row.
 */
#include <jansson.h>
#include <string.h>

#include "importers/importer.h"
#include "importers/jsontext.h"
#include "core/progress.h"
#include "core/text.h"
#include "importers/values.h"

/* Sets e's day, start and length to the span from..to. */
static void
entry_span(struct entry *e, const struct when *from, const struct when *to)
{
	e->day = from->day;
	e->has_start = true;
	e->start = from->instant;
	e->seconds = (long)(to->instant - from->instant);
}

/*
 * Points e's tags at the strings of the JSON array tags (at most
 * TAGS_MAX) and its tags_text at them joined with ", " in imp's copy.
 */
static void
entry_json_tags(struct importer *imp, json_t *tags, struct entry *e)
{
	json_t *tag;
	size_t i;

	buf_clear(&imp->tag_copy);
	json_array_foreach(tags, i, tag)
		if (json_is_string(tag) && e->tag_count < TAGS_MAX) {
			e->tags[e->tag_count++] = json_string_value(tag);
			buf_printf(&imp->tag_copy, "%s%s", i ? ", " : "",
			    json_string_value(tag));
		}
	e->tags_text = imp->tag_copy.data;
}

/* Fills e from one interval object; *running when it has no end. */
static struct error *
interval_entry(struct importer *imp, json_t *o, struct entry *e,
    bool *running)
{
	const char *start = json_string_value(json_object_get(o, "start"));
	const char *end = json_string_value(json_object_get(o, "end"));
	struct when from, to;
	struct error *err;

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
	entry_span(e, &from, &to);
	e->description = json_string_value(json_object_get(o, "annotation"));
	if (e->description == NULL)
		e->description = "";
	entry_json_tags(imp, json_object_get(o, "tags"), e);
	return NULL;
}

/*
 * Fills e from one Watson frame: {"id", "project", "start", "stop",
 * "tags"}, times as ISO-8601 with the offset of the machine that ran
 * Watson. The id is Watson's full frame id; its CSV writes the first 7
 * hex digits, and so does the fingerprint, so the same frames imported
 * from `log --csv` and `log --json` are the same sessions.
 */
static struct error *
frame_entry(struct importer *imp, json_t *o, struct entry *e, bool *running)
{
	const char *start = json_string_value(json_object_get(o, "start"));
	const char *stop = json_string_value(json_object_get(o, "stop"));
	const char *project = json_string_value(json_object_get(o, "project"));
	const char *id = json_string_value(json_object_get(o, "id"));
	struct when from, to;
	struct error *err;

	*running = false;
	if (start == NULL || stop == NULL)
		return error_usage("frame without a %s", start == NULL ?
		    "start" : "stop");
	if ((err = value_when(start, DATE_ISO, ZONE_LOCAL, &from)) != NULL ||
	    (err = value_when(stop, DATE_ISO, ZONE_LOCAL, &to)) != NULL)
		return err;
	entry_span(e, &from, &to);
	e->project = project != NULL ? project : "";
	buf_clear(&imp->id_copy);
	if (id != NULL)
		buf_printf(&imp->id_copy, "%.7s", id);
	e->id = imp->id_copy.data != NULL ? imp->id_copy.data : "";
	entry_json_tags(imp, json_object_get(o, "tags"), e);
	return NULL;
}

/* A tool whose JSON is an array of time entries. */
struct json_kind {
	const char *format;	/* its profile (--from) */
	const char *what;	/* the file, in messages */
	const char *item;	/* one element, in messages */
	bool tag_exact_topic;	/* a tag naming a topic wins */
	struct error *(*fill)(struct importer *, json_t *, struct entry *,
	    bool *running);
};

static const struct json_kind json_kinds[] = {
	{ "timew", "a Timewarrior export (timew export)", "interval", true,
	  interval_entry },
	{ "watson-json", "a Watson log (watson log --json)", "frame", false,
	  frame_entry },
};

/*
 * The tool that wrote an array whose first element is o: Watson's frames
 * have "stop" (and "project", "id"), Timewarrior's intervals "end" or
 * nothing but "start" (still running). An empty array reads as
 * Timewarrior's.
 */
static const struct json_kind *
json_kind_of(json_t *o)
{
	if (json_is_object(o) && json_object_get(o, "end") == NULL &&
	    (json_object_get(o, "stop") != NULL ||
	    (json_object_get(o, "project") != NULL &&
	    json_object_get(o, "id") != NULL)))
		return &json_kinds[1];
	return &json_kinds[0];
}

/* Imports one decoded element found on line. */
static struct error *
element(struct importer *imp, const struct json_kind *kind, json_t *o,
    long line)
{
	struct entry e = { .line = line, .project = "", .task = "",
		.id = "", .topic = "", .kind = "", .note = "",
		.tag_exact_topic = kind->tag_exact_topic };
	struct error *err;
	bool running = false;

	imp->result->rows++;
	progress_step(1);
	e.tags_text = "";
	e.description = "";
	if (!json_is_object(o))
		err = error_usage("not %s %s object", kind->item[0] == 'i' ?
		    "an" : "a", kind->item);
	else
		err = kind->fill(imp, o, &e, &running);
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

/*
 * Decides the tool from the first element: refuses a --from that names
 * the other one, and names the format in the result and the batch.
 */
static struct error *
json_kind_decide(struct importer *imp, json_t *first,
    const struct json_kind **kind)
{
	const char *forced = imp->map.profile != NULL ?
	    imp->map.profile->name : NULL;

	*kind = json_kind_of(first);
	if (forced != NULL && strcmp(forced, (*kind)->format) != 0)
		return error_usage("%s: this is %s, not %s: drop --from or use "
		    "--from %s", imp->file, (*kind)->what,
		    json_kinds[*kind == &json_kinds[0]].what, (*kind)->format);
	return importer_format(imp, (*kind)->format);
}

struct error *
json_array_import(struct importer *imp, struct instream *in)
{
	const struct json_kind *kind = NULL;
	struct json_text t;
	struct error *err;
	json_t *value;

	if ((err = json_text_read(&t, in, imp->file, "a JSON array of time "
	    "entries")))
		goto done;
	if (json_text_peek(&t) == '[')
		t.pos++;
	while (err == NULL && json_text_peek(&t) != 0 &&
	    t.text.data[t.pos] != ']') {
		long line = t.line;

		if ((err = json_text_value(&t, &value)) != NULL)
			break;
		if (kind == NULL)
			err = json_kind_decide(imp, value, &kind);
		if (err == NULL)
			err = element(imp, kind, value, line);
		json_decref(value);
		if (json_text_peek(&t) == ',')
			t.pos++;
	}
	if (err == NULL && kind == NULL)
		err = json_kind_decide(imp, NULL, &kind);
	if (err == NULL)
		err = array_end(imp, &t);
done:
	json_text_release(&t);
	return err;
}

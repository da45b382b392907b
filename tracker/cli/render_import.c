/*
 * The renderers of `track import`: each file's summary as it is done
 * (text: one line; JSON: one element of an array written as it goes),
 * and `track import list`. They write to the FILE given and never change
 * the database. Here, not in reports/, because they render importers'
 * types (reports/ include core only).
 */
#include <jansson.h>
#include <limits.h>
#include <stdlib.h>

#include "cli/render_import.h"
#include "core/buf.h"
#include "core/date.h"
#include "core/duration.h"
#include "core/jsonout.h"
#include "core/session.h"
#include "core/text.h"

/* ---------------------------------------------------------------------
 * track import FILE...
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
void
import_render_text(FILE *out, const char *file,
    const struct import_result *r, bool dry_run, int index)
{
	(void)index;
	fput_terminal(out, file);
	fprintf(out, ": %ld row%s, %ld session%s added, %ld tutorial%s added, "
	    "%ld duplicate%s skipped", r->rows, plural(r->rows),
	    r->sessions_added, plural(r->sessions_added), r->tutorials_added,
	    plural(r->tutorials_added), r->duplicates, plural(r->duplicates));
	if (r->sessions_updated > 0)
		fprintf(out, ", %ld session%s updated", r->sessions_updated,
		    plural(r->sessions_updated));
	if (r->tutorials_updated > 0)
		fprintf(out, ", %ld tutorial%s updated", r->tutorials_updated,
		    plural(r->tutorials_updated));
	if (r->rejected > 0)
		fprintf(out, ", %ld rejected", r->rejected);
	if (r->skipped > 0)
		fprintf(out, ", %ld skipped", r->skipped);
	if (r->removed_courses > 0)
		fprintf(out, " (%ld removed course%s)", r->removed_courses,
		    plural(r->removed_courses));
	if (r->estimated_minutes > 0) {
		char text[32];

		duration_format((int)(r->estimated_minutes < INT_MAX ?
		    r->estimated_minutes : INT_MAX), text, sizeof(text));
		fprintf(out, ", %s of course time spread over %ld day%s "
		    "(estimated)", text, r->estimated_days,
		    plural(r->estimated_days));
	}
	print_inferred(out, r);
	fputs(dry_run ? " (dry run: nothing written)\n" : "\n", out);
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

/* The counts a file's result and a batch both carry, in their order. */
static const char *const count_keys[] = {
	"rows", "sessions_added", "sessions_updated", "tutorials_added",
	"tutorials_updated", "duplicates", "rejected", "skipped",
};
#define COUNT_KEYS (sizeof(count_keys) / sizeof(count_keys[0]))

/* Sets "file", "format", then each of count_keys to counts. */
static void
put_counts(json_t *o, const char *file, const char *format,
    const long counts[COUNT_KEYS])
{
	json_object_set_new(o, "file", json_text(file));
	json_object_set_new(o, "format", json_text(format));
	for (size_t i = 0; i < COUNT_KEYS; i++)
		json_object_set_new(o, count_keys[i], json_integer(counts[i]));
}

static json_t *
result_json(const char *file, const struct import_result *r, bool dry_run)
{
	const long counts[COUNT_KEYS] = { r->rows, r->sessions_added,
	    r->sessions_updated, r->tutorials_added, r->tutorials_updated,
	    r->duplicates, r->rejected, r->skipped };
	json_t *o = json_object();

	put_counts(o, file, r->format, counts);
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

void
import_render_json(FILE *out, const char *file,
    const struct import_result *r, bool dry_run, int index)
{
	json_t *o = result_json(file, r, dry_run);

	print_json_element(out, o, index == 0);
	json_decref(o);
}

void
import_render_json_end(FILE *out, int printed)
{
	fputs(printed > 0 ? "\n]\n" : "[]\n", out);
}

/* ---------------------------------------------------------------------
 * track import list
 */

static struct error *
batch_text(const struct import_batch_info *b, void *arg)
{
	FILE *out = arg;
	time_t created;
	char day[DAY_TEXT_SIZE] = "?";

	if (instant_parse(b->created, &created))
		day_format(day_of_instant(created), day);
	fprintf(out, "#%lld  %s  %-8s  ", (long long)b->id, day, b->format);
	fput_terminal(out, b->file);
	fprintf(out, ": %ld row%s, %ld session%s added, ", b->rows,
	    plural(b->rows), b->sessions_added, plural(b->sessions_added));
	if (b->sessions_updated > 0)
		fprintf(out, "%ld updated, ", b->sessions_updated);
	fprintf(out, "%ld tutorial%s added, %ld updated, %ld duplicate%s, "
	    "%ld rejected\n", b->tutorials_added, plural(b->tutorials_added),
	    b->tutorials_updated, b->duplicates, plural(b->duplicates),
	    b->rejected);
	return NULL;
}

static struct error *
batch_json(const struct import_batch_info *b, void *arg)
{
	const long counts[COUNT_KEYS] = { b->rows, b->sessions_added,
	    b->sessions_updated, b->tutorials_added, b->tutorials_updated,
	    b->duplicates, b->rejected, b->skipped };
	json_t *o = json_object();

	json_object_set_new(o, "id", json_integer(b->id));
	json_object_set_new(o, "created", json_text(b->created));
	put_counts(o, b->file, b->format, counts);
	json_array_append_new(arg, o);
	return NULL;
}

struct error *
import_list_render_text(FILE *out, sqlite3 *db)
{
	return import_batch_each(db, batch_text, out);
}

struct error *
import_list_render_json(FILE *out, sqlite3 *db)
{
	json_t *array = json_array();
	struct error *err;
	char *text;

	if ((err = import_batch_each(db, batch_json, array)) == NULL &&
	    (text = json_dumps(array, JSON_PRESERVE_ORDER | JSON_INDENT(2)))
	    != NULL) {
		json_put(out, text, stream_is_terminal(out));
		fputc('\n', out);
		free(text);
	}
	json_decref(array);
	return err;
}

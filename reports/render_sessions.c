/*
 * The renderers of `track ls`: the sessions a filter selects, oldest
 * first, streamed from the session cursor so memory does not grow with
 * the history (text reads the rows twice, once to size its columns).
 */
#include <jansson.h>
#include <string.h>
#include <time.h>

#include "core/buf.h"
#include "core/csvout.h"
#include "core/date.h"
#include "core/duration.h"
#include "core/jsonout.h"
#include "core/table.h"
#include "core/text.h"
#include "reports/render_sessions.h"

#define LINE_COLUMNS 80		/* text lines aim to fit this */
#define TOPIC_COLUMNS 24	/* longer topics are cut in text */
#define TITLE_COLUMNS 24	/* longer project/tutorial names are cut */
#define NOTE_MIN_COLUMNS 10	/* a note keeps this much, even past 80 */

/* What the text format measures first so its columns line up. */
struct ls_widths {
	size_t id, length, topic;
	int rows;
};

typedef struct error *(*session_fn)(void *context, const struct session *s);

/* Calls fn for every session f selects, oldest first. */
static struct error *
each_session(sqlite3 *db, const struct session_filter *f, session_fn fn,
    void *context)
{
	struct session_cursor *cursor;
	struct session s;
	struct error *err;
	bool has;

	if ((err = session_cursor_open(db, f, &cursor)) != NULL)
		return err;
	session_init(&s);
	while ((err = session_cursor_next(cursor, &s, &has)) == NULL && has)
		if ((err = fn(context, &s)) != NULL)
			break;
	session_release(&s);
	session_cursor_free(cursor);
	return err;
}

/* ---------------------------------------------------------------------
 * Text: aligned columns, user text neutralised, long text cut
 */

/* Appends s (neutralised, cut to width) padded with spaces to width. */
static void
put_column(struct buf *b, const char *s, size_t width)
{
	table_pad(b, table_put_cell(b, s, width), width);
	buf_puts(b, "  ");
}

static size_t
max_size(size_t a, size_t b)
{
	return a > b ? a : b;
}

/* The length as ls shows it: "~" first when the time is an estimate. */
static void
length_text(const struct session *s, char text[32])
{
	text[0] = '~';
	duration_format(s->minutes, text + (s->estimated ? 1 : 0),
	    32 - (s->estimated ? 1 : 0));
}

static struct error *
measure(void *context, const struct session *s)
{
	struct ls_widths *w = context;
	char text[32];

	w->rows++;
	w->id = max_size(w->id, (size_t)snprintf(text, sizeof(text), "#%lld",
	    (long long)s->id));
	length_text(s, text);
	w->length = max_size(w->length, strlen(text));
	w->topic = max_size(w->topic, table_cell_width(s->topic ? s->topic :
	    "?", TOPIC_COLUMNS));
	return NULL;
}

/* Appends the link ("project: NAME") and the note, cut to fit the line. */
static void
put_link_and_note(struct buf *b, const struct session *s)
{
	size_t room;

	if (s->project != NULL || s->tutorial != NULL) {
		buf_puts(b, s->project ? "project: " : "tutorial: ");
		table_put_cell(b, s->project ? s->project : s->tutorial,
		    TITLE_COLUMNS);
		buf_puts(b, "  ");
	}
	if (s->note != NULL) {
		size_t used = text_width(b->data);

		room = used + NOTE_MIN_COLUMNS < LINE_COLUMNS ?
		    LINE_COLUMNS - used : NOTE_MIN_COLUMNS;
		table_put_cell(b, s->note, room);
	}
	while (b->len > 0 && b->data[b->len - 1] == ' ')
		b->data[--b->len] = '\0';
}

static void
text_line(struct buf *b, const struct session *s, const struct ls_widths *w)
{
	char id[32], day[DAY_TEXT_SIZE], start[16] = "-----", length[32];
	struct tm tm;

	snprintf(id, sizeof(id), "#%lld", (long long)s->id);
	day_format(s->day, day);
	if (s->has_start && localtime_r(&s->start, &tm) != NULL)
		strftime(start, sizeof(start), "%H:%M", &tm);
	length_text(s, length);
	buf_clear(b);
	buf_printf(b, "%-*s  %s  %s  %*s  ", (int)w->id, id, day, start,
	    (int)w->length, length);
	put_column(b, s->topic ? s->topic : "?", w->topic);
	put_column(b, kind_name(s->kind), strlen("tutorial"));
	put_link_and_note(b, s);
	buf_putc(b, '\n');
}

struct text_context {
	FILE *out;
	const struct ls_widths *widths;
	struct buf line;
};

static struct error *
print_text(void *context, const struct session *s)
{
	struct text_context *c = context;

	text_line(&c->line, s, c->widths);
	fputs(c->line.data, c->out);
	return NULL;
}

struct error *
sessions_render_text(FILE *out, sqlite3 *db, const struct session_filter *f)
{
	struct ls_widths widths = { 0 };
	struct text_context c = { out, &widths, { 0 } };
	struct error *err;

	if ((err = each_session(db, f, measure, &widths)) != NULL)
		return err;
	if (widths.rows == 0) {
		fputs("no sessions\n", out);
		return NULL;
	}
	buf_init(&c.line);
	err = each_session(db, f, print_text, &c);
	buf_release(&c.line);
	return err;
}

/* ---------------------------------------------------------------------
 * JSON: one array, streamed element by element
 */


/* The session as the object of SPEC §11, keys in that order. */
static json_t *
session_json(const struct session *s)
{
	char day[DAY_TEXT_SIZE], start[INSTANT_TEXT_SIZE];
	json_t *o = json_object();

	day_format(s->day, day);
	if (s->has_start)
		instant_format(s->start, start);
	json_object_set_new(o, "id", json_integer(s->id));
	json_object_set_new(o, "uuid", json_text(s->uuid));
	json_object_set_new(o, "day", json_text(day));
	json_object_set_new(o, "start", json_text(s->has_start ? start : NULL));
	json_object_set_new(o, "minutes", json_integer(s->minutes));
	json_object_set_new(o, "topic", json_text(s->topic));
	json_object_set_new(o, "path", json_text(s->path));
	json_object_set_new(o, "kind", json_text(kind_name(s->kind)));
	json_object_set_new(o, "project", json_text(s->project));
	json_object_set_new(o, "tutorial", json_text(s->tutorial));
	json_object_set_new(o, "note", json_text(s->note));
	json_object_set_new(o, "origin", json_text(s->origin));
	json_object_set_new(o, "estimated", json_boolean(s->estimated));
	return o;
}

static struct error *
print_json(void *context, const struct session *s)
{
	struct json_array_stream *stream = context;

	return json_array_add(stream, session_json(s));
}

struct error *
sessions_render_json(FILE *out, sqlite3 *db, const struct session_filter *f)
{
	struct json_array_stream stream;
	struct error *err;

	json_array_begin(&stream, out);
	err = each_session(db, f, print_json, &stream);
	json_array_end(&stream);
	return err;
}

/* ---------------------------------------------------------------------
 * CSV: the SPEC §11 columns, RFC 4180, formula-safe
 */

static const char *const csv_header[] = {
	"id", "uuid", "day", "start", "minutes", "topic", "path", "kind",
	"project", "tutorial", "note", "origin", "estimated",
};
#define CSV_COLUMNS (sizeof(csv_header) / sizeof(csv_header[0]))

/* One session as a row; on a terminal csv_writer neutralises its text. */
static struct error *
print_csv(void *context, const struct session *s)
{
	struct csv_writer *w = context;
	char id[32], day[DAY_TEXT_SIZE], start[INSTANT_TEXT_SIZE], minutes[16];
	const char *cells[CSV_COLUMNS] = { id, s->uuid, day,
	    s->has_start ? start : NULL, minutes, s->topic, s->path,
	    kind_name(s->kind), s->project, s->tutorial, s->note, s->origin,
	    s->estimated ? "true" : "false" };

	snprintf(id, sizeof(id), "%lld", (long long)s->id);
	day_format(s->day, day);
	if (s->has_start)
		instant_format(s->start, start);
	snprintf(minutes, sizeof(minutes), "%d", s->minutes);
	csv_write_row(w, cells, CSV_COLUMNS);
	return NULL;
}

struct error *
sessions_render_csv(FILE *out, sqlite3 *db, const struct session_filter *f)
{
	struct csv_writer w;
	struct error *err;

	csv_writer_init(&w, out);
	csv_write_row(&w, csv_header, CSV_COLUMNS);
	err = each_session(db, f, print_csv, &w);
	csv_writer_release(&w);
	return err;
}

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/date.h"
#include "core/db.h"
#include "core/duration.h"
#include "core/session.h"
#include "core/settings.h"
#include "core/stmt.h"
#include "core/text.h"

static const char *const kind_names[KIND_COUNT] = {
	"tutorial", "study", "project",
};

const char *
kind_name(enum kind kind)
{
	return kind >= 0 && kind < KIND_COUNT ? kind_names[kind] : "?";
}

struct error *
kind_parse(const char *text, enum kind *kind)
{
	for (int i = 0; i < KIND_COUNT; i++)
		if (strcmp(text, kind_names[i]) == 0) {
			*kind = (enum kind)i;
			return NULL;
		}
	return error_usage("invalid kind '%s': use tutorial, study or project",
	    text);
}

struct error *
kind_decide(sqlite3 *db, const char *kind_text, bool has_project,
    bool has_tutorial, enum kind *kind)
{
	struct error *err;
	char *fallback;

	if (has_project && has_tutorial)
		return error_usage("--project and --tutorial exclude each "
		    "other: a session is either building or following");
	if (kind_text != NULL && (err = kind_parse(kind_text, kind)) != NULL)
		return err;
	if (has_project || has_tutorial) {
		enum kind implied = has_project ? KIND_PROJECT : KIND_TUTORIAL;

		if (kind_text != NULL && *kind != implied)
			return error_usage("--kind %s contradicts --%s, which "
			    "means kind %s", kind_text,
			    has_project ? "project" : "tutorial",
			    kind_name(implied));
		*kind = implied;
		return NULL;
	}
	if (kind_text != NULL)
		return NULL;
	if ((err = setting_text(db, "default-kind", &fallback)) != NULL)
		return err;
	err = kind_parse(fallback, kind);
	free(fallback);
	return err;
}

void
session_init(struct session *s)
{
	memset(s, 0, sizeof(*s));
	s->kind = KIND_STUDY;
	s->origin = "manual";
}

void
session_release(struct session *s)
{
	free(s->topic);
	free(s->path);
	free(s->project);
	free(s->tutorial);
	free(s->note);
	free(s->fingerprint);
	session_init(s);
}

static const char *
origin_static(const char *origin)
{
	if (strcmp(origin, "timer") == 0)
		return "timer";
	if (strcmp(origin, "import") == 0)
		return "import";
	return "manual";
}

struct error *
session_insert(sqlite3 *db, struct session *s)
{
	char day[DAY_TEXT_SIZE], start[INSTANT_TEXT_SIZE], now[INSTANT_TEXT_SIZE];
	struct error *err;

	if (s->uuid[0] == '\0')
		db_uuid(s->uuid);
	day_format(s->day, day);
	if (s->has_start)
		instant_format(s->start, start);
	instant_format(time(NULL), now);
	err = db_exec(db, "INSERT INTO session (uuid, day, start, minutes, "
	    "topic_id, kind, project_id, tutorial_id, note, origin, batch_id, "
	    "fingerprint, created) VALUES (?, ?, ?, ?, ?, ?, nullif(?, 0), "
	    "nullif(?, 0), ?, ?, nullif(?, 0), ?, ?)", "tttiitiittitt",
	    s->uuid, day, s->has_start ? start : NULL, (int64_t)s->minutes,
	    s->topic_id, kind_name(s->kind), s->project_id, s->tutorial_id,
	    s->note, s->origin, s->batch_id, s->fingerprint, now);
	if (err)
		return err;
	s->id = sqlite3_last_insert_rowid(db);
	if (strcmp(s->origin, "import") == 0)
		return NULL;
	return db_exec(db, "INSERT INTO undo_entry (session_id) VALUES (?)",
	    "i", s->id);
}

#define SESSION_SELECT \
	"SELECT s.id, s.uuid, s.day, s.start, s.minutes, s.topic_id, t.name, " \
	"p.slug, s.kind, s.project_id, pr.name, s.tutorial_id, tu.title, " \
	"s.note, s.origin, s.batch_id, s.fingerprint, s.estimated " \
	"FROM session s " \
	"JOIN topic t ON t.id = s.topic_id " \
	"LEFT JOIN path p ON p.id = t.path_id " \
	"LEFT JOIN project pr ON pr.id = s.project_id " \
	"LEFT JOIN tutorial tu ON tu.id = s.tutorial_id "

static void
session_from_row(sqlite3_stmt *stmt, struct session *s)
{
	const char *uuid = (const char *)sqlite3_column_text(stmt, 1);
	const char *kind = (const char *)sqlite3_column_text(stmt, 8);

	session_release(s);
	s->id = sqlite3_column_int64(stmt, 0);
	snprintf(s->uuid, sizeof(s->uuid), "%s", uuid ? uuid : "");
	day_parse_iso((const char *)sqlite3_column_text(stmt, 2), &s->day);
	s->has_start = sqlite3_column_type(stmt, 3) != SQLITE_NULL &&
	    instant_parse((const char *)sqlite3_column_text(stmt, 3), &s->start);
	s->minutes = sqlite3_column_int(stmt, 4);
	s->topic_id = sqlite3_column_int64(stmt, 5);
	s->topic = db_column_strdup(stmt, 6);
	s->path = db_column_strdup(stmt, 7);
	error_free(kind_parse(kind ? kind : "", &s->kind));
	s->project_id = sqlite3_column_int64(stmt, 9);
	s->project = db_column_strdup(stmt, 10);
	s->tutorial_id = sqlite3_column_int64(stmt, 11);
	s->tutorial = db_column_strdup(stmt, 12);
	s->note = db_column_strdup(stmt, 13);
	s->origin = origin_static((const char *)sqlite3_column_text(stmt, 14));
	s->batch_id = sqlite3_column_int64(stmt, 15);
	s->fingerprint = db_column_strdup(stmt, 16);
	s->estimated = sqlite3_column_int(stmt, 17) != 0;
}

struct error *
session_get(sqlite3 *db, int64_t id, struct session *s, bool *found)
{
	struct stmt st;
	struct error *err;

	if ((err = stmt_prepare(&st, db, "cannot read sessions",
	    SESSION_SELECT "WHERE s.id = ?")) != NULL)
		return err;
	stmt_bind(&st, "i", id);
	*found = stmt_step(&st) == STMT_ROW;
	if (*found)
		session_from_row(st.handle, s);
	return stmt_finish(&st);
}

struct error *
session_update(sqlite3 *db, const struct session *s)
{
	char day[DAY_TEXT_SIZE], start[INSTANT_TEXT_SIZE];

	day_format(s->day, day);
	if (s->has_start)
		instant_format(s->start, start);
	return db_exec(db, "UPDATE session SET day = ?, start = ?, minutes = ?, "
	    "topic_id = ?, kind = ?, project_id = nullif(?, 0), tutorial_id = "
	    "nullif(?, 0), note = ?, estimated = 0, edited = 1 WHERE id = ?",
	    "ttiitiiti", day, s->has_start ? start : NULL, (int64_t)s->minutes, s->topic_id,
	    kind_name(s->kind), s->project_id, s->tutorial_id, s->note, s->id);
}

struct error *
session_delete(sqlite3 *db, int64_t id)
{
	return db_exec(db, "DELETE FROM session WHERE id = ?", "i", id);
}

struct error *
session_when(int today, time_t now, const char *date_text,
    const char *start_text, struct session *s)
{
	struct error *err;
	int h, m, sec;

	s->day = today;
	if (date_text != NULL && (err = date_parse(date_text, today,
	    &s->day)) != NULL)
		return err;
	if (start_text == NULL)
		return NULL;
	if (!clock_parse(start_text, &h, &m, &sec))
		return error_usage("invalid start time '%s': use HH:MM in "
		    "24-hour time, e.g. 19:30", start_text);
	s->has_start = true;
	s->start = instant_of_local(s->day, h, m, sec);
	if (day_of_instant(s->start) != s->day) {
		char day[DAY_TEXT_SIZE];

		day_format(s->day, day);
		return error_usage("start time '%s' does not exist on %s in "
		    "this time zone: the clocks skipped it", start_text, day);
	}
	if (s->start > now)
		return error_usage("start time '%s' is in the future",
		    start_text);
	return NULL;
}

struct error *
session_id_parse(const char *text, int64_t *id)
{
	const char *p = text[0] == '#' ? text + 1 : text;
	char *end;
	long long v;

	errno = 0;
	v = strtoll(p, &end, 10);
	if (!isdigit((unsigned char)*p) || *end != '\0' || errno || v <= 0)
		return error_usage("invalid session id '%s': use the number "
		    "'track ls' shows, e.g. 12", text);
	*id = v;
	return NULL;
}

/* ---------------------------------------------------------------------
 * Confirmations and totals
 */

struct error *
session_day_totals(sqlite3 *db, int from, int to, int *minutes, int *count)
{
	char first[DAY_TEXT_SIZE], last[DAY_TEXT_SIZE];
	struct stmt st;
	struct error *err;

	day_format(from, first);
	day_format(to, last);
	if ((err = stmt_prepare(&st, db, "cannot sum the sessions",
	    "SELECT coalesce(sum(minutes), 0), count(*) FROM session "
	    "WHERE day BETWEEN ? AND ?")) != NULL)
		return err;
	stmt_bind(&st, "tt", first, last);
	if (stmt_step(&st) == STMT_ROW) {
		*minutes = sqlite3_column_int(st.handle, 0);
		*count = sqlite3_column_int(st.handle, 1);
	} else {
		stmt_fail(&st, db_error(db, "cannot sum the sessions"));
	}
	return stmt_finish(&st);
}

/* ---------------------------------------------------------------------
 * Listing
 */

struct session_cursor {
	struct stmt st;
};

/*
 * One fixed statement serves every filter: absent filters bind values
 * that match everything, so no SQL is ever assembled from input.
 */
static const char list_sql[] =
    "SELECT * FROM (" SESSION_SELECT
    "WHERE s.day BETWEEN ?1 AND ?2 "
    "AND (?3 = 0 OR s.topic_id = ?3) "
    "AND (?4 IS NULL OR (?4 = 'unmapped' AND t.path_id IS NULL) "
    "     OR p.slug = ?4 COLLATE NOCASE) "
    "AND (?5 IS NULL OR s.kind = ?5) "
    "ORDER BY s.day DESC, s.start DESC, s.id DESC LIMIT ?6) "
    "ORDER BY 3, 4, 1";

struct error *
session_cursor_open(sqlite3 *db, const struct session_filter *filter,
    struct session_cursor **cursor)
{
	struct day_span_text span = day_span_format(filter->has_since,
	    filter->since, filter->has_until, filter->until);
	struct session_cursor *c;
	struct error *err;

	c = xcalloc(1, sizeof(*c));
	if ((err = stmt_prepare(&c->st, db, "cannot list sessions",
	    list_sql)) != NULL) {
		free(c);
		return err;
	}
	stmt_bind(&c->st, "ttitti", span.since, span.until, filter->topic_id,
	    filter->path, filter->kind >= 0 ? kind_name(filter->kind) : NULL,
	    (int64_t)(filter->limit > 0 ? filter->limit : -1));
	*cursor = c;
	return NULL;
}

struct error *
session_cursor_next(struct session_cursor *c, struct session *s, bool *has)
{
	enum stmt_result r = stmt_step(&c->st);

	*has = r == STMT_ROW;
	if (*has)
		session_from_row(c->st.handle, s);
	return r == STMT_ERROR ? stmt_error(&c->st) : NULL;
}

void
session_cursor_free(struct session_cursor *c)
{
	if (c == NULL)
		return;
	/* An error was handed out by session_cursor_next already. */
	error_free(stmt_finish(&c->st));
	free(c);
}

/*
 * The records of an export: for each kind, one fixed query and the names
 * its columns carry in JSON and in CSV. Nothing here formats output.
 */
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/date.h"
#include "core/db.h"
#include "core/export.h"
#include "core/progress.h"
#include "core/stmt.h"

/* The CSV header of EXPORT_FORMAT.md, in its order. */
const char *const export_csv_columns[] = {
	"record", "uuid", "day", "start", "minutes", "topic", "topic_path",
	"kind", "project", "project_path", "project_started",
	"project_completed", "project_url", "tutorial", "tutorial_topic",
	"tutorial_platform", "tutorial_course_id", "tutorial_progress",
	"tutorial_started", "tutorial_completed", "tutorial_url", "note",
	"origin", "fingerprint", "name", "value", "estimated", "contribution",
};
const size_t export_csv_column_count =
    sizeof(export_csv_columns) / sizeof(export_csv_columns[0]);

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static const struct export_field setting_fields[] = {
	{ "key", "name" }, { "value", "value" },
};

static const struct export_field path_fields[] = {
	{ "slug", "name" }, { "name", "value" }, { "description", "note" },
};

static const struct export_field topic_fields[] = {
	{ "name", "topic" }, { "path", "topic_path" },
};

static const struct export_field alias_fields[] = {
	{ "alias", "name" }, { "topic", "topic" },
};

/* A learner's skill: its topics joined by commas, as --topics takes them. */
static const struct export_field skill_fields[] = {
	{ "name", "name" }, { "title", "value" }, { "path", "topic_path" },
	{ "topics", "topic" },
};

static const struct export_field path_choice_fields[] = {
	{ "path", "name" }, { "day", "day" },
};

static const struct export_field project_fields[] = {
	{ "name", "project" }, { "path", "project_path" },
	{ "started", "project_started" }, { "completed", "project_completed" },
	{ "url", "project_url" }, { "description", "note" },
	{ "contribution", "contribution" },
};

static const struct export_field tutorial_fields[] = {
	{ "title", "tutorial" }, { "topic", "tutorial_topic" },
	{ "platform", "tutorial_platform" },
	{ "course_id", "tutorial_course_id" },
	{ "progress", "tutorial_progress" }, { "started", "tutorial_started" },
	{ "completed", "tutorial_completed" }, { "url", "tutorial_url" },
};

/*
 * A session names its project and tutorial; in CSV it also repeats their
 * details, so a row imports on its own (a --since export, for one).
 */
static const struct export_field session_fields[] = {
	{ "uuid", "uuid" }, { "day", "day" }, { "start", "start" },
	{ "minutes", "minutes" }, { "topic", "topic" },
	{ "path", "topic_path" }, { "kind", "kind" }, { "project", "project" },
	{ NULL, "project_path" }, { NULL, "project_started" },
	{ NULL, "project_completed" }, { NULL, "project_url" },
	{ "tutorial", "tutorial" }, { NULL, "tutorial_topic" },
	{ "tutorial_platform", "tutorial_platform" },
	{ "tutorial_course_id", "tutorial_course_id" },
	{ NULL, "tutorial_progress" }, { NULL, "tutorial_started" },
	{ NULL, "tutorial_completed" }, { NULL, "tutorial_url" },
	{ "note", "note" }, { "origin", "origin" },
	{ "fingerprint", "fingerprint" },
	{ "estimated", "estimated" },
};

/*
 * One kind of record: its name, its array in the JSON document (aliases:
 * the array inside each topic), its fields and the query reading them.
 */
struct record_kind {
	const char *name;
	const char *json;
	const struct export_field *fields;
	size_t field_count;
	const char *sql;	/* columns in field order */
};

static const struct record_kind kinds[EXPORT_RECORD_COUNT] = {
	[EXPORT_SETTING] = { "setting", "settings",
	    setting_fields, COUNT(setting_fields),
	    "SELECT key, value FROM setting WHERE value IS NOT NULL "
	    "ORDER BY key" },
	[EXPORT_PATH] = { "path", "paths",
	    path_fields, COUNT(path_fields),
	    "SELECT slug, name, nullif(description, '') FROM path "
	    "WHERE builtin = 0 ORDER BY position, slug" },
	[EXPORT_TOPIC] = { "topic", "topics",
	    topic_fields, COUNT(topic_fields),
	    "SELECT t.name, p.slug FROM topic t "
	    "LEFT JOIN path p ON p.id = t.path_id ORDER BY t.name" },
	[EXPORT_ALIAS] = { "alias", "aliases",
	    alias_fields, COUNT(alias_fields),
	    "SELECT a.alias, t.name FROM topic_alias a "
	    "JOIN topic t ON t.id = a.topic_id "
	    "WHERE ?1 IS NULL OR t.name = ?1 ORDER BY t.name, a.alias" },
	[EXPORT_SKILL] = { "skill", "skills",
	    skill_fields, COUNT(skill_fields),
	    "SELECT s.name, s.title, p.slug, (SELECT group_concat(n, ',') "
	    "FROM (SELECT t.name AS n FROM skill_topic st JOIN topic t "
	    "ON t.id = st.topic_id WHERE st.skill_id = s.id ORDER BY t.name)) "
	    "FROM skill s JOIN path p ON p.id = s.path_id "
	    "WHERE s.builtin = 0 ORDER BY s.name" },
	[EXPORT_PATH_CHOICE] = { "path_choice", "path_choices",
	    path_choice_fields, COUNT(path_choice_fields),
	    "SELECT p.slug, c.day FROM path_choice c "
	    "JOIN path p ON p.id = c.path_id ORDER BY c.day, c.id" },
	[EXPORT_PROJECT] = { "project", "projects",
	    project_fields, COUNT(project_fields),
	    "SELECT pr.name, p.slug, pr.started, pr.completed, pr.url, "
	    "pr.description, iif(pr.contribution, 'true', 'false') "
	    "FROM project pr "
	    "LEFT JOIN path p ON p.id = pr.path_id "
	    "ORDER BY pr.started, pr.name" },
	[EXPORT_TUTORIAL] = { "tutorial", "tutorials",
	    tutorial_fields, COUNT(tutorial_fields),
	    "SELECT tu.title, t.name, tu.platform, tu.course_id, tu.progress, "
	    "tu.started, tu.completed, tu.url FROM tutorial tu "
	    "LEFT JOIN topic t ON t.id = tu.topic_id ORDER BY tu.id" },
	[EXPORT_SESSION] = { "session", "sessions",
	    session_fields, COUNT(session_fields),
	    "SELECT s.uuid, s.day, s.start, s.minutes, t.name, tp.slug, "
	    "s.kind, pr.name, pp.slug, pr.started, pr.completed, pr.url, "
	    "tu.title, tt.name, tu.platform, tu.course_id, tu.progress, "
	    "tu.started, tu.completed, tu.url, s.note, s.origin, "
	    "s.fingerprint, iif(s.estimated, 'true', 'false') FROM session s "
	    "JOIN topic t ON t.id = s.topic_id "
	    "LEFT JOIN path tp ON tp.id = t.path_id "
	    "LEFT JOIN project pr ON pr.id = s.project_id "
	    "LEFT JOIN path pp ON pp.id = pr.path_id "
	    "LEFT JOIN tutorial tu ON tu.id = s.tutorial_id "
	    "LEFT JOIN topic tt ON tt.id = tu.topic_id "
	    "WHERE s.day BETWEEN ?1 AND ?2 ORDER BY s.day, s.start, s.id" },
};

struct export_cursor {
	struct stmt st;
};

bool
export_column_boolean(const char *column)
{
	return column != NULL && (strcmp(column, "estimated") == 0 ||
	    strcmp(column, "contribution") == 0);
}

const char *
export_record_name(enum export_record record)
{
	return kinds[record].name;
}

const char *
export_record_json(enum export_record record)
{
	return kinds[record].json;
}

const struct export_field *
export_record_fields(enum export_record record, size_t *count)
{
	*count = kinds[record].field_count;
	return kinds[record].fields;
}

/* Prepares sql, a record's query or one over it, with the filter bound. */
static struct error *
record_prepare(struct stmt *st, sqlite3 *db, enum export_record record,
    const struct export_filter *filter, const char *sql)
{
	struct day_span_text span = day_span_format(filter->has_since,
	    filter->since, filter->has_until, filter->until);
	struct error *err;

	if ((err = stmt_prepare(st, db, "cannot read what to export", sql))
	    != NULL)
		return err;
	if (record == EXPORT_SESSION)
		stmt_bind(st, "tt", span.since, span.until);
	else if (record == EXPORT_ALIAS)
		stmt_bind(st, "t", filter->topic);
	return NULL;
}

struct error *
export_cursor_open(sqlite3 *db, enum export_record record,
    const struct export_filter *filter, struct export_cursor **cursor)
{
	struct export_cursor *c;
	struct error *err;

	c = xcalloc(1, sizeof(*c));
	if ((err = record_prepare(&c->st, db, record, filter,
	    kinds[record].sql)) != NULL) {
		free(c);
		return err;
	}
	*cursor = c;
	return NULL;
}

/*
 * The sessions of the range without the query's joins and order (every
 * session has its topic; the other joins are LEFT): the day index alone
 * counts them, where counting the query's rows would cost a sort.
 */
#define SESSION_COUNT_SQL \
	"SELECT count(*) FROM session WHERE day BETWEEN ?1 AND ?2"

struct error *
export_count(sqlite3 *db, const struct export_filter *filter, long *count)
{
	struct error *err = NULL;
	struct stmt st;
	struct buf sql;

	*count = 0;
	buf_init(&sql);
	for (int r = 0; r < EXPORT_RECORD_COUNT && err == NULL; r++) {
		buf_clear(&sql);
		if (r == EXPORT_SESSION)
			buf_puts(&sql, SESSION_COUNT_SQL);
		else
			buf_printf(&sql, "SELECT count(*) FROM (%s)",
			    kinds[r].sql);
		if ((err = record_prepare(&st, db, (enum export_record)r,
		    filter, sql.data)) != NULL)
			break;
		if (stmt_step(&st) == STMT_ROW)
			*count += (long)sqlite3_column_int64(st.handle, 0);
		err = stmt_finish(&st);
	}
	buf_release(&sql);
	return err;
}

struct error *
export_cursor_next(struct export_cursor *c, bool *has)
{
	enum stmt_result r = stmt_step(&c->st);

	*has = r == STMT_ROW;
	progress_step(*has);
	return r == STMT_ERROR ? stmt_error(&c->st) : NULL;
}

int
export_cursor_type(struct export_cursor *c, size_t i)
{
	return sqlite3_column_type(c->st.handle, (int)i);
}

const char *
export_cursor_text(struct export_cursor *c, size_t i)
{
	return (const char *)sqlite3_column_text(c->st.handle, (int)i);
}

int64_t
export_cursor_int(struct export_cursor *c, size_t i)
{
	return sqlite3_column_int64(c->st.handle, (int)i);
}

double
export_cursor_double(struct export_cursor *c, size_t i)
{
	return sqlite3_column_double(c->st.handle, (int)i);
}

void
export_cursor_free(struct export_cursor *c)
{
	if (c == NULL)
		return;
	/* An error was handed out by export_cursor_next already. */
	error_free(stmt_finish(&c->st));
	free(c);
}

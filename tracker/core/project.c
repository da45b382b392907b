/*
 * Projects and tutorials: finding them by name, creating them (by hand or
 * on first use by `track log`), completing, listing and removing them.
 * Their logged minutes come from the summary tables (projects) or the
 * session_tutorial index (tutorials), never from a scan of the sessions.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "core/buf.h"
#include "core/date.h"
#include "core/db.h"
#include "core/project.h"
#include "core/stmt.h"
#include "core/suggest.h"
#include "core/text.h"

#define TITLE_MAX 200

struct error *
title_check(const char *what, const char *text)
{
	size_t n = strlen(text);

	if (n == 0 || strspn(text, " \t") == n)
		return error_usage("empty %s name: give it a name", what);
	if (n > TITLE_MAX)
		return error_usage("%s name '%.20s...' is too long: use at most "
		    "%d characters", what, text, TITLE_MAX);
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)text[i] < 0x20 || text[i] == 0x7f)
			return error_usage("invalid %s name '%s': control "
			    "characters are not allowed", what, text);
	if (!utf8_valid(text))
		return error_usage("invalid %s name '%s': it is not valid UTF-8 "
		    "text", what, text);
	return NULL;
}

/*
 * title_check, and name_controls_check when exists_sql (bound to text)
 * finds no row.
 */
static struct error *
new_title_check(sqlite3 *db, const char *what, const char *exists_sql,
    const char *text)
{
	struct buf name;
	struct error *err;
	int64_t id;

	if ((err = title_check(what, text)) != NULL ||
	    (err = db_query_int(db, &id, 0, exists_sql, "t", text)) != NULL ||
	    id != 0)
		return err;
	buf_init(&name);
	buf_printf(&name, "%s name", what);
	err = name_controls_check(name.data, text);
	buf_release(&name);
	return err;
}

struct error *
project_name_check(sqlite3 *db, const char *name)
{
	return new_title_check(db, "project", "SELECT id FROM project WHERE "
	    "name = ? COLLATE NOCASE", name);
}

struct error *
tutorial_title_check(sqlite3 *db, const char *title)
{
	return new_title_check(db, "tutorial", "SELECT id FROM tutorial WHERE "
	    "title = ? COLLATE NOCASE AND platform IS NULL LIMIT 1", title);
}

struct error *
project_ensure(sqlite3 *db, const char *name, int day, int64_t *id,
    bool *created)
{
	char started[DAY_TEXT_SIZE], now[INSTANT_TEXT_SIZE];
	struct error *err;

	*created = false;
	if ((err = title_check("project", name)) != NULL)
		return err;
	if ((err = db_query_int(db, id, 0, "SELECT id FROM project WHERE "
	    "name = ? COLLATE NOCASE", "t", name)) != NULL || *id != 0)
		return err;
	if ((err = name_controls_check("project name", name)) != NULL)
		return err;
	day_format(day, started);
	instant_format(time(NULL), now);
	if ((err = db_exec(db, "INSERT INTO project (name, started, created) "
	    "VALUES (?, ?, ?)", "ttt", name, started, now)) != NULL)
		return err;
	*id = sqlite3_last_insert_rowid(db);
	*created = true;
	return NULL;
}

struct error *
project_path_require(sqlite3 *db, const char *slug, struct path *path)
{
	struct error *err;
	char *list;

	if ((err = path_require(db, slug, path)) != NULL ||
	    !path->fundamentals)
		return err;
	if ((err = path_slug_list(db, &list)) != NULL)
		return err;
	err = error_usage("'fundamentals' is not a specialization: a project "
	    "belongs to one of %s", list);
	free(list);
	return err;
}

struct error *
project_give_path(sqlite3 *db, int64_t id, int64_t path_id, char **was,
    bool *changed)
{
	struct error *err;
	int64_t given = 0, before = 0;

	*was = NULL;
	*changed = false;
	if ((err = db_query_int(db, &given, 0, "SELECT path_given FROM project "
	    "WHERE id = ?", "i", id)) != NULL ||
	    (err = db_query_int(db, &before, 0, "SELECT path_id FROM project "
	    "WHERE id = ?", "i", id)) != NULL)
		return err;
	if (given && before == path_id)
		return NULL;
	if (given && (err = path_slug_of(db, before, was)) != NULL)
		return err;
	*changed = true;
	return db_exec(db, "UPDATE project SET path_id = ?, path_given = 1 "
	    "WHERE id = ?", "ii", path_id, id);
}

struct error *
tutorial_ensure(sqlite3 *db, const char *title, const struct topic *topic,
    int day, int64_t *id, bool *created)
{
	char started[DAY_TEXT_SIZE], now[INSTANT_TEXT_SIZE];
	struct error *err;

	*created = false;
	if ((err = title_check("tutorial", title)) != NULL)
		return err;
	if ((err = db_query_int(db, id, 0, "SELECT id FROM tutorial WHERE "
	    "title = ? COLLATE NOCASE AND platform IS NULL ORDER BY id LIMIT 1",
	    "t", title)) != NULL || *id != 0)
		return err;
	if ((err = name_controls_check("tutorial name", title)) != NULL)
		return err;
	day_format(day, started);
	instant_format(time(NULL), now);
	if ((err = db_exec(db, "INSERT INTO tutorial (title, topic_id, started, "
	    "created) VALUES (?, nullif(?, 0), ?, ?)", "titt", title,
	    topic ? topic->id : (int64_t)0, started, now)) != NULL)
		return err;
	*id = sqlite3_last_insert_rowid(db);
	*created = true;
	return NULL;
}

/* The length of "http://" or "https://" at the start of url, else 0. */
static size_t
url_scheme_length(const char *url)
{
	if (strncasecmp(url, "https://", 8) == 0)
		return 8;
	if (strncasecmp(url, "http://", 7) == 0)
		return 7;
	return 0;
}

struct error *
url_check(const char *url)
{
	size_t n = strlen(url), scheme = url_scheme_length(url);

	if (n > URL_MAX)
		return error_usage("URL too long (%zu bytes): use at most %d",
		    n, URL_MAX);
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)url[i] <= 0x20 || url[i] == 0x7f)
			return error_usage("invalid URL '%s': spaces and "
			    "control characters are not allowed (encode a "
			    "space as %%20)", url);
	if (!utf8_valid(url))
		return error_usage("invalid URL '%s': it is not valid UTF-8 "
		    "text", url);
	if (scheme == 0 || strchr("/?#", url[scheme]) != NULL)
		return error_usage("invalid URL '%s': use a web address "
		    "starting with http:// or https://, e.g. "
		    "https://github.com/me/blog", url);
	return NULL;
}

/*
 * The usage error for an unknown project or tutorial: the closest name
 * (neutralised: it may come from an import) or where to see them all.
 */
static struct error *
unknown_name(sqlite3 *db, const char *what, const char *name,
    const char *names_sql)
{
	struct error *err;
	struct buf clean;
	char *best;

	if ((err = db_closest(db, "cannot read the names", names_sql,
	    &suggest_titles, name, &best)) != NULL)
		return err;
	if (best == NULL)
		return error_usage("unknown %s '%s': 'track %s list' shows them "
		    "all", what, name, what);
	buf_init(&clean);
	buf_put_terminal(&clean, best);
	err = error_usage("unknown %s '%s': did you mean '%s'?", what, name,
	    clean.data);
	buf_release(&clean);
	free(best);
	return err;
}

/* ---------------------------------------------------------------------
 * Projects
 */

/* Every project's columns, then its logged minutes and sessions. */
#define PROJECT_SELECT "SELECT p.id, p.name, p.path_id, pa.slug, p.started, " \
	"p.completed, p.url, p.description, (SELECT ifnull(sum(minutes), 0) " \
	"FROM project_total WHERE project_id = p.id), " \
	"(SELECT ifnull(sum(sessions), 0) FROM project_total WHERE " \
	"project_id = p.id), p.path_given, p.contribution FROM project p " \
	"LEFT JOIN " \
	"path pa ON pa.id = p.path_id "

void
project_init(struct project *p)
{
	memset(p, 0, sizeof(*p));
}

void
project_release(struct project *p)
{
	free(p->name);
	free(p->path);
	free(p->started);
	free(p->completed);
	free(p->url);
	free(p->description);
	project_init(p);
}

/* Fills p from a row of PROJECT_SELECT. */
static void
project_from_row(sqlite3_stmt *stmt, struct project *p)
{
	project_release(p);
	p->id = sqlite3_column_int64(stmt, 0);
	p->name = db_column_strdup(stmt, 1);
	p->path_id = sqlite3_column_int64(stmt, 2);
	p->path = db_column_strdup(stmt, 3);
	p->started = db_column_strdup(stmt, 4);
	p->completed = db_column_strdup(stmt, 5);
	p->url = db_column_strdup(stmt, 6);
	p->description = db_column_strdup(stmt, 7);
	p->minutes = sqlite3_column_int(stmt, 8);
	p->sessions = sqlite3_column_int(stmt, 9);
	p->path_given = sqlite3_column_int(stmt, 10) != 0;
	p->contribution = sqlite3_column_int(stmt, 11) != 0;
}

struct error *
project_find(sqlite3 *db, const char *name, struct project *p, bool *found)
{
	struct stmt st;
	struct error *err;

	*found = false;
	if ((err = stmt_prepare(&st, db, "cannot read the project",
	    PROJECT_SELECT "WHERE p.name = ? COLLATE NOCASE")) != NULL)
		return err;
	stmt_bind(&st, "t", name);
	if (stmt_step(&st) == STMT_ROW) {
		project_from_row(st.handle, p);
		*found = true;
	}
	return stmt_finish(&st);
}

struct error *
project_require(sqlite3 *db, const char *name, struct project *p)
{
	struct error *err;
	bool found;

	if ((err = title_check("project", name)) != NULL ||
	    (err = project_find(db, name, p, &found)) != NULL || found)
		return err;
	return unknown_name(db, "project", name, "SELECT name FROM project "
	    "ORDER BY id");
}

struct error *
project_add(sqlite3 *db, struct project *p, time_t now)
{
	char created[INSTANT_TEXT_SIZE];
	struct project existing;
	struct error *err;
	bool found;

	project_init(&existing);
	if ((err = project_find(db, p->name, &existing, &found)) == NULL &&
	    found)
		err = error_usage("project '%s' already exists (started %s)",
		    p->name, existing.started);
	project_release(&existing);
	if (err == NULL)
		err = name_controls_check("project name", p->name);
	if (err != NULL)
		return err;
	instant_format(now, created);
	if ((err = db_exec(db, "INSERT INTO project (name, path_id, "
	    "path_given, started, url, description, contribution, created) "
	    "VALUES (?, nullif(?, 0), ?, ?, ?, ?, ?, ?)", "tiitttit", p->name,
	    p->path_id, (int64_t)(p->path_id != 0), p->started, p->url,
	    p->description, (int64_t)p->contribution, created)) != NULL)
		return err;
	p->id = sqlite3_last_insert_rowid(db);
	return NULL;
}

struct error *
project_set_completed(sqlite3 *db, int64_t id, const char *completed)
{
	return db_exec(db, "UPDATE project SET completed = ? WHERE id = ?", "ti",
	    completed, id);
}

struct error *
project_set_url(sqlite3 *db, int64_t id, const char *url)
{
	return db_exec(db, "UPDATE project SET url = ? WHERE id = ?", "ti", url,
	    id);
}

struct error *
project_set_contribution(sqlite3 *db, int64_t id)
{
	return db_exec(db, "UPDATE project SET contribution = 1 WHERE id = ?",
	    "i", id);
}

struct error *
project_delete(sqlite3 *db, int64_t id, int *unlinked)
{
	struct error *err;
	int64_t count;

	if ((err = db_query_int(db, &count, 0, "SELECT count(*) FROM session "
	    "WHERE project_id = ?", "i", id)) != NULL)
		return err;
	*unlinked = (int)count;
	return db_exec(db, "DELETE FROM project WHERE id = ?", "i", id);
}

struct error *
project_each(sqlite3 *db, struct error *(*fn)(const struct project *p,
    void *arg), void *arg)
{
	struct project p;
	struct stmt st;
	struct error *err;

	if ((err = stmt_prepare(&st, db, "cannot read the projects",
	    PROJECT_SELECT "ORDER BY p.started, p.name COLLATE NOCASE, p.id")))
		return err;
	project_init(&p);
	while (stmt_step(&st) == STMT_ROW) {
		project_from_row(st.handle, &p);
		stmt_fail(&st, fn(&p, arg));
	}
	project_release(&p);
	return stmt_finish(&st);
}

struct error *
project_topics(sqlite3 *db, int64_t id, struct error *(*fn)(const char *topic,
    const char *path, int minutes, void *arg), void *arg)
{
	struct stmt st;
	struct error *err;

	if ((err = stmt_prepare(&st, db, "cannot read the project's topics",
	    "SELECT t.name, pa.slug, sum(m.minutes) AS total FROM "
	    "project_total m JOIN topic t ON t.id = m.topic_id LEFT JOIN path "
	    "pa ON pa.id = t.path_id WHERE m.project_id = ? "
	    "GROUP BY m.topic_id ORDER BY total DESC, t.name")) != NULL)
		return err;
	stmt_bind(&st, "i", id);
	while (stmt_step(&st) == STMT_ROW)
		stmt_fail(&st, fn((const char *)sqlite3_column_text(st.handle,
		    0), (const char *)sqlite3_column_text(st.handle, 1),
		    sqlite3_column_int(st.handle, 2), arg));
	return stmt_finish(&st);
}

/* ---------------------------------------------------------------------
 * Tutorials
 */

/* Every tutorial's columns with its topic, then minutes and sessions. */
#define TUTORIAL_SELECT "SELECT tu.id, tu.title, tu.topic_id, tp.name, " \
	"pa.slug, tu.platform, tu.course_id, tu.url, tu.started, " \
	"tu.completed, tu.last_activity, tu.progress, (SELECT " \
	"ifnull(sum(minutes), 0) FROM session WHERE tutorial_id = tu.id), " \
	"(SELECT count(*) FROM session WHERE tutorial_id = tu.id) FROM " \
	"tutorial tu LEFT JOIN topic tp ON tp.id = tu.topic_id LEFT JOIN " \
	"path pa ON pa.id = tp.path_id "

void
tutorial_init(struct tutorial *t)
{
	memset(t, 0, sizeof(*t));
}

void
tutorial_release(struct tutorial *t)
{
	free(t->title);
	free(t->topic);
	free(t->path);
	free(t->platform);
	free(t->course_id);
	free(t->url);
	free(t->started);
	free(t->completed);
	free(t->last_activity);
	tutorial_init(t);
}

/* Fills t from a row of TUTORIAL_SELECT. */
static void
tutorial_from_row(sqlite3_stmt *stmt, struct tutorial *t)
{
	tutorial_release(t);
	t->id = sqlite3_column_int64(stmt, 0);
	t->title = db_column_strdup(stmt, 1);
	t->topic_id = sqlite3_column_int64(stmt, 2);
	t->topic = db_column_strdup(stmt, 3);
	t->path = db_column_strdup(stmt, 4);
	t->platform = db_column_strdup(stmt, 5);
	t->course_id = db_column_strdup(stmt, 6);
	t->url = db_column_strdup(stmt, 7);
	t->started = db_column_strdup(stmt, 8);
	t->completed = db_column_strdup(stmt, 9);
	t->last_activity = db_column_strdup(stmt, 10);
	t->has_progress = sqlite3_column_type(stmt, 11) != SQLITE_NULL;
	t->progress = sqlite3_column_double(stmt, 11);
	t->minutes = sqlite3_column_int(stmt, 12);
	t->sessions = sqlite3_column_int(stmt, 13);
}

static struct error *tutorial_ambiguous(sqlite3 *db, const char *title);

struct error *
tutorial_find(sqlite3 *db, const char *title, const char *platform,
    struct tutorial *t, bool *found)
{
	struct stmt st;
	struct error *err;
	int rows = 0;

	*found = false;
	if ((err = stmt_prepare(&st, db, "cannot read the tutorial",
	    TUTORIAL_SELECT "WHERE tu.title = ?1 COLLATE NOCASE AND "
	    "(?2 IS NULL OR tu.platform = ?2 COLLATE NOCASE) "
	    "ORDER BY tu.platform IS NOT NULL, tu.id")) != NULL)
		return err;
	stmt_bind(&st, "tt", title, platform);
	while (stmt_step(&st) == STMT_ROW && rows++ == 0) {
		tutorial_from_row(st.handle, t);
		*found = true;
		/* The hand-added one, or one on the platform asked, wins. */
		if (t->platform == NULL || platform != NULL)
			break;
	}
	err = stmt_finish(&st);
	if (err == NULL && rows > 1) {
		*found = false;
		err = tutorial_ambiguous(db, title);
	}
	return err;
}

/* The usage error for a title found on several platforms. */
static struct error *
tutorial_ambiguous(sqlite3 *db, const char *title)
{
	struct stmt st;
	struct error *err;
	struct buf names;

	if ((err = stmt_prepare(&st, db, "cannot read the tutorials",
	    "SELECT DISTINCT platform FROM tutorial WHERE title = ? COLLATE "
	    "NOCASE ORDER BY platform")) != NULL)
		return err;
	stmt_bind(&st, "t", title);
	buf_init(&names);
	while (stmt_step(&st) == STMT_ROW) {
		if (names.len > 0)
			buf_puts(&names, ", ");
		buf_put_terminal(&names,
		    (const char *)sqlite3_column_text(st.handle, 0));
	}
	if ((err = stmt_finish(&st)) != NULL) {
		buf_release(&names);
		return err;
	}
	err = error_usage("several tutorials are titled '%s' (on %s): choose "
	    "one with --platform PLATFORM", title, names.data);
	buf_release(&names);
	return err;
}

struct error *
tutorial_require(sqlite3 *db, const char *title, const char *platform,
    struct tutorial *t)
{
	struct error *err;
	bool found;

	if ((err = title_check("tutorial", title)) != NULL ||
	    (err = tutorial_find(db, title, platform, t, &found)) != NULL ||
	    found)
		return err;
	if (platform != NULL) {
		int64_t elsewhere;

		if ((err = db_query_int(db, &elsewhere, 0, "SELECT count(*) FROM "
		    "tutorial WHERE title = ? COLLATE NOCASE", "t", title))
		    != NULL)
			return err;
		if (elsewhere > 0)
			return error_usage("no tutorial '%s' on platform '%s': "
			    "'track tutorial list' shows each one's platform",
			    title, platform);
	}
	return unknown_name(db, "tutorial", title, "SELECT title FROM tutorial "
	    "ORDER BY id");
}

struct error *
tutorial_add(sqlite3 *db, struct tutorial *t, time_t now)
{
	char created[INSTANT_TEXT_SIZE];
	struct error *err;
	int64_t existing;

	if ((err = db_query_int(db, &existing, 0, "SELECT id FROM tutorial "
	    "WHERE title = ? COLLATE NOCASE AND platform IS NULL", "t",
	    t->title)) != NULL)
		return err;
	if (existing != 0)
		return error_usage("tutorial '%s' already exists (added by "
		    "hand)", t->title);
	if ((err = name_controls_check("tutorial name", t->title)) != NULL)
		return err;
	instant_format(now, created);
	if ((err = db_exec(db, "INSERT INTO tutorial (title, topic_id, url, "
	    "started, created) VALUES (?, nullif(?, 0), ?, ?, ?)", "tittt",
	    t->title, t->topic_id, t->url, t->started, created)) != NULL)
		return err;
	t->id = sqlite3_last_insert_rowid(db);
	return NULL;
}

struct error *
tutorial_complete(sqlite3 *db, int64_t id, const char *completed)
{
	return db_exec(db, "UPDATE tutorial SET completed = ?, progress = 100 "
	    "WHERE id = ?", "ti", completed, id);
}

struct error *
tutorial_delete(sqlite3 *db, int64_t id, int *unlinked)
{
	struct error *err;
	int64_t count;

	if ((err = db_query_int(db, &count, 0, "SELECT count(*) FROM session "
	    "WHERE tutorial_id = ?", "i", id)) != NULL)
		return err;
	*unlinked = (int)count;
	return db_exec(db, "DELETE FROM tutorial WHERE id = ?", "i", id);
}

struct error *
tutorial_each(sqlite3 *db, struct error *(*fn)(const struct tutorial *t,
    void *arg), void *arg)
{
	struct tutorial t;
	struct stmt st;
	struct error *err;

	if ((err = stmt_prepare(&st, db, "cannot read the tutorials",
	    TUTORIAL_SELECT "ORDER BY tu.started IS NULL, tu.started, "
	    "tu.title COLLATE NOCASE, tu.id")) != NULL)
		return err;
	tutorial_init(&t);
	while (stmt_step(&st) == STMT_ROW) {
		tutorial_from_row(st.handle, &t);
		stmt_fail(&st, fn(&t, arg));
	}
	tutorial_release(&t);
	return stmt_finish(&st);
}

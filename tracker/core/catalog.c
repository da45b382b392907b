#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/catalog.h"
#include "core/date.h"
#include "core/db.h"
#include "core/stmt.h"
#include "core/suggest.h"
#include "core/text.h"

#define TOPIC_NAME_MAX 80

void
path_init(struct path *p)
{
	memset(p, 0, sizeof(*p));
}

void
path_release(struct path *p)
{
	free(p->slug);
	free(p->name);
	free(p->description);
	path_init(p);
}

void
topic_init(struct topic *t)
{
	memset(t, 0, sizeof(*t));
}

void
topic_release(struct topic *t)
{
	free(t->name);
	free(t->path);
	topic_init(t);
}

/* ---------------------------------------------------------------------
 * Paths
 */

#define PATH_COLUMNS "id, slug, name, description, fundamentals, builtin"

static void
path_from_row(sqlite3_stmt *stmt, struct path *p)
{
	path_release(p);
	p->id = sqlite3_column_int64(stmt, 0);
	p->slug = db_column_strdup(stmt, 1);
	p->name = db_column_strdup(stmt, 2);
	p->description = db_column_strdup(stmt, 3);
	p->fundamentals = sqlite3_column_int(stmt, 4) != 0;
	p->builtin = sqlite3_column_int(stmt, 5) != 0;
}

/* Runs a one-row path query with bound values; fills p when found. */
static struct error *
path_query(sqlite3 *db, const char *sql, const char *text, int64_t number,
    struct path *p, bool *found)
{
	struct stmt st;
	struct error *err;

	if ((err = stmt_prepare(&st, db, "cannot read paths", sql)) != NULL)
		return err;
	if (text != NULL)
		stmt_bind(&st, "t", text);
	else
		stmt_bind(&st, "i", number);
	*found = stmt_step(&st) == STMT_ROW;
	if (*found)
		path_from_row(st.handle, p);
	return stmt_finish(&st);
}

struct error *
path_find(sqlite3 *db, const char *slug, struct path *p, bool *found)
{
	return path_query(db, "SELECT " PATH_COLUMNS
	    " FROM path WHERE slug = ?", slug, 0, p, found);
}

struct error *
path_slug_list(sqlite3 *db, char **list)
{
	struct stmt st;
	struct error *err;
	struct buf b;

	*list = NULL;
	if ((err = stmt_prepare(&st, db, "cannot read paths", "SELECT slug "
	    "FROM path WHERE fundamentals = 0 ORDER BY position, slug")))
		return err;
	buf_init(&b);
	while (stmt_step(&st) == STMT_ROW)
		buf_printf(&b, "%s%s", b.len ? ", " : "",
		    sqlite3_column_text(st.handle, 0));
	if ((err = stmt_finish(&st)) == NULL)
		*list = buf_detach(&b);
	else
		buf_release(&b);
	return err;
}

struct error *
path_require(sqlite3 *db, const char *slug, struct path *p)
{
	struct error *err;
	bool found;
	char *list;

	if ((err = path_find(db, slug, p, &found)) != NULL || found)
		return err;
	if ((err = path_slug_list(db, &list)) != NULL)
		return err;
	err = error_usage("unknown path '%s': use one of %s, or add it with "
	    "'track path add SLUG NAME'", slug, list);
	free(list);
	return err;
}

struct error *
path_current(sqlite3 *db, int day, struct path *p, bool *found)
{
	char text[DAY_TEXT_SIZE];

	day_format(day, text);
	return path_query(db, "SELECT p.id, p.slug, p.name, p.description, "
	    "p.fundamentals, p.builtin FROM path_choice c JOIN path p ON "
	    "p.id = c.path_id WHERE c.day <= ? ORDER BY c.day DESC, c.id DESC "
	    "LIMIT 1", text, 0, p, found);
}

struct error *
path_slug_of(sqlite3 *db, int64_t id, char **slug)
{
	struct stmt st;
	struct error *err;

	*slug = NULL;
	if ((err = stmt_prepare(&st, db, "cannot read paths",
	    "SELECT slug FROM path WHERE id = ?")) != NULL)
		return err;
	stmt_bind(&st, "i", id);
	if (stmt_step(&st) == STMT_ROW)
		*slug = db_column_strdup(st.handle, 0);
	return stmt_finish(&st);
}

struct error *
path_slug_check(const char *slug)
{
	size_t n = strlen(slug);

	if (n == 0 || n > 40 || !islower((unsigned char)slug[0]))
		goto bad;
	for (size_t i = 0; i < n; i++)
		if (!islower((unsigned char)slug[i]) &&
		    !isdigit((unsigned char)slug[i]) && slug[i] != '-')
			goto bad;
	return NULL;
bad:
	return error_usage("invalid path slug '%s': use lowercase letters, "
	    "digits and '-', starting with a letter (e.g. game-dev)", slug);
}

struct error *
path_add(sqlite3 *db, const char *slug, const char *name,
    const char *description)
{
	struct error *err;

	if ((err = name_controls_check("path name", name)) != NULL)
		return err;
	return db_exec(db, "INSERT INTO path (slug, name, description) "
	    "VALUES (?, ?, ?)", "ttt", slug, name,
	    description ? description : "");
}

struct error *
path_choose(sqlite3 *db, int64_t path_id, int day, time_t now)
{
	char text[DAY_TEXT_SIZE], created[INSTANT_TEXT_SIZE];

	day_format(day, text);
	instant_format(now, created);
	return db_exec(db, "INSERT INTO path_choice (path_id, day, created) "
	    "VALUES (?, ?, ?)", "itt", path_id, text, created);
}

struct error *
path_chosen_since(sqlite3 *db, int day, int *since)
{
	struct stmt st;
	struct error *err;
	char text[DAY_TEXT_SIZE];
	int64_t current = 0;

	*since = DAY_NONE;
	day_format(day, text);
	if ((err = stmt_prepare(&st, db, "cannot read the path history",
	    "SELECT path_id, day FROM path_choice WHERE day <= ? "
	    "ORDER BY day DESC, id DESC")) != NULL)
		return err;
	stmt_bind(&st, "t", text);
	while (stmt_step(&st) == STMT_ROW) {
		int64_t path_id = sqlite3_column_int64(st.handle, 0);

		if (current != 0 && path_id != current)
			break;
		current = path_id;
		if (!day_parse_iso((const char *)sqlite3_column_text(st.handle,
		    1), since))
			*since = DAY_NONE;
	}
	return stmt_finish(&st);
}

/* ---------------------------------------------------------------------
 * Topics
 */

char *
topic_normalize(const char *name)
{
	const char *start = name, *end = name + strlen(name);
	char *copy;
	size_t n;

	while (isspace((unsigned char)*start))
		start++;
	while (end > start && isspace((unsigned char)end[-1]))
		end--;
	n = (size_t)(end - start);
	copy = xmalloc(n + 1);
	for (size_t i = 0; i < n; i++)
		copy[i] = (char)tolower((unsigned char)start[i]);
	copy[n] = '\0';
	return copy;
}

/* The separators of a topic name: all of them mean the same. */
static bool
topic_separator(char c)
{
	return c == ' ' || c == '_' || c == '-' || c == '\t' || c == '\n' ||
	    c == '\r';
}

void
topic_fold(const char *name, char separator, char *out)
{
	size_t n = 0;
	bool pending = false;

	for (const char *p = name; *p != '\0'; p++) {
		if (topic_separator(*p)) {
			pending = n > 0;
			continue;
		}
		if (pending)
			out[n++] = separator;
		pending = false;
		out[n++] = *p >= 'A' && *p <= 'Z' ? (char)(*p - 'A' + 'a') : *p;
	}
	out[n] = '\0';
}

char *
topic_key(const char *name)
{
	char *key = xmalloc(strlen(name) + 1);

	topic_fold(name, '-', key);
	return key;
}

bool
topic_same(const char *a, const char *b)
{
	char *x = topic_key(a), *y = topic_key(b);
	bool same = strcmp(x, y) == 0;

	free(x);
	free(y);
	return same;
}

struct error *
topic_name_check(const char *name)
{
	char *norm = topic_normalize(name);
	size_t n = strlen(norm);
	struct error *err = NULL;

	if (n == 0)
		err = error_usage("empty topic: name what the session is "
		    "about, e.g. django");
	else if (n > TOPIC_NAME_MAX)
		err = error_usage("topic '%.20s...' is too long: use at most "
		    "%d characters", norm, TOPIC_NAME_MAX);
	for (size_t i = 0; i < n && !err; i++)
		if ((unsigned char)norm[i] < 0x20 || norm[i] == 0x7f)
			err = error_usage("invalid topic '%s': control "
			    "characters are not allowed in a topic name", name);
	if (err == NULL && !utf8_valid(norm))
		err = error_usage("invalid topic '%s': it is not valid UTF-8 "
		    "text", name);
	if (err == NULL) {
		char *key = topic_key(norm);

		if (*key == '\0')
			err = error_usage("invalid topic '%s': spaces, '-' and "
			    "'_' only separate words; name what the session is "
			    "about, e.g. django", name);
		free(key);
	}
	free(norm);
	return err;
}

/*
 * The id of the topic whose name or alias has key (0: none), by a scan of
 * every name and alias: the way to a name stored in another spelling
 * ("machine learning" when "machine_learning" is typed). Topic names come
 * before aliases.
 */
static struct error *
topic_scan_key(sqlite3 *db, const char *key, int64_t *id)
{
	static const char sql[] =
	    "SELECT 0, id, name FROM topic UNION ALL "
	    "SELECT 1, topic_id, alias FROM topic_alias ORDER BY 1, 2";
	struct stmt st;
	struct error *err;
	char *candidate = NULL;
	size_t size = 0;

	*id = 0;
	if ((err = stmt_prepare(&st, db, "cannot read topics", sql)) != NULL)
		return err;
	while (stmt_step(&st) == STMT_ROW) {
		const char *name = (const char *)sqlite3_column_text(st.handle,
		    2);
		size_t need = strlen(name) + 1;

		if (need > size)
			candidate = xrealloc(candidate, size = need);
		topic_fold(name, '-', candidate);
		if (strcmp(candidate, key) == 0) {
			*id = sqlite3_column_int64(st.handle, 1);
			break;
		}
	}
	free(candidate);
	return stmt_finish(&st);
}

/* Fills t with topic id; *found is false when it is gone. */
static struct error *
topic_get(sqlite3 *db, int64_t id, struct topic *t, bool *found)
{
	static const char sql[] =
	    "SELECT t.id, t.name, t.path_id, p.slug, ifnull(p.fundamentals, 0) "
	    "FROM topic t LEFT JOIN path p ON p.id = t.path_id WHERE t.id = ?";
	struct stmt st;
	struct error *err;

	if ((err = stmt_prepare(&st, db, "cannot read topics", sql)) != NULL)
		return err;
	stmt_bind(&st, "i", id);
	*found = stmt_step(&st) == STMT_ROW;
	if (*found) {
		topic_release(t);
		t->id = sqlite3_column_int64(st.handle, 0);
		t->name = db_column_strdup(st.handle, 1);
		t->path_id = sqlite3_column_int64(st.handle, 2);
		t->path = db_column_strdup(st.handle, 3);
		t->fundamentals = sqlite3_column_int(st.handle, 4) != 0;
	}
	return stmt_finish(&st);
}

struct error *
topic_find(sqlite3 *db, const char *name, struct topic *t, bool *found)
{
	/*
	 * The name as typed, then its key (the catalog's own spelling), as
	 * a topic, then as an alias: indexed lookups that find nearly every
	 * name; only another spelling of a stored name needs the scan.
	 */
	static const char sql[] =
	    "SELECT coalesce((SELECT id FROM topic WHERE name = ?1), "
	    "(SELECT id FROM topic WHERE name = ?2), "
	    "(SELECT topic_id FROM topic_alias WHERE alias = ?1), "
	    "(SELECT topic_id FROM topic_alias WHERE alias = ?2))";
	char *norm = topic_normalize(name), *key = topic_key(name);
	struct error *err;
	int64_t id = 0;

	*found = false;
	if ((err = db_query_int(db, &id, 0, sql, "tt", norm, key)) == NULL &&
	    id == 0 && *key != '\0')
		err = topic_scan_key(db, key, &id);
	if (err == NULL && id != 0)
		err = topic_get(db, id, t, found);
	free(norm);
	free(key);
	return err;
}

struct error *
topic_suggest(sqlite3 *db, const char *name, char **suggestion)
{
	static const char sql[] =
	    "SELECT t.name, t.name FROM topic t WHERE t.path_id IS NOT NULL "
	    "UNION ALL SELECT a.alias, t.name FROM topic_alias a "
	    "JOIN topic t ON t.id = a.topic_id WHERE t.path_id IS NOT NULL";
	struct stmt st;
	struct error *err;
	char *key = topic_key(name);
	struct suggest near;

	*suggestion = NULL;
	suggest_init(&near, &suggest_topics, key);
	if ((err = stmt_prepare(&st, db, "cannot read topics", sql)) != NULL) {
		suggest_release(&near);
		free(key);
		return err;
	}
	/* Keys are compared: "machine lerning" is one typo away. */
	while (stmt_step(&st) == STMT_ROW) {
		char *candidate = topic_key((const char *)
		    sqlite3_column_text(st.handle, 0));

		suggest_weigh(&near, candidate,
		    (const char *)sqlite3_column_text(st.handle, 1));
		free(candidate);
	}
	if ((err = stmt_finish(&st)) == NULL)
		*suggestion = suggest_take(&near);
	suggest_release(&near);
	free(key);
	return err;
}

struct error *
topic_require(sqlite3 *db, const char *name, struct topic *topic)
{
	struct error *err;
	char *near = NULL, *add;
	bool found;

	if ((err = topic_find(db, name, topic, &found)) != NULL || found ||
	    (err = topic_suggest(db, name, &near)) != NULL)
		return err;
	add = command_text("topic add", &name, 1, "--path PATH");
	if (near != NULL)
		err = error_usage("unknown topic '%s': did you mean '%s'? (add a "
		    "new one with '%s')", name, near, add);
	else
		err = error_usage("unknown topic '%s': add it first with '%s'",
		    name, add);
	free(add);
	free(near);
	return err;
}

/* Creates name as an unmapped topic and says how to map it. */
static struct error *
topic_create_unmapped(sqlite3 *db, const char *name, FILE *warn,
    struct topic *t)
{
	struct error *err;
	char *suggestion = NULL;
	bool found;

	if ((err = topic_suggest(db, name, &suggestion)) != NULL)
		return err;
	if ((err = db_exec(db, "INSERT INTO topic (name) VALUES (?)", "t",
	    name)) != NULL)
		goto done;
	if (warn != NULL) {
		const char *alias_args[] = { name, suggestion };
		char *add = command_text("topic add", &name, 1,
		    "--path PATH");

		if (suggestion != NULL) {
			char *alias = command_text("topic alias", alias_args, 2,
			    NULL);

			fprint_line(warn, "track: unknown topic '%s' stored "
			    "unmapped: did you mean '%s'? (map it with '%s' or "
			    "'%s')", name, suggestion, alias, add);
			free(alias);
		} else
			fprint_line(warn, "track: unknown topic '%s' stored "
			    "unmapped: map it with '%s'", name, add);
		free(add);
	}
	err = topic_find(db, name, t, &found);
done:
	free(suggestion);
	return err;
}

struct error *
topic_resolve(sqlite3 *db, const char *name, FILE *warn, struct topic *t)
{
	struct error *err;
	char *norm;
	bool found;

	if ((err = topic_name_check(name)) != NULL)
		return err;
	if ((err = topic_find(db, name, t, &found)) != NULL || found ||
	    (err = name_controls_check("topic", name)) != NULL)
		return err;
	norm = topic_normalize(name);
	err = topic_create_unmapped(db, norm, warn, t);
	free(norm);
	return err;
}

/* ---------------------------------------------------------------------
 * Changing the catalog
 */

struct error *
topic_add(sqlite3 *db, const char *name, int64_t path_id, int64_t *id)
{
	char *norm;
	struct error *err;

	if ((err = name_controls_check("topic", name)) != NULL)
		return err;
	norm = topic_normalize(name);
	err = db_exec(db, "INSERT INTO topic (name, path_id) VALUES (?, ?)",
	    "ti", norm, path_id);
	free(norm);
	if (err == NULL && id != NULL)
		*id = sqlite3_last_insert_rowid(db);
	return err;
}

struct error *
topic_map(sqlite3 *db, int64_t topic_id, int64_t path_id)
{
	return db_exec(db, "UPDATE topic SET path_id = ? WHERE id = ?", "ii",
	    path_id, topic_id);
}

struct error *
topic_alias_add(sqlite3 *db, const char *alias, int64_t topic_id)
{
	char *norm;
	struct error *err;

	if ((err = name_controls_check("alias", alias)) != NULL)
		return err;
	norm = topic_normalize(alias);
	err = db_exec(db, "INSERT INTO topic_alias (alias, topic_id) "
	    "VALUES (?, ?)", "ti", norm, topic_id);
	free(norm);
	return err;
}

struct error *
topic_merge(sqlite3 *db, int64_t from, int64_t into, int *sessions)
{
	static const char *const moves[] = {
		"UPDATE session SET topic_id = ?2 WHERE topic_id = ?1",
		"UPDATE tutorial SET topic_id = ?2 WHERE topic_id = ?1",
		"UPDATE timer SET topic_id = ?2 WHERE topic_id = ?1",
		"UPDATE topic_alias SET topic_id = ?2 WHERE topic_id = ?1",
	};
	struct error *err;
	int64_t count = 0;

	if ((err = db_query_int(db, &count, 0, "SELECT count(*) FROM session "
	    "WHERE topic_id = ?", "i", from)) != NULL)
		return err;
	for (size_t i = 0; i < sizeof(moves) / sizeof(moves[0]); i++)
		if ((err = db_exec(db, moves[i], "ii", from, into)) != NULL)
			return err;
	*sessions = (int)count;
	return db_exec(db, "DELETE FROM topic WHERE id = ?", "i", from);
}

struct error *
topic_each(sqlite3 *db, int64_t path_id,
    struct error *(*fn)(const struct topic_row *row, void *arg), void *arg)
{
	static const char sql[] =
	    "SELECT t.name, ifnull((SELECT group_concat(alias, ', ') FROM "
	    "(SELECT alias FROM topic_alias a WHERE a.topic_id = t.id "
	    "ORDER BY alias)), ''), CASE WHEN p.fundamentals THEN "
	    "ifnull(t.area, 'further') END, ifnull((SELECT group_concat(slug, "
	    "', ') FROM (SELECT h.slug FROM topic_serves s JOIN path h ON "
	    "h.id = s.path_id WHERE s.topic_id = t.id ORDER BY h.position, "
	    "h.slug)), '') FROM topic t LEFT JOIN path p ON p.id = t.path_id "
	    "WHERE t.path_id IS nullif(?, 0) ORDER BY t.name";
	struct topic_row row;
	struct stmt st;
	struct error *err;

	if ((err = stmt_prepare(&st, db, "cannot read topics", sql)) != NULL)
		return err;
	stmt_bind(&st, "i", path_id);
	while (stmt_step(&st) == STMT_ROW) {
		row.name = (const char *)sqlite3_column_text(st.handle, 0);
		row.aliases = (const char *)sqlite3_column_text(st.handle, 1);
		row.area = (const char *)sqlite3_column_text(st.handle, 2);
		row.serves = (const char *)sqlite3_column_text(st.handle, 3);
		stmt_fail(&st, fn(&row, arg));
	}
	return stmt_finish(&st);
}

/* ---------------------------------------------------------------------
 * Serving relations and prerequisites
 */

struct error *
topic_serve(sqlite3 *db, int64_t topic_id, int64_t path_id, bool *added)
{
	struct error *err;

	if ((err = db_exec(db, "INSERT OR IGNORE INTO topic_serves (topic_id, "
	    "path_id, builtin) VALUES (?, ?, 0)", "ii", topic_id, path_id))
	    != NULL)
		return err;
	*added = sqlite3_changes(db) > 0;
	return NULL;
}

struct error *
topic_unserve(sqlite3 *db, int64_t topic_id, int64_t path_id, bool *removed,
    bool *builtin)
{
	struct error *err;
	int64_t was;

	if ((err = db_query_int(db, &was, -1, "SELECT builtin FROM "
	    "topic_serves WHERE topic_id = ? AND path_id = ?", "ii", topic_id,
	    path_id)) != NULL)
		return err;
	*removed = was >= 0;
	*builtin = was == 1;
	if (!*removed)
		return NULL;
	return db_exec(db, "DELETE FROM topic_serves WHERE topic_id = ? AND "
	    "path_id = ?", "ii", topic_id, path_id);
}

struct error *
topic_serving_each(sqlite3 *db, int64_t path_id,
    struct error *(*fn)(const char *topic, const char *home, void *arg),
    void *arg)
{
	struct stmt st;
	struct error *err;

	if ((err = stmt_prepare(&st, db, "cannot read the serving topics",
	    "SELECT t.name, h.slug FROM topic_serves s "
	    "JOIN topic t ON t.id = s.topic_id JOIN path h ON h.id = t.path_id "
	    "WHERE s.path_id = ? AND t.path_id IS NOT s.path_id "
	    "ORDER BY t.name")) != NULL)
		return err;
	stmt_bind(&st, "i", path_id);
	while (stmt_step(&st) == STMT_ROW)
		stmt_fail(&st, fn((const char *)sqlite3_column_text(st.handle,
		    0), (const char *)sqlite3_column_text(st.handle, 1), arg));
	return stmt_finish(&st);
}

struct error *
path_prerequisites(sqlite3 *db, int64_t path_id, char **list)
{
	struct stmt st;
	struct error *err;
	struct buf b;

	*list = NULL;
	if ((err = stmt_prepare(&st, db, "cannot read the prerequisites",
	    "SELECT t.name FROM path_prerequisite r JOIN topic t ON "
	    "t.id = r.topic_id WHERE r.path_id = ? ORDER BY t.name")) != NULL)
		return err;
	stmt_bind(&st, "i", path_id);
	buf_init(&b);
	while (stmt_step(&st) == STMT_ROW)
		buf_printf(&b, "%s%s", b.len ? ", " : "",
		    (const char *)sqlite3_column_text(st.handle, 0));
	if ((err = stmt_finish(&st)) != NULL)
		buf_release(&b);
	else
		*list = buf_detach(&b);
	return err;
}

/*
 * The importer's writes. Every statement that runs once per row is
 * prepared once per file and reset between rows; topics and projects are
 * looked up once per distinct name.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#include "catalog.h"
#include "db.h"
#include "store.h"

/* ---------------------------------------------------------------------
 * The name caches
 */

static size_t
slot_of(const char *key)
{
	return (size_t)XXH3_64bits(key, strlen(key)) % NAME_CACHE_SIZE;
}

static void
cache_clear(struct name_cache *c)
{
	for (int i = 0; i < NAME_CACHE_SIZE; i++) {
		free(c->slots[i].key);
		c->slots[i].key = NULL;
	}
	c->used = 0;
}

/* The slot holding key, or the empty slot where it would go. */
static struct name_slot *
cache_slot(struct name_cache *c, const char *key)
{
	size_t i = slot_of(key);

	while (c->slots[i].key != NULL && strcmp(c->slots[i].key, key) != 0)
		i = (i + 1) % NAME_CACHE_SIZE;
	return &c->slots[i];
}

static void
cache_put(struct name_cache *c, const char *key, int64_t id, int64_t path_id,
    bool fundamentals)
{
	struct name_slot *slot;

	if (c->used + 1 >= NAME_CACHE_SIZE * 3 / 4)
		cache_clear(c);
	slot = cache_slot(c, key);
	if (slot->key == NULL) {
		slot->key = xstrdup(key);
		c->used++;
	}
	slot->id = id;
	slot->path_id = path_id;
	slot->fundamentals = fundamentals;
}

/* ---------------------------------------------------------------------
 * Opening and closing
 */

static const char *const temp_tables =
    "CREATE TEMP TABLE IF NOT EXISTS import_repeat (base INTEGER PRIMARY "
    "KEY, next INTEGER NOT NULL); DELETE FROM import_repeat;";

struct error *
store_open(struct store *s, sqlite3 *db, int64_t batch_id, int64_t path_id,
    time_t now)
{
	struct error *err;

	memset(s, 0, sizeof(*s));
	s->db = db;
	s->batch_id = batch_id;
	s->path_id = path_id;
	instant_format(now, s->created);
	buf_init(&s->key);
	if (sqlite3_exec(db, temp_tables, NULL, NULL, NULL) != SQLITE_OK)
		return db_error(db, "cannot prepare the import");
	if ((err = db_prepare(db, "INSERT INTO session (uuid, day, start, "
	    "minutes, topic_id, kind, project_id, tutorial_id, note, origin, "
	    "batch_id, fingerprint, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
	    "?, ?, ?, ?, ?)", &s->insert_session)) != NULL ||
	    (err = db_prepare(db, "SELECT ifnull(batch_id, 0) FROM session "
	    "WHERE fingerprint = ?", &s->fingerprint_owner)) != NULL ||
	    (err = db_prepare(db, "SELECT 1 FROM session WHERE uuid = ?",
	    &s->uuid_exists)) != NULL ||
	    (err = db_prepare(db, "SELECT next FROM temp.import_repeat WHERE "
	    "base = ?", &s->repeat_get)) != NULL ||
	    (err = db_prepare(db, "INSERT OR REPLACE INTO temp.import_repeat "
	    "(base, next) VALUES (?, ?)", &s->repeat_put)) != NULL)
		return err;
	return NULL;
}

void
store_close(struct store *s)
{
	sqlite3_finalize(s->insert_session);
	sqlite3_finalize(s->fingerprint_owner);
	sqlite3_finalize(s->uuid_exists);
	sqlite3_finalize(s->repeat_get);
	sqlite3_finalize(s->repeat_put);
	cache_clear(&s->topics);
	cache_clear(&s->projects);
	cache_clear(&s->tutorials);
	buf_release(&s->key);
}

/* ---------------------------------------------------------------------
 * Fingerprints
 */

void
store_key_reset(struct store *s, const char *family, int day,
    long long start, long seconds)
{
	buf_clear(&s->key);
	buf_printf(&s->key, "%s\x1f%d\x1f%lld\x1f%ld", family, day, start,
	    seconds);
}

void
store_key_add(struct store *s, const char *text)
{
	bool space = false;

	buf_putc(&s->key, '\x1f');
	if (text == NULL)
		return;
	while (isspace((unsigned char)*text))
		text++;
	for (; *text; text++) {
		if (isspace((unsigned char)*text)) {
			space = true;
			continue;
		}
		if (space)
			buf_putc(&s->key, ' ');
		space = false;
		buf_putc(&s->key, (char)tolower((unsigned char)*text));
	}
}

uint64_t
store_key_hash(const struct store *s)
{
	uint64_t h = XXH3_64bits(s->key.data, s->key.len);

	return h != 0 ? h : 1;	/* 0 means "no fingerprint" */
}

void
store_fingerprint(int day, uint64_t base, long occurrence, char out[32])
{
	char text[DAY_TEXT_SIZE];
	uint64_t h = occurrence == 0 ? base :
	    XXH3_64bits_withSeed(&base, sizeof(base), (uint64_t)occurrence);

	day_format(day, text);
	snprintf(out, 32, "%s/%016llx", text, (unsigned long long)h);
}

/* Runs stmt (bound) for one row: its first column, or fallback. */
static int64_t
step_int(sqlite3_stmt *stmt, int64_t fallback, int *rc)
{
	int64_t value = fallback;

	*rc = sqlite3_step(stmt);
	if (*rc == SQLITE_ROW)
		value = sqlite3_column_int64(stmt, 0);
	if (*rc == SQLITE_ROW || *rc == SQLITE_DONE)
		*rc = SQLITE_OK;
	sqlite3_reset(stmt);
	return value;
}

/* Binds id, or NULL when it is 0. */
static void
bind_id(sqlite3_stmt *stmt, int index, int64_t id)
{
	if (id != 0)
		sqlite3_bind_int64(stmt, index, id);
	else
		sqlite3_bind_null(stmt, index);
}

/* Inserts n with fingerprint fp (NULL: none); returns the SQLite code. */
static int
insert_session(struct store *s, const struct new_session *n, const char *fp)
{
	sqlite3_stmt *st = s->insert_session;
	char uuid[37], day[DAY_TEXT_SIZE], start[INSTANT_TEXT_SIZE];
	int rc;

	if (n->uuid == NULL)
		db_uuid(uuid);
	day_format(n->day, day);
	if (n->has_start)
		instant_format(n->start, start);
	sqlite3_bind_text(st, 1, n->uuid ? n->uuid : uuid, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, day, -1, SQLITE_STATIC);
	if (n->has_start)
		sqlite3_bind_text(st, 3, start, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(st, 3);
	sqlite3_bind_int(st, 4, n->minutes);
	sqlite3_bind_int64(st, 5, n->topic_id);
	sqlite3_bind_text(st, 6, kind_name(n->kind), -1, SQLITE_STATIC);
	bind_id(st, 7, n->project_id);
	bind_id(st, 8, n->tutorial_id);
	sqlite3_bind_text(st, 9, n->note, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 10, n->origin, -1, SQLITE_STATIC);
	bind_id(st, 11, s->batch_id);
	sqlite3_bind_text(st, 12, fp, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 13, s->created, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	return rc;
}

static struct error *
insert_error(struct store *s, int rc)
{
	if (rc == SQLITE_OK || rc == SQLITE_DONE || rc == SQLITE_ROW)
		return db_error(s->db, "cannot add an imported session");
	return error_runtime("cannot add an imported session: %s",
	    sqlite3_errstr(rc));
}

/* The batch owning fingerprint fp: -1 when none, 0 when not imported. */
static int64_t
fingerprint_owner(struct store *s, const char *fp, int *rc)
{
	sqlite3_bind_text(s->fingerprint_owner, 1, fp, -1, SQLITE_STATIC);
	return step_int(s->fingerprint_owner, -1, rc);
}

static void
repeat_put(struct store *s, uint64_t base, long next, int *rc)
{
	sqlite3_bind_int64(s->repeat_put, 1, (int64_t)base);
	sqlite3_bind_int64(s->repeat_put, 2, next);
	step_int(s->repeat_put, 0, rc);
}

/*
 * Rows of this file with the same base take occurrences 0, 1, 2...: an
 * occurrence already owned by this batch was an earlier row. An
 * occurrence owned by an older import is this row's duplicate; the
 * next identical row of the file then starts after it (import_repeat).
 */
static struct error *
add_fingerprinted(struct store *s, const struct new_session *n,
    uint64_t base, bool *added)
{
	int rc = SQLITE_OK;
	long i;
	char fp[32];

	sqlite3_bind_int64(s->repeat_get, 1, (int64_t)base);
	i = (long)step_int(s->repeat_get, 0, &rc);
	for (; rc == SQLITE_OK; i++) {
		int64_t owner;

		store_fingerprint(n->day, base, i, fp);
		rc = insert_session(s, n, fp);
		if (rc == SQLITE_DONE) {
			*added = true;
			rc = SQLITE_OK;
			if (i > 0)
				repeat_put(s, base, i + 1, &rc);
			return rc == SQLITE_OK ? NULL : insert_error(s, rc);
		}
		if ((rc & 0xff) != SQLITE_CONSTRAINT)
			break;
		owner = fingerprint_owner(s, fp, &rc);
		if (rc == SQLITE_OK && owner != s->batch_id) {
			*added = false;
			repeat_put(s, base, i + 1, &rc);
			return rc == SQLITE_OK ? NULL : insert_error(s, rc);
		}
	}
	return insert_error(s, rc);
}

/* track's export: the uuid (then the fingerprint) says it is there. */
static struct error *
add_by_uuid(struct store *s, const struct new_session *n, bool *added)
{
	int rc = insert_session(s, n, n->fingerprint);

	*added = rc == SQLITE_DONE;
	if (*added || (rc & 0xff) != SQLITE_CONSTRAINT)
		return *added ? NULL : insert_error(s, rc);
	sqlite3_bind_text(s->uuid_exists, 1, n->uuid, -1, SQLITE_STATIC);
	if (step_int(s->uuid_exists, 0, &rc) == 1 && rc == SQLITE_OK)
		return NULL;
	if (n->fingerprint != NULL && fingerprint_owner(s, n->fingerprint,
	    &rc) >= 0 && rc == SQLITE_OK)
		return NULL;
	return insert_error(s, rc);
}

struct error *
store_session(struct store *s, const struct new_session *n, uint64_t base,
    bool *added)
{
	if (base != 0)
		return add_fingerprinted(s, n, base, added);
	return add_by_uuid(s, n, added);
}

/* ---------------------------------------------------------------------
 * Topics and projects
 */

static struct error *
topic_create(struct store *s, const char *key, struct topic_ref *topic)
{
	struct error *err;

	if ((err = db_exec(s->db, "INSERT INTO topic (name, path_id) VALUES "
	    "(?, nullif(?, 0))", "ti", key, s->path_id)) != NULL)
		return err;
	topic->id = sqlite3_last_insert_rowid(s->db);
	topic->path_id = s->path_id;
	return NULL;
}

struct error *
store_topic(struct store *s, const char *name, struct topic_ref *topic,
    bool *created)
{
	char *key = topic_normalize(name);
	struct name_slot *slot = cache_slot(&s->topics, key);
	struct error *err = NULL;
	struct topic found;
	bool exists;

	*created = false;
	if (slot->key != NULL) {
		topic->id = slot->id;
		topic->path_id = slot->path_id;
		topic->fundamentals = slot->fundamentals;
		free(key);
		return NULL;
	}
	topic_init(&found);
	if ((err = topic_find(s->db, key, &found, &exists)) != NULL)
		goto done;
	if (exists) {
		topic->id = found.id;
		topic->path_id = found.path_id;
		topic->fundamentals = found.fundamentals;
	} else if ((err = topic_create(s, key, topic)) != NULL) {
		goto done;
	} else {
		topic->fundamentals = false;
		*created = true;
	}
	cache_put(&s->topics, key, topic->id, topic->path_id,
	    topic->fundamentals);
done:
	topic_release(&found);
	free(key);
	return err;
}

/* The path a new project goes to. */
static struct error *
project_path(struct store *s, const struct topic_ref *topic, int day,
    int64_t *path_id)
{
	char text[DAY_TEXT_SIZE];

	*path_id = s->path_id;
	if (*path_id == 0 && topic != NULL && topic->path_id != 0 &&
	    !topic->fundamentals)
		*path_id = topic->path_id;
	if (*path_id != 0)
		return NULL;
	day_format(day, text);
	return db_query_int(s->db, path_id, 0, "SELECT path_id FROM path_choice "
	    "WHERE day <= ? ORDER BY day DESC, id DESC LIMIT 1", "t", text);
}

struct error *
store_project(struct store *s, const char *name,
    const struct topic_ref *topic, int day, int64_t *id)
{
	char *key = topic_normalize(name), started[DAY_TEXT_SIZE];
	struct name_slot *slot = cache_slot(&s->projects, key);
	struct error *err;
	int64_t path_id;

	if (slot->key != NULL) {
		*id = slot->id;
		free(key);
		return NULL;
	}
	if ((err = db_query_int(s->db, id, 0, "SELECT id FROM project WHERE "
	    "name = ? COLLATE NOCASE", "t", name)) != NULL || *id != 0)
		goto done;
	day_format(day, started);
	if ((err = project_path(s, topic, day, &path_id)) != NULL ||
	    (err = db_exec(s->db, "INSERT INTO project (name, path_id, started, "
	    "created, batch_id) VALUES (?, nullif(?, 0), ?, ?, nullif(?, 0))",
	    "titti", name, path_id, started, s->created, s->batch_id)) != NULL)
		goto done;
	*id = sqlite3_last_insert_rowid(s->db);
done:
	if (err == NULL)
		cache_put(&s->projects, key, *id, 0, false);
	free(key);
	return err;
}

struct error *
store_project_find(struct store *s, const char *name, int64_t *id)
{
	char *key = topic_normalize(name);
	struct name_slot *slot = cache_slot(&s->projects, key);
	struct error *err = NULL;

	if (slot->key != NULL)
		*id = slot->id;
	else if ((err = db_query_int(s->db, id, 0, "SELECT id FROM project "
	    "WHERE name = ? COLLATE NOCASE", "t", name)) == NULL && *id != 0)
		cache_put(&s->projects, key, *id, 0, false);
	free(key);
	return err;
}

struct error *
store_tutorial_find(struct store *s, const char *title, const char *platform,
    const char *course_id, int64_t *id)
{
	static const char sql[] = "SELECT id FROM tutorial WHERE platform IS ?1 "
	    "AND (course_id = ?2 OR (?2 IS NULL OR course_id IS NULL) AND "
	    "title = ?3 COLLATE NOCASE) ORDER BY course_id = ?2 DESC, id LIMIT 1";
	struct buf key;
	struct name_slot *slot;
	struct error *err = NULL;

	buf_init(&key);
	buf_printf(&key, "%s\x1f%s\x1f", platform ? platform : "",
	    course_id ? course_id : "");
	store_key_reset(s, "", 0, 0, 0);
	store_key_add(s, title);
	buf_puts(&key, s->key.data);
	slot = cache_slot(&s->tutorials, key.data);
	if (slot->key != NULL)
		*id = slot->id;
	else if ((err = db_query_int(s->db, id, 0, sql, "ttt", platform,
	    course_id, title)) == NULL && *id != 0)
		cache_put(&s->tutorials, key.data, *id, 0, false);
	buf_release(&key);
	return err;
}

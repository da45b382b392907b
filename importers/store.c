/*
 * The importer's writes. Every statement that runs once per row is
 * prepared once per file (once per connection when it is kept, db.h) and
 * reset between rows; topics and projects are looked up once per
 * distinct name.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#include "core/catalog.h"
#include "core/db.h"
#include "core/stmt.h"
#include "importers/store.h"

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
	for (int i = 0; i < NAME_CACHE_SIZE && c->used > 0; i++)
		if (c->slots[i].key != NULL) {
			free(c->slots[i].key);
			c->slots[i].key = NULL;
			c->used--;
		}
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

static void spill(void *arg, uint64_t base, long next);
static void repeat_put(struct store *s, uint64_t base, long next, int *rc);

/*
 * The occurrence counters held in memory at once, per table: a day's
 * identities (a few dozen even in a stress history), or a tool's ids
 * until the table spills its claims (occurrence.h).
 */
#define OCCURRENCE_SLOTS 4096

/* ---------------------------------------------------------------------
 * Summaries of the inserted sessions
 */

static size_t
total_hash(const struct total_slot *k)
{
	uint64_t parts[4] = { (uint64_t)k->period << 2 | k->type,
		(uint64_t)k->kind, (uint64_t)k->topic_id, (uint64_t)k->project_id };

	return (size_t)XXH3_64bits(parts, sizeof(parts));
}

static bool
total_same(const struct total_slot *a, const struct total_slot *b)
{
	return a->type == b->type && a->period == b->period &&
	    a->kind == b->kind && a->topic_id == b->topic_id &&
	    a->project_id == b->project_id;
}

static struct total_slot *
total_find(struct totals *t, const struct total_slot *key)
{
	size_t i = total_hash(key) & (t->cap - 1);

	while (t->slots[i].used && !total_same(&t->slots[i], key))
		i = (i + 1) & (t->cap - 1);
	return &t->slots[i];
}

static void
totals_grow(struct totals *t)
{
	struct totals bigger = { .cap = t->cap ? t->cap * 2 : 256 };

	bigger.slots = xcalloc(bigger.cap, sizeof(*bigger.slots));
	for (size_t i = 0; i < t->cap; i++)
		if (t->slots[i].used)
			*total_find(&bigger, &t->slots[i]) = t->slots[i];
	bigger.count = t->count;
	free(t->slots);
	*t = bigger;
}

/* Adds minutes to the slot of key, creating it. */
static void
totals_add(struct totals *t, const struct total_slot *key, int minutes)
{
	struct total_slot *slot;

	if ((t->count + 1) * 4 > t->cap * 3)
		totals_grow(t);
	slot = total_find(t, key);
	if (!slot->used) {
		*slot = *key;
		slot->used = true;
		t->count++;
	}
	slot->minutes += minutes;
	slot->sessions++;
}

/* What the paused insert triggers would have added for n. */
static void
totals_session(struct totals *t, const struct new_session *n)
{
	struct total_slot key = { .type = TOTAL_DAY, .period = n->day };
	int y, m, d;

	totals_add(t, &key, n->minutes);
	if (n->project_id != 0) {
		key.type = TOTAL_WEEK;
		key.period = day_week_start(n->day);
		key.project_id = n->project_id;
		totals_add(t, &key, n->minutes);
	}
	day_to_civil(n->day, &y, &m, &d);
	key.type = TOTAL_MONTH;
	key.period = y * 12 + m - 1;
	key.kind = n->kind;
	key.topic_id = n->topic_id;
	key.project_id = n->project_id;
	totals_add(t, &key, n->minutes);
}

/*
 * The summaries of the batch, set-wise: its totals go to temp.import_total
 * (one row a slot), and each summary table takes their sums by its own
 * key in one statement, adding to the rows it holds. One statement a
 * table, not one a slot: the triggers these tables fire (schema 005's
 * totals of totals, week_total) then share one statement journal. The
 * bulk path writes those too (bulk_summaries).
 */
static const char *const summary_sql[] = {
	"INSERT INTO month_total SELECT period, topic_id, kind, sum(minutes), "
	"sum(sessions) FROM temp.import_total WHERE type = 1 GROUP BY period, "
	"topic_id, kind ON CONFLICT DO UPDATE SET minutes = minutes + "
	"excluded.minutes, sessions = sessions + excluded.sessions",
	"INSERT INTO project_total SELECT project_id, topic_id, period, "
	"sum(minutes), sum(sessions) FROM temp.import_total WHERE type = 1 AND "
	"project_id <> 0 GROUP BY project_id, topic_id, period ON CONFLICT DO "
	"UPDATE SET minutes = minutes + excluded.minutes, sessions = sessions "
	"+ excluded.sessions",
	"INSERT INTO day_total SELECT period, sum(minutes), sum(sessions) FROM "
	"temp.import_total WHERE type = 0 GROUP BY period ON CONFLICT DO UPDATE "
	"SET minutes = minutes + excluded.minutes, sessions = sessions + "
	"excluded.sessions",
	"INSERT INTO project_week SELECT project_id, period, sum(minutes), "
	"sum(sessions) FROM temp.import_total WHERE type = 2 GROUP BY "
	"project_id, period ON CONFLICT DO UPDATE SET minutes = minutes + "
	"excluded.minutes, sessions = sessions + excluded.sessions",
};

/* Writes one slot to temp.import_total (st: its insert). */
static struct error *
total_put(struct stmt *st, const struct total_slot *slot)
{
	char text[16];
	enum stmt_result r;

	if (slot->type == TOTAL_MONTH)
		snprintf(text, sizeof(text), "%04d-%02d", slot->period / 12,
		    slot->period % 12 + 1);
	else
		day_format(slot->period, text);
	stmt_bind(st, "ititiii", (int64_t)slot->type, text, slot->topic_id,
	    kind_name((enum kind)slot->kind), slot->project_id, slot->minutes,
	    slot->sessions);
	r = stmt_step(st);
	stmt_reset(st);
	return r == STMT_DONE ? NULL : stmt_error(st);
}

/* The batch's totals into temp.import_total. */
static struct error *
totals_put(struct store *s)
{
	struct stmt st;
	struct error *err;

	if ((err = stmt_prepare(&st, s->db, "cannot update the summaries",
	    "INSERT INTO temp.import_total VALUES (?, ?, ?, ?, ?, ?, ?)")))
		return err;
	for (size_t i = 0; i < s->totals.cap && err == NULL; i++)
		if (s->totals.slots[i].used)
			err = total_put(&st, &s->totals.slots[i]);
	/* An error came back from total_put already. */
	error_free(stmt_finish(&st));
	return err;
}

struct error *
store_flush(struct store *s)
{
	struct error *err = totals_put(s);

	if (err == NULL && s->bulk.active)
		err = bulk_summaries(&s->bulk, s->db);
	for (size_t i = 0; i < sizeof(summary_sql) / sizeof(summary_sql[0]) &&
	    err == NULL && !s->bulk.active; i++)
		err = db_exec(s->db, summary_sql[i], NULL);
	if (err == NULL)
		err = db_exec(s->db, "DELETE FROM temp.import_total", NULL);
	if (err == NULL && s->trigger != NULL &&
	    sqlite3_exec(s->db, s->trigger, NULL, NULL, NULL) != SQLITE_OK)
		err = db_error(s->db, "cannot restore the summary trigger");
	if (err == NULL)
		err = bulk_restore(&s->bulk, s->db);
	free(s->trigger);
	s->trigger = NULL;
	free(s->totals.slots);
	memset(&s->totals, 0, sizeof(s->totals));
	return err;
}

struct error *
store_bulk_step(struct store *s)
{
	return bulk_step(&s->bulk, s->db);
}

/* ---------------------------------------------------------------------
 * Opening and closing
 */

/* Run by every store_open, one statement at a time (each one kept). */
static const char *const open_sql[] = {
	"CREATE TEMP TABLE IF NOT EXISTS import_repeat (base INTEGER PRIMARY "
	"KEY, next INTEGER NOT NULL)",
	"DELETE FROM import_repeat",
	"CREATE TEMP TABLE IF NOT EXISTS import_choice (path_id INTEGER, day "
	"TEXT, seen INTEGER, PRIMARY KEY (path_id, day))",
	"DELETE FROM import_choice",
	"CREATE TEMP TABLE IF NOT EXISTS import_total (type INTEGER, period "
	"TEXT, topic_id INTEGER, kind TEXT, project_id INTEGER, minutes "
	"INTEGER, sessions INTEGER)",
	"DELETE FROM import_total",
};

/*
 * Sets the insert triggers of the summaries (schema 003's totals, 007's
 * project_week) aside for this transaction, keeping their SQL to recreate
 * them in store_flush: two upserts per session were 40% of a bulk import,
 * and project_week's date arithmetic and statement journal most of the
 * rest. A failed import rolls the drops back with everything else.
 */
static struct error *
pause_trigger(struct store *s)
{
	struct stmt st;
	struct error *err;
	struct buf sql;

	if ((err = stmt_prepare(&st, s->db, "cannot read the summary trigger",
	    "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND "
	    "name IN ('session_total_insert', 'session_project_week_insert') "
	    "ORDER BY rowid")) != NULL)
		return err;
	buf_init(&sql);
	while (stmt_step(&st) == STMT_ROW)
		buf_printf(&sql, "%s;\n", sqlite3_column_text(st.handle, 0));
	if ((err = stmt_finish(&st)) != NULL || sql.len == 0) {
		buf_release(&sql);
		return err;
	}
	s->trigger = sql.data;
	if ((err = db_exec(s->db, "DROP TRIGGER IF EXISTS "
	    "session_total_insert", NULL)) != NULL)
		return err;
	return db_exec(s->db, "DROP TRIGGER IF EXISTS "
	    "session_project_week_insert", NULL);
}

/*
 * Turns the flag pragma that read_sql reads on with set_sql, unless it is
 * on (*was_on): setting a flag, even to its value, makes SQLite expire
 * every statement of the connection, which a kept connection (db.h) would
 * then compile again. (defer_foreign_keys goes off by itself when the
 * transaction ends.)
 */
static struct error *
pragma_on(sqlite3 *db, const char *read_sql, const char *set_sql,
    bool *was_on)
{
	int64_t on;
	struct error *err;

	if ((err = db_query_int(db, &on, 0, read_sql, NULL)) != NULL)
		return err;
	*was_on = on != 0;
	return *was_on ? NULL : db_exec(db, set_sql, NULL);
}

/*
 * Prepares the statements run for each row. Ids of 0 (none) are stored
 * as NULL.
 */
static struct error *
prepare_rows(struct store *s)
{
	static const char doing[] = "cannot add an imported session";
	struct error *err;

	if ((err = stmt_prepare(&s->insert_session, s->db, doing, "INSERT OR "
	    "IGNORE INTO session (uuid, day, start, minutes, topic_id, kind, "
	    "project_id, tutorial_id, note, origin, batch_id, fingerprint, "
	    "created, estimated, content) VALUES (?, ?, ?, ?, ?, ?, "
	    "nullif(?, 0), nullif(?, 0), ?, ?, nullif(?, 0), ?, ?, ?, ?)")) ||
	    (err = stmt_prepare(&s->fingerprint_owner, s->db, doing, "SELECT "
	    "ifnull(batch_id, 0) FROM session WHERE fingerprint = ?")) ||
	    (err = stmt_prepare(&s->fingerprint_session, s->db, "cannot look up "
	    "an imported session", "SELECT id, ifnull(batch_id, 0), content, "
	    "edited FROM session WHERE fingerprint = ?")) ||
	    (err = stmt_prepare(&s->uuid_exists, s->db, doing, "SELECT 1 FROM "
	    "session WHERE uuid = ?")) ||
	    (err = stmt_prepare(&s->repeat_get, s->db, doing, "SELECT next FROM "
	    "temp.import_repeat WHERE base = ?")) != NULL)
		return err;
	return stmt_prepare(&s->repeat_put, s->db, doing, "INSERT OR REPLACE "
	    "INTO temp.import_repeat (base, next) VALUES (?, ?)");
}

struct error *
store_open(struct store *s, sqlite3 *db, int64_t batch_id, int64_t path_id,
    time_t now)
{
	struct error *err;
	bool deferred, checks_were_on;

	memset(s, 0, sizeof(*s));
	s->db = db;
	s->batch_id = batch_id;
	occurrences_init(&s->days, OCCURRENCE_SLOTS, spill, s);
	occurrences_init(&s->ids, OCCURRENCE_SLOTS, spill, s);
	occurrences_init(&s->legacy, OCCURRENCE_SLOTS, spill, s);
	s->path_id = path_id;
	instant_format(now, s->created);
	buf_init(&s->key);
	/*
	 * OR IGNORE, and foreign keys checked at commit, so that no insert
	 * can stop half-way: SQLite then keeps no statement journal per row.
	 * The CHECK constraints of session (its IN lists cost two temporary
	 * b-trees per row) are left to this file, which writes only checked
	 * values: minutes 1..1440, kind_name(), a fixed origin.
	 */
	if ((err = pragma_on(db, "PRAGMA defer_foreign_keys",
	    "PRAGMA defer_foreign_keys = ON", &deferred)) != NULL ||
	    (err = pragma_on(db, "PRAGMA ignore_check_constraints",
	    "PRAGMA ignore_check_constraints = ON", &checks_were_on)) != NULL)
		return err;
	s->checks_ignored_here = !checks_were_on;
	for (size_t i = 0; i < sizeof(open_sql) / sizeof(open_sql[0]); i++)
		if ((err = db_exec(db, open_sql[i], NULL)) != NULL)
			return err;
	if ((err = pause_trigger(s)) != NULL ||
	    (err = bulk_open(&s->bulk, db)) != NULL)
		return err;
	return prepare_rows(s);
}

void
store_close(struct store *s)
{
	if (s->checks_ignored_here)
		error_free(db_exec(s->db, "PRAGMA ignore_check_constraints = OFF",
		    NULL));
	/* A statement's error was handed on as the row's (insert_error). */
	error_free(stmt_finish(&s->insert_session));
	error_free(stmt_finish(&s->fingerprint_owner));
	error_free(stmt_finish(&s->fingerprint_session));
	error_free(stmt_finish(&s->uuid_exists));
	error_free(stmt_finish(&s->repeat_get));
	error_free(stmt_finish(&s->repeat_put));
	occurrences_release(&s->days);
	occurrences_release(&s->ids);
	occurrences_release(&s->legacy);
	free(s->legacy_family);
	cache_clear(&s->topics);
	cache_clear(&s->projects);
	cache_clear(&s->tutorials);
	free(s->totals.slots);
	free(s->trigger);
	bulk_release(&s->bulk);
	buf_release(&s->key);
}

/* ---------------------------------------------------------------------
 * Fingerprints
 */

void
store_key_reset(struct store *s, const char *family, int day,
    long long start, long seconds)
{
	key_reset(&s->key, family, day, start, seconds);
}

void
store_key_add(struct store *s, const char *text)
{
	key_add(&s->key, text);
}

uint64_t
store_key_hash(const struct store *s)
{
	return key_hash(&s->key);
}

/*
 * Runs st (bound) for one row and resets it: its first column, or
 * fallback. *rc: SQLITE_OK, else the code of st's error.
 */
static int64_t
step_int(struct stmt *st, int64_t fallback, int *rc)
{
	int64_t value = fallback;
	enum stmt_result r = stmt_step(st);

	if (r == STMT_ROW)
		value = sqlite3_column_int64(st->handle, 0);
	*rc = r == STMT_ERROR ? stmt_code(st) : SQLITE_OK;
	stmt_reset(st);
	return value;
}

/*
 * Inserts n with fingerprint fp (NULL: none); returns the SQLite code,
 * SQLITE_CONSTRAINT when a uniqueness constraint ignored it.
 */
static int
insert_session(struct store *s, const struct new_session *n, const char *fp,
    const char *content)
{
	struct stmt *st = &s->insert_session;
	char uuid[37], day[DAY_TEXT_SIZE], start[INSTANT_TEXT_SIZE];
	int rc;

	if (n->uuid == NULL)
		db_uuid(uuid);
	day_format(n->day, day);
	if (n->has_start)
		instant_format(n->start, start);
	stmt_bind(st, "tttiitiittittit", n->uuid ? n->uuid : uuid, day,
	    n->has_start ? start : NULL, (int64_t)n->minutes, n->topic_id,
	    kind_name(n->kind), n->project_id, n->tutorial_id, n->note,
	    n->origin, s->batch_id, fp, s->created,
	    (int64_t)(n->estimated ? 1 : 0), content);
	stmt_step(st);
	rc = stmt_code(st);
	if (rc == SQLITE_DONE && sqlite3_changes(s->db) == 0)
		rc = SQLITE_CONSTRAINT;
	else if (rc == SQLITE_DONE) {
		totals_session(&s->totals, n);
		s->bulk.added++;
	}
	stmt_reset(st);
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

int
store_insert(struct store *s, const struct new_session *n,
    const char *fingerprint, const char *content)
{
	return insert_session(s, n, fingerprint, content);
}

struct error *
store_insert_error(struct store *s, int rc)
{
	return insert_error(s, rc);
}

/* The occurrence table's spill store: temp.import_repeat. */
static void
spill(void *arg, uint64_t base, long next)
{
	struct store *s = arg;
	int rc = SQLITE_OK;

	repeat_put(s, base, next, &rc);
	if (rc != SQLITE_OK && s->spill_rc == SQLITE_OK)
		s->spill_rc = rc;
}

struct error *
store_occurrence(struct store *s, struct occurrences *o, int day,
    uint64_t base, long *next)
{
	int rc = SQLITE_OK;
	bool ask;

	*next = occurrences_get(o, day, base, &ask);
	if (s->spill_rc != SQLITE_OK)
		return insert_error(s, s->spill_rc);
	if (*next >= 0)
		return NULL;
	*next = 0;
	if (!ask || s->repeats == 0)
		return NULL;
	stmt_bind(&s->repeat_get, "i", (int64_t)base);
	*next = (long)step_int(&s->repeat_get, 0, &rc);
	if (rc != SQLITE_OK)
		return insert_error(s, rc);
	/* Only claims are spilled: it is one. */
	if (*next > 0)
		occurrences_put(o, base, *next, true);
	return NULL;
}

/* The batch owning fingerprint fp: -1 when none, 0 when not imported. */
static int64_t
fingerprint_owner(struct store *s, const char *fp, int *rc)
{
	stmt_bind(&s->fingerprint_owner, "t", fp);
	return step_int(&s->fingerprint_owner, -1, rc);
}

static void
repeat_put(struct store *s, uint64_t base, long next, int *rc)
{
	stmt_bind(&s->repeat_put, "ii", (int64_t)base, (int64_t)next);
	step_int(&s->repeat_put, 0, rc);
	s->repeats++;
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
	char fp[FINGERPRINT_SIZE];

	i = 0;
	if (s->repeats > 0) {
		stmt_bind(&s->repeat_get, "i", (int64_t)base);
		i = (long)step_int(&s->repeat_get, 0, &rc);
	}
	for (; rc == SQLITE_OK; i++) {
		int64_t owner;

		fingerprint_text(n->day, base, i, fp);
		rc = insert_session(s, n, fp, NULL);
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
		if (rc == SQLITE_OK && owner < 0)
			return error_runtime("cannot add an imported session: "
			    "the database refused it");
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
	int rc = insert_session(s, n, n->fingerprint, NULL);

	*added = rc == SQLITE_DONE;
	if (*added || (rc & 0xff) != SQLITE_CONSTRAINT)
		return *added ? NULL : insert_error(s, rc);
	stmt_bind(&s->uuid_exists, "t", n->uuid);
	if (step_int(&s->uuid_exists, 0, &rc) == 1 && rc == SQLITE_OK)
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
	struct error *err;

	if ((err = store_bulk_step(s)) != NULL)
		return err;
	if (base != 0)
		return add_fingerprinted(s, n, base, added);
	return add_by_uuid(s, n, added);
}

/* ---------------------------------------------------------------------
 * Topics and projects
 */

/* A new topic, stored as named (lowercase, trimmed) like `track log`'s. */
static struct error *
topic_create(struct store *s, const char *name, struct topic_ref *topic)
{
	char *stored = topic_normalize(name);
	struct error *err;

	err = db_exec(s->db, "INSERT INTO topic (name, path_id) VALUES "
	    "(?, nullif(?, 0))", "ti", stored, s->path_id);
	free(stored);
	if (err != NULL)
		return err;
	topic->id = sqlite3_last_insert_rowid(s->db);
	topic->path_id = s->path_id;
	return NULL;
}

struct error *
store_topic(struct store *s, const char *name, struct topic_ref *topic,
    bool *created)
{
	char *key = topic_key(name);
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
	if ((err = topic_find(s->db, name, &found, &exists)) != NULL)
		goto done;
	if (exists) {
		topic->id = found.id;
		topic->path_id = found.path_id;
		topic->fundamentals = found.fundamentals;
	} else if ((err = topic_create(s, name, topic)) != NULL) {
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

struct error *
store_project(struct store *s, const char *name,
    const struct topic_ref *topic, int day, int64_t *id)
{
	char *key = topic_normalize(name), started[DAY_TEXT_SIZE];
	struct name_slot *slot = cache_slot(&s->projects, key);
	struct error *err;

	(void)topic;	/* version 1 guessed the path from it */
	if (slot->key != NULL) {
		*id = slot->id;
		free(key);
		return NULL;
	}
	if ((err = db_query_int(s->db, id, 0, "SELECT id FROM project WHERE "
	    "name = ? COLLATE NOCASE", "t", name)) != NULL || *id != 0)
		goto done;
	/* No path: a project's path is given with --path or its hours'. */
	day_format(day, started);
	if ((err = db_exec(s->db, "INSERT INTO project (name, started, "
	    "created, batch_id) VALUES (?, ?, ?, nullif(?, 0))", "ttti", name,
	    started, s->created, s->batch_id)) != NULL)
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
	/* The normalised title alone: store_key_reset would add NUL bytes. */
	buf_clear(&s->key);
	store_key_add(s, title);
	buf_append(&key, s->key.data, s->key.len);
	slot = cache_slot(&s->tutorials, key.data);
	if (slot->key != NULL)
		*id = slot->id;
	else if ((err = db_query_int(s->db, id, 0, sql, "ttt", platform,
	    course_id, title)) == NULL && *id != 0)
		cache_put(&s->tutorials, key.data, *id, 0, false);
	buf_release(&key);
	return err;
}

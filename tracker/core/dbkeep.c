/*
 * What a connection keeps while it is open (db.h, db_keep): statements
 * prepared once and reused, found by their SQL text, and data modules
 * hang on it. Compiling a statement costs more than running it on a few
 * rows: an import compiled some twenty per file, a third of its time
 * for small files. SQLite 3.44 has sqlite3_set_clientdata for the data;
 * Debian 12 ships 3.40, so connections are found here by their handle,
 * as db.c finds its guards.
 */
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#include "core/buf.h"
#include "core/db.h"

#define KEPT_STATEMENTS 128	/* SQL texts kept per connection */
#define KEPT_DATA 4		/* names of data per connection */

struct kept_statement {
	uint64_t hash;		/* of sql */
	char *sql;
	sqlite3_stmt *stmt;
	bool busy;		/* handed out, not yet done */
};

struct kept_data {
	const char *name;	/* static */
	void *data;
	void (*destroy)(void *data);
};

struct kept {
	sqlite3 *db;
	struct kept_statement statements[KEPT_STATEMENTS];
	size_t count;
	struct kept_data data[KEPT_DATA];
	struct kept *next;
};

static struct kept *kept_list;

static struct kept *
kept_find(sqlite3 *db)
{
	for (struct kept *k = kept_list; k != NULL; k = k->next)
		if (k->db == db)
			return k;
	return NULL;
}

void
db_keep(sqlite3 *db)
{
	struct kept *k;

	if (db == NULL || kept_find(db) != NULL)
		return;
	k = xcalloc(1, sizeof(*k));
	k->db = db;
	k->next = kept_list;
	kept_list = k;
}

void
db_unkeep(sqlite3 *db)
{
	for (struct kept **p = &kept_list; *p != NULL; p = &(*p)->next) {
		struct kept *k = *p;

		if (k->db != db)
			continue;
		*p = k->next;
		for (size_t i = 0; i < KEPT_DATA; i++)
			if (k->data[i].destroy != NULL)
				k->data[i].destroy(k->data[i].data);
		for (size_t i = 0; i < k->count; i++) {
			sqlite3_finalize(k->statements[i].stmt);
			free(k->statements[i].sql);
		}
		free(k);
		return;
	}
}

/* ---------------------------------------------------------------------
 * Statements
 */

/* A statement of its own for sql, finalized when done. */
static struct error *
prepare_fresh(sqlite3 *db, const char *sql, sqlite3_stmt **stmt)
{
	if (sqlite3_prepare_v2(db, sql, -1, stmt, NULL) != SQLITE_OK)
		return db_error(db, "cannot prepare a query");
	return NULL;
}

static struct kept_statement *
statement_find(struct kept *k, const char *sql, uint64_t hash)
{
	for (size_t i = 0; i < k->count; i++)
		if (k->statements[i].hash == hash &&
		    strcmp(k->statements[i].sql, sql) == 0)
			return &k->statements[i];
	return NULL;
}

struct error *
db_statement(sqlite3 *db, const char *sql, sqlite3_stmt **stmt)
{
	struct kept *k = kept_find(db);
	struct kept_statement *s;
	uint64_t hash;

	if (k == NULL)
		return prepare_fresh(db, sql, stmt);
	hash = XXH3_64bits(sql, strlen(sql));
	if ((s = statement_find(k, sql, hash)) != NULL && !s->busy) {
		s->busy = true;
		*stmt = s->stmt;
		return NULL;
	}
	/* In use already (a query nested in itself), or no room left. */
	if (s != NULL || k->count == KEPT_STATEMENTS)
		return prepare_fresh(db, sql, stmt);
	if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, stmt,
	    NULL) != SQLITE_OK)
		return db_error(db, "cannot prepare a query");
	s = &k->statements[k->count++];
	s->hash = hash;
	s->sql = xstrdup(sql);
	s->stmt = *stmt;
	s->busy = true;
	return NULL;
}

void
db_statement_done(sqlite3_stmt *stmt)
{
	struct kept *k;

	if (stmt == NULL)
		return;
	if ((k = kept_find(sqlite3_db_handle(stmt))) != NULL)
		for (size_t i = 0; i < k->count; i++)
			if (k->statements[i].stmt == stmt) {
				sqlite3_reset(stmt);
				sqlite3_clear_bindings(stmt);
				k->statements[i].busy = false;
				return;
			}
	sqlite3_finalize(stmt);
}

/* ---------------------------------------------------------------------
 * Data
 */

void *
db_data(sqlite3 *db, const char *name)
{
	struct kept *k = kept_find(db);

	for (size_t i = 0; k != NULL && i < KEPT_DATA; i++)
		if (k->data[i].name != NULL && strcmp(k->data[i].name, name) == 0)
			return k->data[i].data;
	return NULL;
}

bool
db_data_set(sqlite3 *db, const char *name, void *data,
    void (*destroy)(void *data))
{
	struct kept *k = kept_find(db);
	struct kept_data *free_slot = NULL;

	if (k == NULL)
		return false;
	for (size_t i = 0; i < KEPT_DATA; i++) {
		struct kept_data *d = &k->data[i];

		if (d->name != NULL && strcmp(d->name, name) == 0) {
			if (d->destroy != NULL && d->data != data)
				d->destroy(d->data);
			d->data = data;
			d->destroy = destroy;
			return true;
		}
		if (d->name == NULL && free_slot == NULL)
			free_slot = d;
	}
	if (free_slot == NULL)
		return false;
	*free_slot = (struct kept_data){ name, data, destroy };
	return true;
}

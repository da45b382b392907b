/*
 * The import's bulk path (bulk.h): what it suspends, read from
 * sqlite_schema, and its restoration.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/db.h"
#include "core/settings.h"
#include "core/stmt.h"
#include "importers/bulk.h"

#define UPSERT " ON CONFLICT DO UPDATE SET minutes = minutes + " \
	"excluded.minutes, sessions = sessions + excluded.sessions"

/*
 * What the bulk path sets aside: the indexes of session that are neither
 * unique nor read by the import (bulk.h; the insert triggers of the
 * summaries are set aside on every import, store.c). Each row's type and
 * name, and its SQL, in the order sqlite_schema holds them.
 */
static const char suspended_sql[] =
	"SELECT type, name, sql FROM sqlite_schema WHERE tbl_name = 'session' "
	"AND type = 'index' AND name IN (SELECT name FROM pragma_index_list("
	"'session') WHERE \"unique\" = 0 AND origin = 'c') AND name <> "
	"'session_tutorial' AND (name <> 'session_day' OR NOT EXISTS (SELECT "
	"1 FROM import_legacy)) ORDER BY rowid";

/*
 * The sessions held are counted by the highest id given (schema 006: ids
 * are never reused): one b-tree step, where count(*) reads a whole index.
 */
struct error *
bulk_open(struct bulk *b, sqlite3 *db)
{
	int rows, share;
	int64_t held, temp_store;
	struct error *err;

	memset(b, 0, sizeof(*b));
	if ((err = setting_int(db, "import.bulk-rows", &rows)) != NULL ||
	    (err = setting_int(db, "import.bulk-share", &share)) != NULL ||
	    (err = db_query_int(db, &held, 0, "SELECT max(id) FROM session",
	    NULL)) != NULL ||
	    (err = db_query_int(db, &temp_store, 0, "PRAGMA temp_store",
	    NULL)) != NULL)
		return err;
	/* CREATE INDEX sorts in memory then: ~70 MB for 1M sessions. */
	b->threshold = temp_store == 2 ? LONG_MAX : rows;
	if (held * share / 100 > b->threshold)
		b->threshold = (long)(held * share / 100);
	return NULL;
}

/* Whether a statement of db is between its first step and its reset. */
static bool
statement_running(sqlite3 *db)
{
	for (sqlite3_stmt *st = sqlite3_next_stmt(db, NULL); st != NULL;
	    st = sqlite3_next_stmt(db, st))
		if (sqlite3_stmt_busy(st))
			return true;
	return false;
}

/*
 * Adds the DROP of the row st holds to drops (its entries from b->count
 * first on), its SQL to b->sql.
 */
static void
remember(struct bulk *b, sqlite3_stmt *st, size_t first, char ***drops)
{
	const char *type = (const char *)sqlite3_column_text(st, 0);
	const char *name = (const char *)sqlite3_column_text(st, 1);
	struct buf drop;

	buf_init(&drop);
	buf_printf(&drop, "DROP %s \"", strcmp(type, "index") == 0 ? "INDEX" :
	    "TRIGGER");
	for (const char *p = name; *p != '\0'; p++)
		buf_printf(&drop, *p == '"' ? "\"\"" : "%c", *p);
	buf_putc(&drop, '"');
	b->sql = xrealloc(b->sql, (b->count + 1) * sizeof(*b->sql));
	*drops = xrealloc(*drops, (b->count - first + 1) * sizeof(**drops));
	b->sql[b->count] = db_column_strdup(st, 2);
	(*drops)[b->count++ - first] = drop.data;
}

/*
 * Reads what sql names into b->sql and *drops (from b->count on, and from
 * 0).
 */
static struct error *
suspended_read(struct bulk *b, sqlite3 *db, const char *sql, char ***drops)
{
	struct stmt st;
	struct error *err;
	size_t first = b->count;

	if ((err = stmt_prepare(&st, db, "cannot read the schema", sql)))
		return err;
	while (stmt_step(&st) == STMT_ROW)
		remember(b, st.handle, first, drops);
	return stmt_finish(&st);
}

/* Drops what sql names (suspended_sql's columns), remembering its SQL. */
static struct error *
suspend(struct bulk *b, sqlite3 *db, const char *sql)
{
	char **drops = NULL;
	size_t first = b->count;
	struct error *err = suspended_read(b, db, sql, &drops);

	for (size_t i = first; i < b->count; i++) {
		if (err == NULL)
			err = db_exec(db, drops[i - first], NULL);
		free(drops[i - first]);
	}
	free(drops);
	return err;
}

struct error *
bulk_step(struct bulk *b, sqlite3 *db)
{
	if (b->active || b->added < b->threshold || statement_running(db))
		return NULL;
	b->active = true;
	return suspend(b, db, suspended_sql);
}

/*
 * The triggers that carry the summaries of session on to their own
 * summaries (schema 005's totals of totals, 003's week_total): set aside
 * while bulk_summaries writes those set-wise. Only then: a correction
 * during the import (match.c) updates month_total through them.
 */
static const char chain_sql[] =
	"SELECT type, name, sql FROM sqlite_schema WHERE type = 'trigger' AND "
	"name IN ('month_total_insert', 'month_total_update', "
	"'project_total_insert', 'project_total_update', 'day_total_insert') "
	"ORDER BY rowid";

/*
 * What the batch adds, from temp.import_total (store.c: type 0 a day,
 * 1 a month, topic, kind and project, 2 a project's week), to every
 * summary the insert triggers of session and the triggers of chain_sql
 * keep, each in one statement: the sums by the table's key added to the
 * rows it holds. week_total counts the days that day_total does not
 * hold yet, so it goes first. A trigger that starts keeping another
 * table needs its statement here: the test that compares the bulk path
 * with the row-by-row one reads every table.
 */
static const char *const summary_sql[] = {
	"INSERT INTO week_total SELECT date(period, '-' || ((strftime('%w', "
	"period) + 6) % 7) || ' days') AS week, count(*) FROM "
	"temp.import_total WHERE type = 0 AND period NOT IN (SELECT day FROM "
	"day_total) GROUP BY week ON CONFLICT DO UPDATE SET days = days + "
	"excluded.days",
	"INSERT INTO day_total SELECT period, sum(minutes), sum(sessions) FROM "
	"temp.import_total WHERE type = 0 GROUP BY period" UPSERT,
	"INSERT INTO month_total SELECT period, topic_id, kind, sum(minutes), "
	"sum(sessions) FROM temp.import_total WHERE type = 1 GROUP BY period, "
	"topic_id, kind" UPSERT,
	"INSERT INTO topic_total SELECT topic_id, kind, sum(minutes), "
	"sum(sessions) FROM temp.import_total WHERE type = 1 GROUP BY "
	"topic_id, kind" UPSERT,
	"INSERT INTO month_path_total SELECT i.period, ifnull((SELECT path_id "
	"FROM topic WHERE id = i.topic_id), 0) AS path, sum(i.minutes), "
	"sum(i.sessions) FROM temp.import_total i WHERE i.type = 1 GROUP BY "
	"i.period, path" UPSERT,
	"INSERT INTO project_total SELECT project_id, topic_id, period, "
	"sum(minutes), sum(sessions) FROM temp.import_total WHERE type = 1 AND "
	"project_id <> 0 GROUP BY project_id, topic_id, period" UPSERT,
	"INSERT INTO project_topic_total SELECT project_id, topic_id, "
	"sum(minutes), sum(sessions) FROM temp.import_total WHERE type = 1 AND "
	"project_id <> 0 GROUP BY project_id, topic_id" UPSERT,
	"INSERT INTO project_sum SELECT project_id, sum(minutes), "
	"sum(sessions) FROM temp.import_total WHERE type = 1 AND project_id "
	"<> 0 GROUP BY project_id" UPSERT,
	"INSERT INTO project_week SELECT project_id, period, sum(minutes), "
	"sum(sessions) FROM temp.import_total WHERE type = 2 GROUP BY "
	"project_id, period" UPSERT,
};

struct error *
bulk_summaries(struct bulk *b, sqlite3 *db)
{
	struct error *err = suspend(b, db, chain_sql);

	for (size_t i = 0; i < sizeof(summary_sql) / sizeof(summary_sql[0]) &&
	    err == NULL; i++)
		err = db_exec(db, summary_sql[i], NULL);
	return err;
}

struct error *
bulk_restore(struct bulk *b, sqlite3 *db)
{
	struct error *err = NULL;

	for (size_t i = 0; i < b->count && err == NULL; i++)
		if (sqlite3_exec(db, b->sql[i], NULL, NULL, NULL) != SQLITE_OK)
			err = db_error(db, "cannot rebuild the schema after a "
			    "bulk import");
	bulk_release(b);
	return err;
}

void
bulk_temp_files(sqlite3 *db)
{
	error_free(db_exec(db, "PRAGMA temp_store = FILE", NULL));
}

void
bulk_temp_memory(sqlite3 *db)
{
	error_free(db_exec(db, "PRAGMA temp_store = MEMORY", NULL));
}

void
bulk_release(struct bulk *b)
{
	for (size_t i = 0; i < b->count; i++)
		free(b->sql[i]);
	free(b->sql);
	b->sql = NULL;
	b->count = 0;
	b->active = false;
}

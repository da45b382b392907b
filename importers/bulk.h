#ifndef TRACK_BULK_H
#define TRACK_BULK_H

/*
 * The import's bulk path. Once a file has added import.bulk-rows sessions
 * and import.bulk-share percent of those the database held before
 * (settings: rebuilding the indexes reads every session), the rest of it
 * goes in without the indexes the reports need: the secondary indexes of
 * session are dropped inside the import's own transaction (a crash or an
 * error rolls the drop back with the rows) and made again, from their SQL
 * as sqlite_schema held it, before the transaction commits. The summaries
 * are kept by the store's totals on every import (store.c); the bulk path
 * also writes the summaries of summaries set-wise (bulk_summaries). The
 * database is the one the row-by-row path makes.
 *
 * Kept while suspended: the unique indexes (uuid, fingerprint), which
 * find duplicates, and the indexes the import itself reads: session_
 * tutorial (course time, course.c) and, while older imports left legacy
 * sessions to match, session_day (match.c). A database whose temporary
 * storage is in memory (an import inside an open transaction: see
 * bulk_temp_files) stays row by row.
 */

#include <sqlite3.h>
#include <stdbool.h>

#include "core/error.h"

struct bulk {
	long threshold;		/* import.bulk-rows, raised to import.bulk-
				   share percent of the sessions held */
	long added;		/* sessions this file added */
	bool active;		/* suspended now */
	char **sql;		/* what was dropped, in sqlite_schema order */
	size_t count;
};

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Reads the threshold of db, before the file adds anything (row by row:
 * nothing is suspended yet).
 */
struct error *bulk_open(struct bulk *b, sqlite3 *db);

/*
 * Suspends once b->added has reached the threshold and no statement of
 * db is running (DROP needs that; the next session tries again).
 */
struct error *bulk_step(struct bulk *b, sqlite3 *db);

/*
 * The bulk path's summaries, once suspended: every summary the batch
 * adds to, set-wise, from temp.import_total (store.c), with the triggers
 * that carry one summary on to others set aside for it.
 */
struct error *bulk_summaries(struct bulk *b, sqlite3 *db);

/* Makes what bulk_step and bulk_summaries dropped again; nothing when it dropped nothing. */
struct error *bulk_restore(struct bulk *b, sqlite3 *db);

/*
 * Temporary storage on files, for an import's transaction (before it
 * begins), and back in memory (db.c's setting, after it ends). The bulk
 * path needs files: CREATE INDEX sorts a whole table, in memory when
 * temporary storage is there (bulk_open then keeps to row by row). A
 * failure keeps the setting as it was, and the import correct.
 */
void bulk_temp_files(sqlite3 *db);
void bulk_temp_memory(sqlite3 *db);

/* Frees b (after a rollback, SQLite has restored the schema itself). */
void bulk_release(struct bulk *b);

#ifdef __cplusplus
}
#endif
#endif

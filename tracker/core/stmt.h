#ifndef TRACK_STMT_H
#define TRACK_STMT_H

#include <sqlite3.h>
#include <stdarg.h>

#include "core/error.h"

/*
 * Checked statements. A struct stmt runs one SQL statement and holds the
 * first error met on its way (a bind, a step, or one the caller adds
 * with stmt_fail): once it has one, every step answers STMT_ERROR, so a
 * loop stopped by an error mid-read is told apart from the end of the
 * rows, and stmt_finish hands the error back.
 *
 *	struct stmt st;
 *
 *	if ((err = stmt_prepare(&st, db, "cannot read topics", sql)))
 *		return err;
 *	stmt_bind(&st, "t", name);
 *	while (stmt_step(&st) == STMT_ROW)
 *		... sqlite3_column_*(st.handle, i) ...
 *	return stmt_finish(&st);
 *
 * On a kept connection (db.h, db_keep) the statement is the one kept for
 * its SQL text, reset for its next use when finished; otherwise it is
 * prepared afresh and finalized.
 */

enum stmt_result {
	STMT_ROW,		/* a row is there to read */
	STMT_DONE,		/* no more rows */
	STMT_ERROR,		/* stopped by an error (stmt_finish has it) */
};

struct stmt {
	sqlite3 *db;
	sqlite3_stmt *handle;	/* NULL once finished, or never prepared */
	const char *doing;	/* what it is for: "cannot read topics" */
	struct error *err;	/* the first error; NULL while all is well */
	int rc;			/* SQLite's code of the last step (stmt_code) */
};

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Prepares sql (constant: values are bound) on db for the purpose doing,
 * which prefixes the error of a failed step ("cannot read topics:
 * database is locked"). A failed prepare returns "cannot prepare a
 * query: ..." and leaves st finished (stmt_finish on it is harmless).
 */
struct error *stmt_prepare(struct stmt *st, sqlite3 *db, const char *doing,
    const char *sql);

/*
 * Binds the values described by types, from parameter 1 on: 'i' int64,
 * 'n' int (NULL when negative), 't' text, copied (a NULL pointer binds
 * NULL), 'd' double. A failed bind is st's error (the next step answers
 * STMT_ERROR). Unknown type letters abort: a programming error.
 */
void stmt_bind(struct stmt *st, const char *types, ...);
/* stmt_bind with the values in ap. */
void stmt_vbind(struct stmt *st, const char *types, va_list ap);

/* The next row: STMT_ROW, STMT_DONE, or STMT_ERROR (st has the error). */
enum stmt_result stmt_step(struct stmt *st);

/*
 * SQLite's result code of st's last step: SQLITE_ROW, SQLITE_DONE, or
 * the code of st's first error once it has one (SQLITE_ERROR for one
 * added by stmt_fail or a failed prepare), so the caller can tell a
 * refused insert (SQLITE_CONSTRAINT) from a failing disk. SQLITE_OK
 * before the first step and after a reset without an error.
 */
int stmt_code(const struct stmt *st);

/* Steps st to its end, ignoring rows; returns stmt_finish's error. */
struct error *stmt_run(struct stmt *st);

/*
 * Makes err st's error unless st has one already (the first is kept;
 * err is then freed). Accepts NULL. Steps answer STMT_ERROR from now on.
 */
void stmt_fail(struct stmt *st, struct error *err);

/*
 * A copy of st's first error (NULL: none), which the caller owns; st
 * keeps its own: how a cursor hands out the error of one step.
 */
struct error *stmt_error(const struct stmt *st);

/*
 * Rewinds st for another run with new bindings (all cleared), keeping
 * its error: a loop reusing one statement reports its first failure.
 */
void stmt_reset(struct stmt *st);

/*
 * Hands st's statement back (reset when kept, else finalized) and
 * returns its first error, which the caller then owns (NULL: none).
 * Accepts a finished st.
 */
struct error *stmt_finish(struct stmt *st);

#ifdef __cplusplus
}
#endif
#endif

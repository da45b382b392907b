/*
 * Checked statements (stmt.h): every step's outcome and every bind's is
 * looked at, and the first failure travels to stmt_finish.
 */
#include <stdarg.h>
#include <stdlib.h>

#include "core/db.h"
#include "core/stmt.h"

struct error *
stmt_prepare(struct stmt *st, sqlite3 *db, const char *doing,
    const char *sql)
{
	struct error *err;

	st->db = db;
	st->doing = doing;
	st->err = NULL;
	st->rc = SQLITE_OK;
	if ((err = db_statement(db, sql, &st->handle)) != NULL) {
		st->handle = NULL;
		st->rc = SQLITE_ERROR;
	}
	return err;
}

/* Binds parameter i from ap as type says; returns SQLite's code. */
static int
bind_one(sqlite3_stmt *handle, int i, char type, va_list *ap)
{
	switch (type) {
	case 'i':
		return sqlite3_bind_int64(handle, i, va_arg(*ap, int64_t));
	case 'n': {
		int v = va_arg(*ap, int);

		return v < 0 ? sqlite3_bind_null(handle, i) :
		    sqlite3_bind_int(handle, i, v);
	}
	case 'd':
		return sqlite3_bind_double(handle, i, va_arg(*ap, double));
	case 't': {
		const char *s = va_arg(*ap, const char *);

		return s == NULL ? sqlite3_bind_null(handle, i) :
		    sqlite3_bind_text(handle, i, s, -1, SQLITE_TRANSIENT);
	}
	default:
		abort();	/* a programming error, not input */
	}
}

void
stmt_vbind(struct stmt *st, const char *types, va_list ap)
{
	va_list copy;

	va_copy(copy, ap);
	for (int i = 1; types != NULL && types[i - 1] != '\0'; i++) {
		/* Consumed even after a failure: the list stays in step. */
		int rc = bind_one(st->handle, i, types[i - 1], &copy);

		if (rc != SQLITE_OK && st->err == NULL) {
			st->err = db_error(st->db, st->doing);
			st->rc = rc;
		}
	}
	va_end(copy);
}

void
stmt_bind(struct stmt *st, const char *types, ...)
{
	va_list ap;

	va_start(ap, types);
	stmt_vbind(st, types, ap);
	va_end(ap);
}

enum stmt_result
stmt_step(struct stmt *st)
{
	int rc;

	if (st->err != NULL || st->handle == NULL)
		return STMT_ERROR;
	rc = st->rc = sqlite3_step(st->handle);
	if (rc == SQLITE_ROW)
		return STMT_ROW;
	if (rc == SQLITE_DONE)
		return STMT_DONE;
	st->err = db_error(st->db, st->doing);
	return STMT_ERROR;
}

int
stmt_code(const struct stmt *st)
{
	return st->rc;
}

struct error *
stmt_run(struct stmt *st)
{
	while (stmt_step(st) == STMT_ROW)
		;
	return stmt_finish(st);
}

void
stmt_fail(struct stmt *st, struct error *err)
{
	if (st->err == NULL && err != NULL) {
		st->err = err;
		st->rc = SQLITE_ERROR;
	} else {
		error_free(err);
	}
}

struct error *
stmt_error(const struct stmt *st)
{
	if (st->err == NULL)
		return NULL;
	return error_new(st->err->status, "%s", st->err->message);
}

void
stmt_reset(struct stmt *st)
{
	if (st->handle == NULL)
		return;
	sqlite3_reset(st->handle);
	sqlite3_clear_bindings(st->handle);
	if (st->err == NULL)
		st->rc = SQLITE_OK;
}

struct error *
stmt_finish(struct stmt *st)
{
	struct error *err = st->err;

	db_statement_done(st->handle);
	st->handle = NULL;
	st->err = NULL;
	return err;
}

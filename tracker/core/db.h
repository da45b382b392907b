#ifndef TRACK_DB_H
#define TRACK_DB_H

#include <sqlite3.h>
#include <stdbool.h>
#include <stdint.h>

#include "core/error.h"

/* PRAGMA application_id of every track database: 'TRCK'. */
#define DB_APPLICATION_ID 0x5452434B
#define DB_BUSY_TIMEOUT_MS 10000

/*
 * How a command uses the database. A read on a missing database works on
 * an empty in-memory one and creates nothing; a write creates the file.
 */
enum db_mode {
	DB_NONE,	/* the command needs no database */
	DB_READ,	/* reads, inside one read transaction */
	DB_WRITE,	/* writes, inside one BEGIN IMMEDIATE transaction */
	DB_WRITE_EACH,	/* writes in transactions of its own (import: one
			   per file); opened as DB_WRITE, no transaction */
	DB_OWN,		/* located, not opened: the command opens it
			   itself if at all (status --short answers from
			   the status snapshot when it can) */
};

#ifdef __cplusplus
extern "C" {
#endif

/*
 * The database path: explicit (--db) if not NULL, else $TRACK_DB, else
 * $XDG_DATA_HOME/track/track.db, else ~/.local/share/track/track.db.
 * Returns a heap string, or an error when no location can be found.
 */
struct error *db_locate(const char *explicit_path, char **path);

/*
 * Opens the database at path for mode, refusing (without changing a byte)
 * a non-SQLite file, a foreign SQLite file, a newer schema, a directory,
 * any other non-regular file or an unreadable file. DB_WRITE creates a
 * missing file (0600, its directory 0700) and sets *created; DB_READ on a
 * missing file opens an empty in-memory database instead. An older schema
 * is migrated (for DB_READ here; writers migrate in their transaction).
 * On success *db is open, kept (db_keep), and the caller closes it with
 * db_close.
 */
struct error *db_open(const char *path, enum db_mode mode, sqlite3 **db,
    bool *created);
/* Lets go of what db kept (db_unkeep) and closes it; accepts NULL. */
void db_close(sqlite3 *db);
/*
 * Closes db, the database this invocation created at path, and removes
 * the file when nothing was ever committed to it (the first command
 * failed), once no other track has it open. Returns whether it was
 * removed.
 */
bool db_close_removing(sqlite3 *db, const char *path);
/*
 * Switches the database to WAL unless it is in WAL already. Called after
 * a successful write, so a refused command never changes the file (the
 * first write of a new file happens in rollback-journal mode). A failure
 * is ignored: the journal mode only affects concurrency.
 */
void db_prefer_wal(sqlite3 *db);
/*
 * Moves the WAL into the database file and empties it, outside any
 * transaction; at the end of the commands that read or write everything
 * (import, export, report --output), so the .db file alone is complete
 * after them. A failure is ignored (the commits stay safe in the WAL): a
 * file that may only be read, a reader holding an old snapshot.
 */
void db_checkpoint(sqlite3 *db);

/*
 * Brings the schema of an open database up to the newest version: a new
 * one, or with PRAGMA foreign_keys off (db_open migrates existing files).
 */
struct error *db_migrate(sqlite3 *db);
/* The schema version stored in the file (PRAGMA user_version). */
int db_version(sqlite3 *db);

/* Transactions: BEGIN IMMEDIATE (write) or BEGIN (read), COMMIT, ROLLBACK. */
struct error *db_begin(sqlite3 *db, bool write);
struct error *db_commit(sqlite3 *db);
void db_rollback(sqlite3 *db);

/* An error quoting SQLite's message, prefixed with what was being done. */
struct error *db_error(sqlite3 *db, const char *doing);

/*
 * Statements go through core/stmt.h (checked binds and steps); these two
 * run the simplest ones. Bound values are described by types as for
 * stmt_bind.
 */

/* Runs one statement with bound values to completion; ignores rows. */
struct error *db_exec(sqlite3 *db, const char *sql, const char *types, ...);

/*
 * Runs a query whose first row's first column is an integer; stores it in
 * *value (or fallback when there is no row or it is NULL).
 */
struct error *db_query_int(sqlite3 *db, int64_t *value, int64_t fallback,
    const char *sql, const char *types, ...);

/* Column text as a heap copy (NULL stays NULL). */
char *db_column_strdup(sqlite3_stmt *stmt, int column);

struct suggest_rule;
/*
 * The text in column 0 of sql's rows (bound to nothing) closest to typed
 * by rule, for "did you mean", in *best (caller frees; NULL when none is
 * close). doing prefixes the error of a failed read ("cannot read
 * settings").
 */
struct error *db_closest(sqlite3 *db, const char *doing, const char *sql,
    const struct suggest_rule *rule, const char *typed, char **best);

/*
 * Keeping (dbkeep.c). A kept connection keeps the statements db_exec,
 * db_query_int and db_statement prepared, by their SQL text, and the data
 * modules hang on it (db_data_set), until db_unkeep: a process running
 * the same queries many times on one connection (an import of many
 * files, the fuzz harness) compiles each once. db_open keeps the
 * connections it opens and db_close lets go of them; one opened
 * otherwise is kept only when db_keep is called, and then needs
 * db_unkeep before sqlite3_close.
 */
void db_keep(sqlite3 *db);
/* Finalizes db's kept statements and destroys its data; accepts any db. */
void db_unkeep(sqlite3 *db);

/*
 * A statement for sql (constant SQL: values are bound), reset and with no
 * bindings: on a kept connection the one kept for this text (prepared the
 * first time), else a new one. Hand it back with db_statement_done,
 * never sqlite3_finalize: a kept statement is reset for its next use.
 */
struct error *db_statement(sqlite3 *db, const char *sql, sqlite3_stmt **stmt);
/* Resets a kept statement, finalizes any other; accepts NULL. */
void db_statement_done(sqlite3_stmt *stmt);

/*
 * The data hung on db under name (NULL: none, or db is not kept), and
 * hanging it: data replaces what name held (destroyed, unless it is the
 * same), and destroy(data) runs when it is replaced in turn or db is let
 * go of. Returns false, keeping nothing, when db is not kept or holds
 * data under too many names.
 */
void *db_data(sqlite3 *db, const char *name);
bool db_data_set(sqlite3 *db, const char *name, void *data,
    void (*destroy)(void *data));

/* A fresh random UUID (version 7: time-ordered) as 36 characters + NUL. */
void db_uuid(char out[37]);

#ifdef __cplusplus
}
#endif
#endif

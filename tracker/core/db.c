#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <xxhash.h>

#include "core/buf.h"
#include "core/db.h"
#include "core/path.h"
#include "core/schema.h"
#include "core/stmt.h"
#include "core/suggest.h"
#include "core/text.h"

/* ---------------------------------------------------------------------
 * Locating the file
 */

struct error *
db_locate(const char *explicit_path, char **path)
{
	const char *env;

	if (explicit_path != NULL) {
		if (*explicit_path == '\0')
			return error_usage("empty --db path: give a file name");
		*path = xstrdup(explicit_path);
		return NULL;
	}
	if ((env = getenv("TRACK_DB")) != NULL && *env != '\0') {
		*path = xstrdup(env);
		return NULL;
	}
	if ((env = getenv("XDG_DATA_HOME")) != NULL && *env == '/') {
		struct buf b;

		buf_init(&b);
		buf_printf(&b, "%s/track/track.db", env);
		*path = buf_detach(&b);
		return NULL;
	}
	if ((env = getenv("HOME")) != NULL && *env != '\0') {
		struct buf b;

		buf_init(&b);
		buf_printf(&b, "%s/.local/share/track/track.db", env);
		*path = buf_detach(&b);
		return NULL;
	}
	return error_runtime("cannot find a place for the database: set "
	    "TRACK_DB, XDG_DATA_HOME or HOME, or use --db FILE");
}

/*
 * Creates every missing directory above path with mode 0700. *vanished
 * says a parent disappeared meanwhile (a failed first command of another
 * track removing what it made): worth another try.
 */
static struct error *
make_parent_dirs(const char *path, bool *vanished)
{
	char *copy = xstrdup(path);
	struct error *err = NULL;

	for (char *p = copy + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(copy, 0700) != 0 && errno != EEXIST) {
			*vanished = errno == ENOENT;
			err = error_runtime("cannot create directory '%s': %s",
			    copy, strerror(errno));
		}
		*p = '/';
		if (err)
			break;
	}
	free(copy);
	return err;
}

/* ---------------------------------------------------------------------
 * Statements
 */

/* Whether db's last error was a full disk (met writing, or making -shm). */
static bool
disk_full(sqlite3 *db)
{
	int system_errno = sqlite3_system_errno(db);

	return sqlite3_errcode(db) == SQLITE_FULL ||
	    (sqlite3_errcode(db) == SQLITE_IOERR && (system_errno == ENOSPC ||
	    system_errno == EDQUOT));
}

/*
 * What went wrong, in words a user can act on: a lock another process
 * held past the busy timeout, a full disk, a file that may not be
 * written, an I/O error; else SQLite's own message.
 */
struct error *
db_error(sqlite3 *db, const char *doing)
{
	int system_errno = sqlite3_system_errno(db);

	if (disk_full(db))
		return error_runtime("%s: the disk is full: make room and try "
		    "again", doing);
	switch (sqlite3_errcode(db)) {
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		return error_runtime("%s: the database is locked by another "
		    "process (waited %d s): try again", doing,
		    DB_BUSY_TIMEOUT_MS / 1000);
	case SQLITE_READONLY:
		return error_runtime("%s: the database may only be read (%s)",
		    doing, sqlite3_errmsg(db));
	case SQLITE_IOERR:
		return error_runtime("%s: input/output error (%s)", doing,
		    system_errno != 0 ? strerror(system_errno) :
		    sqlite3_errmsg(db));
	default:
		return error_runtime("%s: %s", doing, sqlite3_errmsg(db));
	}
}

struct error *
db_exec(sqlite3 *db, const char *sql, const char *types, ...)
{
	struct stmt st;
	struct error *err;
	va_list ap;

	if ((err = stmt_prepare(&st, db, "cannot update the database", sql)))
		return err;
	va_start(ap, types);
	stmt_vbind(&st, types, ap);
	va_end(ap);
	return stmt_run(&st);
}

struct error *
db_query_int(sqlite3 *db, int64_t *value, int64_t fallback, const char *sql,
    const char *types, ...)
{
	struct stmt st;
	struct error *err;
	va_list ap;

	if ((err = stmt_prepare(&st, db, "cannot read the database", sql)))
		return err;
	va_start(ap, types);
	stmt_vbind(&st, types, ap);
	va_end(ap);
	*value = fallback;
	if (stmt_step(&st) == STMT_ROW &&
	    sqlite3_column_type(st.handle, 0) != SQLITE_NULL)
		*value = sqlite3_column_int64(st.handle, 0);
	return stmt_finish(&st);
}

char *
db_column_strdup(sqlite3_stmt *stmt, int column)
{
	return xstrdup((const char *)sqlite3_column_text(stmt, column));
}

struct error *
db_closest(sqlite3 *db, const char *doing, const char *sql,
    const struct suggest_rule *rule, const char *typed, char **best)
{
	struct stmt st;
	struct error *err;
	struct suggest near;

	*best = NULL;
	if ((err = stmt_prepare(&st, db, doing, sql)) != NULL)
		return err;
	suggest_init(&near, rule, typed);
	while (stmt_step(&st) == STMT_ROW)
		suggest_consider(&near,
		    (const char *)sqlite3_column_text(st.handle, 0));
	if ((err = stmt_finish(&st)) == NULL)
		*best = suggest_take(&near);
	suggest_release(&near);
	return err;
}

/* ---------------------------------------------------------------------
 * Transactions
 */

struct error *
db_begin(sqlite3 *db, bool write)
{
	if (sqlite3_exec(db, write ? "BEGIN IMMEDIATE" : "BEGIN", NULL, NULL,
	    NULL) != SQLITE_OK)
		return db_error(db, "cannot start a transaction");
	return NULL;
}

struct error *
db_commit(sqlite3 *db)
{
	if (sqlite3_exec(db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
		struct error *err = db_error(db, "cannot commit");

		db_rollback(db);
		return err;
	}
	return NULL;
}

void
db_rollback(sqlite3 *db)
{
	if (!sqlite3_get_autocommit(db))
		sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
}

/* ---------------------------------------------------------------------
 * Schema versions
 */

int
db_version(sqlite3 *db)
{
	int64_t version = 0;
	struct error *err = db_query_int(db, &version, 0,
	    "PRAGMA user_version", NULL);

	error_free(err);
	return (int)version;
}

/* Whether PRAGMA foreign_keys is on for db. */
static bool
foreign_keys_on(sqlite3 *db)
{
	int64_t on = 0;

	error_free(db_query_int(db, &on, 0, "PRAGMA foreign_keys", NULL));
	return on != 0;
}

/*
 * Applies the migrations the file lacks. The caller holds a write
 * transaction (or the database is private), so concurrent openers never
 * apply one twice. A file with a schema must have foreign keys off (see
 * migrate_if_needed); a new one is empty, so they do not matter.
 */
struct error *
db_migrate(sqlite3 *db)
{
	int version = db_version(db);
	struct buf pragma;
	struct error *err = NULL;

	if (version > schema_migration_count)
		return error_runtime("the database has schema version %d, newer "
		    "than this track (%d): upgrade track", version,
		    schema_migration_count);
	/* A rebuilt table would take the rows referring to it along. */
	if (version > 0 && version < schema_migration_count &&
	    foreign_keys_on(db))
		return error_runtime("cannot migrate schema version %d with "
		    "foreign keys on", version);
	buf_init(&pragma);
	for (int i = version; i < schema_migration_count && !err; i++) {
		char *message = NULL;

		if (sqlite3_exec(db, schema_migrations[i].sql, NULL, NULL,
		    &message) != SQLITE_OK) {
			err = error_runtime("cannot apply migration %s: %s",
			    schema_migrations[i].name, message);
			sqlite3_free(message);
			break;
		}
		/* Integers, not user data: safe to format into the PRAGMA. */
		buf_clear(&pragma);
		buf_printf(&pragma, "PRAGMA user_version = %d; "
		    "PRAGMA application_id = %d", i + 1, DB_APPLICATION_ID);
		if (sqlite3_exec(db, pragma.data, NULL, NULL, NULL) != SQLITE_OK)
			err = db_error(db, "cannot record the schema version");
	}
	buf_release(&pragma);
	return err;
}

/* ---------------------------------------------------------------------
 * Opening
 */

/*
 * Statement journals (and any other temporary file) stay in memory: an
 * import row's INSERT runs several summary triggers, its journal outgrew
 * the 64 KiB SQLite keeps in memory and every row wrote a temporary file
 * (20 pwrite calls a row, 1.8 s of system time per 100k rows). They hold
 * one statement's pages at a time.
 */
static void
configure(sqlite3 *db)
{
	sqlite3_exec(db, "PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; "
	    "PRAGMA temp_store = MEMORY", NULL, NULL, NULL);
}

/*
 * The WAL stays between commands (SQLITE_FCNTL_PERSIST_WAL) and closing
 * does not checkpoint it (SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE): a one-row
 * write then syncs its commit and the directory, where re-creating,
 * checkpointing and removing the WAL at close cost five fdatasync calls
 * per command. The commit is as durable as before (synchronous = FULL
 * syncs it); a copy of the .db file alone may miss the commits still in
 * the -wal (the README's "Backups").
 *
 * The WAL is moved into the database and emptied when a commit leaves
 * it DB_WAL_CHECKPOINT_PAGES long (wal_hook), and at the end of the
 * commands that read or write everything (db_checkpoint). Always in
 * TRUNCATE mode: how far a checkpoint got is kept in the -shm, which the
 * next process to open the file rebuilds from the -wal alone, so after a
 * PASSIVE one every later command would find the whole WAL still to
 * copy (measured: every `track log` checkpointed 2,400 pages again).
 */
#define DB_WAL_CHECKPOINT_PAGES 256

static struct guard *guard_find(sqlite3 *db);
static int busy_wait(void *arg, int tries);

/*
 * A TRUNCATE checkpoint of db's schema name that does not wait: another
 * track writing, or reading an older snapshot, makes it give up at once
 * (SQLITE_BUSY, ignored) rather than hold this command up to the busy
 * timeout. The commits are safe in the WAL meanwhile; the next try is
 * the next commit's.
 */
static void
checkpoint_now(sqlite3 *db, const char *name)
{
	struct guard *g = guard_find(db);

	sqlite3_busy_handler(db, NULL, NULL);
	sqlite3_wal_checkpoint_v2(db, name, SQLITE_CHECKPOINT_TRUNCATE, NULL,
	    NULL);
	if (g != NULL)
		sqlite3_busy_handler(db, busy_wait, g);
}

/* Called by SQLite after each commit with the WAL's length in pages. */
static int
wal_hook(void *arg, sqlite3 *db, const char *name, int pages)
{
	(void)arg;
	if (pages >= DB_WAL_CHECKPOINT_PAGES)
		checkpoint_now(db, name);
	return SQLITE_OK;
}

void
db_checkpoint(sqlite3 *db)
{
	if (db != NULL && sqlite3_get_autocommit(db))
		checkpoint_now(db, "main");
}

/* Keeps db's WAL between commands (see above); a failure costs speed only. */
static void
keep_wal(sqlite3 *db)
{
	int persist = 1, done = 0;

	if (sqlite3_file_control(db, "main", SQLITE_FCNTL_PERSIST_WAL,
	    &persist) != SQLITE_OK ||
	    sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1,
	    &done) != SQLITE_OK || !done)
		return;
	sqlite3_wal_hook(db, wal_hook, NULL);
}

/*
 * The file's application_id, number of schema objects and user_version,
 * read inside one transaction, which the caller ends: one snapshot, even
 * while another track migrates. Plain PRAGMAs: the table-valued pragma
 * functions one SELECT read them with declared a virtual table each, 2%
 * of a `track log` (callgrind, issue 20). The catalog is read first, as that
 * statement's preparation read it, so a broken file fails the same way.
 */
static struct error *
identity_read(sqlite3 *db, int64_t *app_id, int64_t *objects,
    int64_t *version)
{
	struct error *err;

	if ((err = db_begin(db, false)) != NULL ||
	    (err = db_query_int(db, objects, 0, "SELECT count(*) FROM "
	    "sqlite_master", NULL)) != NULL ||
	    (err = db_query_int(db, app_id, 0, "PRAGMA application_id",
	    NULL)) != NULL)
		return err;
	return db_query_int(db, version, 0, "PRAGMA user_version", NULL);
}

/*
 * The refusal of a file identity_read could not read (err, freed): not
 * SQLite at all, or locked, unreadable, a disk error: say which.
 */
static struct error *
identity_unreadable(sqlite3 *db, const char *path, struct error *err)
{
	int code = sqlite3_errcode(db);
	struct buf doing;

	error_free(err);
	if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT)
		return error_runtime("'%s' is not a track database (%s): give "
		    "another file with --db", path, sqlite3_errmsg(db));
	buf_init(&doing);
	buf_printf(&doing, "cannot open database '%s'", path);
	err = db_error(db, doing.data);
	buf_release(&doing);
	return err;
}

/*
 * Refuses a file that is not ours: not SQLite at all, another program's
 * SQLite file, or a newer schema. Reads only the header and the catalog.
 */
static struct error *
check_identity(sqlite3 *db, const char *path)
{
	int64_t app_id = 0, objects = 0, version = 0;
	struct error *err = identity_read(db, &app_id, &objects, &version);

	/* A failed read's transaction ends at close: its error stays. */
	if (err != NULL)
		return identity_unreadable(db, path, err);
	db_rollback(db);
	if (app_id != DB_APPLICATION_ID && (app_id != 0 || objects != 0))
		return error_runtime("'%s' is an SQLite database of another "
		    "program, not a track database: give another file with "
		    "--db", path);
	if (version > schema_migration_count)
		return error_runtime("'%s' has schema version %d, newer than "
		    "this track supports (%d): upgrade track", path,
		    (int)version, schema_migration_count);
	return NULL;
}

/* ---------------------------------------------------------------------
 * Guards: who has a database file open
 *
 * Every track holds a shared flock(2) on its database file while it has it
 * open. A first command that failed removes the file it created only under
 * an exclusive one, so it never removes a file another track is using; an
 * opener that got its guard after such a removal sees the path no longer
 * names its file and tries again. (SQLite locks with fcntl, which flock
 * does not disturb.)
 */

struct guard {
	sqlite3 *db;
	int fd;			/* open on the file, holding the flock */
	long waited_ms;		/* waited for other processes' locks */
	bool wal_found;		/* a -wal was there when it was opened */
	bool wal_wanted;	/* a write committed: the -wal stays */
	struct guard *next;
};

static struct guard *guards;

/* Pauses between tries for a lock, growing as SQLite's own do. */
static const int busy_pauses_ms[] = { 1, 2, 5, 10, 15, 20, 25, 25, 25, 50,
	50, 100 };

static long
monotonic_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/*
 * SQLite's busy handler: waits for another process's lock, up to
 * DB_BUSY_TIMEOUT_MS in all for the connection (one command), however
 * many statements meet the lock: sqlite3_busy_timeout counts afresh for
 * each, so a reader used to give up only after twice the time.
 */
static int
busy_wait(void *arg, int tries)
{
	struct guard *g = arg;
	int last = (int)(sizeof(busy_pauses_ms) / sizeof(busy_pauses_ms[0])) - 1;
	long pause = busy_pauses_ms[tries < last ? tries : last], start;

	if (g->waited_ms >= DB_BUSY_TIMEOUT_MS)
		return 0;
	if (pause > DB_BUSY_TIMEOUT_MS - g->waited_ms)
		pause = DB_BUSY_TIMEOUT_MS - g->waited_ms;
	start = monotonic_ms();
	usleep((useconds_t)pause * 1000);
	g->waited_ms += monotonic_ms() - start;
	return 1;
}

/* Takes over fd as db's guard and waits for locks through it. */
static void
guard_add(sqlite3 *db, int fd, bool wal_found)
{
	struct guard *g = xmalloc(sizeof(*g));

	g->db = db;
	g->fd = fd;
	g->waited_ms = 0;
	g->wal_found = wal_found;
	g->wal_wanted = false;
	g->next = guards;
	guards = g;
	sqlite3_busy_handler(db, busy_wait, g);
}

static struct guard *
guard_find(sqlite3 *db)
{
	for (struct guard *g = guards; g != NULL; g = g->next)
		if (g->db == db)
			return g;
	return NULL;
}

/*
 * Forgets db's guard and returns its descriptor (-1 when it has none).
 * The busy handler no longer has the guard to count with: it is removed.
 * A connection that found no -wal and committed no write lets SQLite
 * checkpoint (nothing) and remove the -wal and -shm it made at close, as
 * it did before the WAL was kept: a reader or a refused command leaves
 * the directory as it found it.
 */
static int
guard_take(sqlite3 *db)
{
	if (db != NULL)
		sqlite3_busy_handler(db, NULL, NULL);
	for (struct guard **p = &guards; *p; p = &(*p)->next) {
		struct guard *g = *p;
		int fd = g->fd, off = 0;

		if (g->db != db)
			continue;
		if (!g->wal_found && !g->wal_wanted) {
			sqlite3_file_control(db, "main",
			    SQLITE_FCNTL_PERSIST_WAL, &off);
			sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE,
			    0, NULL);
		}
		*p = g->next;
		free(g);
		return fd;
	}
	return -1;
}

/* Opens path and takes the shared guard, waiting for a remover. */
static struct error *
guard_open(const char *path, int *fd, bool *vanished)
{
	if ((*fd = open(path, O_RDONLY | O_CLOEXEC)) < 0) {
		*vanished = errno == ENOENT;
		return error_runtime("cannot open database '%s': %s", path,
		    strerror(errno));
	}
	if (flock(*fd, LOCK_SH) != 0) {
		close(*fd);
		*fd = -1;
		return error_runtime("cannot lock database '%s': %s", path,
		    strerror(errno));
	}
	return NULL;
}

/* Whether path still names the file open on fd. */
static bool
same_file(int fd, const char *path)
{
	struct stat held, named;

	return fstat(fd, &held) == 0 && stat(path, &named) == 0 &&
	    held.st_dev == named.st_dev && held.st_ino == named.st_ino;
}

/*
 * Creates the empty file with mode 0600 so SQLite never picks the mode.
 * *vanished says the directory disappeared meanwhile (try again).
 */
static struct error *
create_file(const char *path, bool *created, bool *vanished)
{
	int fd;

	if ((fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600)) >= 0) {
		close(fd);
		*created = true;
		return NULL;
	}
	if (errno == EEXIST)
		return NULL;	/* another track created it meanwhile */
	*vanished = errno == ENOENT;
	return error_runtime("cannot create database '%s': %s", path,
	    strerror(errno));
}

static struct error *
open_memory(sqlite3 **db)
{
	struct error *err;

	if (sqlite3_open(":memory:", db) != SQLITE_OK)
		return error_runtime("cannot open an in-memory database");
	configure(*db);
	if ((err = db_migrate(*db)) != NULL) {
		db_close(*db);
		*db = NULL;
	}
	return err;
}

/* An error when any row refers to a row that does not exist. */
static struct error *
foreign_keys_intact(sqlite3 *db)
{
	int64_t broken;
	struct error *err;

	if ((err = db_query_int(db, &broken, 0, "SELECT count(*) FROM "
	    "pragma_foreign_key_check", NULL)) != NULL)
		return err;
	if (broken > 0)
		return error_runtime("cannot migrate the database: %lld rows "
		    "would refer to rows that do not exist", (long long)broken);
	return NULL;
}

/*
 * The page cache while migrating, in KiB: a table rebuild (schema 006)
 * writes every page of the table and its indexes, and with SQLite's
 * default 2 MB it spills them to the journal half-way (a 1M-session
 * history: 6.5 s of system time instead of 3). Only pages read take
 * memory, so a small database uses little of it.
 */
#define MIGRATE_CACHE_KIB 65536

/*
 * Brings db's schema up to date under a write lock, in a transaction of
 * its own with foreign keys off: a migration may rebuild a table (schema
 * 006), and with them on, dropping the old table would delete every row
 * referring to it. Every reference is checked before the commit instead.
 */
static struct error *
migrate_in_transaction(sqlite3 *db)
{
	struct buf pragma;
	struct error *err;
	int64_t cache;

	if ((err = db_query_int(db, &cache, -2000, "PRAGMA cache_size",
	    NULL)) != NULL)
		return err;
	buf_init(&pragma);
	/* Integers, not user data: safe to format into the PRAGMA. */
	buf_printf(&pragma, "PRAGMA foreign_keys = OFF; PRAGMA cache_size = "
	    "%d", -MIGRATE_CACHE_KIB);
	if (sqlite3_exec(db, pragma.data, NULL, NULL, NULL) != SQLITE_OK)
		err = db_error(db, "cannot migrate the database");
	else if ((err = db_begin(db, true)) == NULL &&
	    (err = db_migrate(db)) == NULL &&
	    (err = foreign_keys_intact(db)) == NULL)
		err = db_commit(db);
	else
		db_rollback(db);
	buf_clear(&pragma);
	buf_printf(&pragma, "PRAGMA foreign_keys = ON; PRAGMA cache_size = "
	    "%lld", (long long)cache);
	if (sqlite3_exec(db, pragma.data, NULL, NULL, NULL) != SQLITE_OK &&
	    err == NULL)
		err = db_error(db, "cannot turn foreign keys back on");
	buf_release(&pragma);
	return err;
}

/*
 * A private copy of db in memory, migrated there, replacing *db: how an
 * older schema that may not be written is read (the file stays as it is).
 */
static struct error *
migrate_copy(sqlite3 **db)
{
	sqlite3 *copy = NULL;
	sqlite3_backup *backup;
	struct error *err = NULL;
	int rc;

	if (sqlite3_open(":memory:", &copy) != SQLITE_OK) {
		sqlite3_close(copy);
		return error_runtime("cannot open an in-memory database");
	}
	backup = sqlite3_backup_init(copy, "main", *db, "main");
	rc = backup != NULL ? sqlite3_backup_step(backup, -1) : SQLITE_ERROR;
	if (sqlite3_backup_finish(backup) != SQLITE_OK || rc != SQLITE_DONE)
		err = db_error(backup != NULL ? *db : copy,
		    "cannot copy the database to bring its schema up to date");
	if (err == NULL) {
		configure(copy);
		err = migrate_in_transaction(copy);
	}
	if (err != NULL) {
		sqlite3_close(copy);
		return err;
	}
	db_close(*db);
	*db = copy;
	return NULL;
}

/*
 * Brings an existing file's schema up to date: in the file when it may be
 * written, else in a copy in memory (migrate_copy).
 */
static struct error *
migrate_if_needed(sqlite3 **db, bool writable)
{
	if (db_version(*db) == schema_migration_count)
		return NULL;
	return writable ? migrate_in_transaction(*db) : migrate_copy(db);
}

/*
 * Whether db's -wal exists, by the name SQLite gives it (beside the
 * file a symbolic link names).
 */
static bool
wal_exists(sqlite3 *db)
{
	const char *name = sqlite3_db_filename(db, "main");

	return name != NULL && *name != '\0' &&
	    access(sqlite3_filename_wal(name), F_OK) == 0;
}

/* Whether path with suffix appended ("-wal") exists. */
static bool
companion_exists(const char *path, const char *suffix)
{
	struct buf b;
	bool exists;

	buf_init(&b);
	buf_printf(&b, "%s%s", path, suffix);
	exists = access(b.data, F_OK) == 0;
	buf_release(&b);
	return exists;
}

/*
 * Whether a -wal or -journal beside path holds something (an empty one,
 * as a reader that failed may leave, holds nothing): only then must a
 * reader go through SQLite's locks and files.
 */
static bool
changes_pending(const char *path)
{
	static const char *const suffixes[] = { "-wal", "-journal" };
	struct buf b;
	struct stat st;
	bool pending = false;

	buf_init(&b);
	for (size_t i = 0; i < 2 && !pending; i++) {
		buf_clear(&b);
		buf_printf(&b, "%s%s", path, suffixes[i]);
		pending = stat(b.data, &st) == 0 && st.st_size > 0;
	}
	buf_release(&b);
	return pending;
}

/*
 * Refuses an existing path that cannot be our database file: a directory,
 * anything but a regular file (a FIFO would block the open, a device
 * swallow every write), or a file we may not read (or, for writers,
 * write, nor create the journal beside it).
 */
static struct error *
check_existing(const char *path, const struct stat *st, enum db_mode mode)
{
	struct error *err = NULL;
	char *dir;

	if (S_ISDIR(st->st_mode))
		return error_runtime("'%s' is a directory, not a database "
		    "file: give a file name with --db", path);
	if (!S_ISREG(st->st_mode))
		return error_runtime("'%s' is not a regular file: give a "
		    "database file with --db", path);
	if (access(path, mode == DB_WRITE ? R_OK | W_OK : R_OK) != 0)
		return error_runtime("cannot %s database '%s': %s",
		    mode == DB_WRITE ? "write to" : "read", path,
		    strerror(errno));
	if (mode != DB_WRITE || companion_exists(path, "-wal"))
		return NULL;
	dir = path_directory(path);
	if (access(dir, W_OK) != 0)
		err = error_runtime("cannot write to database '%s': its "
		    "directory '%s' may not be written (%s), and the journal "
		    "goes there", path, dir, strerror(errno));
	free(dir);
	return err;
}

/*
 * How a reader opens an existing file. One that may be written (and its
 * directory) is opened as usual: SQLite then makes and removes its -wal
 * and -shm, 0600 like the file. Otherwise it is opened read-only, so
 * SQLite never tries to write; and when no -wal or -journal holds
 * anything, also immutable, so it creates nothing either: -wal and -shm made by a
 * reader would take the file's read-only mode and lock out every writer
 * after a chmod.
 */
enum read_access {
	ACCESS_WRITE,		/* as usual (may migrate, make WAL files) */
	ACCESS_READ_ONLY,	/* mode=ro: read through the pending -wal */
	ACCESS_IMMUTABLE,	/* mode=ro&immutable=1: the file alone */
};

static enum read_access
read_access(const char *path)
{
	char *dir = path_directory(path);
	bool writable = access(path, W_OK) == 0 && access(dir, W_OK) == 0;

	free(dir);
	if (writable)
		return ACCESS_WRITE;
	return changes_pending(path) ? ACCESS_READ_ONLY : ACCESS_IMMUTABLE;
}

/* The URI opening path read-only (and immutable): '%', '?', '#' escaped. */
static char *
read_only_uri(const char *path, bool immutable)
{
	struct buf b;

	buf_init(&b);
	buf_puts(&b, path[0] == '/' ? "file://" : "file:");
	for (const char *p = path; *p; p++) {
		if (*p == '%' || *p == '?' || *p == '#')
			buf_printf(&b, "%%%02X", (unsigned)(unsigned char)*p);
		else
			buf_putc(&b, *p);
	}
	buf_puts(&b, immutable ? "?mode=ro&immutable=1" : "?mode=ro");
	return buf_detach(&b);
}

/* sqlite3_open_v2 of path as mode and access need. */
static int
open_sqlite(const char *path, enum read_access how, sqlite3 **db)
{
	char *uri;
	int rc;

	if (how == ACCESS_WRITE)
		return sqlite3_open_v2(path, db, SQLITE_OPEN_READWRITE |
		    SQLITE_OPEN_NOMUTEX, NULL);
	uri = read_only_uri(path, how == ACCESS_IMMUTABLE);
	rc = sqlite3_open_v2(uri, db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI |
	    SQLITE_OPEN_NOMUTEX, NULL);
	free(uri);
	return rc;
}

#define DB_OPEN_ATTEMPTS 3
#define DB_POLL_MS 10

/*
 * Opens path with SQLite under a shared guard (see guard_open), checks
 * that it is ours and readies it for mode. On failure *db is NULL and
 * *vanished says whether the file was removed or replaced meanwhile (by a
 * failed first command of another track), which is worth another try.
 */
static struct error *
open_file(const char *path, enum db_mode mode, enum read_access how,
    sqlite3 **db, bool *vanished, bool *full)
{
	struct error *err;
	int fd;

	if ((err = guard_open(path, &fd, vanished)) != NULL)
		return err;
	if (open_sqlite(path, how, db) != SQLITE_OK) {
		*vanished = access(path, F_OK) != 0;
		err = error_runtime("cannot open database '%s': %s", path,
		    *db ? sqlite3_errmsg(*db) : "out of memory");
	} else if (!same_file(fd, path)) {
		*vanished = true;
		err = error_runtime("database '%s' was replaced while opening "
		    "it: try again", path);
	} else {
		guard_add(*db, fd, wal_exists(*db));
		configure(*db);
		if (how == ACCESS_WRITE)
			keep_wal(*db);
		err = check_identity(*db, path);
		/*
		 * A new, empty file is migrated inside the first command's
		 * transaction instead, so a failed first command leaves it
		 * empty (and removes it).
		 */
		if (err == NULL && (mode == DB_READ || db_version(*db) > 0))
			err = migrate_if_needed(db, how == ACCESS_WRITE);
		fd = -1;	/* db_close releases the guard now */
	}
	if (err != NULL) {
		*full = *db != NULL && disk_full(*db);
		db_close(*db);
		*db = NULL;
		if (fd >= 0)
			close(fd);
	}
	return err;
}

/* One attempt of db_open; *vanished as for open_file. */
static struct error *
open_once(const char *path, enum db_mode mode, sqlite3 **db, bool *created,
    bool *vanished)
{
	struct error *err;
	struct stat st;
	bool full = false;

	*db = NULL;
	*created = false;
	*vanished = false;
	if (stat(path, &st) == 0) {
		if ((err = check_existing(path, &st, mode)) != NULL)
			return err;
		/* An empty file (as touch leaves it): a reader adds nothing. */
		if (mode == DB_READ && st.st_size == 0 && !changes_pending(path))
			return open_memory(db);
	} else if (errno != ENOENT) {
		return error_runtime("cannot use database '%s': %s", path,
		    strerror(errno));
	} else if (mode == DB_READ) {
		return open_memory(db);
	} else if ((err = make_parent_dirs(path, vanished)) != NULL ||
	    (err = create_file(path, created, vanished)) != NULL) {
		return err;
	}
	/*
	 * Should our own new file fail to open, it stays (empty: a valid
	 * start for the next command): another track may have it open.
	 */
	if ((err = open_file(path, mode, mode == DB_READ ? read_access(path) :
	    ACCESS_WRITE, db, vanished, &full)) != NULL)
		*created = false;
	/*
	 * A reader that met a full disk (making the -shm) reads the file
	 * alone instead, when no -wal is pending: a full disk still shows
	 * the history.
	 */
	if (err != NULL && mode == DB_READ && full && !changes_pending(path)) {
		error_free(err);
		err = open_file(path, mode, ACCESS_IMMUTABLE, db, vanished,
		    &full);
	}
	return err;
}

/*
 * Refuses a path naming the -wal, -shm or -journal of an existing
 * database: opened as a database (an empty -wal would be adopted), it
 * would wreck the one it belongs to.
 */
static struct error *
companion_refusal(const char *path)
{
	static const char *const suffixes[] = { "-wal", "-shm", "-journal" };
	size_t len = strlen(path);

	for (size_t i = 0; i < sizeof(suffixes) / sizeof(suffixes[0]); i++) {
		size_t n = strlen(suffixes[i]);
		char *base;
		bool exists;

		if (len <= n || strcmp(path + len - n, suffixes[i]) != 0)
			continue;
		base = xstrdup(path);
		base[len - n] = '\0';
		exists = access(base, F_OK) == 0;
		free(base);
		if (exists)
			return error_usage("'%s' belongs to database '%.*s' (its "
			    "%s file), it is not a database: give the database "
			    "itself with --db", path, (int)(len - n), path,
			    suffixes[i] + 1);
	}
	return NULL;
}

struct error *
db_open(const char *path, enum db_mode mode, sqlite3 **db, bool *created)
{
	struct error *err;
	bool vanished;

	*db = NULL;
	*created = false;
	if ((err = companion_refusal(path)) != NULL)
		return err;
	for (int attempt = 1;; attempt++) {
		err = open_once(path, mode, db, created, &vanished);
		if (err == NULL)
			db_keep(*db);
		if (err == NULL || !vanished || attempt == DB_OPEN_ATTEMPTS)
			return err;
		error_free(err);
	}
}

void
db_close(sqlite3 *db)
{
	int fd = guard_take(db);

	db_unkeep(db);
	if (db != NULL)
		sqlite3_close(db);
	if (fd >= 0)
		close(fd);
}

/*
 * Takes the exclusive guard, waiting up to the busy timeout for the other
 * tracks that have the file open to finish.
 */
static bool
guard_exclusive(int fd)
{
	for (int waited = 0; fd >= 0; waited += DB_POLL_MS) {
		if (flock(fd, LOCK_EX | LOCK_NB) == 0)
			return true;
		if (errno != EWOULDBLOCK || waited >= DB_BUSY_TIMEOUT_MS)
			break;
		usleep(DB_POLL_MS * 1000);
	}
	return false;
}

/* Removes path's -wal, -shm and -journal companions. */
static void
remove_companions(const char *path)
{
	static const char *const suffixes[] = { "-wal", "-shm", "-journal" };
	struct buf b;

	buf_init(&b);
	for (size_t i = 0; i < sizeof(suffixes) / sizeof(suffixes[0]); i++) {
		buf_clear(&b);
		buf_printf(&b, "%s%s", path, suffixes[i]);
		unlink(b.data);
	}
	buf_release(&b);
}

/*
 * A file nobody ever committed to is still empty: the first write (and
 * the switch to WAL after it) gives it its first page.
 */
bool
db_close_removing(sqlite3 *db, const char *path)
{
	int fd = guard_take(db);
	struct stat st;
	bool unused;

	db_unkeep(db);
	sqlite3_close(db);
	unused = guard_exclusive(fd) && fstat(fd, &st) == 0 && st.st_size == 0;
	if (unused) {
		remove_companions(path);
		unlink(path);
	}
	if (fd >= 0)
		close(fd);
	return unused;
}

void
db_prefer_wal(sqlite3 *db)
{
	struct guard *g = guard_find(db);
	struct stmt st;
	struct error *err;
	const char *mode;
	bool wal = false;

	if (g != NULL)
		g->wal_wanted = true;
	if ((err = stmt_prepare(&st, db, "cannot read the journal mode",
	    "PRAGMA journal_mode")) != NULL) {
		error_free(err);
		return;
	}
	if (stmt_step(&st) == STMT_ROW &&
	    (mode = (const char *)sqlite3_column_text(st.handle, 0)) != NULL)
		wal = sqlite3_stricmp(mode, "wal") == 0;
	/* A failure is ignored, as the switch's (see db.h). */
	error_free(stmt_finish(&st));
	/* SQLite answers BUSY at once here, without its busy handler. */
	for (int waited = 0; !wal && waited < DB_BUSY_TIMEOUT_MS;
	    waited += DB_POLL_MS) {
		int rc = sqlite3_exec(db, "PRAGMA journal_mode = WAL", NULL,
		    NULL, NULL);

		if (rc == SQLITE_OK || (rc & 0xff) != SQLITE_BUSY)
			return;
		usleep(DB_POLL_MS * 1000);
	}
}

/* ---------------------------------------------------------------------
 * Identifiers
 */

/*
 * The random bits come from a counter hashed with a seed drawn from the
 * system's randomness once per process: a getrandom per UUID was a tenth
 * of an import, which makes one per row. (track never forks, so no two
 * processes share a seed's sequence.)
 */
void
db_uuid(char out[37])
{
	static uint64_t seed, counter;
	struct timespec ts;
	XXH128_hash_t r;
	uint64_t ms;

	clock_gettime(CLOCK_REALTIME, &ts);
	ms = (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
	if (counter++ == 0 && getrandom(&seed, sizeof(seed), 0) !=
	    (ssize_t)sizeof(seed))
		seed = ms ^ ((uint64_t)getpid() << 32) ^ (uint64_t)ts.tv_nsec;
	r = XXH3_128bits_withSeed(&counter, sizeof(counter), seed);
	hex_put(out, ms >> 16, 8);
	out[8] = '-';
	hex_put(out + 9, ms & 0xffff, 4);
	out[13] = '-';
	hex_put(out + 14, 0x7000 | (r.high64 & 0x0fff), 4);
	out[18] = '-';
	hex_put(out + 19, 0x8000 | ((r.high64 >> 12) & 0x3fff), 4);
	out[23] = '-';
	hex_put(out + 24, r.low64, 12);
	out[36] = '\0';
}

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

#include "buf.h"
#include "db.h"
#include "schema.h"

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

struct error *
db_error(sqlite3 *db, const char *doing)
{
	int code = sqlite3_extended_errcode(db);

	if (code == SQLITE_BUSY || code == SQLITE_BUSY_SNAPSHOT)
		return error_runtime("%s: the database stayed busy (another "
		    "track is writing); try again", doing);
	return error_runtime("%s: %s", doing, sqlite3_errmsg(db));
}

struct error *
db_prepare(sqlite3 *db, const char *sql, sqlite3_stmt **stmt)
{
	if (sqlite3_prepare_v2(db, sql, -1, stmt, NULL) != SQLITE_OK)
		return db_error(db, "cannot prepare a query");
	return NULL;
}

static void
db_vbind(sqlite3_stmt *stmt, const char *types, va_list ap)
{
	for (int i = 1; types && *types; types++, i++) {
		switch (*types) {
		case 'i':
			sqlite3_bind_int64(stmt, i, va_arg(ap, int64_t));
			break;
		case 'n': {
			int v = va_arg(ap, int);

			if (v < 0)
				sqlite3_bind_null(stmt, i);
			else
				sqlite3_bind_int(stmt, i, v);
			break;
		}
		case 'd':
			sqlite3_bind_double(stmt, i, va_arg(ap, double));
			break;
		case 't': {
			const char *s = va_arg(ap, const char *);

			if (s == NULL)
				sqlite3_bind_null(stmt, i);
			else
				sqlite3_bind_text(stmt, i, s, -1, SQLITE_TRANSIENT);
			break;
		}
		default:
			abort();	/* a programming error, not input */
		}
	}
}

void
db_bind(sqlite3_stmt *stmt, const char *types, ...)
{
	va_list ap;

	va_start(ap, types);
	db_vbind(stmt, types, ap);
	va_end(ap);
}

struct error *
db_exec(sqlite3 *db, const char *sql, const char *types, ...)
{
	sqlite3_stmt *stmt;
	struct error *err;
	va_list ap;
	int rc;

	if ((err = db_statement(db, sql, &stmt)) != NULL)
		return err;
	va_start(ap, types);
	db_vbind(stmt, types, ap);
	va_end(ap);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
		;
	if (rc != SQLITE_DONE)
		err = db_error(db, "cannot update the database");
	db_statement_done(stmt);
	return err;
}

struct error *
db_query_int(sqlite3 *db, int64_t *value, int64_t fallback, const char *sql,
    const char *types, ...)
{
	sqlite3_stmt *stmt;
	struct error *err;
	va_list ap;
	int rc;

	if ((err = db_statement(db, sql, &stmt)) != NULL)
		return err;
	va_start(ap, types);
	db_vbind(stmt, types, ap);
	va_end(ap);
	*value = fallback;
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW && sqlite3_column_type(stmt, 0) != SQLITE_NULL)
		*value = sqlite3_column_int64(stmt, 0);
	else if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		err = db_error(db, "cannot read the database");
	db_statement_done(stmt);
	return err;
}

char *
db_column_strdup(sqlite3_stmt *stmt, int column)
{
	return xstrdup((const char *)sqlite3_column_text(stmt, column));
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

/*
 * Applies the migrations the file lacks. The caller holds a write
 * transaction (or the database is private), so concurrent openers never
 * apply one twice.
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

static void
configure(sqlite3 *db)
{
	sqlite3_busy_timeout(db, DB_BUSY_TIMEOUT_MS);
	sqlite3_exec(db, "PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL",
	    NULL, NULL, NULL);
}

/* The file's application_id, number of schema objects and user_version. */
static struct error *
identity_read(sqlite3 *db, int64_t *app_id, int64_t *objects,
    int64_t *version)
{
	sqlite3_stmt *stmt;
	struct error *err;

	if ((err = db_prepare(db, "SELECT (SELECT application_id FROM "
	    "pragma_application_id), (SELECT count(*) FROM sqlite_master), "
	    "(SELECT user_version FROM pragma_user_version)", &stmt)) != NULL)
		return err;
	if (sqlite3_step(stmt) == SQLITE_ROW) {
		*app_id = sqlite3_column_int64(stmt, 0);
		*objects = sqlite3_column_int64(stmt, 1);
		*version = sqlite3_column_int64(stmt, 2);
	} else {
		err = db_error(db, "cannot read the database");
	}
	sqlite3_finalize(stmt);
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
	struct error *err;

	/* One statement: one snapshot, even while another track migrates. */
	if ((err = identity_read(db, &app_id, &objects, &version)) != NULL) {
		error_free(err);
		return error_runtime("'%s' is not a track database (%s): "
		    "give another file with --db", path, sqlite3_errmsg(db));
	}
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
	struct guard *next;
};

static struct guard *guards;

static void
guard_add(sqlite3 *db, int fd)
{
	struct guard *g = xmalloc(sizeof(*g));

	g->db = db;
	g->fd = fd;
	g->next = guards;
	guards = g;
}

/* Forgets db's guard and returns its descriptor (-1 when it has none). */
static int
guard_take(sqlite3 *db)
{
	for (struct guard **p = &guards; *p; p = &(*p)->next) {
		struct guard *g = *p;
		int fd = g->fd;

		if (g->db != db)
			continue;
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

/* Brings an existing file's schema up to date under a write lock. */
static struct error *
migrate_if_needed(sqlite3 *db)
{
	struct error *err;

	if (db_version(db) == schema_migration_count)
		return NULL;
	if ((err = db_begin(db, true)) != NULL)
		return err;
	if ((err = db_migrate(db)) != NULL) {
		db_rollback(db);
		return err;
	}
	return db_commit(db);
}

/*
 * Refuses an existing path that cannot be our database file: a directory,
 * anything but a regular file (a FIFO would block the open, a device
 * swallow every write), or a file we may not read (or write, for writers).
 */
static struct error *
check_existing(const char *path, const struct stat *st, enum db_mode mode)
{
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
	return NULL;
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
open_file(const char *path, enum db_mode mode, sqlite3 **db, bool *vanished)
{
	struct error *err;
	int fd;

	if ((err = guard_open(path, &fd, vanished)) != NULL)
		return err;
	if (sqlite3_open_v2(path, db, SQLITE_OPEN_READWRITE |
	    SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
		*vanished = access(path, F_OK) != 0;
		err = error_runtime("cannot open database '%s': %s", path,
		    *db ? sqlite3_errmsg(*db) : "out of memory");
	} else if (!same_file(fd, path)) {
		*vanished = true;
		err = error_runtime("database '%s' was replaced while opening "
		    "it: try again", path);
	} else {
		guard_add(*db, fd);
		configure(*db);
		err = check_identity(*db, path);
		if (err == NULL && mode == DB_READ)
			err = migrate_if_needed(*db);
		fd = -1;	/* db_close releases the guard now */
	}
	if (err != NULL) {
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

	*db = NULL;
	*created = false;
	*vanished = false;
	if (stat(path, &st) == 0) {
		if ((err = check_existing(path, &st, mode)) != NULL)
			return err;
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
	if ((err = open_file(path, mode, db, vanished)) != NULL)
		*created = false;
	return err;
}

struct error *
db_open(const char *path, enum db_mode mode, sqlite3 **db, bool *created)
{
	struct error *err;
	bool vanished;

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
	sqlite3_stmt *stmt;
	struct error *err;
	const char *mode;
	bool wal = false;

	if ((err = db_prepare(db, "PRAGMA journal_mode", &stmt)) != NULL) {
		error_free(err);
		return;
	}
	if (sqlite3_step(stmt) == SQLITE_ROW &&
	    (mode = (const char *)sqlite3_column_text(stmt, 0)) != NULL)
		wal = sqlite3_stricmp(mode, "wal") == 0;
	sqlite3_finalize(stmt);
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

void
db_uuid(char out[37])
{
	unsigned char b[16];
	struct timespec ts;
	uint64_t ms;

	if (getrandom(b, sizeof(b), 0) != (ssize_t)sizeof(b)) {
		/* Practically never; fall back to a weaker source. */
		for (size_t i = 0; i < sizeof(b); i++)
			b[i] = (unsigned char)(rand() & 0xff);
	}
	clock_gettime(CLOCK_REALTIME, &ts);
	ms = (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
	for (int i = 0; i < 6; i++)
		b[i] = (unsigned char)(ms >> (40 - 8 * i));
	b[6] = (unsigned char)(0x70 | (b[6] & 0x0f));
	b[8] = (unsigned char)(0x80 | (b[8] & 0x3f));
	snprintf(out, 37, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-"
	    "%02x%02x%02x%02x%02x%02x", b[0], b[1], b[2], b[3], b[4], b[5],
	    b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
}

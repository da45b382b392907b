#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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

/* Creates every missing directory above path with mode 0700. */
static struct error *
make_parent_dirs(const char *path)
{
	char *copy = xstrdup(path);
	struct error *err = NULL;

	for (char *p = copy + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(copy, 0700) != 0 && errno != EEXIST)
			err = error_runtime("cannot create directory '%s': %s",
			    copy, strerror(errno));
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

	if ((err = db_prepare(db, sql, &stmt)) != NULL)
		return err;
	va_start(ap, types);
	db_vbind(stmt, types, ap);
	va_end(ap);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
		;
	if (rc != SQLITE_DONE)
		err = db_error(db, "cannot update the database");
	sqlite3_finalize(stmt);
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

	if ((err = db_prepare(db, sql, &stmt)) != NULL)
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
	sqlite3_finalize(stmt);
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

/*
 * Refuses a file that is not ours: not SQLite at all, another program's
 * SQLite file, or a newer schema. Reads only the header and the catalog.
 */
static struct error *
check_identity(sqlite3 *db, const char *path)
{
	int64_t app_id = 0, objects = 0;
	struct error *err;
	int version;

	err = db_query_int(db, &app_id, 0, "PRAGMA application_id", NULL);
	if (err == NULL)
		err = db_query_int(db, &objects, 0,
		    "SELECT count(*) FROM sqlite_master", NULL);
	if (err != NULL) {
		error_free(err);
		return error_runtime("'%s' is not a track database (%s): "
		    "give another file with --db", path, sqlite3_errmsg(db));
	}
	if (app_id != DB_APPLICATION_ID && (app_id != 0 || objects != 0))
		return error_runtime("'%s' is an SQLite database of another "
		    "program, not a track database: give another file with "
		    "--db", path);
	version = db_version(db);
	if (version > schema_migration_count)
		return error_runtime("'%s' has schema version %d, newer than "
		    "this track supports (%d): upgrade track", path, version,
		    schema_migration_count);
	return NULL;
}

/* Creates the empty file with mode 0600 so SQLite never picks the mode. */
static struct error *
create_file(const char *path, bool *created)
{
	int fd;

	if ((fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600)) >= 0) {
		close(fd);
		*created = true;
		return NULL;
	}
	if (errno == EEXIST)
		return NULL;	/* another track created it meanwhile */
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

struct error *
db_open(const char *path, enum db_mode mode, sqlite3 **db, bool *created)
{
	struct error *err = NULL;
	struct stat st;

	*db = NULL;
	*created = false;
	if (stat(path, &st) == 0) {
		if ((err = check_existing(path, &st, mode)) != NULL)
			return err;
	} else if (errno != ENOENT) {
		return error_runtime("cannot use database '%s': %s", path,
		    strerror(errno));
	} else if (mode == DB_READ) {
		return open_memory(db);
	} else if ((err = make_parent_dirs(path)) != NULL ||
	    (err = create_file(path, created)) != NULL) {
		return err;
	}
	if (sqlite3_open_v2(path, db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK) {
		err = error_runtime("cannot open database '%s': %s", path,
		    *db ? sqlite3_errmsg(*db) : "out of memory");
		goto done;
	}
	configure(*db);
	if ((err = check_identity(*db, path)) != NULL)
		goto done;
	/* New (or empty: touched) files become WAL before the first write. */
	if (mode == DB_WRITE && db_version(*db) == 0 &&
	    sqlite3_exec(*db, "PRAGMA journal_mode = WAL", NULL, NULL,
	    NULL) != SQLITE_OK) {
		err = db_error(*db, "cannot set up the new database");
		goto done;
	}
	if (mode == DB_READ)
		err = migrate_if_needed(*db);
done:
	if (err) {
		db_close(*db);
		*db = NULL;
		if (*created)
			unlink(path);
		*created = false;
	}
	return err;
}

void
db_close(sqlite3 *db)
{
	if (db != NULL)
		sqlite3_close(db);
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

/*
 * One in-memory database for every input, and the input handed to
 * import_file as a real file: a memfd reached through /proc/self/fd, so
 * open_input, the JSON sniffing and the CSV driver all run as they do
 * for `track import`.
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include "core/date.h"
#include "core/db.h"
#include "fuzz_import.h"
#include "importers/import.h"
#include "importers/store.h"

static sqlite3 *db;
static FILE *sink;		/* warnings and rejects: /dev/null */
static int input_fd = -1;
static char input_path[64];

static void
die(const char *what, struct error *err)
{
	fprintf(stderr, "fuzz_import: %s: %s\n", what,
	    err != NULL ? err->message : "failed");
	abort();
}

/*
 * The database, the sink and the memfd, once per process. The connection
 * is kept (db_keep), as `track import` keeps its own: the importer's
 * statements are compiled and the topic catalog loaded once, not per
 * input (they were three quarters of an input's time), and reused while
 * the catalog stays as it was (each input is rolled back). Nothing may
 * expire them: schema changes and flag pragmas make SQLite compile every
 * statement again. So the store is opened once outside a transaction,
 * which creates its temporary tables for good and drops the summary
 * insert trigger that every import sets aside (only the trigger's
 * restoring in store_flush, constant SQL, goes unexercised); CHECKs stay
 * ignored, as during every import; and the inputs run in one transaction,
 * each rolled back to a savepoint, so the deferred foreign keys an import
 * asks for stay deferred.
 */
static void
setup(void)
{
	struct store store;
	struct error *err;

	setenv("TZ", "UTC", 1);
	tzset();
	if (sqlite3_open(":memory:", &db) != SQLITE_OK)
		die("sqlite3_open", NULL);
	db_keep(db);
	if ((err = db_exec(db, "PRAGMA foreign_keys = ON", NULL)) != NULL ||
	    (err = db_migrate(db)) != NULL)
		die("migrate", err);
	if ((err = db_exec(db, "PRAGMA ignore_check_constraints = ON",
	    NULL)) != NULL ||
	    (err = store_open(&store, db, 0, 0, FUZZ_NOW)) != NULL)
		die("store_open", err);
	store_close(&store);
	if ((err = db_begin(db, true)) != NULL)
		die("begin", err);
	if ((sink = fopen("/dev/null", "w")) == NULL)
		die("/dev/null", NULL);
	if ((input_fd = memfd_create("fuzz-import", 0)) < 0)
		die("memfd_create", NULL);
	snprintf(input_path, sizeof(input_path), "/proc/self/fd/%d", input_fd);
}

/* Replaces the file's content with data. */
static void
write_input(const uint8_t *data, size_t size)
{
	size_t done = 0;

	if (ftruncate(input_fd, 0) != 0)
		die("ftruncate", NULL);
	while (done < size) {
		ssize_t n = pwrite(input_fd, data + done, size - done,
		    (off_t)done);

		if (n <= 0)
			die("pwrite", NULL);
		done += (size_t)n;
	}
}

void
fuzz_import(const uint8_t *data, size_t size)
{
	static char *maps[] = { "Day=date", "Time=duration", "Subject=topic",
		NULL };
	struct import_options o = { .now = FUZZ_NOW };
	struct import_result result;
	struct error *err;

	if (db == NULL)
		setup();
	o.warn = sink;
	o.today = day_of_instant(o.now);
	o.skip_bad = size % 2 == 0;
	o.rejects = o.skip_bad ? sink : NULL;
	o.maps = size & 2 ? maps : NULL;
	write_input(data, size);
	if ((err = db_exec(db, "SAVEPOINT fuzz_input", NULL)) != NULL)
		die("savepoint", err);
	error_free(import_file(db, input_path, &o, &result));
	if ((err = db_exec(db, "ROLLBACK TO fuzz_input", NULL)) != NULL ||
	    (err = db_exec(db, "RELEASE fuzz_input", NULL)) != NULL)
		die("rollback", err);
	if (sqlite3_get_autocommit(db))
		die("the import ended the harness's transaction", NULL);
}

sqlite3 *
fuzz_import_db(void)
{
	return db;
}

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

#include "date.h"
#include "db.h"
#include "fuzz_import.h"
#include "import.h"
#include "store.h"

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
 * The database, the sink and the memfd, once per process. The store is
 * opened once outside a transaction, which creates its temporary tables
 * for good and drops the summary insert trigger that every import sets
 * aside: rolling back that DDL after each input would make SQLite parse
 * the whole schema again, a third of the time of an input. Only the
 * trigger's restoring in store_flush (constant SQL) goes unexercised.
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
	if ((err = db_exec(db, "PRAGMA foreign_keys = ON", NULL)) != NULL ||
	    (err = db_migrate(db)) != NULL)
		die("migrate", err);
	if ((err = store_open(&store, db, 0, 0, FUZZ_NOW)) != NULL)
		die("store_open", err);
	store_close(&store);
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
	if ((err = db_begin(db, true)) != NULL)
		die("begin", err);
	error_free(import_file(db, input_path, &o, &result));
	db_rollback(db);
	if (!sqlite3_get_autocommit(db))
		die("a transaction is still open after the rollback", NULL);
}

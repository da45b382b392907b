/*
 * track version (and `track --version`): the versions of track and of the
 * libraries it runs with. SQLite is asked at run time; libcsv has no such
 * call, so its version is the one track was built with.
 */
#include <csv.h>
#include <string.h>

#include "cli/commands.h"

#define TRACK_VERSION "0.1.0"

struct error *
cmd_version(struct track *t, int argc, char **argv)
{
	(void)argv;
	if (argc > 1)
		return usage_error("version");
	fprintf(t->out, "track %s\nSQLite %s (run time", TRACK_VERSION,
	    sqlite3_libversion());
	if (strcmp(sqlite3_libversion(), SQLITE_VERSION) != 0)
		fprintf(t->out, "; built with %s", SQLITE_VERSION);
	fprintf(t->out, ")\nlibcsv %d.%d.%d (built with)\n", CSV_MAJOR,
	    CSV_MINOR, CSV_RELEASE);
	return NULL;
}

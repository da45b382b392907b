/*
 * The body shared by the import fuzz targets (fuzz_csv_import.c,
 * fuzz_json_import.c): the whole `track import FILE` path on one input.
 */
#ifndef TRACK_FUZZ_IMPORT_H
#define TRACK_FUZZ_IMPORT_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The instant every fuzzed import runs at: TRACK_NOW of the CLI tests. */
#define FUZZ_NOW 1795341600	/* 2026-11-22T10:00:00Z */

/*
 * Imports data as a file, auto-detecting its format, into one in-memory
 * database (with the catalog) opened on the first call. Each input runs
 * inside a savepoint rolled back afterwards, so no input sees another's
 * rows. The input's length picks the options: an even length imports
 * with --skip-bad (and --rejects), a length with bit 1 set adds --map
 * Day=date --map Time=duration --map Subject=topic. Aborts on a failure
 * of the harness itself, never on a refused input.
 */
void fuzz_import(const uint8_t *data, size_t size);

/* The database of fuzz_import (NULL before its first call), for tests. */
struct sqlite3 *fuzz_import_db(void);

#ifdef __cplusplus
}
#endif
#endif

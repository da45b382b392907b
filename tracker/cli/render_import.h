#ifndef TRACK_RENDER_IMPORT_H
#define TRACK_RENDER_IMPORT_H

#include <sqlite3.h>
#include <stdbool.h>
#include <stdio.h>

#include "core/error.h"
#include "importers/import.h"

/*
 * The formats of `track import`'s summaries: one call per file imported
 * (index counts them from 0), written before the file commits, and for
 * JSON an end once every file is done (printed: how many were written;
 * none gives "[]"). dry_run says nothing was written.
 */

#ifdef __cplusplus
extern "C" {
#endif

/* "FILE: 120 rows, 118 sessions added, ..." and what else happened. */
void import_render_text(FILE *out, const char *file,
    const struct import_result *r, bool dry_run, int index);
/* The file's object, an element of the array of results. */
void import_render_json(FILE *out, const char *file,
    const struct import_result *r, bool dry_run, int index);
void import_render_json_end(FILE *out, int printed);

/* `track import list`: every batch, newest first, one a line or JSON. */
struct error *import_list_render_text(FILE *out, sqlite3 *db);
struct error *import_list_render_json(FILE *out, sqlite3 *db);

#ifdef __cplusplus
}
#endif
#endif

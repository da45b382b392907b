#ifndef TRACK_RENDER_EXPORT_H
#define TRACK_RENDER_EXPORT_H

/*
 * The formats of `track export`: everything f selects from db, written
 * to out as CSV (one header, then every record as a row of the wide
 * table) or as one JSON document (every array streamed element by
 * element). *written counts what the command reports afterwards.
 */

#include <sqlite3.h>
#include <stdio.h>

#include "core/error.h"
#include "core/export.h"

/* What an export wrote. */
struct export_written {
	int sessions;		/* sessions written */
	int repaired;		/* JSON texts with invalid UTF-8 replaced */
};

#ifdef __cplusplus
extern "C" {
#endif

struct error *export_render_csv(FILE *out, sqlite3 *db,
    const struct export_filter *f, struct export_written *written);
struct error *export_render_json(FILE *out, sqlite3 *db,
    const struct export_filter *f, struct export_written *written);

#ifdef __cplusplus
}
#endif
#endif

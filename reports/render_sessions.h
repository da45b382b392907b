#ifndef TRACK_RENDER_SESSIONS_H
#define TRACK_RENDER_SESSIONS_H

/*
 * The formats of `track ls`: every session f selects, oldest first, read
 * from db through the session cursor (session.h) and written to out.
 * Text: aligned columns, user text neutralised, long text cut to fit 80
 * columns, "no sessions" when none. JSON: one array, an object a line
 * (SPEC §11 keys). CSV: the SPEC §11 columns, RFC 4180, formula-safe.
 */

#include <sqlite3.h>
#include <stdio.h>

#include "core/error.h"
#include "core/session.h"

#ifdef __cplusplus
extern "C" {
#endif

struct error *sessions_render_text(FILE *out, sqlite3 *db,
    const struct session_filter *f);
struct error *sessions_render_json(FILE *out, sqlite3 *db,
    const struct session_filter *f);
struct error *sessions_render_csv(FILE *out, sqlite3 *db,
    const struct session_filter *f);

#ifdef __cplusplus
}
#endif
#endif

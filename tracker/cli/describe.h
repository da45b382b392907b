#ifndef TRACK_DESCRIBE_H
#define TRACK_DESCRIBE_H

#include <stdio.h>

#include "core/buf.h"
#include "core/catalog.h"
#include "core/choice.h"
#include "core/session.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Appends what a session or timer is about, the way every confirmation
 * shows it: "django (backend, study)", or with a link "fastapi (backend,
 * project, project 'Todo API')". path NULL shows as unmapped; project wins
 * over tutorial; names go through buf_put_terminal.
 */
void session_subject(struct buf *b, const char *topic, const char *path,
    enum kind kind, const char *project, const char *tutorial);

/* Writes session_subject's text to out. */
void session_print_subject(FILE *out, const char *topic, const char *path,
    enum kind kind, const char *project, const char *tutorial);

/*
 * Appends the one-line description every command prints for a session:
 * "1h30m django (backend, project, project 'Django blog') on 2026-11-20".
 * The caller adds what was done ("logged", "removed #3:").
 */
void session_describe(struct buf *b, const struct session *s);

/*
 * Writes the confirmation of a new session from its id and names:
 * "logged 1h12m django (backend, study) on 2026-11-22 as #7\n".
 */
void session_print_logged(FILE *out, const struct session *s);

/*
 * Writes one topic of a catalog listing (`topic list`, `path show`):
 * "  sql (postgres, mysql)  [serves: data-science, data-engineering]",
 * "  python (py)  [area: basics]"; names go through fput_terminal.
 */
struct error *topic_row_print(const struct topic_row *row, void *out);

/*
 * Writes what taking back a `path set` did, the way `track undo` and
 * `track path undo` say it: "undid 'path set backend' of 2026-11-22,
 * which replaced ml; current path: ml (chosen 2026-11-01)\n", or "...;
 * no path chosen now\n".
 */
void path_undo_print(FILE *out, const struct path_undo *u);

#ifdef __cplusplus
}
#endif
#endif

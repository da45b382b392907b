#ifndef TRACK_PROJECT_H
#define TRACK_PROJECT_H

#include <sqlite3.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "catalog.h"
#include "error.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Validates a project name or tutorial title typed by the user. */
struct error *title_check(const char *what, const char *text);

/*
 * The id of the project called name (case-insensitive), creating it open,
 * started on day, when missing. A new project's path is its topic's path
 * when that is a specialization, else the path chosen on day. *created
 * says whether it was new.
 */
struct error *project_ensure(sqlite3 *db, const char *name,
    const struct topic *topic, int day, int64_t *id, bool *created);

/*
 * The id of the hand-added tutorial titled title (case-insensitive),
 * creating it with topic, started on day, when missing.
 */
struct error *tutorial_ensure(sqlite3 *db, const char *title,
    const struct topic *topic, int day, int64_t *id, bool *created);

#ifdef __cplusplus
}
#endif
#endif

#ifndef TRACK_CATALOG_H
#define TRACK_CATALOG_H

#include <sqlite3.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <time.h>

#include "core/error.h"

/* A career path (or the fundamentals pseudo-path). */
struct path {
	int64_t id;
	char *slug;		/* "backend" */
	char *name;		/* "Backend development" */
	char *description;
	bool fundamentals;	/* the pseudo-path, never choosable */
	bool builtin;
};

/* A topic and where it maps. */
struct topic {
	int64_t id;
	char *name;		/* canonical name, "scikit-learn" */
	int64_t path_id;	/* 0 when unmapped */
	char *path;		/* path slug, NULL when unmapped */
	bool fundamentals;	/* maps to the fundamentals pseudo-path */
};

#ifdef __cplusplus
extern "C" {
#endif

void path_init(struct path *p);
void path_release(struct path *p);
void topic_init(struct topic *t);
void topic_release(struct topic *t);

/* Finds a path by slug (case-insensitive); *found says whether it exists. */
struct error *path_find(sqlite3 *db, const char *slug, struct path *p,
    bool *found);
/* Like path_find, but an unknown slug is a usage error listing the paths. */
struct error *path_require(sqlite3 *db, const char *slug, struct path *p);
/* The chosen path as it stood on day (latest path set on or before it). */
struct error *path_current(sqlite3 *db, int day, struct path *p,
    bool *found);
/* The slug of path id in *slug (caller frees; NULL when there is none). */
struct error *path_slug_of(sqlite3 *db, int64_t id, char **slug);
/* Validates a new path slug: lowercase letters, digits and '-'. */
struct error *path_slug_check(const char *slug);
/*
 * "backend, ml, ..." in *list (choosable paths in position order; caller
 * frees; NULL on an error).
 */
struct error *path_slug_list(sqlite3 *db, char **list);
/* Adds a user path after the built-in ones; description may be NULL. */
struct error *path_add(sqlite3 *db, const char *slug, const char *name,
    const char *description);
/* Records `track path set` of path_id on day, made at now. */
struct error *path_choose(sqlite3 *db, int64_t path_id, int day, time_t now);
/*
 * The day the path current on day was chosen: the oldest choice of the
 * run of choices of that path ending on day, so repeating a choice does
 * not move it. *since is DAY_NONE when no path was chosen by day.
 */
struct error *path_chosen_since(sqlite3 *db, int day, int *since);

/*
 * Finds a topic by name or alias, case-insensitive, with spaces,
 * underscores and hyphens alike (their keys are equal: topic_key).
 */
struct error *topic_find(sqlite3 *db, const char *name, struct topic *t,
    bool *found);
/*
 * Finds a topic by name or alias; an unknown name is created unmapped and
 * a hint (did you mean, how to map it) goes to warn.
 */
struct error *topic_resolve(sqlite3 *db, const char *name, FILE *warn,
    struct topic *t);
/*
 * The catalog name or alias closest to name within a small edit distance,
 * or NULL (caller frees). Only mapped topics and aliases are candidates.
 */
struct error *topic_suggest(sqlite3 *db, const char *name, char **suggestion);
/*
 * Finds a topic by name or alias (topic_find); an unknown one is a usage
 * error with the closest catalog name and how to add it.
 */
struct error *topic_require(sqlite3 *db, const char *name,
    struct topic *topic);
/* Validates a topic name typed by the user (non-empty, printable, short). */
struct error *topic_name_check(const char *name);
/*
 * The lowercase, trimmed form a new topic or alias is stored under, as
 * typed otherwise ("machine learning"; caller frees).
 */
char *topic_normalize(const char *name);
/*
 * The one normalisation of topic names, for every lookup (the commands'
 * and the importer's): name into out (at least strlen(name) + 1 bytes)
 * with ASCII letters lowercase and each run of spaces, underscores,
 * hyphens, tabs and line breaks one separator, none at either end.
 */
void topic_fold(const char *name, char separator, char *out);
/*
 * topic_fold with '-', the catalog's spelling: the key a topic name is
 * found by ("Machine_Learning" -> "machine-learning"; caller frees).
 */
char *topic_key(const char *name);
/* Whether a and b name the same topic (their keys are equal). */
bool topic_same(const char *a, const char *b);

/*
 * Adds a topic (name normalized) mapped to path_id; its id in *id (NULL:
 * not wanted).
 */
struct error *topic_add(sqlite3 *db, const char *name, int64_t path_id,
    int64_t *id);
/* Maps (or moves) a topic to path_id. */
struct error *topic_map(sqlite3 *db, int64_t topic_id, int64_t path_id);
/* Adds alias (normalized) for topic_id. */
struct error *topic_alias_add(sqlite3 *db, const char *alias,
    int64_t topic_id);
/*
 * Merges topic from into topic into: its sessions, tutorials, timer and
 * aliases move over and from is deleted. *sessions is how many sessions
 * moved.
 */
struct error *topic_merge(sqlite3 *db, int64_t from, int64_t into,
    int *sessions);
/* A topic as the catalog lists it; strings live for one callback. */
struct topic_row {
	const char *name;
	const char *aliases;	/* joined by ", ", "" when none */
	const char *area;	/* a fundamentals topic's area ("further"
				   when it has none), else NULL */
	const char *serves;	/* the paths it serves besides its home,
				   in path order, joined by ", "; "" */
};

/*
 * Calls fn for every topic of path_id (0: the unmapped ones) in name
 * order; stops at and returns the first error of fn.
 */
struct error *topic_each(sqlite3 *db, int64_t path_id,
    struct error *(*fn)(const struct topic_row *row, void *arg), void *arg);

/*
 * Makes topic_id serve path_id (SPEC §2), a relation of the user's;
 * *added is false when it already did. The caller checks the path is
 * neither the topic's home nor fundamentals.
 */
struct error *topic_serve(sqlite3 *db, int64_t topic_id, int64_t path_id,
    bool *added);
/*
 * Ends topic_id serving path_id, built in or not; *removed is false when
 * it did not, *builtin says the relation was the catalog's own.
 */
struct error *topic_unserve(sqlite3 *db, int64_t topic_id, int64_t path_id,
    bool *removed, bool *builtin);
/*
 * Calls fn for every topic that serves path_id from another home, in
 * name order, with its home path's slug.
 */
struct error *topic_serving_each(sqlite3 *db, int64_t path_id,
    struct error *(*fn)(const char *topic, const char *home, void *arg),
    void *arg);
/* The prerequisites of path_id, in name order, joined by ", " (caller
 * frees; "" when none). */
struct error *path_prerequisites(sqlite3 *db, int64_t path_id, char **list);

#ifdef __cplusplus
}
#endif
#endif

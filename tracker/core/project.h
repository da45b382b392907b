#ifndef TRACK_PROJECT_H
#define TRACK_PROJECT_H

#include <sqlite3.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <time.h>

#include "core/catalog.h"
#include "core/error.h"

#define URL_MAX 2000			/* bytes in a project or tutorial URL */
#define PROJECT_DESCRIPTION_MAX 1000	/* bytes in a project description */

/* Something built, with what was logged on it. Days are "YYYY-MM-DD". */
struct project {
	int64_t id;
	char *name;
	int64_t path_id;	/* 0: no path given */
	char *path;		/* its path's slug, NULL when none */
	bool path_given;	/* path was given with --path (sticky) */
	char *started;
	char *completed;	/* NULL while open */
	char *url;		/* NULL: none */
	char *description;	/* NULL: none */
	bool contribution;	/* an open-source contribution (SPEC §12) */
	int minutes;		/* logged on it (read only) */
	int sessions;		/* sessions linked to it (read only) */
};

/* A course or tutorial being followed, with what was logged on it. */
struct tutorial {
	int64_t id;
	char *title;
	int64_t topic_id;	/* 0: no topic */
	char *topic;		/* topic name, NULL when none (read only) */
	char *path;		/* the topic's path slug, NULL (read only) */
	char *platform;		/* NULL: added by hand */
	char *course_id;	/* the platform's id, NULL when none */
	char *url;		/* NULL: none */
	char *started;		/* NULL when unknown */
	char *completed;	/* NULL while not completed */
	char *last_activity;	/* newest imported activity day, or NULL */
	bool has_progress;
	double progress;	/* percent, when has_progress */
	int minutes;		/* logged on it (read only) */
	int sessions;		/* sessions linked to it (read only) */
};

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Validates a project name or tutorial title typed by the user: not
 * empty, not too long, UTF-8, no C0 control. Enough to look a name up;
 * a name about to be created must also pass name_controls_check (the
 * functions below that create one do it).
 */
struct error *title_check(const char *what, const char *text);
/*
 * title_check, and when no project is called name yet (or no hand-added
 * tutorial title), name_controls_check: what `track log --project` and
 * `track start` check before anything happens, so a refusal is the only
 * line they print.
 */
struct error *project_name_check(sqlite3 *db, const char *name);
struct error *tutorial_title_check(sqlite3 *db, const char *title);
/* Validates a URL: http:// or https://, a host, no spaces or controls. */
struct error *url_check(const char *url);

/*
 * The id of the project called name (case-insensitive), creating it open,
 * started on day, when missing, with no path: a project's path is given
 * with --path (project_give_path) or follows its hours (SPEC §5.1).
 * *created says whether it was new.
 */
struct error *project_ensure(sqlite3 *db, const char *name, int day,
    int64_t *id, bool *created);

/*
 * The path a project is given with --path: slug must name a
 * specialization (fundamentals and unknown paths are usage errors). Fills
 * path.
 */
struct error *project_path_require(sqlite3 *db, const char *slug,
    struct path *path);

/*
 * Gives project id the path path_id, for good (sticky: path_given). *was
 * is the slug of the path it was given before (NULL: none, its hours
 * decided); *changed is false when it already had this one.
 */
struct error *project_give_path(sqlite3 *db, int64_t id, int64_t path_id,
    char **was, bool *changed);

/*
 * The id of the hand-added tutorial titled title (case-insensitive),
 * creating it with topic, started on day, when missing.
 */
struct error *tutorial_ensure(sqlite3 *db, const char *title,
    const struct topic *topic, int day, int64_t *id, bool *created);

/* ---------------------------------------------------------------------
 * Projects
 */

void project_init(struct project *p);
void project_release(struct project *p);

/*
 * Finds the project called name (case-insensitive) with its path and
 * totals; *found says whether it exists.
 */
struct error *project_find(sqlite3 *db, const char *name, struct project *p,
    bool *found);
/*
 * Like project_find, but an unknown name is a usage error naming the
 * closest project, if one is close.
 */
struct error *project_require(sqlite3 *db, const char *name,
    struct project *p);
/*
 * Inserts p's name, path_id (0: none; else a path given, sticky),
 * started, url and description, created at now, and sets p->id. A name
 * taken (case-insensitive) is a usage error.
 */
struct error *project_add(sqlite3 *db, struct project *p, time_t now);
/* Sets the completion day (NULL: open again). */
struct error *project_set_completed(sqlite3 *db, int64_t id,
    const char *completed);
/* Sets the URL (NULL: none). */
struct error *project_set_url(sqlite3 *db, int64_t id, const char *url);
/* Marks the project an open-source contribution (SPEC §12). */
struct error *project_set_contribution(sqlite3 *db, int64_t id);
/*
 * Deletes the project. Its sessions stay, unlinked, with their kind;
 * *unlinked is how many there were.
 */
struct error *project_delete(sqlite3 *db, int64_t id, int *unlinked);
/*
 * Calls fn for every project, oldest start first (then name), with its
 * path and totals; p is only valid during the call. Stops at and returns
 * the first error of fn.
 */
struct error *project_each(sqlite3 *db,
    struct error *(*fn)(const struct project *p, void *arg), void *arg);
/*
 * Calls fn for every topic logged on project id, most minutes first, with
 * the topic's path slug (NULL when unmapped) and its minutes.
 */
struct error *project_topics(sqlite3 *db, int64_t id,
    struct error *(*fn)(const char *topic, const char *path, int minutes,
    void *arg), void *arg);

/* ---------------------------------------------------------------------
 * Tutorials
 */

void tutorial_init(struct tutorial *t);
void tutorial_release(struct tutorial *t);

/*
 * Finds the tutorial titled title (case-insensitive). platform NULL
 * prefers the hand-added one, else the only one with that title; several
 * on different platforms is a usage error naming them. A platform picks
 * the one from that platform (case-insensitive). *found says whether one
 * was found.
 */
struct error *tutorial_find(sqlite3 *db, const char *title,
    const char *platform, struct tutorial *t, bool *found);
/* Like tutorial_find, but none found is a usage error (closest title). */
struct error *tutorial_require(sqlite3 *db, const char *title,
    const char *platform, struct tutorial *t);
/*
 * Inserts a hand-added tutorial from t's title, topic_id, url and started,
 * created at now, and sets t->id. A hand-added tutorial with the same
 * title (case-insensitive) is a usage error.
 */
struct error *tutorial_add(sqlite3 *db, struct tutorial *t, time_t now);
/* Marks it completed on completed, at 100 percent. */
struct error *tutorial_complete(sqlite3 *db, int64_t id,
    const char *completed);
/* Deletes it; its sessions stay, unlinked, with kind tutorial. */
struct error *tutorial_delete(sqlite3 *db, int64_t id, int *unlinked);
/*
 * Calls fn for every tutorial, oldest start first (unknown starts last,
 * then title), with its topic and totals; t is only valid during the call.
 */
struct error *tutorial_each(sqlite3 *db,
    struct error *(*fn)(const struct tutorial *t, void *arg), void *arg);

#ifdef __cplusplus
}
#endif
#endif

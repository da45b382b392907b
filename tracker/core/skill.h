#ifndef TRACK_SKILL_H
#define TRACK_SKILL_H

/*
 * Skills (SPEC §12): named sets of topics, the catalog's (schema
 * 012_skills.sql) and the learner's own (`track skill add`). core and
 * professional skills belong to every path; a domain skill to one.
 */

#include <sqlite3.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/error.h"

#define SKILL_NAME_MAX 40	/* bytes in a skill name */
#define SKILL_TITLE_MAX 80	/* bytes in a skill title */
#define SKILL_TOPICS_MAX 10	/* topics a learner's skill may name */

struct skill {
	int64_t id;
	char *name;		/* what a user types: "unit-testing" */
	char *title;		/* what output shows: "Unit testing" */
	char *area;		/* "core", "domain" or "professional" */
	int64_t path_id;	/* a domain skill's path; 0 otherwise */
	char *path;		/* its slug; NULL for core and professional */
	bool builtin;
	char **topics;		/* its topics' names, in name order (read
				   only) */
	size_t topic_count;
};

#ifdef __cplusplus
extern "C" {
#endif

void skill_init(struct skill *s);
void skill_release(struct skill *s);

/*
 * Validates a new skill's name: 1 to SKILL_NAME_MAX lowercase letters,
 * digits and '-', starting with a letter (as path slugs).
 */
struct error *skill_name_check(const char *name);
/* Validates a title: UTF-8 text, 1 to SKILL_TITLE_MAX bytes, no control. */
struct error *skill_title_check(const char *title);
/*
 * The title a skill gets when none is given: its name with '-' as a
 * space and its first letter upper case ("unit-testing" -> "Unit
 * testing"; caller frees).
 */
char *skill_default_title(const char *name);

/* Finds the skill called name (case-insensitive); *found says whether. */
struct error *skill_find(sqlite3 *db, const char *name, struct skill *s,
    bool *found);
/*
 * Like skill_find, but an unknown name is a usage error naming the
 * closest skill, or `track skill list`.
 */
struct error *skill_require(sqlite3 *db, const char *name, struct skill *s);

/*
 * Adds the learner's skill s (name, title, path_id; a domain skill, not
 * built in) with the n topics topic_ids (duplicates count once); its id
 * into s->id. A name already taken is a usage error.
 */
struct error *skill_add(sqlite3 *db, struct skill *s,
    const int64_t *topic_ids, size_t n);
/*
 * Removes skill id with its topic links. Built-in skills are refused (a
 * usage error): the catalog's list stays whole.
 */
struct error *skill_remove(sqlite3 *db, const struct skill *s);

/*
 * Calls fn for every skill of path_id (core and professional skills,
 * then the path's domain skills; path_id 0: every skill), in catalog
 * order (position, then name); the skill lives for one call. Stops at
 * and returns fn's first error.
 */
struct error *skill_each(sqlite3 *db, int64_t path_id,
    struct error *(*fn)(const struct skill *s, void *arg), void *arg);

#ifdef __cplusplus
}
#endif
#endif

#ifndef TRACK_SKILLS_H
#define TRACK_SKILLS_H

/*
 * Skills and career readiness (SPEC §12): the skill catalog of a path
 * (schema 012) held against a loaded history. skills_load reads the
 * catalog, the settings and the projects' use of its topics;
 * skills_compute is a pure
 * function of the history, the plan and that catalog, returning codes and
 * figures (reports/sentences_skills.c writes the words).
 */

#include <sqlite3.h>
#include <stdbool.h>

#include "reports/analysis.h"

enum skill_area {
	SKILL_CORE,		/* core-Python proficiency, every path */
	SKILL_DOMAIN,		/* the path's domain expertise */
	SKILL_PROFESSIONAL,	/* unit testing, debugging, ... */
	SKILL_AREA_COUNT
};

enum skill_status {
	SKILL_UNTOUCHED,
	SKILL_LEARNED,		/* skills.learned-minutes of any kind */
	SKILL_APPLIED,		/* skills.applied-minutes of project time, or
				   a topic used in a substantial project */
	SKILL_STATUS_COUNT
};

/* The items of the entry-level checklist, in the order it shows them. */
enum ready_item {
	READY_FUNDAMENTALS,	/* plan step 1 complete */
	READY_TESTING,		/* unit-testing applied */
	READY_DEBUG_DOCS,	/* debugging and documentation learned */
	READY_PROJECTS,		/* plan.projects substantial, in the path */
	READY_LINKED,		/* every substantial project has a URL */
	READY_CORE,		/* career.core-skills core skills applied */
	READY_COUNT
};

/* The settings of SPEC §12 (schema 012). */
struct skills_settings {
	int learned_minutes;	/* skills.learned-minutes */
	int applied_minutes;	/* skills.applied-minutes */
	int core_skills;	/* career.core-skills */
};

/* One topic of a skill, with its minutes up to the day. */
struct skill_topic {
	int index;		/* into history.topics */
	const char *name;	/* borrowed from the history */
	int by_kind[3];		/* enum kind order */
};

struct skill_item {
	char *name;		/* "unit-testing" */
	char *title;		/* "Unit testing" */
	enum skill_area area;
	struct skill_topic *topics;	/* in topic id order */
	size_t topic_count;
	const char *top_topic;	/* its topic with most minutes (ties: the
				   first), NULL: none */
	/* Computed: */
	enum skill_status status;
	int by_kind[3];		/* minutes on its topics, enum kind order */
	bool in_substantial;	/* a topic used in a substantial project */
	const char **projects;	/* the projects that used its topics, in
				   the history's order (names borrowed);
				   loaded with_projects only */
	size_t project_count;
};

/* READY_DEBUG_DOCS's have: which of the two are not learned yet. */
#define READY_MISSING_DEBUGGING 1
#define READY_MISSING_DOCUMENTATION 2

/* What one checklist item lacks, as figures for its sentence. */
struct ready_check {
	bool done;
	int have, need;		/* counts or minutes, by item */
	enum skill_status status;	/* READY_TESTING: the skill's */
	const char *name;	/* a project or skill title it names */
	const char *other;	/* READY_DEBUG_DOCS: the second skill */
};

/* A project's time on a topic of some skill (any minutes). */
struct skill_use {
	int project;		/* index into history.projects */
	int topic;		/* index into history.topics */
};

struct skills {
	int at;
	const char *path;	/* the path's slug (the history's), NULL */
	bool path_chosen;	/* path is the current path */
	struct skills_settings settings;
	struct skill_item *items;	/* core, domain, professional; each
					   in catalog position order */
	size_t count;
	int counts[SKILL_STATUS_COUNT];
	struct ready_check ready[READY_COUNT];
	int ready_count;
	const char **contributions;	/* projects marked as open-source
					   contributions (names borrowed) */
	size_t contribution_count;
	int next;		/* the skill to apply next: index, -1 none */
	const char *open_project;	/* the path's open project with most
					   minutes, where to apply it; NULL */
	struct skill_use *uses;	/* which projects used which skill topics
				   up to the day, as loaded */
	size_t use_count;
};

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Reads the settings, the skills of path (a slug of h's paths, NULL for
 * none: core and professional skills only) with their topics, and which projects used the skills'
 * topics into s: with_projects, for every skill (`track skills` lists
 * them); else only where a substantial project could change a status
 * (the report and the pointers list no projects), which on a long
 * history is seldom. The caller releases s.
 */
struct error *skills_load(sqlite3 *db, const struct history *h,
    const char *path, bool with_projects, struct skills *s);
/*
 * Each skill's status, hours and projects, the readiness checklist and
 * the skill to apply next (SPEC §12), from h, the uses s holds and plan
 * (step 1 and step 3 of the current path).
 */
void skills_compute(const struct history *h, const struct thresholds *th,
    const struct plan *plan, struct skills *s);
void skills_release(struct skills *s);
/* skills_load and skills_compute. The caller releases s, also on failure. */
struct error *skills_analyse(sqlite3 *db, const struct history *h,
    const struct thresholds *th, const char *path, const struct plan *plan,
    bool with_projects, struct skills *s);
/*
 * Points plan step 3 (nothing to work on: build one) and the portfolio's
 * new-project action at the skill to apply next, when s is of the chosen
 * path and has one. Either may be NULL.
 */
void skills_point(const struct skills *s, struct plan *plan,
    struct portfolio *p);

/* The minutes of an item, all kinds. */
int skill_minutes(const struct skill_item *item);
/* "applied", "learned", "untouched". */
const char *skill_status_name(enum skill_status status);
/* "core", "domain", "professional". */
const char *skill_area_name(enum skill_area area);
/* The skill to apply next, or NULL. */
const struct skill_item *skills_next(const struct skills *s);

#ifdef __cplusplus
}
#endif
#endif

#ifndef TRACK_SESSION_H
#define TRACK_SESSION_H

#include <sqlite3.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <time.h>

#include "core/error.h"

#define SESSION_NOTE_MAX 4000	/* bytes in a note */

enum kind {
	KIND_TUTORIAL,		/* following a course: passive */
	KIND_STUDY,		/* docs, books, exercises: active */
	KIND_PROJECT,		/* building something of one's own */
	KIND_COUNT
};

/* One logged block of learning, with its names joined in. */
struct session {
	int64_t id;
	char uuid[37];
	int day;		/* local day it started */
	bool has_start;
	time_t start;		/* when has_start */
	int minutes;		/* 1..1440 */
	int64_t topic_id;
	char *topic;		/* topic name (read only) */
	char *path;		/* topic's path slug, NULL if unmapped (read only) */
	enum kind kind;
	int64_t project_id;	/* 0: none */
	char *project;		/* project name (read only) */
	int64_t tutorial_id;	/* 0: none */
	char *tutorial;		/* tutorial title (read only) */
	char *note;		/* NULL: none */
	const char *origin;	/* "manual", "timer" or "import" (static) */
	int64_t batch_id;	/* 0: not imported */
	char *fingerprint;	/* imported rows only */
	bool estimated;		/* course time placed by estimate (read only:
				   session_update clears it) */
};

/* What `track ls` and exports select; zero values mean "any". */
struct session_filter {
	bool has_since, has_until;
	int since, until;	/* inclusive days */
	int64_t topic_id;	/* 0: any */
	const char *path;	/* slug, "unmapped", or NULL: any */
	int kind;		/* enum kind, or -1: any */
	int limit;		/* newest N (still listed oldest first); 0: all */
};

struct session_cursor;

#ifdef __cplusplus
extern "C" {
#endif

const char *kind_name(enum kind kind);
/* Reads tutorial|study|project; a usage error names the accepted ones. */
struct error *kind_parse(const char *text, enum kind *kind);
/*
 * The kind of a new session: --project implies project, --tutorial
 * tutorial; both, or either with a contradicting --kind, is a usage error;
 * else --kind, else the default-kind setting.
 */
struct error *kind_decide(sqlite3 *db, const char *kind_text,
    bool has_project, bool has_tutorial, enum kind *kind);

void session_init(struct session *s);
void session_release(struct session *s);

/*
 * Inserts s (topic_id, day, minutes, kind, links, note, origin set) and
 * fills s->id and s->uuid. Manual and timer sessions become the newest
 * thing `track undo` takes back.
 */
struct error *session_insert(sqlite3 *db, struct session *s);
struct error *session_get(sqlite3 *db, int64_t id, struct session *s,
    bool *found);
/*
 * Writes s's day, start, minutes, topic, kind, links and note back, takes
 * away the estimated mark and marks it edited: an edited session is the
 * learner's (a re-export of the entry it came from never overwrites it).
 */
struct error *session_update(sqlite3 *db, const struct session *s);
struct error *session_delete(sqlite3 *db, int64_t id);
/*
 * Sets s->day from date_text (NULL: today) and s->start from start_text
 * ("HH:MM" local on that day; NULL: no start). A start after now is
 * refused.
 */
struct error *session_when(int today, time_t now, const char *date_text,
    const char *start_text, struct session *s);
/* Parses a session id argument ("12" or "#12"). */
struct error *session_id_parse(const char *text, int64_t *id);

/*
 * Sums the minutes of the sessions on days from..to (inclusive) and counts
 * them: one range over the session_day index, never a table scan.
 */
struct error *session_day_totals(sqlite3 *db, int from, int to,
    int *minutes, int *count);

/* Iterates sessions matching filter, oldest first (day, start, id). */
struct error *session_cursor_open(sqlite3 *db,
    const struct session_filter *filter, struct session_cursor **cursor);
/* Fills s with the next row; *has is false at the end. */
struct error *session_cursor_next(struct session_cursor *cursor,
    struct session *s, bool *has);
void session_cursor_free(struct session_cursor *cursor);

#ifdef __cplusplus
}
#endif
#endif

#ifndef TRACK_STORE_H
#define TRACK_STORE_H

/*
 * The importer's writes: one prepared statement per query, reused for
 * every row, small caches of topic and project lookups, and the
 * fingerprints that make a re-import add nothing twice.
 */

#include <sqlite3.h>
#include <stdbool.h>
#include <stdint.h>
#include <time.h>

#include "core/buf.h"
#include "core/date.h"
#include "core/error.h"
#include "importers/bulk.h"
#include "importers/identity.h"
#include "importers/occurrence.h"
#include "core/session.h"
#include "core/stmt.h"

#define NAME_CACHE_SIZE 512

/* A topic as the importer needs it. */
struct topic_ref {
	int64_t id;
	int64_t path_id;	/* 0: unmapped */
	bool fundamentals;
};

struct name_slot {
	char *key;		/* lowercase name; NULL: empty */
	int64_t id;
	int64_t path_id;
	bool fundamentals;
};

/* name -> id, forgetting everything when three quarters full. */
struct name_cache {
	struct name_slot slots[NAME_CACHE_SIZE];
	int used;
};

/* Which summary a total_slot adds to. */
enum total_type {
	TOTAL_DAY,		/* day_total: period is the day */
	TOTAL_MONTH,		/* month_total and project_total: year * 12 +
				   month - 1 */
	TOTAL_WEEK,		/* project_week (bulk path): the Monday */
};

/* Minutes and sessions the batch added to one summary row. */
struct total_slot {
	bool used;
	enum total_type type;
	int period;
	int kind;
	int64_t topic_id;
	int64_t project_id;
	int64_t minutes;
	int64_t sessions;
};

struct totals {
	struct total_slot *slots;
	size_t cap, count;
};

/* A session to add. */
struct new_session {
	int day;
	bool has_start;
	time_t start;
	int minutes;
	int64_t topic_id;
	enum kind kind;
	int64_t project_id;	/* 0: none */
	int64_t tutorial_id;	/* 0: none */
	const char *note;	/* NULL: none */
	const char *origin;	/* "import" unless track's export says else */
	const char *uuid;	/* NULL: a new one */
	const char *fingerprint;	/* track's export: kept as is */
	bool estimated;		/* course time placed by estimate */
};

struct store {
	sqlite3 *db;
	int64_t batch_id;
	int64_t path_id;	/* --path, 0: none */
	char created[INSTANT_TEXT_SIZE];
	/* Prepared once, run for each row (reset after each run). */
	struct stmt insert_session;
	struct stmt fingerprint_owner;
	struct stmt fingerprint_session;	/* id, batch, content, edited */
	struct stmt uuid_exists;
	struct stmt repeat_get;
	struct stmt repeat_put;
	struct name_cache topics;
	struct name_cache projects;
	struct name_cache tutorials;
	struct buf key;		/* the fingerprint material being built */
	struct totals totals;	/* summaries kept here while paused */
	char *trigger;		/* the paused insert trigger's SQL */
	struct bulk bulk;	/* the bulk path (bulk.h) */
	bool checks_ignored_here;	/* store_open turned CHECKs off */
	long repeats;		/* rows in temp.import_repeat */
	struct occurrences days;	/* identities of days and starts */
	struct occurrences ids;		/* identities of a tool's ids */
	struct occurrences legacy;	/* schema 009 fingerprints */
	int spill_rc;		/* the first failed spill (SQLite code) */
	char *legacy_family;	/* the family store_legacy looked at ... */
	bool legacy_any;	/* ... and whether it has legacy sessions */
};

#ifdef __cplusplus
extern "C" {
#endif

/* Prepares the statements for batch batch_id (0 in tests: none). */
struct error *store_open(struct store *s, sqlite3 *db, int64_t batch_id,
    int64_t path_id, time_t now);
void store_close(struct store *s);

/*
 * Adds the summaries (month_total, project_total, day_total and, for the
 * sessions of the bulk path, project_week) of the sessions this store
 * inserted, set-wise, and recreates the insert trigger (and what the bulk
 * path suspended) that keeps them otherwise. Call it once, before the
 * transaction commits.
 */
struct error *store_flush(struct store *s);

/*
 * The fingerprint material of a row in s->key (identity.h's key_reset,
 * key_add, key_hash).
 */
void store_key_reset(struct store *s, const char *family, int day,
    long long start, long seconds);
void store_key_add(struct store *s, const char *text);
uint64_t store_key_hash(const struct store *s);

/*
 * Adds session n unless the database holds it already: by fingerprint
 * (the base hash of its row plus the count of identical earlier rows of
 * this file) or, for track's export (base 0), by uuid or the given
 * fingerprint. *added says which. (Course time; time-tracker entries go
 * through store_entry.)
 */
struct error *store_session(struct store *s, const struct new_session *n,
    uint64_t base, bool *added);

/* What store_entry did with an entry. */
enum store_outcome {
	STORE_ADDED,		/* a new session */
	STORE_SAME,		/* its session says the same already */
	STORE_UPDATED,		/* its session now says what the entry says
				   (the old values kept for undo) */
	STORE_KEPT,		/* the entry changed, but its session was
				   edited by hand since: kept as edited */
};

/* What tells an entry's session (identity.h). */
struct entry_keys {
	const char *family;	/* the format family (toggl, harvest, ...) */
	struct identity identity;
	uint64_t content;	/* the hash of everything else it says */
	uint64_t legacy;	/* the whole-row hash of schema 009's
				   fingerprints, or 0 when store_legacy said
				   there is nothing to look for */
	bool legacy_topic;	/* an older session must have the entry's
				   topic (standing in for the names of an
				   IDENTITY_DAY, which were not stored) */
	bool legacy_links;	/* ... and its project and tutorial */
};

/*
 * Whether the database holds sessions of family that a track before
 * schema 011 imported and no import has met since (import_legacy): only
 * then does an entry need its legacy hash. Asked once per family.
 */
struct error *store_legacy(struct store *s, const char *family, bool *any);

/*
 * Brings the entry n with keys k in: adds it when no session has its
 * identity (the occurrence'th of this file), else compares what the
 * session holds with k->content and leaves it, updates it or keeps it
 * edited (*outcome). *session_id is the session's id. A session of an
 * older track is found by its schema 009 fingerprint (k->legacy), else
 * by the day, start, minutes and family it stored (and its topic and
 * links, as k says), and then takes the entry's fingerprint
 * (importers/match.c).
 */
struct error *store_entry(struct store *s, const struct new_session *n,
    const struct entry_keys *k, enum store_outcome *outcome,
    int64_t *session_id);

/*
 * Called before each session the store may add: takes the bulk path
 * once the file has added enough sessions (bulk.h).
 */
struct error *store_bulk_step(struct store *s);

/* match.c's use of store.c: inserts n, SQLITE_DONE when it was added. */
int store_insert(struct store *s, const struct new_session *n,
    const char *fingerprint, const char *content);
struct error *store_insert_error(struct store *s, int rc);
/* The next occurrence of base on day in table o (occurrence.h). */
struct error *store_occurrence(struct store *s, struct occurrences *o,
    int day, uint64_t base, long *next);

/*
 * The topic called name (or alias), creating it when missing: mapped to
 * --path, else unmapped (*created set). Cached.
 */
struct error *store_topic(struct store *s, const char *name,
    struct topic_ref *topic, bool *created);

/*
 * The project called name, creating it open on day for this batch, with
 * no path: an import gives none (SPEC §5.1: its hours decide). topic is
 * the session's, unused.
 */
struct error *store_project(struct store *s, const char *name,
    const struct topic_ref *topic, int day, int64_t *id);

/* The project called name (cached), *id 0 when there is none. */
struct error *store_project_find(struct store *s, const char *name,
    int64_t *id);

/*
 * The tutorial of platform (NULL: added by hand) with course_id (NULL:
 * none), else titled title (cached), *id 0 when there is none.
 */
struct error *store_tutorial_find(struct store *s, const char *title,
    const char *platform, const char *course_id, int64_t *id);

#ifdef __cplusplus
}
#endif
#endif

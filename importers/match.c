/*
 * An imported time-tracker entry meets the session it is (identity.h,
 * store.h's store_entry): added when no session has its identity, left
 * alone when its session says the same, updated when the entry was
 * corrected since the session was imported (the old values go to
 * session_change, which undo restores), kept when the learner has
 * edited the session by hand since.
 *
 * Sessions a track before schema 011 imported carry a fingerprint of
 * the whole row and no content (import_legacy lists them): an entry
 * finds its own by that fingerprint (the same row again), else by the
 * day, start, minutes and format family the session stored (the row
 * corrected), and the session then takes the entry's new fingerprint
 * and leaves import_legacy.
 */
#include <stdlib.h>
#include <string.h>

#include "core/db.h"
#include "core/stmt.h"
#include "importers/store.h"

/* What the entry says against what a session holds. */
enum content_state {
	CONTENT_UNKNOWN,	/* nothing recorded (track's export) */
	CONTENT_SAME,
	CONTENT_OTHER,
};

/* The session an entry met. */
struct held {
	int64_t id;
	int64_t batch_id;	/* 0: none */
	enum content_state content;
	bool edited;		/* by track edit, since its import */
	bool moves;		/* it takes the entry's fingerprint (it had
				   one of schema 009) */
};

struct error *
store_legacy(struct store *s, const char *family, bool *any)
{
	int64_t found;
	struct error *err;

	if (s->legacy_family != NULL && strcmp(s->legacy_family, family) == 0) {
		*any = s->legacy_any;
		return NULL;
	}
	if ((err = db_query_int(s->db, &found, 0, "SELECT EXISTS (SELECT 1 FROM "
	    "import_legacy WHERE family = ?) OR EXISTS (SELECT 1 FROM "
	    "import_legacy WHERE family IS NULL)", "t", family)) != NULL)
		return err;
	free(s->legacy_family);
	s->legacy_family = xstrdup(family);
	*any = s->legacy_any = found != 0;
	return NULL;
}

/* The session holding fingerprint fp: *found, and what it holds. */
static struct error *
held_by_fingerprint(struct store *s, const char *fp, const char *content,
    struct held *h, bool *found)
{
	struct stmt *st = &s->fingerprint_session;
	sqlite3_stmt *row = st->handle;
	const char *stored;
	enum stmt_result r;

	stmt_bind(st, "t", fp);
	r = stmt_step(st);
	*found = r == STMT_ROW;
	if (*found) {
		stored = (const char *)sqlite3_column_text(row, 2);
		*h = (struct held){ .id = sqlite3_column_int64(row, 0),
			.batch_id = sqlite3_column_int64(row, 1),
			.content = stored == NULL ? CONTENT_UNKNOWN :
			    strcmp(stored, content) == 0 ? CONTENT_SAME :
			    CONTENT_OTHER,
			.edited = sqlite3_column_int(row, 3) != 0 };
	}
	stmt_reset(st);
	return r == STMT_ERROR ? stmt_error(st) : NULL;
}

/*
 * The same row imported by a track before schema 011: its fingerprint
 * of the whole row, the occurrence'th of this file (the legacy table).
 */
static struct error *
legacy_same_row(struct store *s, const struct new_session *n,
    const struct entry_keys *k, struct held *h, bool *found)
{
	char fp[FINGERPRINT_SIZE];
	struct error *err;
	long j;

	if ((err = store_occurrence(s, &s->legacy, n->day, k->legacy, &j)))
		return err;
	for (;; j++) {
		fingerprint_text(n->day, k->legacy, j, fp);
		if ((err = held_by_fingerprint(s, fp, "", h, found)) != NULL ||
		    !*found)
			return err;
		if (h->batch_id == s->batch_id)
			continue;	/* never: this batch writes no such fp */
		occurrences_put(&s->legacy, k->legacy, j + 1, true);
		h->content = CONTENT_SAME;
		h->moves = true;
		return NULL;
	}
}

/*
 * A session of a track before schema 011 with the entry's day, start,
 * minutes and family (and topic, project and tutorial when k asks) that
 * no entry has met yet: the entry, corrected since (its oldest, when
 * several are).
 */
static struct error *
legacy_same_identity(struct store *s, const struct new_session *n,
    const struct entry_keys *k, struct held *h, bool *found)
{
	static const char sql[] = "SELECT s.id, s.edited FROM session s CROSS "
	    "JOIN import_legacy l ON l.session_id = s.id WHERE s.day = ?1 AND "
	    "s.minutes = ?2 AND s.start IS ?3 AND l.family = ?4 AND (?5 = 0 OR "
	    "s.topic_id = ?6) AND (?7 = 0 OR ifnull(s.project_id, 0) = ?8 AND "
	    "ifnull(s.tutorial_id, 0) = ?9) ORDER BY s.id LIMIT 1";
	char day[DAY_TEXT_SIZE], start[INSTANT_TEXT_SIZE];
	struct stmt st;
	struct error *err;

	day_format(n->day, day);
	if (n->has_start)
		instant_format(n->start, start);
	if ((err = stmt_prepare(&st, s->db, "cannot look up an imported "
	    "session", sql)) != NULL)
		return err;
	stmt_bind(&st, "tittiiiii", day, (int64_t)n->minutes, n->has_start ?
	    start : NULL, k->family, (int64_t)k->legacy_topic, n->topic_id,
	    (int64_t)k->legacy_links, n->project_id, n->tutorial_id);
	*found = stmt_step(&st) == STMT_ROW;
	if (*found)
		*h = (struct held){ .id = sqlite3_column_int64(st.handle, 0),
			.content = CONTENT_OTHER, .moves = true,
			.edited = sqlite3_column_int(st.handle, 1) != 0 };
	return stmt_finish(&st);
}

/*
 * The session at fingerprint fp (the entry's identity, this occurrence),
 * else one an older track imported, else none: the entry is inserted
 * there (*added).
 */
static struct error *
entry_place(struct store *s, const struct new_session *n,
    const struct entry_keys *k, const char *fp, const char *content,
    struct held *h, bool *added)
{
	struct error *err;
	bool found;
	int rc;

	*added = false;
	if (k->legacy != 0) {
		/* Looked up first: an older session must not be added again. */
		if ((err = held_by_fingerprint(s, fp, content, h, &found)) ||
		    found || (err = legacy_same_row(s, n, k, h, &found)) ||
		    found || (err = legacy_same_identity(s, n, k, h, &found)) ||
		    found)
			return err;
	}
	rc = store_insert(s, n, fp, content);
	if (rc == SQLITE_DONE) {
		*added = true;
		return NULL;
	}
	if ((rc & 0xff) != SQLITE_CONSTRAINT)
		return store_insert_error(s, rc);
	if ((err = held_by_fingerprint(s, fp, content, h, &found)) != NULL)
		return err;
	return found ? NULL : error_runtime("cannot add an imported session: "
	    "the database refused it");
}

/* ---------------------------------------------------------------------
 * Updating
 */

/* Whether session id already holds what n would put there. */
static struct error *
holds_the_same(struct store *s, int64_t id, const struct new_session *n,
    bool *same)
{
	char day[DAY_TEXT_SIZE], start[INSTANT_TEXT_SIZE];
	int64_t value;
	struct error *err;

	day_format(n->day, day);
	if (n->has_start)
		instant_format(n->start, start);
	err = db_query_int(s->db, &value, 0, "SELECT day = ?2 AND start IS ?3 "
	    "AND minutes = ?4 AND topic_id = ?5 AND kind = ?6 AND "
	    "ifnull(project_id, 0) = ?7 AND ifnull(tutorial_id, 0) = ?8 AND "
	    "note IS ?9 FROM session WHERE id = ?1", "ittiitiit", id, day,
	    n->has_start ? start : NULL, (int64_t)n->minutes, n->topic_id,
	    kind_name(n->kind), n->project_id, n->tutorial_id, n->note);
	*same = value != 0;
	return err;
}

/* Keeps what session id holds before this batch first changes it. */
static struct error *
session_remember(struct store *s, int64_t id)
{
	return db_exec(s->db, "INSERT OR IGNORE INTO session_change (batch_id, "
	    "session_id, day, start, minutes, topic_id, kind, project_id, "
	    "tutorial_id, note, fingerprint, content, legacy) SELECT ?1, s.id, "
	    "s.day, s.start, s.minutes, s.topic_id, s.kind, s.project_id, "
	    "s.tutorial_id, s.note, s.fingerprint, s.content, (SELECT family "
	    "FROM import_legacy WHERE session_id = s.id) FROM session s WHERE "
	    "s.id = ?2", "ii", s->batch_id, id);
}

/* Gives session h the entry's content (and fingerprint, when it moves). */
static struct error *
session_mark(struct store *s, const struct held *h, const char *fp,
    const char *content)
{
	struct error *err;

	if ((err = db_exec(s->db, "UPDATE session SET fingerprint = "
	    "iif(?3, ?2, fingerprint), content = ?4 WHERE id = ?1", "itit",
	    h->id, fp, (int64_t)h->moves, content)) != NULL || !h->moves)
		return err;
	return db_exec(s->db, "DELETE FROM import_legacy WHERE session_id = ?",
	    "i", h->id);
}

/* Makes session h say what n says (the summary triggers follow). */
static struct error *
session_correct(struct store *s, const struct held *h,
    const struct new_session *n)
{
	char day[DAY_TEXT_SIZE], start[INSTANT_TEXT_SIZE];

	day_format(n->day, day);
	if (n->has_start)
		instant_format(n->start, start);
	return db_exec(s->db, "UPDATE session SET day = ?2, start = ?3, minutes "
	    "= ?4, topic_id = ?5, kind = ?6, project_id = nullif(?7, 0), "
	    "tutorial_id = nullif(?8, 0), note = ?9 WHERE id = ?1", "ittiitiit",
	    h->id, day, n->has_start ? start : NULL, (int64_t)n->minutes,
	    n->topic_id, kind_name(n->kind), n->project_id, n->tutorial_id,
	    n->note);
}

/*
 * The entry met session h of an older import: what the session holds
 * decides. Unknown content (track's export) is taken as the same: the
 * session is only recognised, never changed.
 */
static struct error *
entry_settle(struct store *s, const struct new_session *n, const struct held *h,
    const char *fp, const char *content, enum store_outcome *outcome)
{
	struct error *err;
	bool same;

	*outcome = STORE_SAME;
	if (h->content == CONTENT_UNKNOWN)	/* met: no older one to look for */
		return db_exec(s->db, "DELETE FROM import_legacy WHERE session_id "
		    "= ?", "i", h->id);
	if (h->content == CONTENT_SAME)
		return h->moves ? session_mark(s, h, fp, content) : NULL;
	if (h->edited) {
		/* The learner's edit wins; the change is said once. */
		*outcome = STORE_KEPT;
		return session_mark(s, h, fp, content);
	}
	if ((err = holds_the_same(s, h->id, n, &same)) != NULL)
		return err;
	if (same)	/* a change that changes nothing track keeps */
		return session_mark(s, h, fp, content);
	*outcome = STORE_UPDATED;
	if ((err = session_remember(s, h->id)) != NULL ||
	    (err = session_correct(s, h, n)) != NULL)
		return err;
	return session_mark(s, h, fp, content);
}

struct error *
store_entry(struct store *s, const struct new_session *n,
    const struct entry_keys *k, enum store_outcome *outcome,
    int64_t *session_id)
{
	struct occurrences *o = k->identity.kind == IDENTITY_ID ? &s->ids :
	    &s->days;
	char fp[FINGERPRINT_SIZE], content[17];
	struct held h;
	struct error *err;
	bool added;
	long i;

	content_text(k->content, content);
	if ((err = store_bulk_step(s)) != NULL ||
	    (err = store_occurrence(s, o, k->identity.day, k->identity.base,
	    &i)) != NULL)
		return err;
	for (;; i++) {
		memset(&h, 0, sizeof(h));
		identity_fingerprint(&k->identity, i, fp);
		if ((err = entry_place(s, n, k, fp, content, &h, &added)))
			return err;
		if (added) {
			*outcome = STORE_ADDED;
			*session_id = sqlite3_last_insert_rowid(s->db);
			occurrences_put(o, k->identity.base, i + 1, false);
			return NULL;
		}
		/* An earlier row of this file took this occurrence. */
		if (h.batch_id != s->batch_id || h.moves)
			break;
	}
	occurrences_put(o, k->identity.base, i + 1, true);
	*session_id = h.id;
	return entry_settle(s, n, &h, fp, content, outcome);
}

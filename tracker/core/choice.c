/*
 * Path choices as the commands change them: set (new, replacing the
 * choice of its day, or nothing), and undo (one entry of the undo log, or
 * the newest choice). Every change is a few indexed statements.
 */
#include <stdlib.h>
#include <string.h>

#include "core/catalog.h"
#include "core/choice.h"
#include "core/date.h"
#include "core/db.h"
#include "core/stmt.h"
#include "core/text.h"

void
path_undo_init(struct path_undo *u)
{
	memset(u, 0, sizeof(*u));
	u->day = DAY_NONE;
	u->since = DAY_NONE;
}

void
path_undo_release(struct path_undo *u)
{
	free(u->path);
	free(u->restored);
	free(u->current);
	path_undo_init(u);
}

/* The choice current on day: its id (0: none), path and day. */
static struct error *
choice_on(sqlite3 *db, int day, int64_t *id, int64_t *path_id,
    int *choice_day)
{
	char text[DAY_TEXT_SIZE];
	struct stmt st;
	struct error *err;

	*id = 0;
	day_format(day, text);
	if ((err = stmt_prepare(&st, db, "cannot read the path history",
	    "SELECT id, path_id, day FROM path_choice WHERE day <= ? "
	    "ORDER BY day DESC, id DESC LIMIT 1")) != NULL)
		return err;
	stmt_bind(&st, "t", text);
	if (stmt_step(&st) == STMT_ROW) {
		*id = sqlite3_column_int64(st.handle, 0);
		*path_id = sqlite3_column_int64(st.handle, 1);
		if (!day_parse_iso((const char *)sqlite3_column_text(st.handle,
		    2), choice_day))
			*choice_day = DAY_NONE;
	}
	return stmt_finish(&st);
}

struct error *
path_choice_set(sqlite3 *db, int64_t path_id, int day, time_t now,
    enum path_set_outcome *outcome, int64_t *replaced)
{
	int64_t id, before = 0;
	struct error *err;
	int before_day;

	*outcome = PATH_SET_NEW;
	*replaced = 0;
	if ((err = choice_on(db, day, &id, &before, &before_day)) != NULL)
		return err;
	if (id != 0 && before_day == day && before == path_id) {
		*outcome = PATH_SET_SAME;
		return NULL;
	}
	if (id != 0 && before_day == day) {
		*outcome = PATH_SET_REPLACED;
		*replaced = before;
		if ((err = db_exec(db, "UPDATE path_choice SET path_id = ? "
		    "WHERE id = ?", "ii", path_id, id)) != NULL)
			return err;
		return db_exec(db, "INSERT INTO undo_entry (path_choice_id, "
		    "replaced_path_id) VALUES (?, ?)", "ii", id, before);
	}
	if ((err = path_choose(db, path_id, day, now)) != NULL)
		return err;
	return db_exec(db, "INSERT INTO undo_entry (path_choice_id) VALUES (?)",
	    "i", (int64_t)sqlite3_last_insert_rowid(db));
}

/* Fills u's path and day from choice id. */
static struct error *
undone_choice(sqlite3 *db, int64_t id, struct path_undo *u)
{
	struct stmt st;
	struct error *err;
	enum stmt_result r;

	if ((err = stmt_prepare(&st, db, "cannot read the path history",
	    "SELECT p.slug, c.day FROM path_choice c JOIN path p ON "
	    "p.id = c.path_id WHERE c.id = ?")) != NULL)
		return err;
	stmt_bind(&st, "i", id);
	if ((r = stmt_step(&st)) == STMT_ROW) {
		u->path = db_column_strdup(st.handle, 0);
		if (!day_parse_iso((const char *)sqlite3_column_text(st.handle,
		    1), &u->day))
			u->day = DAY_NONE;
	} else if (r == STMT_DONE) {
		stmt_fail(&st, error_runtime("the undo log names path choice "
		    "#%lld, which is gone", (long long)id));
	}
	return stmt_finish(&st);
}

/* Fills u's current path and since as of today. */
static struct error *
current_after(sqlite3 *db, int today, struct path_undo *u)
{
	struct error *err;
	struct path p;
	bool found;

	path_init(&p);
	if ((err = path_current(db, today, &p, &found)) == NULL && found &&
	    (err = path_chosen_since(db, today, &u->since)) == NULL)
		u->current = xstrdup(p.slug);
	path_release(&p);
	return err;
}

/* Takes back choice id: back to restore (0: the choice goes). */
static struct error *
choice_take_back(sqlite3 *db, int64_t id, int64_t restore, int64_t entry,
    int today, struct path_undo *u)
{
	struct error *err;

	if ((err = undone_choice(db, id, u)) != NULL)
		return err;
	if (restore != 0) {
		if ((err = path_slug_of(db, restore, &u->restored)) != NULL ||
		    (err = db_exec(db, "UPDATE path_choice SET path_id = ? "
		    "WHERE id = ?", "ii", restore, id)) != NULL ||
		    (err = db_exec(db, "DELETE FROM undo_entry WHERE id = ?",
		    "i", entry)) != NULL)
			return err;
	} else if ((err = db_exec(db, "DELETE FROM path_choice WHERE id = ?",
	    "i", id)) != NULL ||
	    (err = db_exec(db, "DELETE FROM undo_entry WHERE path_choice_id = "
	    "?", "i", id)) != NULL) {
		return err;
	}
	return current_after(db, today, u);
}

struct error *
path_choice_undo(sqlite3 *db, int64_t entry, int today, struct path_undo *u)
{
	struct stmt st;
	struct error *err;
	int64_t id = 0, restore = 0;
	enum stmt_result r;

	if ((err = stmt_prepare(&st, db, "cannot read the undo log",
	    "SELECT path_choice_id, replaced_path_id FROM undo_entry "
	    "WHERE id = ? AND path_choice_id IS NOT NULL")) != NULL)
		return err;
	stmt_bind(&st, "i", entry);
	if ((r = stmt_step(&st)) == STMT_ROW) {
		id = sqlite3_column_int64(st.handle, 0);
		restore = sqlite3_column_int64(st.handle, 1);
	} else if (r == STMT_DONE) {
		stmt_fail(&st, error_runtime("no undo entry #%lld of a path "
		    "choice", (long long)entry));
	}
	if ((err = stmt_finish(&st)) != NULL)
		return err;
	return choice_take_back(db, id, restore, entry, today, u);
}

struct error *
path_choice_undo_latest(sqlite3 *db, int today, struct path_undo *u,
    bool *found)
{
	struct error *err;
	int64_t entry, id;

	*found = false;
	if ((err = db_query_int(db, &entry, 0, "SELECT id FROM undo_entry WHERE "
	    "path_choice_id IS NOT NULL ORDER BY id DESC LIMIT 1", NULL))
	    != NULL)
		return err;
	if (entry != 0) {
		*found = true;
		return path_choice_undo(db, entry, today, u);
	}
	if ((err = db_query_int(db, &id, 0, "SELECT id FROM path_choice ORDER "
	    "BY id DESC LIMIT 1", NULL)) != NULL || id == 0)
		return err;
	*found = true;
	return choice_take_back(db, id, 0, 0, today, u);
}

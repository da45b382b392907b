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
	sqlite3_stmt *stmt;
	struct error *err;
	int rc;

	*id = 0;
	day_format(day, text);
	if ((err = db_prepare(db, "SELECT id, path_id, day FROM path_choice "
	    "WHERE day <= ? ORDER BY day DESC, id DESC LIMIT 1", &stmt)) != NULL)
		return err;
	db_bind(stmt, "t", text);
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		*id = sqlite3_column_int64(stmt, 0);
		*path_id = sqlite3_column_int64(stmt, 1);
		if (!day_parse_iso((const char *)sqlite3_column_text(stmt, 2),
		    choice_day))
			*choice_day = DAY_NONE;
	} else if (rc != SQLITE_DONE) {
		err = db_error(db, "cannot read the path history");
	}
	sqlite3_finalize(stmt);
	return err;
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
	sqlite3_stmt *stmt;
	struct error *err;
	int rc;

	if ((err = db_prepare(db, "SELECT p.slug, c.day FROM path_choice c "
	    "JOIN path p ON p.id = c.path_id WHERE c.id = ?", &stmt)) != NULL)
		return err;
	db_bind(stmt, "i", id);
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		u->path = db_column_strdup(stmt, 0);
		if (!day_parse_iso((const char *)sqlite3_column_text(stmt, 1),
		    &u->day))
			u->day = DAY_NONE;
	} else if (rc == SQLITE_DONE) {
		err = error_runtime("the undo log names path choice #%lld, "
		    "which is gone", (long long)id);
	} else {
		err = db_error(db, "cannot read the path history");
	}
	sqlite3_finalize(stmt);
	return err;
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
	sqlite3_stmt *stmt;
	struct error *err;
	int64_t id = 0, restore = 0;
	int rc;

	if ((err = db_prepare(db, "SELECT path_choice_id, replaced_path_id "
	    "FROM undo_entry WHERE id = ? AND path_choice_id IS NOT NULL",
	    &stmt)) != NULL)
		return err;
	db_bind(stmt, "i", entry);
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		id = sqlite3_column_int64(stmt, 0);
		restore = sqlite3_column_int64(stmt, 1);
	} else if (rc == SQLITE_DONE) {
		err = error_runtime("no undo entry #%lld of a path choice",
		    (long long)entry);
	} else {
		err = db_error(db, "cannot read the undo log");
	}
	sqlite3_finalize(stmt);
	if (err != NULL)
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
